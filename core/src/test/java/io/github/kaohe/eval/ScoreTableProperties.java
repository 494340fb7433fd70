package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.RandomPolicies;
import io.github.kaohe.RandomPolicies.Case;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.Indicator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A result's table gives, row by row, exactly what its entities' results give: the same entities
 * in the same order, and every place, total, adjustment, point (to the digit: a CSV writes them as
 * they are), value and missing mark. Random policies use every method, aggregation (so categories
 * that add their parts up and those that do not), missing-value rule, adjustment and tie method.
 */
class ScoreTableProperties {
  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.randomValue(r -> RandomPolicies.hardCase(r, true, r.nextInt(2)));
  }

  @Property(tries = 300)
  void everyCellIsWhatTheEntitysResultGives(@ForAll("cases") Case c) {
    SchemeResult result = Evaluator.of(c.policy()).evaluate(c.scheme().id(), c.data(), RandomPolicies.PERIOD);
    ScoreTable table = result.table();
    List<EntityResult> entities = result.entities();

    assertThat(table.size()).isEqualTo(entities.size());
    for (int row = 0; row < table.size(); row++) {
      EntityResult e = entities.get(row);
      assertThat(table.id(row)).isEqualTo(e.id());
      assertThat(table.entity(row)).isEqualTo(e.entity());
      assertThat(table.place(row)).isEqualTo(e.place());
      assertThat(table.total(row)).isEqualTo(e.total());
      assertThat(table.adjustments(row)).isEqualTo(e.adjustments());
      for (Category category : c.scheme().allCategories()) {
        ScoreTable.Column column = table.column(category.id());
        assertThat(column.id()).isEqualTo(category.id());
        assertThat(column.isCategory()).isTrue();
        assertThat(column.points(row)).as("%s of %s", category.id(), e.id())
            .isEqualTo(e.category(category.id()).orElseThrow().points());
        assertThat(column.missing(row)).as("%s of %s missing", category.id(), e.id())
            .isEqualTo(category.allIndicators().stream().anyMatch(i -> missing(e, i)));
        assertThat(column.value(row)).isEmpty();
      }
      for (Indicator indicator : c.scheme().indicators()) {
        ScoreTable.Column column = table.column(indicator.id());
        IndicatorResult expected = e.indicator(indicator.id()).orElseThrow();
        assertThat(column.id()).isEqualTo(indicator.id());
        assertThat(column.isCategory()).isFalse();
        assertThat(column.points(row)).as("%s of %s", indicator.id(), e.id()).isEqualTo(expected.points());
        assertThat(column.missing(row)).isEqualTo(missing(e, indicator));
        assertThat(column.value(row)).isEqualTo(expected.value());
      }
    }
  }

  private static boolean missing(EntityResult e, Indicator indicator) {
    return e.indicator(indicator.id()).orElseThrow().status() != IndicatorStatus.SCORED;
  }
}
