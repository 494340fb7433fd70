package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Period;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Policy;
import org.junit.jupiter.api.Test;

/**
 * How the gap's adjustments are named: 加分 (bonus) when every layer adds, 减分 (deductions) when
 * every layer takes away, 加减分 (adjustments) when there are both. Tax proportional to the best,
 * 10 points; an accident costs 2, a title brings 1. Worked by hand:
 *
 * <pre>
 *      tax  accidents  titles  base   deductions  bonus  total
 * a    100  0          1       10.00   0          1      11.00   place 1
 * b     90  1          0        9.00  −2          0       7.00   place 2: behind a by 4.00 = tax 1.00 + adjustments 3.00
 * </pre>
 */
class ReasonCodesAdjustmentsNameTest {
  private static final String PENALTIES = """
      - id: penalties
        name: {zh: 扣分, en: Penalties}
        items:
          - {id: accidents, name: {zh: 事故, en: Accidents}, pointsPerUnit: -2}
      """;
  private static final String TITLES = """
      - id: honours
        name: {zh: 荣誉, en: Honours}
        items:
          - {id: titles, name: {zh: 称号, en: Titles}, pointsPerUnit: 1}
      """;

  private static ReasonCodes.Gap gapOfB(String layers, String csv) {
    Policy policy = PartEvaluatorPolicies.policy("adjustments:\n" + layers.indent(2));
    SchemeResult r = Evaluator.of(policy).evaluate("firms", PartEvaluatorPolicies.data(policy, csv), Period.year(2024));
    return ReasonCodes.of(r, r.entity("b").orElseThrow()).behind().orElseThrow();
  }

  @Test
  void deductionsAloneAreNamedDeductions() {
    ReasonCodes.Gap gap = gapOfB(PENALTIES, "entity,period,tax,accidents\na,2024,100,0\nb,2024,90,1\n");

    // a 10.00, b 9.00 − 2 = 7.00: 3.00 behind, 2.00 of it the accident
    assertThat(gap.gap()).isEqualByComparingTo("3.00");
    assertThat(gap.adjustments()).isEqualByComparingTo("2");
    assertThat(gap.adjustmentsName().zh()).isEqualTo("减分");
    assertThat(gap.adjustmentsName().en()).isEqualTo("Deductions");
  }

  @Test
  void bonusesAndDeductionsTogetherAreNamedAdjustments() {
    ReasonCodes.Gap gap = gapOfB(PENALTIES + TITLES,
        "entity,period,tax,accidents,titles\na,2024,100,0,1\nb,2024,90,1,0\n");

    assertThat(gap.gap()).isEqualByComparingTo("4.00");
    assertThat(gap.adjustments()).isEqualByComparingTo("3");
    assertThat(gap.adjustmentsName().zh()).isEqualTo("加减分");
    assertThat(gap.adjustmentsName().en()).isEqualTo("Adjustments");
  }

  @Test
  void theAdjustmentsAreAPartOfTheLineUnderTheirName() {
    Policy policy = PartEvaluatorPolicies.policy("adjustments:\n" + PENALTIES.indent(2));
    SchemeResult r = Evaluator.of(policy).evaluate("firms",
        PartEvaluatorPolicies.data(policy, "entity,period,tax,accidents\na,2024,100,0\nb,2024,90,1\n"), Period.year(2024));

    assertThat(ReasonCodes.of(r, r.entity("b").orElseThrow()).describe(Language.ZH, 3))
        .isEqualTo("落后上一名 a（第 1 名） 3.00 分，按类：减分 (−2.00)、规模 (−1.00)；主要在 税收 (−1.00)；失分最多：税收 (−1.00)");
  }
}
