package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Period;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Policy;
import org.junit.jupiter.api.Test;

/**
 * Values in targets' words ({@link ShownValues}): an indicator with its own unit even where the
 * scheme has measures, an enumeration's first value by its name, a boolean as 是/否 and yes/no,
 * and a value shown in the unit of the text rounded to four decimals of that unit.
 */
class ShownValuesTargetsTest {
  private static final Policy POLICY = PartEvaluatorPolicies.policy("""
      facts:
        - {id: stars, name: {zh: 星级, en: Star level}, type: enumeration, values: [none, one-star, two-stars],
           valueNames: {none: {zh: 未评星, en: no star}, two-stars: {zh: 二星级, en: two stars}}}
        - {id: certified, name: {zh: 已认证, en: Certified}, type: boolean}
        - {id: revenue, name: {zh: 收入, en: Revenue}, type: number, unit: 万元, display: {unit: 亿元, factor: 10000}}
      measures:
        - {id: share, name: {zh: 占比, en: Share}, unit: "%", formula: {type: ratio, numerator: tax, denominator: revenue,
           factor: 100}}
      targets:
        - {id: tax-500, name: {zh: 税收500万元, en: Tax of 500}, kind: level, of: tax, target: 500, from: 2024,
           deadline: 2024, entities: [a]}
        - {id: two-stars, name: {zh: 二星级, en: Two stars}, kind: reach, of: stars, target: two-stars, from: 2024,
           deadline: 2025, entities: [a]}
        - {id: certify, name: {zh: 认证, en: Certify}, kind: reach, of: certified, target: "true", from: 2024,
           deadline: 2025, entities: [a]}
        - {id: revenue-2, name: {zh: 收入2亿元, en: Revenue of 2亿元}, kind: level, of: revenue, target: 20000, from: 2024,
           deadline: 2024, entities: [a]}
      """);

  private static Label reason(String target) {
    SchemeResult r = Evaluator.of(POLICY).evaluate("firms", PartEvaluatorPolicies.data(POLICY, """
        entity,period,tax,stars,certified,revenue
        a,2024,450,none,false,12345.678
        """), Period.year(2024));
    return r.targets().stream().filter(t -> t.target().equals(target)).findFirst().orElseThrow().reason();
  }

  @Test
  void anIndicatorIsShownInItsOwnUnit() {
    // the scheme's one measure is in %, tax in 万元
    assertThat(reason("tax-500")).isEqualTo(Label.of("现为 450万元，目标 ≥ 500万元（2024年）", "now 450万元, target ≥ 500万元 by 2024"));
  }

  @Test
  void theFirstValueOfAnEnumerationIsShownByItsName() {
    assertThat(reason("two-stars")).isEqualTo(Label.of("现为 未评星，目标 二星级（2025年）", "now no star, target two stars by 2025"));
  }

  @Test
  void aBooleanIsShownAsYesOrNo() {
    assertThat(reason("certify")).isEqualTo(Label.of("现为 否，目标 是（2025年）", "now no, target yes by 2025"));
  }

  @Test
  void aValueInTheUnitOfTheTextHasAtMostFourDecimals() {
    // 12345.678 万元 = 1.2345678 亿元, shown to four decimals: 1.2346亿元
    assertThat(reason("revenue-2"))
        .isEqualTo(Label.of("现为 1.2346亿元，目标 ≥ 2亿元（2024年）", "now 1.2346亿元, target ≥ 2亿元 by 2024"));
  }
}
