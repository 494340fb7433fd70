package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.model.Policy;
import org.junit.jupiter.api.Test;

/**
 * A missing value that takes its group's points: the entity's total is worked out again from its
 * points as imputed, with its adjustments, and rounded to the totals' scale.
 */
class ScoringRunImputedPointsTest {
  private static final String INDICATORS = """
      - {id: tax, name: {zh: 税收, en: Tax}, unit: 万元, weight: 10, method: proportional-to-best, missing: zero-points}
      - {id: emission, name: {zh: 单位排放增加值, en: Value added per emission}, unit: 万元/吨, weight: 10,
         method: proportional-to-best, missing: {rule: impute, statistic: mean, of: points, within: county}}
      """;
  private static final String ADJUSTMENTS = """
      adjustments:
        - id: bonus
          name: {zh: 加分, en: Bonus}
          items:
            - {id: title, name: {zh: 称号, en: Title}, pointsPerUnit: 5}
      """;
  private static final String DATA = """
      entity,county,tax,emission,title
      a,东区,10,40,
      b,东区,10,10,
      c,东区,10,,1
      d,西区,10,20,
      """;

  @Test
  void anImputedEntitysTotalTakesItsAdjustments() {
    Policy p = ScoringRunPolicies.policy("{scale: 2, rounding: half-up}", "", "20", INDICATORS, ADJUSTMENTS);
    SchemeResult r = ScoringRunPolicies.evaluate(p, DATA);
    // emission points: a 10 × 40 / 40 = 10.00, b 10 × 10 / 40 = 2.50; c (东区) takes (10.00 + 2.50) / 2 = 6.25.
    // c's total: tax 10.00 + 6.25 + the bonus 5 × 1 = 21.25
    assertThat(ScoringRunPolicies.points(r, "c", "emission")).isEqualTo("6.25");
    assertThat(ScoringRunPolicies.total(r, "c")).isEqualTo("21.25");
    assertThat(ScoringRunPolicies.total(r, "a")).isEqualTo("20.00");
  }

  @Test
  void anImputedEntitysTotalIsRoundedToTheTotalsScale() {
    Policy p = ScoringRunPolicies.policy("{scale: 1, rounding: half-up}", "", "20", INDICATORS, "");
    SchemeResult r = ScoringRunPolicies.evaluate(p, """
        entity,county,tax,emission
        a,东区,10,40
        b,东区,10,10
        c,东区,10,
        d,西区,10,20
        """);
    // c: 10.00 + 6.25 = 16.25 → 16.3 (one place, half up); d: 10.00 + 10 × 20 / 40 = 15.00 → 15.0
    assertThat(ScoringRunPolicies.total(r, "c")).isEqualTo("16.3");
    assertThat(ScoringRunPolicies.total(r, "d")).isEqualTo("15.0");
  }
}
