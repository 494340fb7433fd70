package io.github.kaohe.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.Classification;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Scheme;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Every row of Spark's results against the in-memory engine's result, value by value: points, total, places, classes. */
final class SameResults {
  private SameResults() {}

  static void assertSame(Scheme scheme, SchemeResult expected, Dataset<Row> results) {
    List<Row> rows = results.filter(results.col("Period").equalTo(expected.period().toString())).collectAsList();
    Map<String, Row> byEntity = new HashMap<>();
    for (Row r : rows) {
      assertThat(byEntity.put(r.getAs("Entity"), r)).as("one row per entity").isNull();
    }
    assertThat(byEntity.keySet()).containsExactlyInAnyOrderElementsOf(
        expected.entities().stream().map(EntityResult::id).toList());
    for (EntityResult e : expected.entities()) {
      Row r = byEntity.get(e.id());
      String id = e.id();
      assertThat((BigDecimal) r.getAs("Total")).as("total of %s", id).isEqualByComparingTo(e.total());
      Integer place = r.getAs("Place");
      assertThat(place == null ? 0 : place).as("place of %s", id).isEqualTo(e.place().orElse(0));
      for (Category c : scheme.allCategories()) {
        assertThat((BigDecimal) r.getAs(c.id())).as("%s of %s", c.id(), id)
            .isEqualByComparingTo(e.points(c.id()).orElseThrow());
      }
      for (Indicator i : scheme.indicators()) {
        assertThat((BigDecimal) r.getAs(i.id())).as("%s of %s", i.id(), id)
            .isEqualByComparingTo(e.points(i.id()).orElseThrow());
      }
      for (Classification c : scheme.rules().classifications()) {
        assertThat((String) r.getAs("Class " + c.id())).as("class %s of %s", c.id(), id)
            .isEqualTo(e.classes().get(c.id()).tier());
      }
      // what the rules gave: outcomes, money, checks, measures, in the columns RuleColumns makes of the engine's own
      Object[] rules = RuleColumns.cells(scheme, e.outcomes(), e.checks(), e.measures(),
          expected.targets().stream().filter(t -> t.entity().equals(java.util.Optional.of(id))).toList(), e.taxShares());
      List<org.apache.spark.sql.types.StructField> fields = RuleColumns.fields(scheme);
      for (int i = 0; i < fields.size(); i++) {
        assertThat((Object) r.getAs(fields.get(i).name())).as("%s of %s", fields.get(i).name(), id).isEqualTo(rules[i]);
      }
      if (!scheme.rules().tables().isEmpty()) {
        assertThat(new BigDecimal((String) r.getAs("Money"))).as("money of %s", id).isEqualByComparingTo(e.money());
      }
      for (String g : scheme.ranking().groups()) {
        Integer groupPlace = r.getAs("Place in " + g);
        assertThat(groupPlace == null ? 0 : groupPlace).as("place of %s in %s", id, g)
            .isEqualTo(e.groupPlaces().getOrDefault(g, 0));
      }
    }
  }
}
