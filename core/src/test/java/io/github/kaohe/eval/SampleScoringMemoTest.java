package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A sample that changes one indicator reuses the points columns of the others from the samples
 * the same thread scored before it, and places as a plain evaluation of its policy does.
 */
class SampleScoringMemoTest {
  private static final Period YEAR = Period.year(2015);
  private static final String CSV = "entity,tax,place,tax-growth,title\n甲,100,1,10,\nb,80,3,20,1\nc,50,11,-5,\nd,120,2,5,\n";

  @Test
  void aSampleReusesTheColumnsOfTheIndicatorsItDoesNotChange() throws IOException {
    String yaml;
    try (InputStream in = SampleScoringMemoTest.class.getResourceAsStream("/policies/small.yaml")) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Policy a = PolicyLoader.create().load(yaml, "small.yaml");
    // tax weighs 6 instead of 8 (its category 8, the total 18): place and tax-growth as in a
    Policy b = PolicyLoader.create().load(yaml
        .replace("    total: 20\n", "    total: 18\n")
        .replace("        weight: 10\n        indicators:\n          - id: tax\n",
            "        weight: 8\n        indicators:\n          - id: tax\n")
        .replace("            weight: 8\n            method: proportional-to-best",
            "            weight: 6\n            method: proportional-to-best"), "small-b.yaml");
    Dataset data = CsvDataReader.forScheme(a.scheme("firms")).withPeriod(YEAR).read(CSV, "t.csv");
    SampleScoring samples = new SampleScoring(a, "firms", data, YEAR);

    assertThat(places(samples, a)).containsExactly(plainPlaces(a, data, samples));
    assertThat(samples.memoHits()).isZero();
    assertThat(places(samples, b)).containsExactly(plainPlaces(b, data, samples));
    assertThat(samples.memoHits()).as("place and tax-growth, from a").isEqualTo(2);
    assertThat(places(samples, a)).containsExactly(plainPlaces(a, data, samples));
    assertThat(samples.memoHits()).as("all three, from a").isEqualTo(5);
    assertThat(places(samples, b)).containsExactly(plainPlaces(b, data, samples));
    assertThat(samples.memoHits()).as("all three, from a and b").isEqualTo(8);
  }

  private static int[] places(SampleScoring samples, Policy policy) {
    int[] places = new int[samples.size()];
    samples.score(policy, places, false);
    return places;
  }

  private static int[] plainPlaces(Policy policy, Dataset data, SampleScoring samples) {
    return plainPlaces(policy, data, samples, YEAR);
  }

  /** The places a plain evaluation of the scheme {@code firms} gives, by position in the samples (0 for none). */
  static int[] plainPlaces(Policy policy, Dataset data, SampleScoring samples, Period year) {
    SchemeResult plain = Evaluator.of(policy).evaluate("firms", data, year);
    int[] places = new int[samples.size()];
    for (int p = 0; p < places.length; p++) {
      String id = samples.id(p);
      places[p] = plain.entities().stream().filter(e -> e.id().equals(id)).findFirst()
          .map(e -> e.place().orElse(0)).orElse(0);
    }
    return places;
  }
}
