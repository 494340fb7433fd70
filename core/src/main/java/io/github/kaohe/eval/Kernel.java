package io.github.kaohe.eval;

import io.github.kaohe.internal.columns.LongDecimals;

/**
 * A scoring method's fast path for one indicator in one evaluation: a value as an unscaled
 * {@code long} at the population's scale in, the points as an unscaled {@code long} at the points'
 * scale out, in exact integer arithmetic with the policy's one rounding. Where it cannot answer
 * exactly in 64 bits (a product that would overflow, a value the method rejects, a method that
 * needs logarithms or roots) it says {@link #SLOW}, and the engine asks the method's
 * {@link Scorer}, whose decimal computation is the definition, for that value only.
 */
abstract class Kernel {
  /** The answer that sends a value to the {@link Scorer}. */
  static final long SLOW = LongDecimals.OVERFLOW;

  /** A kernel that always defers to the scorer. */
  static final Kernel NONE = new Kernel() {
    @Override
    long points(long x) {
      return SLOW;
    }

    @Override
    long greatest() {
      return 0;
    }
  };

  /** The points for {@code x}, or {@link #SLOW}. */
  abstract long points(long x);

  /** {@code out[e] = points(x[e])} for {@code e} in {@code [from, to)}: a column at a time, for speed. */
  final void points(long[] x, int from, int to, long[] out) {
    points(x, from, to, out, from);
  }

  /**
   * {@code out[at + e − from] = points(x[e])} for {@code e} in {@code [from, to)}: into the column
   * itself ({@code at = from}) or into a chunk's scratch ({@code at = 0}).
   */
  void points(long[] x, int from, int to, long[] out, int at) {
    for (int e = from; e < to; e++) {
      out[at + e - from] = points(x[e]);
    }
  }

  /**
   * As {@link #points(long[], int, int, long[], int)}, also adding each answer but {@link #SLOW}
   * to {@code totals[e]} by a plain addition: only where no total can overflow (see
   * {@link #greatest}). Returns how many values were SLOW: their totals are left as they were.
   * Unless {@code keep}, {@code out} holds the answers only when one was SLOW (a column not
   * stored, whose points only the totals read).
   */
  int pointsAdded(long[] x, int from, int to, long[] out, int at, long[] totals, boolean keep) {
    int slow = 0;
    for (int e = from; e < to; e++) {
      long p = points(x[e]);
      out[at + e - from] = p;
      if (p == SLOW) {
        slow++;
      } else {
        totals[e] += p;
      }
    }
    return slow;
  }

  /**
   * A bound on the magnitude of every answer but {@link #SLOW}; {@link Long#MAX_VALUE} when none is
   * known (the answers are then added up with overflow checks).
   */
  long greatest() {
    return Long.MAX_VALUE;
  }

  /** The same points for every value (a degenerate population, a method with no spread). */
  static Kernel constant(long points) {
    return new Kernel() {
      @Override
      long points(long x) {
        return points;
      }

      @Override
      long greatest() {
        return magnitude(points);
      }
    };
  }

  /** {@code |v|}, and {@link Long#MAX_VALUE} for {@link Long#MIN_VALUE}, whose negation is itself. */
  static long magnitude(long v) {
    return v == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(v);
  }
}
