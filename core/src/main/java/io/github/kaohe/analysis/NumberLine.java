package io.github.kaohe.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import org.jspecify.annotations.Nullable;

/**
 * The real line cut at the bounds of some conditions: a point in each region to test the
 * conditions on, and how to describe a region in a message.
 */
final class NumberLine {
  private NumberLine() {}

  /**
   * Points that represent every region the given bounds cut the line into: each bound, a point
   * between neighbours, and one beyond each end. Two sets of numbers whose ends are among these
   * bounds agree everywhere iff they agree on these points.
   */
  static List<BigDecimal> representatives(NavigableSet<BigDecimal> bounds) {
    List<BigDecimal> points = new ArrayList<>();
    if (bounds.isEmpty()) {
      points.add(BigDecimal.ZERO);
      return points;
    }
    @Nullable BigDecimal previous = null;
    for (BigDecimal b : bounds) {
      points.add(previous == null ? b.subtract(BigDecimal.ONE) : previous.add(b).divide(BigDecimal.valueOf(2)));
      points.add(b);
      previous = b;
    }
    points.add(bounds.last().add(BigDecimal.ONE));
    return points;
  }

  /** The region of a representative, for messages: {@code = 5}, {@code < 5}, {@code between 5 and 8}. */
  static String describe(BigDecimal point, NavigableSet<BigDecimal> bounds) {
    if (bounds.contains(point)) {
      return "= " + plain(point);
    }
    BigDecimal lower = bounds.lower(point);
    BigDecimal higher = bounds.higher(point);
    if (lower == null) {
      return "< " + plain(higher);
    }
    if (higher == null) {
      return "> " + plain(lower);
    }
    return "between " + plain(lower) + " and " + plain(higher);
  }

  private static String plain(BigDecimal n) {
    return n.stripTrailingZeros().toPlainString();
  }
}
