package io.github.kaohe.eval;

import io.github.kaohe.model.Parameter;
import java.math.BigDecimal;
import java.util.List;

/**
 * A statistic of a group's values, for a parameter that is the group's average (or median, least,
 * greatest), computed as {@link GroupStatistic} computes it over parts.
 */
final class PopulationStatistic {
  private PopulationStatistic() {}

  static BigDecimal of(Parameter.Statistic statistic, List<BigDecimal> values) {
    GroupStatistic s = new GroupStatistic(statistic);
    values.forEach(s::add);
    return s.value();
  }
}
