package io.github.kaohe.eval;

import io.github.kaohe.model.Indicator;
import org.jspecify.annotations.Nullable;

/**
 * The points columns of the last samples one thread scored, by indicator, so that the next sample
 * reuses the columns of the indicators it did not change. A Saltelli row of a sensitivity analysis
 * scores A, B and then each A_B^i (A with input i from B): when the weights are not renormalised,
 * every indicator of an A_B^i is scored exactly as in A or in B, and its column is taken from
 * here instead of being scored again. A column depends on the indicator (weight, method, missing
 * rule) and on the base it was scored on (population, exclusions, statistics), and on nothing
 * else; both are compared. The columns kept are never written again. Not thread-safe: one per
 * thread.
 */
final class PointsMemo {
  /** Columns kept per indicator: those of A and of B. */
  private static final int WAYS = 2;
  /** Above this many values (entities × indicators × ways), nothing is kept: 8 bytes each. */
  static final long MAX_VALUES = 8L << 20;

  /** A column kept, with the greatest magnitude in it (for sums that cannot overflow). */
  record Entry(Object base, Indicator indicator, long[] points, long greatest) {}

  /**
   * The totals of a run that added up every column itself (A or B of a Saltelli row), with the
   * columns it added: a run whose columns are all kept and differ from these in a few (an A_B^i)
   * takes these totals and corrects them by those few, instead of adding up every column.
   */
  record Sum(Object base, Entry[] columns, long[] totals) {}

  /** The most columns a run may differ in from a sum kept, to correct it rather than add up its own. */
  static final int MOST_DIFFERENT = 2;
  private final Sum[] sums = new Sum[WAYS];
  private int nextSum;

  private final Entry[][] entries;
  /** Per indicator, the way to replace next: the older one. */
  private final int[] next;
  /** Columns given out so far, for the tests to see that the memo is used. */
  private int hits;
  private int puts;
  /** Columns kept per indicator before it judges whether keeping them is worth it. */
  private static final int GIVE_UP_AFTER = 32;
  /** Keeping is worth it while at least one column kept in this many is reused. */
  private static final int WORTH = 16;

  PointsMemo(int indicators) {
    this.entries = new Entry[indicators][WAYS];
    this.next = new int[indicators];
  }

  /** Whether a memo of this size is worth its memory. */
  static boolean fits(int entities, int indicators) {
    return (long) entities * indicators * WAYS <= MAX_VALUES;
  }

  /** The points of indicator {@code j} scored on {@code base} as {@code indicator} declares, or null. */
  @Nullable Entry get(int j, Object base, Indicator indicator) {
    for (Entry e : entries[j]) {
      if (e != null && e.base == base && e.indicator.equals(indicator)) {
        hits++;
        return e;
      }
    }
    return null;
  }

  int hits() {
    return hits;
  }

  /**
   * Whether it still keeps the columns offered: not once many were kept and hardly any reused
   * (fewer than one in {@link #WORTH}). Renormalised weights change every indicator of every
   * sample, and a weight drawn twice by chance must not keep the copying going for the rest.
   */
  boolean keeping() {
    return puts < GIVE_UP_AFTER * entries.length || (long) hits * WORTH >= puts;
  }

  /**
   * The sum kept on {@code base} whose columns differ from {@code columns} (compared by identity)
   * in the fewest, at most {@link #MOST_DIFFERENT}; null if none does.
   */
  @Nullable Sum nearestSum(Object base, Entry[] columns) {
    Sum nearest = null;
    int fewest = MOST_DIFFERENT + 1;
    for (Sum sum : sums) {
      if (sum == null || sum.base != base || sum.columns.length != columns.length) {
        continue;
      }
      int different = 0;
      for (int j = 0; j < columns.length; j++) {
        different += sum.columns[j] == columns[j] ? 0 : 1;
      }
      if (different < fewest) {
        nearest = sum;
        fewest = different;
      }
    }
    return nearest;
  }

  /** Keeps a copy of the totals a run added up from these columns, replacing the older sum kept. */
  void putSum(Object base, Entry[] columns, long[] totals) {
    sums[nextSum] = new Sum(base, columns.clone(), totals.clone());
    nextSum = (nextSum + 1) % WAYS;
  }

  /**
   * Keeps a copy of {@code scored}, replacing the older column kept, and returns it; nothing
   * (null) once it is no longer {@link #keeping} (renormalised weights: every sample changes every
   * indicator, and copying would only cost).
   */
  @Nullable Entry put(int j, Object base, Indicator indicator, long[] scored) {
    if (!keeping()) {
      return null;
    }
    puts++;
    long[] points = scored.clone();
    long greatest = 0;
    for (long x : points) {
      greatest = Math.max(greatest, Math.abs(x)); // never Long.MIN_VALUE: a kernel's points are not the overflow mark
    }
    Entry entry = new Entry(base, indicator, points, greatest);
    entries[j][next[j]] = entry;
    next[j] = (next[j] + 1) % WAYS;
    return entry;
  }
}
