package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.Direction;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.MissingValueRule;
import io.github.kaohe.model.PlacePoints;
import io.github.kaohe.model.ProportionalToBest;
import io.github.kaohe.model.Ranking;
import io.github.kaohe.model.Scheme;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lines of categories and indicators, word for word: a category inside another, indented
 * one step further; a value with its unit, a place as a place, a missing value; the best value a
 * rule names carrying the indicator's unit.
 */
class ExplanationIndicatorLinesTest {
  private static final Indicator TAX = Harness.indicator("tax", "6", ProportionalToBest.standard())
      .unit("万元").missing(MissingValueRule.zeroPoints()).source("第2条").build();
  private static final Indicator RANK = Harness.indicator("rank", "4", PlacePoints.linear(4))
      .direction(Direction.LOWER_IS_BETTER).build();
  private static final Category GROWTH = Harness.category("growth", "10", Aggregation.WEIGHTED_SUM, TAX, RANK);
  private static final Scheme SCHEME =
      Harness.scheme(List.of(Harness.parent("all", "10", Aggregation.WEIGHTED_SUM, GROWTH)), Ranking.standard());
  private static final SchemeResult RESULT = Harness.evaluate(SCHEME, Harness.rows(
      "a, tax=80, rank=1",
      "b, rank=2"));

  /**
   * b's tax is missing (zero points), its place 2 of 4 gives 4 × (4 − 2) / (4 − 1) = 2.67; a has
   * the full 6 + 4 = 10, so b is 7.33 behind: 6.00 on tax, 1.33 on rank.
   */
  @Test
  void nestedCategoriesAndIndicatorsInEnglish() {
    assertThat(Explanation.of(RESULT, RESULT.entity("b").orElseThrow(), Language.EN)).isEqualTo("""
        b · s · 2015
        Place: 2 of 2
        Total 2.67 = base 2.67 + 0 adjustments
        Reasons for the place: Behind the place above (a, place 1) by 7.33 points, mostly in tax (−6.00), rank (−1.33); most points lost: tax (−6.00), rank (−1.33)
        all (10): 2.67
          growth (10): 0.00 + 2.67 = 2.67
            tax (6): value missing; value missing: zero points by rule: — → 0.00 [source 第2条]
            rank (4): value place 2; points by place: full weight at place 1, falling linearly to 0 at place 4: 4 × (4 - 2) / (4 - 1) = 2.67
        """);
  }

  @Test
  void nestedCategoriesAndIndicatorsInChinese() {
    assertThat(Explanation.of(RESULT, RESULT.entity("b").orElseThrow(), Language.ZH)).isEqualTo("""
        b · s · 2015
        名次：第 2 名（共 2 个）
        总分 2.67 = 基础分 2.67 + 0 加减分
        名次原因：落后上一名 a（第 1 名） 7.33 分，主要在 tax (−6.00)、rank (−1.33)；失分最多：tax (−6.00)、rank (−1.33)
        all (10 分): 2.67
          growth (10 分): 0.00 + 2.67 = 2.67
            tax (6 分)：值 缺失；数据缺失，按规则计0分：— → 0.00〔依据 第2条〕
            rank (4 分)：值 第2位；按位次计分：第1名满分，至第4名线性递减为0：4 × (4 - 2) / (4 - 1) = 2.67
        """);
  }

  /** a has the only tax value, 80, the best: 6 × 80 / 80 = 6, and place 1: the full 4. */
  @Test
  void everyEntityInTurnSeparatedByABlankLine() {
    assertThat(Explanation.all(RESULT, Language.EN)).isEqualTo("""
        a · s · 2015
        Place: 1 of 2
        Total 10.00 = base 10.00 + 0 adjustments
        Reasons for the place: full points on every indicator
        all (10): 10.00
          growth (10): 6.00 + 4.00 = 10.00
            tax (6): value 80 万元; proportional to the best value (highest: 80 万元): 6 × 80 / 80 = 6.00 [source 第2条]
            rank (4): value place 1; points by place: full weight at place 1, falling linearly to 0 at place 4: 4 × (4 - 1) / (4 - 1) = 4.00

        b · s · 2015
        Place: 2 of 2
        Total 2.67 = base 2.67 + 0 adjustments
        Reasons for the place: Behind the place above (a, place 1) by 7.33 points, mostly in tax (−6.00), rank (−1.33); most points lost: tax (−6.00), rank (−1.33)
        all (10): 2.67
          growth (10): 0.00 + 2.67 = 2.67
            tax (6): value missing; value missing: zero points by rule: — → 0.00 [source 第2条]
            rank (4): value place 2; points by place: full weight at place 1, falling linearly to 0 at place 4: 4 × (4 - 2) / (4 - 1) = 2.67
        """);
  }

  @Test
  void theBestValueOfARuleCarriesTheUnitInChinese() {
    assertThat(Explanation.of(RESULT, RESULT.entity("a").orElseThrow(), Language.ZH))
        .contains("\n    tax (6 分)：值 80 万元；以最高值为满分，其余按比例得分（最高值 80 万元）：6 × 80 / 80 = 6.00〔依据 第2条〕\n");
  }
}
