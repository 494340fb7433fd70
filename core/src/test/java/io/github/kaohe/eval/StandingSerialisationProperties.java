package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A standing comes back from Java serialisation (a cluster's shuffle) as it went: same order, same ties. */
class StandingSerialisationProperties {

  @Property(tries = 200)
  void aStandingRoundTripsExactly(@ForAll("standings") Standing s) throws Exception {
    Standing back = roundTrip(List.of(s)).get(0);
    assertThat(back.entity()).isEqualTo(s.entity());
    assertThat(back.total()).isEqualTo(s.total()); // equals: the scale too
    assertThat(back.toString()).isEqualTo(s.toString());
    assertThat(back.compareTo(s)).isZero();
    assertThat(back.tiedWith(s)).isTrue();
  }

  @Property(tries = 100)
  void theOrderOfStandingsSurvives(@ForAll("pairs") List<Standing> pair) throws Exception {
    Standing a = pair.get(0);
    Standing b = pair.get(1);
    List<Standing> back = roundTrip(pair);
    assertThat(Integer.signum(back.get(0).compareTo(back.get(1)))).isEqualTo(Integer.signum(a.compareTo(b)));
    assertThat(back.get(0).tiedWith(back.get(1))).isEqualTo(a.tiedWith(b));
  }

  @Provide
  Arbitrary<Standing> standings() {
    return Arbitraries.integers().between(0, 3).flatMap(k -> standing(k, decimals()));
  }

  /** Two standings of one scheme (as many tie-break keys), from few values so that ties are common. */
  @Provide
  Arbitrary<List<Standing>> pairs() {
    Arbitrary<BigDecimal> few = Arbitraries.of(new BigDecimal("1.5"), new BigDecimal("1.50"), new BigDecimal("-2"),
        new BigDecimal("123456789012345678901234567890.1"));
    return Arbitraries.integers().between(0, 3).flatMap(k -> standing(k, few).list().ofSize(2));
  }

  private static Arbitrary<BigDecimal> decimals() {
    return Combinators.combine(
        Arbitraries.oneOf(Arbitraries.longs().map(BigInteger::valueOf),
            Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))),
        Arbitraries.integers().between(-3, 12)).as(BigDecimal::new);
  }

  private static Arbitrary<Standing> standing(int keyCount, Arbitrary<BigDecimal> decimals) {
    Arbitrary<BigDecimal[]> keys = decimals.injectNull(0.3).array(BigDecimal[].class).ofSize(keyCount);
    return Combinators.combine(Arbitraries.strings().ofMinLength(1).ofMaxLength(12), decimals, keys)
        .as((id, total, k) -> new Standing(id, total, k));
  }

  private static List<Standing> roundTrip(List<Standing> standings) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      for (Standing s : standings) {
        out.writeObject(s);
      }
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      Standing[] back = new Standing[standings.size()];
      for (int i = 0; i < back.length; i++) {
        back[i] = (Standing) in.readObject();
      }
      return Arrays.asList(back);
    }
  }
}
