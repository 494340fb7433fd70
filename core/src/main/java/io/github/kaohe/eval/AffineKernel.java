package io.github.kaohe.eval;

import io.github.kaohe.internal.columns.LongDecimals;
import java.math.RoundingMode;

/**
 * The shape every rational method takes once its parameters and the population's statistics are
 * known: with {@code t} the value brought to a working scale ({@code × k}) and clamped to
 * {@code [lo, hi]}, the points are {@code (a + b·t) / (c + d·t)} rounded once, then clamped to
 * {@code [pointsLo, pointsHi]}; a value at or below {@code cut} scores {@code cutPoints} instead.
 * Proportional to best, min–max, goalposts, ratio to a benchmark, target steps (one shape each
 * side of the target), points by place and direct points are all of it.
 */
final class AffineKernel extends Kernel {
  private final long k;
  private final long lo;
  private final long hi;
  private final long cut;
  private final long cutPoints;
  private final long a;
  private final long b;
  private final long c;
  private final long d;
  private final RoundingMode mode;
  private final long pointsLo;
  private final long pointsHi;
  /** {@code 1 / c} when the denominator is the constant {@code c > 0}, else 0: divides by multiplying. */
  private final double inverse;

  /** Below this magnitude a numerator's quotient by {@code c}, estimated in a double, is off by at most 1. */
  private static final long ESTIMATE_EXACT = 1L << 50;

  private AffineKernel(Builder s) {
    this.k = s.k;
    this.lo = s.lo;
    this.hi = s.hi;
    this.cut = s.cut;
    this.cutPoints = s.cutPoints;
    this.a = s.a;
    this.b = s.b;
    this.c = s.c;
    this.d = s.d;
    this.mode = s.mode;
    this.pointsLo = s.pointsLo;
    this.pointsHi = s.pointsHi;
    this.inverse = d == 0 && c > 0 ? 1.0 / c : 0;
  }

  static Builder builder(RoundingMode mode) {
    return new Builder(mode);
  }

  @Override
  long points(long x) {
    long t = k == 1 ? x : LongDecimals.multiply(x, k);
    if (t == SLOW) {
      return SLOW;
    }
    if (t < lo) {
      t = lo;
    } else if (t > hi) {
      t = hi;
    }
    if (t <= cut) {
      return cutPoints;
    }
    long num = b == 0 ? a : LongDecimals.add(a, LongDecimals.multiply(b, t));
    long den = d == 0 ? c : LongDecimals.add(c, LongDecimals.multiply(d, t));
    if (num == SLOW || den == SLOW || den <= 0) {
      return SLOW;
    }
    long p = inverse != 0 && num < ESTIMATE_EXACT && num > -ESTIMATE_EXACT ? byConstant(num) : LongDecimals.divide(num, den, mode);
    return p < pointsLo ? pointsLo : p > pointsHi ? pointsHi : p;
  }

  /**
   * The column at a time: where the value needs no scaling and the numerator stays below 2^50
   * (checked per value, after the clamp), the points by a multiplication and the remainder's correction in one
   * tight loop; any other value by {@link #points(long)}.
   */
  @Override
  void points(long[] x, int from, int to, long[] out) {
    if (inverse == 0 || k != 1 || b == 0) {
      super.points(x, from, to, out);
      return;
    }
    long safe = (ESTIMATE_EXACT - Math.min(Math.abs(a), ESTIMATE_EXACT)) / Math.abs(b); // |a + b·t| < 2^50 for |t| < safe
    boolean halfUp = mode == RoundingMode.HALF_UP;
    for (int e = from; e < to; e++) {
      long t = x[e];
      if (t < lo) {
        t = lo;
      } else if (t > hi) {
        t = hi;
      }
      if (t >= safe || t <= -safe || x[e] == SLOW) {
        out[e] = points(x[e]);
        continue;
      }
      if (t <= cut) {
        out[e] = cutPoints;
        continue;
      }
      long num = a + b * t;
      long q = (long) Math.floor(num * inverse);
      long r = num - q * c;
      // the floor and remainder corrected without branches (a data-dependent branch mispredicts
      // half the time): −1 where r < 0, then −1 where r ≥ c
      long under = r >> 63;
      q += under;
      r += c & under;
      long over = (c - 1 - r) >> 63;
      q -= over;
      r -= c & over;
      if (r < 0 || r >= c) { // the estimate was off by more than 1: cannot be, but never guess
        out[e] = points(x[e]);
        continue;
      }
      long p;
      if (halfUp) {
        // up when 2r > c, or 2r = c and num ≥ 0 (half away from zero): 2r − c + [num ≥ 0] ≥ 1
        long v = 2 * r - c + 1 + (num >> 63);
        p = q + (-v >>> 63);
      } else {
        p = LongDecimals.round(num, c, q, r, mode);
      }
      out[e] = p < pointsLo ? pointsLo : p > pointsHi ? pointsHi : p;
    }
  }

  /**
   * {@code num / c} rounded, as {@link LongDecimals#divide} rounds it, without a division: the
   * quotient estimated by a multiplication in doubles (within 1 of the floor for
   * {@code |num| < 2^50}), then corrected by its remainder, which is exact in {@code long}s.
   */
  private long byConstant(long num) {
    long q = (long) Math.floor(num * inverse);
    long r = num - q * c;
    while (r < 0) {
      q--;
      r += c;
    }
    while (r >= c) {
      q++;
      r -= c;
    }
    return LongDecimals.round(num, c, q, r, mode);
  }

  /** The kernel's constants; every one defaults to "no effect". */
  static final class Builder {
    private final RoundingMode mode;
    private long k = 1;
    private long lo = Long.MIN_VALUE + 1;
    private long hi = Long.MAX_VALUE;
    private long cut = Long.MIN_VALUE;
    private long cutPoints;
    private long a;
    private long b;
    private long c = 1;
    private long d;
    private long pointsLo = Long.MIN_VALUE + 1;
    private long pointsHi = Long.MAX_VALUE;

    private Builder(RoundingMode mode) {
      this.mode = mode;
    }

    Builder scaleBy(long k) {
      this.k = k;
      return this;
    }

    Builder clamp(long lo, long hi) {
      this.lo = lo;
      this.hi = hi;
      return this;
    }

    Builder cut(long atOrBelow, long points) {
      this.cut = atOrBelow;
      this.cutPoints = points;
      return this;
    }

    Builder numerator(long a, long b) {
      this.a = a;
      this.b = b;
      return this;
    }

    Builder denominator(long c, long d) {
      this.c = c;
      this.d = d;
      return this;
    }

    Builder points(long lo, long hi) {
      this.pointsLo = lo;
      this.pointsHi = hi;
      return this;
    }

    AffineKernel build() {
      return new AffineKernel(this);
    }
  }
}
