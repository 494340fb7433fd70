package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/** Laws of the compound average growth: the rate shown and the decision agree, exactly. */
class AverageGrowthProperties {

  @Property
  void constantGrowthMeetsItsOwnRateExactly(
      @ForAll @BigRange(min = "1", max = "1000000") @Scale(2) BigDecimal base,
      @ForAll @BigRange(min = "-50", max = "80") @Scale(2) BigDecimal rate,
      @ForAll @IntRange(min = 1, max = 5) int years) {
    BigDecimal x = AverageGrowth.path(base, years, rate);

    // growing by the rate every year is growing by it on average: met, and shown as that rate
    assertThat(AverageGrowth.meets(base, x, years, rate)).isTrue();
    assertThat(AverageGrowth.rate(base, x, years)).isEqualByComparingTo(rate);
  }

  @Property
  void theRateShownIsMetAndTheNextCentIsNot(
      @ForAll @BigRange(min = "1", max = "1000000") @Scale(2) BigDecimal base,
      @ForAll @BigRange(min = "0.01", max = "10000000") @Scale(2) BigDecimal x,
      @ForAll @IntRange(min = 1, max = 5) int years) {
    BigDecimal r = AverageGrowth.rate(base, x, years);

    assertThat(r.scale()).isEqualTo(2);
    assertThat(AverageGrowth.meets(base, x, years, r)).isTrue();
    assertThat(AverageGrowth.meets(base, x, years, r.add(new BigDecimal("0.01")))).isFalse();
  }

  @Example
  void workedByHand() {
    // 100 → 182.25 in two years: 1.35² = 1.8225, exactly 35 % a year
    assertThat(AverageGrowth.rate(new BigDecimal("100"), new BigDecimal("182.25"), 2)).isEqualByComparingTo("35.00");
    // a cent less: 182.24 / 100 = 1.8224 < 1.8225, so below 35 %: 34.99 %, not 35.00 %
    assertThat(AverageGrowth.rate(new BigDecimal("100"), new BigDecimal("182.24"), 2)).isEqualByComparingTo("34.99");
    assertThat(AverageGrowth.meets(new BigDecimal("100"), new BigDecimal("182.24"), 2, new BigDecimal("35"))).isFalse();
    // nothing left is −100 %
    assertThat(AverageGrowth.rate(new BigDecimal("100"), BigDecimal.ZERO, 3)).isEqualByComparingTo("-100.00");
  }
}
