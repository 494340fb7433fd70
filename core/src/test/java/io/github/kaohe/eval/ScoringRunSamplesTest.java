package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.model.Policy;
import org.junit.jupiter.api.Test;

/**
 * A sample of a sensitivity analysis (a run on a {@link ScoringRun#base}, other weights) places as a
 * plain evaluation of its policy does, with what the base works out once: the entities a missing
 * value excludes, the values imputed, the points imputed after, and the problems of the inputs.
 */
class ScoringRunSamplesTest {
  /** Tax and emission, both proportional to the best, at these weights and missing rules. */
  private static Policy policy(String taxWeight, String taxMissing, String emissionWeight, String emissionMissing) {
    String total = new java.math.BigDecimal(taxWeight).add(new java.math.BigDecimal(emissionWeight)).toPlainString();
    return ScoringRunPolicies.policy("{scale: 2, rounding: half-up}", "", total, """
        - {id: tax, name: {zh: 税收, en: Tax}, unit: 万元, weight: %s, method: proportional-to-best, missing: %s}
        - {id: emission, name: {zh: 单位排放增加值, en: Value added per emission}, unit: 万元/吨, weight: %s,
           method: proportional-to-best, missing: %s}
        """.formatted(taxWeight, taxMissing, emissionWeight, emissionMissing), "");
  }

  /** The places of the entities in data order, scored as samples after the nominal policy, each checked against a plain evaluation. */
  private static int[] samplePlaces(Policy nominal, Policy sample, String csv) {
    Dataset data = ScoringRunPolicies.data(nominal, csv);
    SampleScoring samples = new SampleScoring(nominal, "firms", data, ScoringRunPolicies.YEAR);
    int[] places = null;
    for (Policy p : new Policy[] {nominal, sample}) {
      places = new int[samples.size()];
      samples.score(p, places, false);
      assertThat(places).containsExactly(SampleScoringMemoTest.plainPlaces(p, data, samples, ScoringRunPolicies.YEAR));
    }
    return places;
  }

  @Test
  void anEntityAMissingValueExcludesHasNoPlaceInASample() {
    // b has no tax: excluded. a: 10 + 10 × 40 / 40 = 20, c: 10 × 5 / 10 + 10 × 10 / 40 = 7.50.
    // Were b scored, emission's best would be its 100, and b (0 + 10 = 10) would come before c.
    assertThat(samplePlaces(policy("8", "exclude-entity", "12", "zero-points"),
        policy("10", "exclude-entity", "10", "zero-points"), """
        entity,county,tax,emission
        a,东区,10,40
        b,东区,,100
        c,西区,5,10
        """)).containsExactly(1, 0, 2);
  }

  @Test
  void aSampleScoresTheValuesImputedForMissingOnes() {
    // c takes the mean of the others' emission, (10 + 40 + 30) / 3 = 26.67: 10 × 26.67 / 40 = 6.67 (16.67 in all)
    // b 20, d 10 + 7.50 = 17.50, a 10 + 2.50 = 12.50; c with no value at all would be last with 10
    assertThat(samplePlaces(policy("8", "zero-points", "12", "{rule: impute, statistic: mean, of: values}"),
        policy("10", "zero-points", "10", "{rule: impute, statistic: mean, of: values}"), """
        entity,county,tax,emission
        a,东区,10,10
        b,东区,10,40
        c,西区,10,
        d,西区,10,30
        """)).containsExactly(4, 1, 3, 2);
  }

  @Test
  void aSampleImputesPointsAfterScoringTheOthers() {
    // emission: a 10 × 40 / 40 = 10.00, b 2.50, d 5.00; c takes their mean 17.50 / 3 = 5.83.
    // Totals with tax 10 each: a 20, c 15.83, d 15, b 12.50; c with no points would be last with 10
    assertThat(samplePlaces(policy("8", "zero-points", "12", "{rule: impute, statistic: mean, of: points}"),
        policy("10", "zero-points", "10", "{rule: impute, statistic: mean, of: points}"), """
        entity,county,tax,emission
        a,东区,10,40
        b,东区,10,10
        c,西区,10,
        d,西区,10,20
        """)).containsExactly(1, 4, 2, 3);
  }

  @Test
  void aSampleThatScoresByZScoreReadsTheMeanAndSpreadTheBaseWorkedOut() {
    // the nominal policy scores emission proportional to the best, the sample by z-score: the base's
    // statistics must hold the sums a z-score reads. With tax equal, the places follow emission: c, b, a
    assertThat(samplePlaces(policy("8", "zero-points", "12", "zero-points"), ScoringRunPolicies.policy(
        "{scale: 2, rounding: half-up}", "", "20", """
        - {id: tax, name: {zh: 税收, en: Tax}, unit: 万元, weight: 10, method: proportional-to-best, missing: zero-points}
        - {id: emission, name: {zh: 单位排放增加值, en: Value added per emission}, unit: 万元/吨, weight: 10,
           method: {type: z-score}, missing: zero-points}
        """, ""), """
        entity,county,tax,emission
        a,东区,10,10
        b,东区,10,20
        c,西区,10,40
        """)).containsExactly(3, 2, 1);
  }

  @Test
  void aSampleReportsTheProblemsOfItsInputs() {
    Policy nominal = policy("8", "error", "12", "zero-points");
    Dataset data = ScoringRunPolicies.data(nominal, """
        entity,county,tax,emission
        a,东区,10,40
        b,东区,,10
        """);
    SampleScoring samples = new SampleScoring(nominal, "firms", data, ScoringRunPolicies.YEAR);
    assertThatThrownBy(() -> samples.score(policy("10", "error", "10", "zero-points"), new int[2], false))
        .isInstanceOfSatisfying(EvaluationException.class, e -> assertThat(e.problems())
            .extracting(p -> p.entity() + " " + p.key())
            .containsExactly("b tax"));
  }
}
