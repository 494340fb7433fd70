package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The growth a fund needs is the least rate, in steps of 0.01 %, that makes it hold what was paid. */
class RequiredGrowthProperties {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Property
  void theRateIsEnoughAndOneStepLessIsNot(
      @ForAll @LongRange(min = 1, max = 100_000) long amount,
      @ForAll @LongRange(min = 1, max = 1_000_000) long more,
      @ForAll @IntRange(min = 1, max = 8) int years) {
    BigDecimal a = BigDecimal.valueOf(amount);
    BigDecimal paid = a.add(BigDecimal.valueOf(more).movePointLeft(2));

    BigDecimal r = Funds.requiredGrowth(a, paid, years);

    assertThat(r.scale()).isEqualTo(2);
    assertThat(grown(a, r, years)).isGreaterThanOrEqualTo(paid);
    assertThat(grown(a, r.subtract(new BigDecimal("0.01")), years)).isLessThan(paid);
  }

  private static BigDecimal grown(BigDecimal amount, BigDecimal rate, int years) {
    return amount.multiply(BigDecimal.ONE.add(rate.divide(HUNDRED)).pow(years));
  }
}
