package io.github.kaohe.eval;

import io.github.kaohe.internal.DecimalMath;
import io.github.kaohe.model.Rounding;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/** Decimal helpers shared by the scorers. */
final class Numbers {
  /** Precision for intermediate results that cannot be exact (square roots, means). */
  static final MathContext WIDE = MathContext.DECIMAL128;

  private Numbers() {}

  /** {@code numerator / denominator}, rounded once, exactly as the policy rounds points. */
  static BigDecimal divide(BigDecimal numerator, BigDecimal denominator, Rounding rounding) {
    return numerator.divide(denominator, rounding.scale(), rounding.mode());
  }

  /** The natural logarithm of a positive value, correctly rounded to the declared 34 digits. */
  static BigDecimal ln(BigDecimal v) {
    return DecimalMath.ln(v, DecimalMath.PRECISION);
  }

  /** A number as a person would write it: plain, negative in brackets inside a formula. */
  static String show(BigDecimal value) {
    String s = value.toPlainString();
    return value.signum() < 0 ? "(" + s + ")" : s;
  }

  /**
   * A computed parameter (a county's average) shown for reading: up to six decimals, with "…" when
   * more were computed (the points use all 34 digits).
   */
  static String brief(BigDecimal value) {
    if (value.scale() <= 6) {
      return show(value);
    }
    return show(value.setScale(6, java.math.RoundingMode.HALF_EVEN)) + "…";
  }

  /** A ratio shown to six decimals, trailing zeros dropped. */
  static String ratio(BigDecimal numerator, BigDecimal denominator) {
    BigDecimal r = numerator.divide(denominator, 6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
    return (r.scale() < 0 ? r.setScale(0) : r).toPlainString();
  }

  static BigDecimal clamp(BigDecimal v, BigDecimal lo, BigDecimal hi) {
    return v.compareTo(lo) < 0 ? lo : v.compareTo(hi) > 0 ? hi : v;
  }

  static BigDecimal mean(List<BigDecimal> values) {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal v : values) {
      sum = sum.add(v);
    }
    return mean(sum, values.size());
  }

  /** The mean of {@code count} values whose exact sum is {@code sum} (merged from parts, say). */
  static BigDecimal mean(BigDecimal sum, long count) {
    return sum.divide(BigDecimal.valueOf(count), WIDE);
  }

  /** A decimal shown to four significant decimals, for statistics in explanations. */
  static String approx(BigDecimal value) {
    BigDecimal r = value.setScale(4, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
    return (r.scale() < 0 ? r.setScale(0) : r).toPlainString();
  }
}
