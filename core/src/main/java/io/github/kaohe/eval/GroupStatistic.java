package io.github.kaohe.eval;

import io.github.kaohe.internal.DecimalMath;
import io.github.kaohe.model.Parameter;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A statistic of a group's values (a county's mean, say) accumulated value by value and mergeable
 * with the same statistic of other values of the group: the parts of a population held on
 * several machines add their values, and the merged statistic is that of all the values, in any
 * order. The mean keeps an exact sum and a count, the least and greatest one value; the median
 * keeps the values themselves (it has no smaller exact summary). {@link PopulationStatistic} reads
 * this too, so one machine and many give the same number.
 */
final class GroupStatistic implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Parameter.Statistic statistic;
  private long count;
  private BigDecimal sum = BigDecimal.ZERO;
  private BigDecimal least;
  private BigDecimal greatest;
  private final ArrayList<BigDecimal> values = new ArrayList<>();

  GroupStatistic(Parameter.Statistic statistic) {
    this.statistic = statistic;
  }

  void add(BigDecimal x) {
    count++;
    switch (statistic) {
      case MEAN -> sum = sum.add(x);
      case MIN -> least = least == null ? x : least.min(x);
      case MAX -> greatest = greatest == null ? x : greatest.max(x);
      case MEDIAN -> values.add(x);
    }
  }

  /** A copy, to merge into without changing this one. */
  GroupStatistic copy() {
    return new GroupStatistic(statistic).merge(this);
  }

  /** Adds the other group's values to this one's; the other is not changed. */
  GroupStatistic merge(GroupStatistic other) {
    if (other.statistic != statistic) {
      throw new IllegalArgumentException("a " + statistic.written() + " merged with a " + other.statistic.written());
    }
    count += other.count;
    sum = sum.add(other.sum);
    least = least == null ? other.least : other.least == null ? least : least.min(other.least);
    greatest = greatest == null ? other.greatest : other.greatest == null ? greatest : greatest.max(other.greatest);
    values.addAll(other.values);
    return this;
  }

  /** How many values the group has. */
  long count() {
    return count;
  }

  /**
   * The statistic of the values: the median, least and greatest are exact; the mean is exact where
   * it is a finite decimal and correctly rounded to 34 significant digits where it is not.
   *
   * @throws java.util.NoSuchElementException if the group has no values
   */
  BigDecimal value() {
    if (count == 0) {
      throw new java.util.NoSuchElementException("a " + statistic.written() + " of no values");
    }
    switch (statistic) {
      case MIN:
        return least;
      case MAX:
        return greatest;
      case MEDIAN: {
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(BigDecimal::compareTo);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
      }
      default: {
        BigDecimal n = BigDecimal.valueOf(count);
        try {
          BigDecimal mean = sum.divide(n).stripTrailingZeros(); // a finite decimal: exact
          return mean.scale() < 0 ? mean.setScale(0) : mean;
        } catch (ArithmeticException repeating) {
          return sum.divide(n, DecimalMath.PRECISION);
        }
      }
    }
  }
}
