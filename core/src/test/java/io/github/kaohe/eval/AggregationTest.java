package io.github.kaohe.eval;

import static io.github.kaohe.eval.Harness.category;
import static io.github.kaohe.eval.Harness.direct;
import static io.github.kaohe.eval.Harness.evaluate;
import static io.github.kaohe.eval.Harness.parent;
import static io.github.kaohe.eval.Harness.rows;
import static io.github.kaohe.eval.Harness.scheme;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.Ranking;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Children are direct-points indicators, so their points are exactly the values given. */
class AggregationTest {
  private static CategoryResult evaluateCategory(Category c, String row) {
    return evaluate(scheme(List.of(c), Ranking.standard()), rows(row)).entity("a").orElseThrow().category(c.id()).orElseThrow();
  }

  @Test
  void weightedSumAddsTheChildrensPoints() {
    Category c = category("c", "10", Aggregation.WEIGHTED_SUM, direct("x", "6"), direct("y", "4"));

    CategoryResult r = evaluateCategory(c, "a, x=5.25, y=2");

    assertThat(r.points()).isEqualByComparingTo("7.25").hasScaleOf(2);
    assertThat(r.formula()).isEqualTo("5.25 + 2.00 = 7.25");
  }

  @Test
  void weightedSumAddsSubCategories() {
    Category c =
        parent(
            "c", "10", Aggregation.WEIGHTED_SUM,
            category("left", "6", Aggregation.WEIGHTED_SUM, direct("x", "6")),
            category("right", "4", Aggregation.WEIGHTED_SUM, direct("y", "4")));

    CategoryResult r = evaluateCategory(c, "a, x=3.5, y=1.25");

    assertThat(r.points()).isEqualByComparingTo("4.75");
    assertThat(r.categories()).extracting(CategoryResult::points).containsExactly(Harness.d("3.50"), Harness.d("1.25"));
  }

  @Test
  void arithmeticMeanWeighsTheChildrensSharesByTheirRelativeWeights() {
    // shares 0.5 / 1 and 3 / 3, weights 1 and 3: 10 × (0.5 + 3) / (1 + 3) = 8.75
    Category c = category("c", "10", Aggregation.ARITHMETIC_MEAN, direct("x", "1"), direct("y", "3"));

    CategoryResult r = evaluateCategory(c, "a, x=0.5, y=3");

    assertThat(r.points()).isEqualByComparingTo("8.75").hasScaleOf(2);
    assertThat(r.formula()).isEqualTo("10 × (0.50 + 3.00) / 4 = 8.75");
  }

  @Test
  void arithmeticMeanRoundsOnce() {
    // 10 × (1 + 1) / 3 = 6.666… → 6.67
    Category c = category("c", "10", Aggregation.ARITHMETIC_MEAN, direct("x", "1"), direct("y", "2"));

    assertThat(evaluateCategory(c, "a, x=1, y=1").points()).isEqualByComparingTo("6.67");
  }

  @Test
  void geometricMeanMultipliesTheChildrensShares() {
    // 10 × (0.25)^0.5 × (1)^0.5 = 10 × 0.5 = 5.00
    Category c = category("c", "10", Aggregation.GEOMETRIC_MEAN, direct("x", "1"), direct("y", "1"));

    CategoryResult r = evaluateCategory(c, "a, x=0.25, y=1");

    assertThat(r.points()).isEqualByComparingTo("5.00").hasScaleOf(2);
    assertThat(r.formula()).isEqualTo("10 × (0.25/1)^0.5 × (1.00/1)^0.5 = 5.00");
  }

  @Test
  void geometricMeanWeighsTheSharesByRelativeWeight() {
    // shares 0.5 (weight 1) and 1 (weight 3): 10 × 0.5^(1/4) = 10 × 0.840896… → 8.41
    Category c = category("c", "10", Aggregation.GEOMETRIC_MEAN, direct("x", "1"), direct("y", "3"));

    assertThat(evaluateCategory(c, "a, x=0.5, y=3").points()).isEqualByComparingTo("8.41");
  }

  @Test
  void geometricMeanLeavesChildrenOfZeroWeightOutOfItsFormula() {
    // x weighs nothing: 10 × (0.25/1)^1 = 2.50
    Category c = category("c", "10", Aggregation.GEOMETRIC_MEAN, direct("x", "0"), direct("y", "1"));

    CategoryResult r = evaluateCategory(c, "a, x=0, y=0.25");

    assertThat(r.points()).isEqualByComparingTo("2.50");
    assertThat(r.formula()).isEqualTo("10 × (0.25/1)^1 = 2.50");
  }

  @Test
  void geometricMeanIsZeroWhenAnyChildIsZero() {
    Category c = category("c", "10", Aggregation.GEOMETRIC_MEAN, direct("x", "1"), direct("y", "1"));

    CategoryResult r = evaluateCategory(c, "a, x=0, y=1");

    assertThat(r.points()).isEqualByComparingTo("0.00").hasScaleOf(2);
  }

  @Test
  void meanCategoriesNeedNotMatchTheirChildrensWeights() {
    // weights 1 + 3 ≠ 10 is allowed: they are relative
    Category c = category("c", "10", Aggregation.ARITHMETIC_MEAN, direct("x", "1"), direct("y", "3"));

    assertThat(evaluateCategory(c, "a, x=1, y=3").points()).isEqualByComparingTo("10.00");
  }

  @Test
  void totalIsTheSumOfTheTopLevelCategories() {
    EntityResult a =
        evaluate(
                scheme(
                    List.of(
                        category("c1", "6", Aggregation.WEIGHTED_SUM, direct("x", "6")),
                        category("c2", "4", Aggregation.GEOMETRIC_MEAN, direct("y", "1"))),
                    Ranking.standard()),
                rows("a, x=3.5, y=0.81"))
            .entity("a")
            .orElseThrow();

    // 3.50 + 4 × 0.81 = 3.50 + 3.24 = 6.74
    assertThat(a.base()).isEqualByComparingTo("6.74");
    assertThat(a.total()).isEqualByComparingTo("6.74").hasScaleOf(2);
  }
}
