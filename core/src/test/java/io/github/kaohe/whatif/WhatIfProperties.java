package io.github.kaohe.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Laws of counterfactuals on random data for a policy whose points never fall as a value rises
 * (proportional to the best, and min–max): the change found reaches the goal, and one step less
 * (at the value's scale) does not.
 */
class WhatIfProperties {
  static final Policy POLICY =
      PolicyLoader.create().load(WhatIfProperties.class.getResource("/policies/what-if-laws.yaml"), "what-if-laws.yaml");

  static final Period YEAR = Period.year(2020);

  @Property(tries = 60)
  void theChangeFoundReachesTheGoalAndOneStepLessDoesNot(
      @ForAll @Size(min = 2, max = 7) List<@IntRange(min = 0, max = 5000) Integer> taxes,
      @ForAll @IntRange(min = 0, max = 6) int who,
      @ForAll @IntRange(min = 1, max = 3) int place,
      @ForAll boolean onGrowth) {
    int n = taxes.size();
    String entity = "e" + (who % n);
    Dataset.Builder b = Dataset.builder();
    for (int i = 0; i < n; i++) {
      b.value("e" + i, YEAR, "tax", BigDecimal.valueOf(taxes.get(i), 1));
      b.value("e" + i, YEAR, "growth", BigDecimal.valueOf((taxes.get(i) * 7L) % 300 - 50, 1));
    }
    Dataset data = b.build();
    String key = onGrowth ? "growth" : "tax";

    Counterfactual c = WhatIf.of(POLICY, "firms", data, YEAR).reach(entity, Goal.place(place), key);

    BigDecimal from = data.value(entity, YEAR, key).orElseThrow();
    switch (c.status()) {
      case ALREADY -> assertThat(placeWith(data, entity, key, from)).isLessThanOrEqualTo(place);
      case REACHED -> {
        BigDecimal to = c.to().orElseThrow();
        BigDecimal step = BigDecimal.ONE.movePointLeft(from.scale()).multiply(BigDecimal.valueOf(to.compareTo(from)));
        assertThat(placeWith(data, entity, key, to)).isLessThanOrEqualTo(place);
        assertThat(placeWith(data, entity, key, to.subtract(step))).isGreaterThan(place);
      }
      case UNREACHABLE -> assertThat(c.reason().en()).contains("no value tried");
      case NO_VALUE -> throw new AssertionError("every entity has a value");
    }
  }

  private static int placeWith(Dataset data, String entity, String key, BigDecimal value) {
    EntityResult e = Evaluator.of(POLICY).evaluate("firms", data.withValue(entity, YEAR, key, value), YEAR)
        .entity(entity).orElseThrow();
    return e.place().orElse(Integer.MAX_VALUE);
  }

  @Property(tries = 30)
  void aReachedGoalIsNeverFartherThanTheRangeTried(
      @ForAll @Size(min = 2, max = 6) List<@IntRange(min = 0, max = 1000) Integer> taxes) {
    Dataset.Builder b = Dataset.builder();
    List<BigDecimal> values = new ArrayList<>();
    for (int i = 0; i < taxes.size(); i++) {
      BigDecimal v = BigDecimal.valueOf(taxes.get(i));
      values.add(v);
      b.value("e" + i, YEAR, "tax", v).value("e" + i, YEAR, "growth", BigDecimal.ONE);
    }
    BigDecimal width = values.stream().reduce(BigDecimal::max).orElseThrow().subtract(values.stream().reduce(BigDecimal::min).orElseThrow());
    BigDecimal greatest = values.stream().reduce(BigDecimal::max).orElseThrow();

    Counterfactual c = WhatIf.of(POLICY, "firms", b.build(), YEAR).reach("e0", Goal.place(1), "tax");

    c.to().ifPresent(to -> assertThat(to).isLessThanOrEqualTo(greatest.add(width.max(greatest).max(BigDecimal.ONE))));
  }
}
