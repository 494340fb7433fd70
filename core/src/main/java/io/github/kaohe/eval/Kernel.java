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
  };

  /** The points for {@code x}, or {@link #SLOW}. */
  abstract long points(long x);

  /** {@code out[e] = points(x[e])} for {@code e} in {@code [from, to)}: a column at a time, for speed. */
  void points(long[] x, int from, int to, long[] out) {
    for (int e = from; e < to; e++) {
      out[e] = points(x[e]);
    }
  }

  /** The same points for every value (a degenerate population, a method with no spread). */
  static Kernel constant(long points) {
    return new Kernel() {
      @Override
      long points(long x) {
        return points;
      }
    };
  }
}
