package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** A union of intervals of the real line, for reasoning about conditions on numbers. */
final class IntervalSet {
  /** One interval; a null bound is infinite. */
  record Interval(@Nullable BigDecimal lo, boolean loClosed, @Nullable BigDecimal hi, boolean hiClosed) {
    boolean contains(BigDecimal x) {
      boolean above = lo == null || (loClosed ? x.compareTo(lo) >= 0 : x.compareTo(lo) > 0);
      boolean below = hi == null || (hiClosed ? x.compareTo(hi) <= 0 : x.compareTo(hi) < 0);
      return above && below;
    }
  }

  static final IntervalSet ALL = new IntervalSet(List.of(new Interval(null, false, null, false)));

  private final List<Interval> intervals;

  IntervalSet(List<Interval> intervals) {
    this.intervals = List.copyOf(intervals);
  }

  static IntervalSet point(BigDecimal v) {
    return new IntervalSet(List.of(new Interval(v, true, v, true)));
  }

  boolean contains(BigDecimal x) {
    for (Interval i : intervals) {
      if (i.contains(x)) {
        return true;
      }
    }
    return false;
  }

  /** Every finite bound, sorted. */
  void boundsInto(TreeSet<BigDecimal> out) {
    for (Interval i : intervals) {
      if (i.lo() != null) {
        out.add(i.lo());
      }
      if (i.hi() != null) {
        out.add(i.hi());
      }
    }
  }

  /**
   * Points that represent every region the given bounds cut the line into: each bound, a point
   * between neighbours, and one beyond each end. Two sets built from conditions with these bounds
   * agree everywhere iff they agree on these points.
   */
  static List<BigDecimal> representatives(TreeSet<BigDecimal> bounds) {
    List<BigDecimal> points = new ArrayList<>();
    if (bounds.isEmpty()) {
      points.add(BigDecimal.ZERO);
      return points;
    }
    BigDecimal previous = null;
    for (BigDecimal b : bounds) {
      points.add(previous == null ? b.subtract(BigDecimal.ONE) : previous.add(b).divide(BigDecimal.valueOf(2)));
      points.add(b);
      previous = b;
    }
    points.add(previous.add(BigDecimal.ONE));
    return points;
  }

  /** The regions between representatives, described for messages. */
  static String describe(BigDecimal point, TreeSet<BigDecimal> bounds) {
    if (bounds.contains(point)) {
      return "= " + point.stripTrailingZeros().toPlainString();
    }
    BigDecimal lower = bounds.lower(point);
    BigDecimal higher = bounds.higher(point);
    if (lower == null) {
      return "< " + higher.stripTrailingZeros().toPlainString();
    }
    if (higher == null) {
      return "> " + lower.stripTrailingZeros().toPlainString();
    }
    return "between " + lower.stripTrailingZeros().toPlainString() + " and " + higher.stripTrailingZeros().toPlainString();
  }
}
