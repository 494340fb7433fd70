package io.github.kaohe.internal.columns;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact decimal arithmetic on unscaled {@code long}s: powers of ten, rescaling and one rounding of
 * a fraction, each saying when the answer leaves 64 bits so that the caller falls back to
 * {@link BigDecimal} for that value only.
 */
public final class LongDecimals {
  /** Returned instead of a result that does not fit in a {@code long}. */
  public static final long OVERFLOW = Long.MIN_VALUE;

  private static final long[] POW10 = new long[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  private LongDecimals() {}

  /** 10^k for k in 0..18; {@link #OVERFLOW} beyond. */
  public static long pow10(int k) {
    return k >= 0 && k < POW10.length ? POW10[k] : OVERFLOW;
  }

  /** {@code a × b}, or {@link #OVERFLOW} when it leaves the range (−2^63 itself counts as overflow). */
  public static long multiply(long a, long b) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    return (hi == 0 && lo >= 0) || (hi == -1 && lo < 0 && lo != OVERFLOW) ? lo : OVERFLOW;
  }

  /** {@code a + b}, or {@link #OVERFLOW} (also when either already is). */
  public static long add(long a, long b) {
    if (a == OVERFLOW || b == OVERFLOW) {
      return OVERFLOW;
    }
    long r = a + b;
    return ((a ^ r) & (b ^ r)) < 0 || r == OVERFLOW ? OVERFLOW : r;
  }

  /** The unscaled value at {@code k} more decimal places ({@code k ≥ 0}), or {@link #OVERFLOW}. */
  public static long scaleUp(long unscaled, int k) {
    if (k == 0 || unscaled == 0) {
      return unscaled;
    }
    long p = pow10(k);
    return p == OVERFLOW ? OVERFLOW : multiply(unscaled, p);
  }

  /**
   * {@code n / d} rounded to an integer by {@code mode}, exactly as {@link BigDecimal#divide(BigDecimal,
   * int, RoundingMode)} rounds; {@code d > 0}. The half modes compare the remainder with what is
   * left of the divisor, so nothing overflows.
   */
  public static long divide(long n, long d, RoundingMode mode) {
    long q = Math.floorDiv(n, d);
    return round(n, d, q, n - q * d, mode);
  }

  /**
   * {@code n / d} rounded by {@code mode}, as {@link #divide} rounds it, from its floor {@code q}
   * and remainder {@code r} ({@code 0 ≤ r < d}): for callers that find them without dividing.
   */
  public static long round(long n, long d, long q, long r, RoundingMode mode) {
    if (r == 0) {
      return q;
    }
    long rest = d - r; // distance to the next multiple
    boolean up; // towards +∞, to q + 1
    switch (mode) {
      case FLOOR -> up = false;
      case CEILING -> up = true;
      case DOWN -> up = n < 0; // towards zero
      case UP -> up = n >= 0; // away from zero
      case HALF_UP -> up = r > rest || (r == rest && n >= 0);
      case HALF_DOWN -> up = r > rest || (r == rest && n < 0);
      case HALF_EVEN -> up = r > rest || (r == rest && (q & 1) != 0);
      default -> throw new ArithmeticException("rounding necessary");
    }
    return up ? q + 1 : q;
  }

  /** {@code unscaled} at {@code from} places rounded to {@code to} places, or {@link #OVERFLOW}. */
  public static long rescale(long unscaled, int from, int to, RoundingMode mode) {
    if (to >= from) {
      return scaleUp(unscaled, to - from);
    }
    long p = pow10(from - to);
    return p == OVERFLOW ? divideBig(unscaled, from - to, mode) : divide(unscaled, p, mode);
  }

  private static long divideBig(long unscaled, int k, RoundingMode mode) {
    return BigDecimal.valueOf(unscaled, k).setScale(0, mode).longValueExact();
  }

  /** The value of an unscaled long at a scale, as a decimal. */
  public static BigDecimal decimal(long unscaled, int scale) {
    return BigDecimal.valueOf(unscaled, scale);
  }

  /**
   * The unscaled value of {@code v} at {@code scale}, if {@code v} has at most that many places and
   * fits; else {@link #OVERFLOW}.
   */
  public static long unscaled(BigDecimal v, int scale) {
    int k = scale - v.scale();
    if (k < 0 || v.precision() - v.scale() + scale > 18) {
      return OVERFLOW;
    }
    return scaleUp(v.unscaledValue().longValue(), k);
  }
}
