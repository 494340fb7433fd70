package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Statistics merge: chunks added apart and merged say what one accumulator of every value says. */
class StatisticsProperties {
  @Property(tries = 1000)
  void mergedChunksEqualTheWhole(@ForAll @Size(min = 1, max = 60) List<Long> values, @ForAll @IntRange(min = 1, max = 7) int chunk) {
    Statistics whole = new Statistics(2);
    values.forEach(whole::add);
    Statistics merged = new Statistics(2);
    for (int from = 0; from < values.size(); from += chunk) {
      Statistics part = new Statistics(2);
      values.subList(from, Math.min(values.size(), from + chunk)).forEach(part::add);
      merged.merge(part);
    }
    assertThat(merged.count()).isEqualTo(whole.count());
    assertThat(merged.min()).isEqualTo(whole.min());
    assertThat(merged.max()).isEqualTo(whole.max());
    assertThat(merged.sum()).isEqualTo(whole.sum());
    assertThat(merged.sumOfSquares()).isEqualTo(whole.sumOfSquares());
    BigDecimal exact = BigDecimal.ZERO;
    BigDecimal squares = BigDecimal.ZERO;
    for (long v : values) {
      BigDecimal d = BigDecimal.valueOf(v, 2);
      exact = exact.add(d);
      squares = squares.add(d.multiply(d));
    }
    assertThat(whole.sum()).isEqualByComparingTo(exact);
    assertThat(whole.sumOfSquares()).isEqualByComparingTo(squares);
    assertThat(whole.mean(MathContext.DECIMAL128))
        .isEqualByComparingTo(exact.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL128));
  }

  @Property(tries = 300)
  void decimalsThatDoNotFitMixWithLongs(@ForAll @Size(min = 1, max = 20) List<Long> values, @ForAll long huge) {
    Statistics s = new Statistics(0);
    values.forEach(s::add);
    BigDecimal big = BigDecimal.valueOf(huge).multiply(BigDecimal.TEN.pow(5));
    s.add(big);
    BigDecimal max = values.stream().map(BigDecimal::valueOf).reduce(big, BigDecimal::max);
    assertThat(s.max()).isEqualByComparingTo(max);
    assertThat(s.allLongs()).isFalse();
  }
}
