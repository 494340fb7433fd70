package io.github.kaohe.eval;

import io.github.kaohe.internal.columns.LongDecimals;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

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
  /** A bound on the magnitude of the points (see {@link Kernel#greatest}). */
  private final long greatest;
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
    // rounded once from |numerator| ≤ 2^63 − 1 over a constant c, to at most q = ⌊(2^63 − 1) / c⌋ + 1
    // (over c = 1 nothing is rounded, and the + 1 would overflow), then clamped, which may move it
    // away from 0 (a floor above q); or the cut's points
    long q = !constant ? Long.MAX_VALUE : c == 1 ? Long.MAX_VALUE : Long.MAX_VALUE / c + 1;
    long bound = Math.max(magnitude(clamped(q)), magnitude(clamped(-q)));
    this.greatest = Math.max(bound, magnitude(cutPoints));
  }

  /** {@code p} clamped to {@code [pointsLo, pointsHi]}, as the points are. */
  private long clamped(long p) {
    return p < pointsLo ? pointsLo : p > pointsHi ? pointsHi : p;
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
   * The column at a time: where the value needs no scaling and the numerator stays below 2^62
   * (checked per value, after the clamp), the points by a multiplication and the remainder's
   * correction in one tight loop; any other value by {@link #points(long)}.
   */
  @Override
  void points(long[] x, int from, int to, long[] out, int at) {
    if (!tight()) {
      super.points(x, from, to, out, at);
      return;
    }
    column(x, from, to, out, at, null);
  }

  @Override
  int pointsAdded(long[] x, int from, int to, long[] out, int at, long[] totals, boolean keep) {
    if (!tight()) {
      return super.pointsAdded(x, from, to, out, at, totals, keep);
    }
    return !keep && addedOnly(x, from, to, totals) ? 0 : column(x, from, to, out, at, totals);
  }

  @Override
  long greatest() {
    return greatest;
  }

  /** The constant denominator, where {@link #addedByFraction} may serve; 0 where it cannot. */
  long fractionDenominator() {
    return tight() && a == 0 && b > 0 && plain() ? c : 0;
  }

  private boolean tight() {
    return constant && k == 1 && b != 0;
  }

  /** The tight loop, adding the points to {@code totals} too unless it is null; how many were SLOW. */
  private int column(long[] x, int from, int to, long[] out, int at, long @Nullable [] totals) {
    long safe = safe();
    boolean halfUp = mode == RoundingMode.HALF_UP;
    int shift = from - at;
    if (plain() && branchless(x, from, to, out, shift, totals, lowExclusive(), highExclusive())) {
      return 0;
    }
    int slow = 0;
    for (int e = from; e < to; e++) {
      long t = x[e];
      if (t < lo) {
        t = lo;
      } else if (t > hi) {
        t = hi;
      }
      long p;
      if (t >= safe || t <= -safe || x[e] == SLOW) {
        p = points(x[e]);
      } else if (t <= cut) {
        p = cutPoints;
      } else {
        long num = a + b * t;
        long q = num / c;
        long r = num - q * c;
        if (r < 0) { // a negative numerator: the floor, not the quotient towards zero
          q--;
          r += c;
        }
        if (halfUp) {
          // up when 2r > c, or 2r = c and num ≥ 0 (half away from zero): c − 1 − 2r + [num < 0] < 0,
          // without a branch (taken half the time at random, it would mispredict half the time)
          p = q + ((c - 1 - 2 * r - (num >> 63)) >>> 63);
        } else {
          p = LongDecimals.round(num, c, q, r, mode);
        }
        p = p < pointsLo ? pointsLo : p > pointsHi ? pointsHi : p;
      }
      out[e - shift] = p;
      if (totals != null) {
        if (p == SLOW) {
          slow++;
        } else {
          totals[e] += p;
        }
      }
    }
    return slow;
  }

  /** {@code num / c} rounded half up, for {@code 0 ≤ num < 2^62} and {@code c > 0}: up when 2r ≥ c. */
  private static long halfUp(long num, long c) {
    long q = num / c;
    return q + ((c - 1 - 2 * (num - q * c)) >>> 63);
  }

  /** Whether points are rounded half up and not clamped: the branchless loops' case. */
  private boolean plain() {
    return mode == RoundingMode.HALF_UP && pointsLo == Long.MIN_VALUE + 1 && pointsHi == Long.MAX_VALUE;
  }

  /** |a + b·t| < 2^62 for |t| below this. */
  private long safe() {
    return (SAFE_NUMERATOR - Math.min(Math.abs(a), SAFE_NUMERATOR)) / Math.abs(b);
  }

  /** Values above this are neither clamped up, nor cut, nor too large a negative for 64 bits. */
  private long lowExclusive() {
    return Math.max(Math.max(cut, -safe()), lo - 1);
  }

  /** Values below this are neither clamped down nor too large for 64 bits. */
  private long highExclusive() {
    long safe = safe();
    return hi < safe ? hi + 1 : safe;
  }

  /**
   * Adds the points of a chunk to the totals, stores nothing, from the values' fractions
   * {@code F = ⌊t · 2^k / c⌋ < 2^31} ({@link Fractions}): the points {@code ⌊b·t/c + 1/2⌋} lie in
   * {@code [L, L + b) / 2^k} with {@code L = b·F + 2^(k−1)}, so they are {@code L >> k} wherever
   * {@code (L + b − 1) >> k} is the same, a multiplication and a shift; where it is not (about one
   * value in 2^15 at worst: {@code b < 2^(k−16)}) by the division. For a kernel with no constant
   * term, points rounded half up and not clamped, over a column whose every value lies in the
   * plain range; false, touching nothing, otherwise. Each value's points go to {@code out[e]} too,
   * unless it is null (a column not stored).
   */
  boolean addedByFraction(long[] x, Fractions.Column fractions, int from, int to, long[] totals, long @Nullable [] out) {
    int k = fractions.k();
    int bBits = 64 - Long.numberOfLeadingZeros(b);
    if (!tight() || a != 0 || b <= 0 || c != fractions.c() || !plain()
        || fractions.min() <= lowExclusive() || fractions.max() >= highExclusive()
        || bBits > 31 || bBits > k - 16) { // b·F < 2^62; too little precision: most values would need the division
      return false;
    }
    int[] f = fractions.f();
    if (out == null) { // two loops: the column not stored is a sample's hot loop, with no test of out in it
      for (int e = from; e < to; e++) {
        totals[e] += fromFraction(f, x, e, k);
      }
    } else {
      for (int e = from; e < to; e++) {
        long p = fromFraction(f, x, e, k);
        totals[e] += p;
        out[e] = p;
      }
    }
    return true;
  }

  /**
   * Value {@code e}'s points from its fraction, or by the division beside a rounding boundary
   * (written out, not a call: a call left in the hot loop, however cold, slows all of it).
   */
  private long fromFraction(int[] f, long[] x, int e, int k) {
    long low = b * f[e] + (1L << (k - 1));
    long p = low >> k;
    if (p != (low + b - 1) >> k) { // a rounding boundary within the fraction's error
      long num = b * x[e];
      long q = num / c;
      p = q + ((c - 1 - 2 * (num - q * c)) >>> 63);
    }
    return p;
  }

  /**
   * Adds the points of a chunk to the totals, stores nothing, where they are rounded half up, not
   * clamped, every value lies in the plain range and no numerator there is negative (so no
   * remainder needs its sign corrected): a third fewer operations than {@link #branchless}. False,
   * with the totals as they were, if a value lies outside.
   */
  private boolean addedOnly(long[] x, int from, int to, long[] totals) {
    long lowEx = lowExclusive();
    long highEx = highExclusive();
    long span = highEx - lowEx - 1;
    // a + b·t is monotone in t: not negative at both ends of the range, not negative within it
    if (!plain() || span <= 0 || a + b * (lowEx + 1) < 0 || a + b * (highEx - 1) < 0) {
      return false;
    }
    long outside = 0;
    for (int e = from; e < to; e++) {
      long t = x[e];
      long d = t - lowEx - 1;
      outside |= d | (span - 1 - d);
      totals[e] += halfUp(a + b * t, c);
    }
    if (outside >= 0) {
      return true;
    }
    for (int e = from; e < to; e++) { // the same answers, taken back: additions of longs undo exactly
      totals[e] -= halfUp(a + b * x[e], c);
    }
    return false;
  }

  /**
   * The tight loop for a chunk whose values all lie strictly between {@code lowEx} and
   * {@code highEx}: no clamp, no cut, no overflow ({@code |a + b·t| < 2^62}), points rounded half up
   * and not clamped; without a branch, which halves the time a point takes. Whether every value was
   * in that range is found as the loop goes; if one was not, what it added to the totals is taken
   * back (additions of longs undo exactly, even past an overflow) and it answers false, for the
   * careful loop to score the chunk.
   */
  private boolean branchless(
      long[] x, int from, int to, long[] out, int shift, long @Nullable [] totals, long lowEx, long highEx) {
    long span = highEx - lowEx - 1; // t is in range when 0 ≤ t − lowEx − 1 < span; lowEx, highEx within ±2^62
    if (span <= 0) {
      return false; // no value can be in range (a clamp above the cut); span − 1 − d below could wrap
    }
    long outside = 0; // its sign bit is set once a value was outside
    for (int e = from; e < to; e++) {
      long t = x[e];
      long d = t - lowEx - 1;
      outside |= d | (span - 1 - d);
      long num = a + b * t;
      long q = num / c;
      long r = num - q * c;
      long negative = r >> 63; // −1 where num < 0 left a negative remainder: the floor is one less
      q += negative;
      r += c & negative;
      long p = q + ((c - 1 - 2 * r - (num >> 63)) >>> 63); // as in the careful loop: half away from zero
      out[e - shift] = p;
      if (totals != null) {
        totals[e] += p;
      }
    }
    if (outside >= 0) {
      return true;
    }
    if (totals != null) {
      for (int e = from; e < to; e++) {
        totals[e] -= out[e - shift];
      }
    }
    return false;
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
