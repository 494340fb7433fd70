package io.github.kaohe.internal.columns;

import java.math.BigInteger;

/**
 * Division of many numerators by one constant divisor, by a multiplication instead of the
 * processor's division (which takes several times longer): the floor of {@code n / d} for
 * {@code 0 ≤ n < 2^62}, exactly. With {@code l = ⌈log2 d⌉} and {@code m = ⌈2^(62+l) / d⌉},
 * {@code ⌊n / d⌋ = ⌊m·n / 2^(62+l)⌋} for every such {@code n}, because {@code m·d − 2^(62+l) < d ≤
 * 2^l} (Granlund and Montgomery, "Division by invariant integers using multiplication", 1994,
 * theorem 4.2); {@code m < 2^63}, so the product's high word is {@link Math#multiplyHigh}.
 */
public final class ConstantDivisor {
  /** Numerators below this are divided exactly by {@link #floor}. */
  public static final long LIMIT = 1L << 62;

  private final long divisor;
  private final long magic;
  private final int shift;

  private ConstantDivisor(long divisor, long magic, int shift) {
    this.divisor = divisor;
    this.magic = magic;
    this.shift = shift;
  }

  /** A divisor for {@code d ≥ 3} (smaller ones gain nothing: they divide by a shift or not at all). */
  public static ConstantDivisor of(long d) {
    if (d < 3) {
      throw new IllegalArgumentException("a constant divisor must be at least 3: " + d);
    }
    int l = 64 - Long.numberOfLeadingZeros(d - 1);
    BigInteger[] qr = BigInteger.ONE.shiftLeft(62 + l).divideAndRemainder(BigInteger.valueOf(d));
    long m = qr[0].longValueExact() + (qr[1].signum() == 0 ? 0 : 1);
    return new ConstantDivisor(d, m, l - 2);
  }

  /** The divisor. */
  public long divisor() {
    return divisor;
  }

  /** {@code ⌊n / d⌋} for {@code 0 ≤ n < }{@link #LIMIT}; any other {@code n} gives a wrong answer. */
  public long floor(long n) {
    return Math.multiplyHigh(n, magic) >>> shift;
  }
}
