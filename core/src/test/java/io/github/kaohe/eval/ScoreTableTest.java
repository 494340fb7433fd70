package io.github.kaohe.eval;

import static io.github.kaohe.eval.Harness.category;
import static io.github.kaohe.eval.Harness.evaluate;
import static io.github.kaohe.eval.Harness.parent;
import static io.github.kaohe.eval.Harness.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.DirectPoints;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.MissingValueRule;
import io.github.kaohe.model.Ranking;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cases a table reads its categories' points another way than the entity's result: a sum of
 * the indicators' columns, except where a column holds points too wide for a long or the sum would
 * overflow one. Random policies check the rest ({@link ScoreTableProperties}).
 */
class ScoreTableTest {
  private static Indicator direct(String id, String weight) {
    return Harness.indicator(id, weight, DirectPoints.strict()).missing(MissingValueRule.zeroPoints()).build();
  }

  @Test
  void aSumPastALongIsAddedExactly() {
    // a column holds points of up to 18 digits: 9,999,999,999,999,999.99 is 999,999,999,999,999,999
    // hundredths; ten of them, 9,999,999,999,999,999,990, are past a long (9,223,372,036,854,775,807)
    Indicator[] ten = new Indicator[10];
    StringBuilder values = new StringBuilder("a");
    for (int i = 0; i < ten.length; i++) {
      ten[i] = direct("i" + i, "10000000000000000");
      values.append(", i").append(i).append("=9999999999999999.99");
    }
    SchemeResult r = evaluate(
        Harness.scheme(List.of(category("all", "100000000000000000", Aggregation.WEIGHTED_SUM, ten)), Ranking.standard()),
        rows(values.toString(), "b, i0=1.5, i9=2"));

    ScoreTable.Column all = r.table().column("all");
    assertThat(r.table().id(0)).isEqualTo("a");
    assertThat(all.points(0)).isEqualTo(new java.math.BigDecimal("99999999999999999.90"));
    assertThat(all.points(1)).isEqualTo(new java.math.BigDecimal("3.50"));
  }

  @Test
  void pointsTooWideForALongInANestedSumAreAddedExactly() {
    SchemeResult r = evaluate(
        Harness.scheme(List.of(parent("top", "100000000000000001", Aggregation.WEIGHTED_SUM,
            category("big", "100000000000000000", Aggregation.WEIGHTED_SUM, direct("x", "100000000000000000")),
            category("small", "1", Aggregation.WEIGHTED_SUM, direct("y", "1")))), Ranking.standard()),
        rows("a, x=99999999999999999.5, y=0.25", "b, x=5.25, y=1"));

    ScoreTable table = r.table();
    assertThat(table.column("top").points(0)).isEqualTo(new java.math.BigDecimal("99999999999999999.75"));
    assertThat(table.column("big").points(0)).isEqualTo(new java.math.BigDecimal("99999999999999999.50"));
    assertThat(table.column("top").points(1)).isEqualTo(new java.math.BigDecimal("6.25"));
    assertThat(table.total(0)).isEqualTo(r.entities().get(0).total());
  }

  @Test
  void aMissingValueMarksItsIndicatorAndEveryCategoryAboveIt() {
    SchemeResult r = evaluate(
        Harness.scheme(List.of(parent("top", "20", Aggregation.WEIGHTED_SUM,
            category("p", "10", Aggregation.WEIGHTED_SUM, direct("x", "10")),
            category("q", "10", Aggregation.WEIGHTED_SUM, direct("y", "10")))), Ranking.standard()),
        rows("a, x=9, y=8", "b, y=7"));

    ScoreTable table = r.table();
    assertThat(table.id(1)).isEqualTo("b");
    assertThat(table.column("x").missing(1)).isTrue();
    assertThat(table.column("p").missing(1)).isTrue();
    assertThat(table.column("top").missing(1)).isTrue();
    assertThat(table.column("q").missing(1)).isFalse();
    assertThat(table.column("x").missing(0)).isFalse();
    assertThat(table.column("x").value(1)).isEmpty();
    assertThat(table.column("x").value(0)).contains(new java.math.BigDecimal("9"));
  }

  @Test
  void anUnknownColumnOrRowIsRefusedByName() {
    SchemeResult r = evaluate(
        Harness.scheme(List.of(category("all", "10", Aggregation.WEIGHTED_SUM, direct("x", "10"))), Ranking.standard()),
        rows("a, x=1"));

    assertThatThrownBy(() -> r.table().column("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scheme s has no category or indicator nope");
    assertThatThrownBy(() -> r.table().total(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(r.table()).hasToString("ScoreTable[s 2015: 1 rows]");
  }
}
