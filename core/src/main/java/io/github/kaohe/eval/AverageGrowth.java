package io.github.kaohe.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Compound average annual growth (年均增长), exactly: a value {@code x} after {@code n} years from a
 * base {@code b} has grown on average by at least {@code r} percent a year when
 * {@code x ≥ b × (1 + r/100)ⁿ}, a comparison of exact decimals (a whole power, no root). The rate
 * shown is the largest one of two decimals that it meets, so that the shown rate and the decision
 * never disagree (a rate of 34.999… % shows 34.99 %, not 35.00 %).
 */
final class AverageGrowth {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal CENT = new BigDecimal("0.01");

  private AverageGrowth() {}

  /** Whether {@code x} after {@code years} years from {@code base} (positive) is at least {@code base × (1 + rate/100)^years}. */
  static boolean meets(BigDecimal base, BigDecimal x, int years, BigDecimal rate) {
    return x.compareTo(path(base, years, rate)) >= 0;
  }

  /** {@code base × (1 + rate/100)^years}, exactly. */
  static BigDecimal path(BigDecimal base, int years, BigDecimal rate) {
    BigDecimal factor = BigDecimal.ONE.add(rate.movePointLeft(2));
    return base.multiply(factor.pow(years));
  }

  /**
   * The average rate in percent, to 2 decimals rounded down: the largest rate {@code r} of two
   * decimals with {@code x ≥ base × (1 + r/100)^years}; at least −100.
   */
  static BigDecimal rate(BigDecimal base, BigDecimal x, int years) {
    if (x.signum() <= 0) {
      return HUNDRED.negate().setScale(2);
    }
    // An estimate in double, then corrected by exact comparisons: a step or two at most.
    double estimate = (Math.pow(x.doubleValue() / base.doubleValue(), 1.0 / years) - 1) * 100;
    BigDecimal r = BigDecimal.valueOf(estimate).setScale(2, RoundingMode.FLOOR);
    if (r.compareTo(HUNDRED.negate()) < 0) {
      r = HUNDRED.negate().setScale(2);
    }
    while (!meets(base, x, years, r)) {
      r = r.subtract(CENT);
    }
    while (meets(base, x, years, r.add(CENT))) {
      r = r.add(CENT);
    }
    return r;
  }

  /**
   * The growth a year, in percent to 2 decimals rounded up, still needed over {@code yearsLeft}
   * years to go from {@code x} (positive) to {@code goal}; for the reader, not for a decision.
   */
  static BigDecimal needed(BigDecimal x, BigDecimal goal, int yearsLeft) {
    double g = Math.pow(goal.divide(x, MathContext.DECIMAL64).doubleValue(), 1.0 / yearsLeft) - 1;
    return BigDecimal.valueOf(g * 100).setScale(2, RoundingMode.CEILING);
  }
}
