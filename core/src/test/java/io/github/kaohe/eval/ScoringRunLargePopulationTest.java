package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.model.Policy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A population of more than one chunk ({@value ScoringRun#CHUNK} entities): the second chunk's
 * points, read from a chunk's scratch where the column is not stored or corrected from an earlier
 * sample's totals, and the statistics merged from both chunks, are those of a plain evaluation or
 * of an evaluation in parts.
 */
class ScoringRunLargePopulationTest {
  private static final int N = ScoringRun.CHUNK + 904;

  /** Two indicators, the second by {@code method}, at these weights. */
  private static Policy policy(String w1, String w2, String method) {
    String total = Integer.toString(Integer.parseInt(w1) + Integer.parseInt(w2));
    return ScoringRunPolicies.policy("{scale: 2, rounding: half-up}", "", total, """
        - {id: i1, name: {zh: 一, en: One}, unit: 万元, weight: %s, method: proportional-to-best}
        - {id: i2, name: {zh: 二, en: Two}, unit: 万元, weight: %s, method: %s}
        """.formatted(w1, w2, method), "");
  }

  /**
   * Entities e0 … e4999, values 1 to 97 and 1 to 101 in a scattered order; in the second chunk, e4500's
   * i2 is 10^16, which the kernels leave to the scorer.
   */
  private static String csv() {
    StringBuilder csv = new StringBuilder("entity,county,i1,i2\n");
    for (int e = 0; e < N; e++) {
      csv.append('e').append(e).append(",东区,").append(e % 97 + 1).append(',')
          .append(e == 4500 ? "10000000000000000" : Integer.toString(e * 7 % 101 + 1)).append('\n');
    }
    return csv.toString();
  }

  private static void placesAsAPlainEvaluation(SampleScoring samples, Dataset data, Policy... sequence) {
    for (Policy p : sequence) {
      int[] places = new int[samples.size()];
      samples.score(p, places, false);
      assertThat(places).containsExactly(plainPlaces(p, data, samples));
    }
  }

  /** The places of a plain evaluation, by position in the samples (0 for none). */
  private static int[] plainPlaces(Policy p, Dataset data, SampleScoring samples) {
    java.util.Map<String, Integer> byId = new java.util.HashMap<>();
    for (EntityResult e : Evaluator.of(p).evaluate("firms", data, ScoringRunPolicies.YEAR).entities()) {
      byId.put(e.id(), e.place().orElse(0));
    }
    int[] places = new int[samples.size()];
    for (int k = 0; k < places.length; k++) {
      places[k] = byId.getOrDefault(samples.id(k), 0);
    }
    return places;
  }

  @Test
  void columnsLeftUnstoredAreScoredChunkByChunk() {
    // without a memo, the columns only the totals read are not stored: each chunk's points go through a
    // scratch. Min-max's points (not served by fractions) are added to the totals as they are scored, the
    // kernels all being bounded; beside a ratio without a cap to a benchmark of 1 (no bound), they are not
    for (String method : List.of("{type: min-max}", "{type: ratio-to-benchmark, benchmark: 1, cap: none}")) {
      Policy nominal = policy("10", "10", method);
      Dataset data = ScoringRunPolicies.data(nominal, csv());
      SampleScoring samples = new SampleScoring(nominal, "firms", data, ScoringRunPolicies.YEAR, false);
      placesAsAPlainEvaluation(samples, data, nominal, policy("3", "17", method));
    }
  }

  @Test
  void aSaltelliRowCorrectsEveryChunksTotals() {
    // A, B, then A_B^1 and A_B^2: each takes both columns from the memo and A's or B's totals, corrected
    String method = "proportional-to-best";
    Policy a = policy("10", "10", method);
    Dataset data = ScoringRunPolicies.data(a, csv());
    SampleScoring samples = new SampleScoring(a, "firms", data, ScoringRunPolicies.YEAR);
    placesAsAPlainEvaluation(samples, data, a, policy("3", "17", method), policy("3", "10", method),
        policy("10", "17", method));
    assertThat(samples.memoHits()).isEqualTo(4);
  }

  @Test
  void aZScoreReadsTheStatisticsOfEveryChunkOnce() {
    // the whole population at once (two chunks) and in two parts of one chunk each: the same points
    Policy p = policy("10", "10", "{type: z-score}");
    String csv = csv();
    SchemeResult whole = ScoringRunPolicies.evaluate(p, csv);
    String[] lines = csv.split("\n");
    String header = lines[0] + "\n";
    List<Dataset> parts = new ArrayList<>();
    parts.add(ScoringRunPolicies.data(p, header + String.join("\n", List.of(lines).subList(1, 2501)) + "\n"));
    parts.add(ScoringRunPolicies.data(p, header + String.join("\n", List.of(lines).subList(2501, lines.length)) + "\n"));
    PartEvaluator evaluator = PartEvaluator.of(p, "firms");
    PartSummary summary = evaluator.summarise(parts.get(0), ScoringRunPolicies.YEAR)
        .merge(evaluator.summarise(parts.get(1), ScoringRunPolicies.YEAR));
    for (Dataset part : parts) {
      PartScores scores = evaluator.score(part, ScoringRunPolicies.YEAR, summary);
      assertThat(scores.problems()).isEmpty();
      for (int k = 0; k < scores.size(); k += 97) {
        assertThat(scores.points("i2", k)).as(scores.entity(k))
            .contains(whole.entity(scores.entity(k)).orElseThrow().indicator("i2").orElseThrow().points());
      }
    }
  }
}
