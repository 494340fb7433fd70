package io.github.kaohe.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.Evaluator;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Laws of the cheapest combination on random data for the what-if laws policy (tax proportional to
 * the best, growth min–max: points never fall as a value rises): the combination reaches the goal,
 * costs no more than any single answer, and when it says it is optimal, no point of the grid of
 * steps costs less (checked against every pair of values, the cheapest growth for each tax).
 */
class CheapestProperties {
  private static final Period YEAR = WhatIfProperties.YEAR;

  @Property(tries = 25)
  void theCombinationReachesTheGoalAndNothingOnTheGridIsCheaper(
      @ForAll @Size(min = 2, max = 5) List<@IntRange(min = 0, max = 20) Integer> taxes,
      @ForAll @IntRange(min = 0, max = 4) int who,
      @ForAll @IntRange(min = 1, max = 2) int place,
      @ForAll @IntRange(min = 0, max = 5) int taxCost,
      @ForAll @IntRange(min = 1, max = 5) int growthCost) {
    int n = taxes.size();
    String entity = "e" + (who % n);
    Dataset.Builder b = Dataset.builder();
    for (int i = 0; i < n; i++) {
      b.value("e" + i, YEAR, "tax", BigDecimal.valueOf(taxes.get(i)));
      b.value("e" + i, YEAR, "growth", BigDecimal.valueOf((taxes.get(i) * 7L + i) % 21));
    }
    Dataset data = b.build();
    Map<String, BigDecimal> perUnit = new LinkedHashMap<>();
    perUnit.put("tax", BigDecimal.valueOf(taxCost));
    perUnit.put("growth", BigDecimal.valueOf(growthCost));
    Goal goal = Goal.place(place);

    Combination c = WhatIf.of(WhatIfProperties.POLICY, "firms", data, YEAR).cheapest(entity, goal, Costs.of(perUnit));

    BigDecimal brute = cheapestOnTheGrid(data, entity, place, perUnit);
    Statistics.collect(c.status(), c.optimal());
    switch (c.status()) {
      case ALREADY -> assertThat(placeWith(data, entity, Map.of())).isLessThanOrEqualTo(place);
      case REACHED -> {
        Map<String, BigDecimal> to = new LinkedHashMap<>();
        c.changes().forEach(x -> to.put(x.key(), x.to()));
        assertThat(placeWith(data, entity, to)).isLessThanOrEqualTo(place);
        BigDecimal cost = c.cost().orElseThrow();
        for (Counterfactual single : c.singles()) {
          single.change().ifPresent(d -> assertThat(cost).isLessThanOrEqualTo(d.abs().multiply(perUnit.get(single.key()))));
        }
        assertThat(brute).isNotNull();
        if (c.optimal()) {
          assertThat(cost).isEqualByComparingTo(brute);
        } else {
          assertThat(c.leastCost().orElseThrow()).isLessThanOrEqualTo(brute);
        }
      }
      case UNREACHABLE -> assertThat(brute).isNull();
    }
  }

  /** Every tax from now to the end of its range, each with the least growth that reaches the place; null if none. */
  private static BigDecimal cheapestOnTheGrid(Dataset data, String entity, int place, Map<String, BigDecimal> perUnit) {
    BigDecimal tax0 = data.value(entity, YEAR, "tax").orElseThrow();
    BigDecimal growth0 = data.value(entity, YEAR, "growth").orElseThrow();
    BigDecimal taxUp = end(data, "tax", tax0);
    BigDecimal growthUp = end(data, "growth", growth0);
    BigDecimal best = null;
    for (BigDecimal t = tax0; t.compareTo(taxUp) <= 0; t = t.add(BigDecimal.ONE)) {
      for (BigDecimal g = growth0; g.compareTo(growthUp) <= 0; g = g.add(BigDecimal.ONE)) {
        if (placeWith(data, entity, Map.of("tax", t, "growth", g)) <= place) {
          BigDecimal cost = t.subtract(tax0).multiply(perUnit.get("tax")).add(g.subtract(growth0).multiply(perUnit.get("growth")));
          best = best == null ? cost : best.min(cost);
          break; // more growth for this tax only costs more
        }
      }
    }
    return best;
  }

  private static BigDecimal end(Dataset data, String key, BigDecimal now) {
    return Search.span(data, YEAR, Keys.describe(WhatIfProperties.POLICY.scheme("firms"), key), now, BigDecimal.ONE).up();
  }

  private static int placeWith(Dataset data, String entity, Map<String, BigDecimal> values) {
    Dataset d = data;
    for (Map.Entry<String, BigDecimal> v : values.entrySet()) {
      d = d.withValue(entity, YEAR, v.getKey(), v.getValue());
    }
    EntityResult e = Evaluator.of(WhatIfProperties.POLICY).evaluate("firms", d, YEAR).entity(entity).orElseThrow();
    return e.place().orElse(Integer.MAX_VALUE);
  }
}
