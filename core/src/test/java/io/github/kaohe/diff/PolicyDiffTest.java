package io.github.kaohe.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PolicyDiffTest {
  private String small;
  private Policy before;

  @BeforeEach
  void read() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/policies/small.yaml")) {
      small = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    before = PolicyLoader.create().load(small, "small.yaml");
  }

  private Policy changed() {
    return PolicyLoader.create().load(small
        .replace("version: \"1.0\"", "version: \"1.1\"")
        .replace("unit: 万元\n            weight: 8", "unit: 万元\n            weight: 6")
        .replace("weight: 2\n            direction", "weight: 4\n            direction")
        .replace("{type: min-max, floor: 0.6}", "{type: min-max, floor: 0.5}")
        .replace("pointsPerUnit: 5}", "pointsPerUnit: 3}")
        .replace("      - {id: d, name: {zh: 丁, en: Delta}, ranked: false}\n", ""), "small-1.1.yaml");
  }

  @Test
  void anIdenticalPolicyHasNoChanges() {
    assertThat(PolicyDiff.changes(before, PolicyLoader.create().load(small, "copy.yaml"))).isEmpty();
  }

  @Test
  void listsWeightsMethodsAmountsAndRemovedEntitiesByTheirIds() {
    assertThat(PolicyDiff.changes(before, changed())).extracting(PolicyChange::toString).containsExactly(
        "version: 1.0 → 1.1",
        "schemes[firms].entities[d]: removed d (丁)",
        "schemes[firms].categories[size].indicators[tax].weight: 8 → 6",
        "schemes[firms].categories[size].indicators[place].weight: 2 → 4",
        "schemes[firms].categories[growth].indicators[tax-growth].method.floor: 0.6 → 0.5",
        "schemes[firms].adjustments[bonus].items[title].pointsPerUnit: 5 → 3");
  }

  @Test
  void showsWhoseResultsChangeOnTheSameData() {
    Dataset data = CsvDataReader.forScheme(before.scheme("firms")).withPeriod(Period.year(2015)).read(
        "entity,tax,place,tax-growth,title\n甲,100,1,10,1\nb,80,3,20,2\nc,50,11,-5,\nd,120,2,5,\n", "t.csv");

    List<EntityChange> impact = PolicyDiff.impact(before, changed(), "firms", data, List.of(Period.year(2015)));

    // 丁 (d) is no longer named by the new policy: with entities listed, it is not assessed.
    assertThat(impact).extracting(EntityChange::toString).contains(
        "firms 2015 丁 assessed: yes → no",
        // 甲: without 丁 the best tax is its own 100: 6 × 100 / 100 = 6.00 (was 8 × 100 / 120 =
        // 6.67); place 4 × (11 − 1) / 10 = 4.00 (was 2.00); growth 10 × (0.5 + 0.5 × 15 / 25) =
        // 8.00 (was 8.40); one title 1 × 3 = 3.00 (was 5.00): 21.00 (was 22.07)
        "firms 2015 甲 total: 22.07 → 21.00",
        // 乙: 6 × 80 / 100 = 4.80; 4 × 8 / 10 = 3.20; growth 10.00; two titles 6.00: 24.00
        "firms 2015 乙 total: 24.93 → 24.00");
    assertThat(impact).extracting(EntityChange::what).doesNotContain("place");
  }

  @Test
  void anEqualNumberWrittenDifferentlyIsNoChange() {
    Policy same = PolicyLoader.create().load(small.replace("weight: 8\n", "weight: 8.00\n"), "same.yaml");

    assertThat(PolicyDiff.changes(before, same)).isEmpty();
  }

  @Test
  void addedPartsAreNamedAndListsShownWhole() {
    Policy after = PolicyLoader.create().load(small
        .replace("      - {id: d, name: {zh: 丁, en: Delta}, ranked: false}\n",
            "      - {id: d, name: {zh: 丁, en: Delta}, ranked: false}\n      - {id: e, name: {zh: 戊, en: Epsilon}}\n")
        .replace("      groups: [county]\n", ""), "after.yaml");

    assertThat(PolicyDiff.changes(before, after)).extracting(PolicyChange::toString).containsExactly(
        "schemes[firms].entities[e]: added e (戊)",
        "schemes[firms].ranking.groups: [county] → []");
    assertThat(PolicyDiff.changes(after, before)).extracting(PolicyChange::toString).containsExactly(
        "schemes[firms].entities[e]: removed e (戊)",
        "schemes[firms].ranking.groups: [] → [county]");
  }

  @Test
  void theImpactListsEveryChangeAndNothingElse() {
    Dataset data = CsvDataReader.forScheme(before.scheme("firms")).withPeriod(Period.year(2015)).read(
        "entity,tax,place,tax-growth,title\n甲,100,1,10,1\nb,80,3,20,2\nc,50,11,-5,\nd,120,2,5,\n", "t.csv");

    // 丙: 8 × 50 / 120 = 3.33 and 10 × 0.6 = 6.00 at the least growth (9.33); then 6 × 50 / 100 =
    // 3.00 and 10 × 0.5 = 5.00 (8.00). Places in each county stay as they were.
    assertThat(PolicyDiff.impact(changed(), before, "firms", data, List.of(Period.year(2015))))
        .extracting(EntityChange::toString).containsExactlyInAnyOrder(
            "firms 2015 甲 total: 21.00 → 22.07",
            "firms 2015 乙 total: 24.00 → 24.93",
            "firms 2015 丙 total: 8.00 → 9.33",
            "firms 2015 丁 assessed: no → yes");
  }
}
