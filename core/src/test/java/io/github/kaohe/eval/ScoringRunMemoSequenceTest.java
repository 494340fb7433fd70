package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.model.Policy;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Samples that take some points columns from the memo of the samples before them and score the
 * others: a sample that changes one weight to a value no sample had scores that column anew, and
 * does not correct the totals of an earlier sample by a column it has not scored.
 */
class ScoringRunMemoSequenceTest {
  /** x is best in i1 and has a tenth of the best in i2; y the other way round. */
  private static final String CSV = """
      entity,county,i1,i2
      x,东区,10,1
      y,东区,1,10
      """;

  /** Two indicators proportional to the best at these weights, the total their sum. */
  private static Policy policy(String w1, String w2) {
    return policy(w1, w2, "{scale: 2, rounding: half-up}");
  }

  private static Policy policy(String w1, String w2, String totals) {
    String total = new BigDecimal(w1).add(new BigDecimal(w2)).toPlainString();
    return ScoringRunPolicies.policy(totals, "", total, """
        - {id: i1, name: {zh: 一, en: One}, unit: 万元, weight: %s, method: proportional-to-best}
        - {id: i2, name: {zh: 二, en: Two}, unit: 万元, weight: %s, method: proportional-to-best}
        """.formatted(w1, w2), "");
  }

  @Test
  void aSampleWithOneWeightNoSampleHadScoresThatColumnAnew() {
    // x is best in i1 and has a tenth of the best in i2; y the other way round: x scores w1 + w2 / 10,
    // y w1 / 10 + w2. A (1, 5): x 1.50, y 5.10; B (2, 3): x 2.30, y 3.20; C (9, 5), A's w2 kept: x 9.50, y 5.90.
    // Correcting A's totals by the column left from B (2 and 0.20) would give x 2.50, y 5.20: y first.
    Policy a = policy("1", "5");
    Dataset data = ScoringRunPolicies.data(a, CSV);
    SampleScoring samples = new SampleScoring(a, "firms", data, ScoringRunPolicies.YEAR);
    assertThat(places(samples, a, data)).containsExactly(2, 1);
    assertThat(places(samples, policy("2", "3"), data)).containsExactly(2, 1);
    assertThat(places(samples, policy("9", "5"), data)).containsExactly(1, 2);
    assertThat(samples.memoHits()).as("C took i2 from A").isEqualTo(1);
  }

  @Test
  void totalsRoundedToAnotherScaleAreNotCorrectedFromAnEarlierSamplesTotals() {
    // totals to 1 place, points to 2: a total is no plain sum of points. A (1, 5): x 1.5, y 5.1;
    // B (2, 3): x 2.3, y 3.2; A_B (2, 5), both columns kept: x 2 + 0.50 = 2.5, y 0.20 + 5 = 5.2, y first.
    // A's totals (15 and 51 tenths) corrected by B's i1 in hundredths (+100, +10) would put x first.
    String totals = "{scale: 1, rounding: half-up}";
    Policy a = policy("1", "5", totals);
    Dataset data = ScoringRunPolicies.data(a, CSV);
    SampleScoring samples = new SampleScoring(a, "firms", data, ScoringRunPolicies.YEAR);
    assertThat(places(samples, a, data)).containsExactly(2, 1);
    assertThat(places(samples, policy("2", "3", totals), data)).containsExactly(2, 1);
    assertThat(places(samples, policy("2", "5", totals), data)).containsExactly(2, 1);
    assertThat(samples.memoHits()).as("A_B took i1 from B and i2 from A").isEqualTo(2);
  }

  /** The sample's places, checked against a plain evaluation of its policy. */
  private static int[] places(SampleScoring samples, Policy p, Dataset data) {
    int[] places = new int[samples.size()];
    samples.score(p, places, false);
    assertThat(places).containsExactly(SampleScoringMemoTest.plainPlaces(p, data, samples, ScoringRunPolicies.YEAR));
    return places;
  }
}
