package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Period;
import io.github.kaohe.model.Policy;
import org.junit.jupiter.api.Test;

/**
 * An entity's result for a value that stands in for a missing one ({@link ScoredPeriod}): a value
 * imputed from its county's values is shown and scored like a value; points imputed from its
 * county's points have no value; a county with nothing to impute from gives zero points.
 *
 * <pre>
 *      county  x (5, proportional to the best, 100)   y (5, the same; best 100)
 * a    c1      100 → 5.00                             100 → 5.00
 * b    c1       50 → 2.50                              50 → 2.50
 * c    c1      — : c1's mean value 75 → 5 × 75 / 100 = 3.75     — : c1's mean points (5.00 + 2.50) / 2 = 3.75
 * d    c2      — : c2 has no value → 0                — : c2 has no points → 0
 * </pre>
 */
class ScoredPeriodImputedTest {
  private static final Policy POLICY = PartEvaluatorPolicies.policy("""
      categories:
        - id: all
          name: {zh: 全部, en: All}
          weight: 10
          indicators:
            - {id: x, name: {zh: 甲, en: X}, weight: 5, method: proportional-to-best,
               missing: {rule: impute, statistic: mean, of: values, within: county}}
            - {id: y, name: {zh: 乙, en: Y}, weight: 5, method: proportional-to-best,
               missing: {rule: impute, statistic: mean, of: points, within: county}}
      """, "");

  private static EntityResult result(String entity) {
    SchemeResult r = Evaluator.of(POLICY).evaluate("firms", PartEvaluatorPolicies.data(POLICY, """
        entity,period,county,x,y
        a,2024,c1,100,100
        b,2024,c1,50,50
        c,2024,c1,,
        d,2024,c2,,
        """), Period.year(2024));
    return r.entity(entity).orElseThrow();
  }

  @Test
  void aValueImputedFromTheGroupIsShownAndScored() {
    IndicatorResult x = result("c").indicator("x").orElseThrow();

    assertThat(x.status()).isEqualTo(IndicatorStatus.MISSING_IMPUTED);
    assertThat(x.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("75"));
    assertThat(x.points()).isEqualByComparingTo("3.75");
    assertThat(x.formula()).isEqualTo("5 × 75 / 100 = 3.75");
  }

  @Test
  void pointsImputedFromTheGroupHaveNoValue() {
    IndicatorResult y = result("c").indicator("y").orElseThrow();

    assertThat(y.status()).isEqualTo(IndicatorStatus.MISSING_IMPUTED);
    assertThat(y.value()).isEmpty();
    assertThat(y.points()).isEqualByComparingTo("3.75");
    assertThat(y.formula()).isEqualTo("— → 3.75");
  }

  @Test
  void aGroupWithNothingToImputeFromGivesZeroPoints() {
    EntityResult d = result("d");

    for (String id : new String[] {"x", "y"}) {
      IndicatorResult i = d.indicator(id).orElseThrow();
      assertThat(i.status()).as(id).isEqualTo(IndicatorStatus.MISSING_ZERO_POINTS);
      assertThat(i.value()).as(id).isEmpty();
      assertThat(i.points()).as(id).isEqualByComparingTo("0");
      assertThat(i.formula()).as(id).isEqualTo("— → 0.00");
    }
  }
}
