package io.github.kaohe.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.eval.EvaluationProblem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.From;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.WithNull;
import org.junit.jupiter.api.Test;

/** What Spark shuffles and caches comes back exactly as it went: every decimal with its scale, every text. */
class SerialFormsProperties {

  @Property(tries = 200)
  void aScoredRowRoundTrips(@ForAll("decimals") BigDecimal total, @ForAll @Size(max = 6) java.util.List<@WithNull(0.2) @From("decimal") BigDecimal> points,
      @ForAll("texts") String name) throws Exception {
    ScoredRow.Detail detail = new ScoredRow.Detail(name, total, points.toArray(BigDecimal[]::new), new String[] {"A"});
    ScoredRow back = roundTrip(ScoredRow.of("2015", "汴西", null, new String[] {"开封县", null}, detail));
    assertThat(back.period()).isEqualTo("2015");
    assertThat(back.entity()).isEqualTo("汴西");
    assertThat(back.standing()).isNull();
    assertThat(back.isProblem()).isFalse();
    ScoredRow.Detail d = back.detail();
    assertThat(d.name()).isEqualTo(name);
    assertThat(d.total()).isEqualTo(total); // equals compares the scale too: 1.5 is not 1.50
    assertThat(d.points()).containsExactly(points.toArray(BigDecimal[]::new));
    assertThat(back.groups()).containsExactly("开封县", null);
    assertThat(d.classes()).containsExactly("A");
  }

  @Property(tries = 100)
  void anInputRowRoundTrips(@ForAll @Size(max = 20) java.util.List<@From("texts") String> cells, @ForAll int number)
      throws Exception {
    InputRows.Numbered back = roundTrip(new InputRows.Numbered(number, cells.toArray(String[]::new)));
    assertThat(back.number()).isEqualTo(number);
    assertThat(back.cells()).containsExactly(cells.toArray(String[]::new));
  }

  @Test
  void aProblemAPlaceAndAHugeCellRoundTrip() throws Exception {
    EvaluationProblem problem = new EvaluationProblem("firms", "2015", "f1", "tax", "没有数据");
    ScoredRow back = roundTrip(ScoredRow.of(problem));
    assertThat(back.problem()).isEqualTo(problem);
    assertThat(back.period()).isEqualTo("2015");
    assertThat(back.entity()).isEqualTo("f1");
    assertThat(roundTrip(new Placing.Place("2016", 2, 17))).isEqualTo(new Placing.Place("2016", 2, 17));
    String huge = "九".repeat(100_000); // 300,000 bytes of UTF-8: beyond writeUTF's 65,535
    assertThat(roundTrip(new InputRows.Numbered(3, new String[] {huge, ""})).cells()).containsExactly(huge, "");
  }

  @Provide
  Arbitrary<BigDecimal> decimals() {
    return Combinators.combine(
        Arbitraries.oneOf(Arbitraries.longs().map(BigInteger::valueOf),
            Arbitraries.bigIntegers().between(BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40)),
            Arbitraries.of(BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE),
                BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE))),
        Arbitraries.integers().between(-5, 20)).as(BigDecimal::new);
  }

  @Provide
  Arbitrary<BigDecimal> decimal() {
    return decimals();
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30), Arbitraries.strings().withCharRange('一', '龥').ofMaxLength(8),
        Arbitraries.of("", "\u0000", "😀 emoji", "a,b\n\"c\""));
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }
}
