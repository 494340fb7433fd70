package io.github.kaohe.eval;

import java.math.BigInteger;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Per column of a sensitivity analysis's base and constant denominator {@code c}, each value's
 * fraction {@code t / c} as a fixed-point integer {@code F = ⌊t · 2^k / c⌋ < 2^31}, worked out
 * once: a sample that only reweights the column then scores each value by a multiplication and a
 * shift instead of a division (see {@link AffineKernel#addedByFraction}). Kept as {@code int}s, as
 * a sample reads every one of them: 4 bytes a value, where a {@code long} would double what a
 * sample reads from memory. Thread-safe.
 */
final class Fractions {
  /** Above this many values (entities × columns), none are kept: 4 bytes each. */
  static final long MAX_VALUES = 8L << 20;

  /**
   * The fractions of one column: {@code f[e] = ⌊x[e] · 2^k / c⌋}, every value in {@code [min, max]}
   * and not negative.
   */
  record Column(long c, int k, long min, long max, int[] f) {}

  private record Key(int indicator, long c) {}

  private final Map<Key, Column> columns = new ConcurrentHashMap<>();
  private final int entities;
  private final int indicators;

  Fractions(int entities, int indicators) {
    this.entities = entities;
    this.indicators = indicators;
  }

  /**
   * The fractions of column {@code j}'s values {@code x} (the first {@link #entities} of them) over
   * {@code c > 0}; null where they would not serve: too many values, a negative value, or too
   * little precision left (values far above {@code c}).
   */
  @Nullable Column of(int j, long[] x, long c) {
    if ((long) entities * indicators > MAX_VALUES || c <= 0) {
      return null;
    }
    Column column = columns.computeIfAbsent(new Key(j, c), key -> compute(x, c));
    return column.f().length == entities ? column : null; // an empty column: not served
  }

  private Column compute(long[] x, long c) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int e = 0; e < entities; e++) {
      min = Math.min(min, x[e]);
      max = Math.max(max, x[e]);
    }
    int bits = 64 - Long.numberOfLeadingZeros(Math.max(max, 1));
    int cBits = 64 - Long.numberOfLeadingZeros(c);
    int k = 31 - (bits - cBits + 1); // t < 2^bits, c ≥ 2^(cBits − 1): t · 2^k / c < 2^31
    if (entities == 0 || min < 0 || k < 17 || k > 62) {
      return new Column(c, k, min, max, new int[0]); // not served (length differs from entities)
    }
    int[] f = new int[entities];
    BigInteger divisor = BigInteger.valueOf(c);
    for (int e = 0; e < entities; e++) {
      f[e] = BigInteger.valueOf(x[e]).shiftLeft(k).divide(divisor).intValueExact();
    }
    return new Column(c, k, min, max, f);
  }
}
