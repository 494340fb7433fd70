package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.model.Policy;
import org.junit.jupiter.api.Test;

/**
 * Samples whose points add up past a {@code long}: a kernel without a bound (a ratio without a cap)
 * is never added up without checks; the totals go to decimals, and the places are a plain
 * evaluation's. Scored without the memo of points columns, so that no column is kept.
 */
class ScoringRunHugePointsSamplesTest {
  /** Two ratios to a benchmark of 1 without a cap, at these weights. */
  private static Policy policy(String w1, String w2) {
    String total = Integer.toString(Integer.parseInt(w1) + Integer.parseInt(w2));
    return ScoringRunPolicies.policy("{scale: 2, rounding: half-up}", "", total, """
        - {id: i1, name: {zh: 一, en: One}, unit: 万元, weight: %s, method: {type: ratio-to-benchmark, benchmark: 1, cap: none}}
        - {id: i2, name: {zh: 二, en: Two}, unit: 万元, weight: %s, method: {type: ratio-to-benchmark, benchmark: 1, cap: none}}
        """.formatted(w1, w2), "");
  }

  @Test
  void pointsThatAddUpPastALongAreTotalledAsDecimals() {
    // a: 10 × 5 × 10^15 = 5 × 10^16 in each (5 × 10^18 hundredths, a long), 10^17 in all (10^19 hundredths: not);
    // b: 10 + 10 = 20. a first, every time; added up without checks, a's total would wrap below b's
    String csv = """
        entity,county,i1,i2
        a,东区,5000000000000000,5000000000000000
        b,东区,1,1
        """;
    Policy a = policy("10", "10");
    Dataset data = ScoringRunPolicies.data(a, csv);
    SampleScoring samples = new SampleScoring(a, "firms", data, ScoringRunPolicies.YEAR, false);
    for (Policy p : new Policy[] {a, policy("10", "12"), a}) {
      int[] places = new int[samples.size()];
      samples.score(p, places, false);
      assertThat(places).containsExactly(1, 2)
          .containsExactly(SampleScoringMemoTest.plainPlaces(p, data, samples, ScoringRunPolicies.YEAR));
    }
  }

  @Test
  void columnsFromTheMemoWhosePointsAddUpPastALongAreTotalledWithChecks() {
    // The same policy scored twice with the memo: the second time both columns come from it. The
    // bound on their sum, 5 × 10^18 + 5 × 10^18 hundredths, wrapped below zero, and the columns
    // were added without checks: a's total wrapped, and b came first.
    String csv = """
        entity,county,i1,i2
        a,东区,5000000000000000,5000000000000000
        b,东区,1,1
        """;
    Policy a = policy("10", "10");
    Dataset data = ScoringRunPolicies.data(a, csv);
    SampleScoring samples = new SampleScoring(a, "firms", data, ScoringRunPolicies.YEAR);
    for (int round = 0; round < 2; round++) {
      int[] places = new int[samples.size()];
      samples.score(a, places, false);
      assertThat(places).as("round %d", round).containsExactly(1, 2);
    }
  }
}
