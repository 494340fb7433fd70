package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.model.Policy;
import org.junit.jupiter.api.Test;

/**
 * Evaluation in parts of a scheme that imputes points within groups: the pass between the two
 * ({@link PartEvaluator#summarisePoints}) leaves out the entities excluded, as a whole evaluation does.
 */
class ScoringRunPartsTest {
  @Test
  void anExcludedEntitysPointsTakeNoPartInItsGroupsImputedPoints() {
    Policy p = ScoringRunPolicies.policy("{scale: 2, rounding: half-up}", "", "20", """
        - {id: tax, name: {zh: 税收, en: Tax}, unit: 万元, weight: 10, method: proportional-to-best, missing: exclude-entity}
        - {id: emission, name: {zh: 单位排放增加值, en: Value added per emission}, unit: 万元/吨, weight: 10,
           method: proportional-to-best, missing: {rule: impute, statistic: mean, of: points, within: county}}
        """, "");
    Dataset data = ScoringRunPolicies.data(p, """
        entity,county,tax,emission
        a,东区,10,40
        b,东区,,10
        c,东区,10,
        d,西区,10,20
        """);
    PartEvaluator parts = PartEvaluator.of(p, "firms");
    PartSummary summary = parts.summarise(data, ScoringRunPolicies.YEAR);
    summary = summary.withPoints(parts.summarisePoints(data, ScoringRunPolicies.YEAR, summary));
    PartScores scores = parts.score(data, ScoringRunPolicies.YEAR, summary);

    // b has no tax: excluded. emission points: a 10 × 40 / 40 = 10.00, d 10 × 20 / 40 = 5.00;
    // c takes the mean of 东区's others not excluded: a's alone, 10.00 (not (10.00 + 2.50) / 2 with b's)
    assertThat(scores.problems()).isEmpty();
    int c = position(scores, "c");
    assertThat(scores.points("emission", c)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10.00"));
    assertThat(scores.total(c)).isEqualByComparingTo("20.00");
    SchemeResult whole = Evaluator.of(p).evaluate("firms", data, ScoringRunPolicies.YEAR);
    assertThat(ScoringRunPolicies.points(whole, "c", "emission")).isEqualTo("10.00");
  }

  private static int position(PartScores scores, String entity) {
    for (int k = 0; k < scores.size(); k++) {
      if (scores.entity(k).equals(entity)) {
        return k;
      }
    }
    throw new AssertionError(entity + " not scored");
  }
}
