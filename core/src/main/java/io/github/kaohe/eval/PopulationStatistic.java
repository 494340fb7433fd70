package io.github.kaohe.eval;

import io.github.kaohe.internal.DecimalMath;
import io.github.kaohe.model.Parameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A statistic of a group's values, for a parameter that is the group's average (or median, least,
 * greatest): the median, least and greatest are exact; the mean is exact where it is a finite
 * decimal and correctly rounded to 34 significant digits where it is not.
 */
final class PopulationStatistic {
  private PopulationStatistic() {}

  static BigDecimal of(Parameter.Statistic statistic, List<BigDecimal> values) {
    switch (statistic) {
      case MIN:
        return values.stream().reduce(BigDecimal::min).orElseThrow();
      case MAX:
        return values.stream().reduce(BigDecimal::max).orElseThrow();
      case MEDIAN: {
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(BigDecimal::compareTo);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
      }
      default: {
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal n = BigDecimal.valueOf(values.size());
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
