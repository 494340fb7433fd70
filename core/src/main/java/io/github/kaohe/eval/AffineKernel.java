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
  /** Whether the denominator is the constant {@code c > 0}: a column is then scored in a tight loop. */
  private final boolean constant;

  /** Below this magnitude a numerator is computed without overflow checks. */
  private static final long SAFE_NUMERATOR = 1L << 62;

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
    this.constant = d == 0 && c > 0;
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
    long p = LongDecimals.divide(num, den, mode);
    return p < pointsLo ? pointsLo : p > pointsHi ? pointsHi : p;
  }

  /**
   * The column at a time: where the value needs no scaling and the numerator stays below 2^50
   * (checked per value, after the clamp), the points by a multiplication and the remainder's correction in one
   * tight loop; any other value by {@link #points(long)}.
   */
  @Override
  void points(long[] x, int from, int to, long[] out) {
    if (!constant || k != 1 || b == 0) {
      super.points(x, from, to, out);
      return;
    }
    long safe = (SAFE_NUMERATOR - Math.min(Math.abs(a), SAFE_NUMERATOR)) / Math.abs(b); // |a + b·t| < 2^62 for |t| < safe
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
      long q = num / c;
      long r = num - q * c;
      if (r < 0) { // a negative numerator: the floor, not the quotient towards zero
        q--;
        r += c;
      }
      long p;
      if (halfUp) {
        // up when 2r > c, or 2r = c and num ≥ 0 (half away from zero): c − 1 − 2r + [num < 0] < 0,
        // without a branch (taken half the time at random, it would mispredict half the time)
        p = q + ((c - 1 - 2 * r - (num >> 63)) >>> 63);
      } else {
        p = LongDecimals.round(num, c, q, r, mode);
      }
      out[e] = p < pointsLo ? pointsLo : p > pointsHi ? pointsHi : p;
    }
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
