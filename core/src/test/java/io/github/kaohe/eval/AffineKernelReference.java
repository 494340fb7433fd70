package io.github.kaohe.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An {@link AffineKernel}'s constants and its contract worked out in {@link BigInteger}s: {@code t = x·k}
 * clamped to {@code [lo, hi]}, {@code cutPoints} at or below the cut, else {@code (a + b·t) / (c + d·t)}
 * rounded once by {@code mode} and clamped to {@code [pointsLo, pointsHi]}; {@link Kernel#SLOW} where a
 * product or sum leaves 64 bits (−2^63, the marker, counts as leaving) or the denominator is not positive.
 */
record AffineKernelReference(RoundingMode mode, long k, long lo, long hi, long cut, long cutPoints, long a, long b,
    long c, long d, long pointsLo, long pointsHi) {
  private static final BigInteger LEAST = BigInteger.valueOf(Long.MIN_VALUE + 1);
  private static final BigInteger GREATEST = BigInteger.valueOf(Long.MAX_VALUE);

  /** The kernel of a formula with no clamp and no cut: every other constant at its "no effect" default. */
  static AffineKernelReference of(RoundingMode mode, long a, long b, long c, long d) {
    return new AffineKernelReference(mode, 1, Long.MIN_VALUE + 1, Long.MAX_VALUE, Long.MIN_VALUE, 0, a, b, c, d,
        Long.MIN_VALUE + 1, Long.MAX_VALUE);
  }

  AffineKernel kernel() {
    return AffineKernel.builder(mode).scaleBy(k).clamp(lo, hi).cut(cut, cutPoints).numerator(a, b).denominator(c, d)
        .points(pointsLo, pointsHi).build();
  }

  long points(long x) {
    BigInteger t = big(x).multiply(big(k));
    if (!fits(t)) {
      return Kernel.SLOW;
    }
    if (t.compareTo(big(lo)) < 0) {
      t = big(lo);
    } else if (t.compareTo(big(hi)) > 0) {
      t = big(hi);
    }
    if (t.compareTo(big(cut)) <= 0) {
      return cutPoints;
    }
    BigInteger bt = big(b).multiply(t);
    BigInteger dt = big(d).multiply(t);
    BigInteger num = big(a).add(bt);
    BigInteger den = big(c).add(dt);
    if (!fits(bt) || !fits(dt) || !fits(num) || !fits(den) || den.signum() <= 0) {
      return Kernel.SLOW;
    }
    long p = new BigDecimal(num).divide(new BigDecimal(den), 0, mode).longValueExact();
    return p < pointsLo ? pointsLo : p > pointsHi ? pointsHi : p;
  }

  /** The greatest {@code |b·t|} below which {@code |a + b·t| < 2^62}: where the kernel's own fast paths end. */
  long safe() {
    BigInteger room = BigInteger.ONE.shiftLeft(62).subtract(big(a).abs().min(BigInteger.ONE.shiftLeft(62)));
    return b == 0 ? Long.MAX_VALUE : room.divide(big(b).abs()).longValueExact();
  }

  static BigInteger big(long v) {
    return BigInteger.valueOf(v);
  }

  private static boolean fits(BigInteger v) {
    return v.compareTo(LEAST) >= 0 && v.compareTo(GREATEST) <= 0;
  }
}
