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
import org.junit.jupiter.api.Test;

/**
 * The parts of a diff that {@link PolicyDiffTest} leaves out (mutation testing found them
 * unchecked): changed places, classes, outcomes and money, and added or removed parts that are maps or
 * that have no name.
 */
class PolicyDiffImpactTest {
  private static String read(String name) throws IOException {
    try (InputStream in = PolicyDiffImpactTest.class.getResourceAsStream("/policies/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  // tax: 2014 a 100, b 90, c 80; 2015 a 120, b 99, c 70: places a 1, b 2, c 3 in both years

  @Test
  void aPlaceThatChangesIsListedAndAnUnrankedEntityHasNone() throws IOException {
    String small = read("small.yaml");
    Policy before = PolicyLoader.create().load(small, "small.yaml");
    Policy after = PolicyLoader.create().load(small.replace("        cap: 8\n", "        cap: 5\n"), "cap-5.yaml");
    Dataset data = CsvDataReader.forScheme(before.scheme("firms")).withPeriod(Period.year(2015)).read(
        "entity,tax,place,tax-growth,title\n甲,100,1,10,1\nb,80,3,20,2\nc,50,11,-5,\nd,120,2,5,\n", "t.csv");

    // 乙 had 16.93 + 8 (two titles × 5, capped at 8) = 24.93, ahead of 甲's 17.07 + 5 = 22.07; capped
    // at 5, 乙 has 21.93 and falls behind. 丁 is not ranked: "—" on both sides is no change.
    assertThat(PolicyDiff.impact(before, after, "firms", data, List.of(Period.year(2015))))
        .extracting(EntityChange::toString).containsExactlyInAnyOrder(
            "firms 2015 甲 place: 2 → 1",
            "firms 2015 乙 place: 1 → 2",
            "firms 2015 乙 total: 24.93 → 21.93");
  }

  @Test
  void changedClassesOutcomesAndMoneyAreListed() throws IOException {
    String rules = read("rules.yaml");
    Policy before = PolicyLoader.create().load(rules, "rules.yaml");
    Policy after = PolicyLoader.create().load(rules
        .replace("when: {place: 1}, then: {money: 300}", "when: {place: 1}, then: {money: 350}")
        .replace("name: {zh: 优秀, en: Excellent}, from: 9", "name: {zh: 优秀, en: Excellent}, from: 8")
        .replace("{id: five-worse, when: {change: {ge: 5}}", "{id: five-worse, when: {change: {ge: 7}}"),
        "rules-changed.yaml");
    Dataset data = CsvDataReader.forScheme(before.scheme("zones")).read(read("rules-data.csv"), "zones.csv");

    List<EntityChange> impact =
        PolicyDiff.impact(before, after, "zones", data, List.of(Period.year(2014), Period.year(2015)));

    // With A from 8: c has 80 / 100 × 10 = 8.00 in 2014 and b 99 / 120 × 10 = 8.25 in 2015. a is
    // first in both years, but rewards need two years of growth: paid 350 instead of 300 in 2015.
    // b's place worsened by 6 in 2015: criticised at 5 or more, no longer at 7 or more.
    assertThat(impact).extracting(EntityChange::toString).containsExactlyInAnyOrder(
        "zones 2014 c class grade: B → A",
        "zones 2015 a outcome rewards/first: 300 万元 → 350 万元",
        "zones 2015 a money: 300 → 350",
        "zones 2015 b class grade: B → A",
        "zones 2015 b outcome sanctions/five-worse(criticism): yes → —");
  }

  @Test
  void anAddedOrRemovedMapIsShownWhole() throws IOException {
    String small = read("small.yaml");
    Policy before = PolicyLoader.create().load(small, "small.yaml");
    Policy after = PolicyLoader.create().load(small.replace("            source: \"§1\"\n",
        "            source: \"§1\"\n            valid: {min: 0, max: 1000}\n"), "valid.yaml");

    assertThat(PolicyDiff.changes(before, after)).extracting(PolicyChange::toString).containsExactly(
        "schemes[firms].categories[size].indicators[tax].valid: added {min: 0, max: 1000}");
    assertThat(PolicyDiff.changes(after, before)).extracting(PolicyChange::toString).containsExactly(
        "schemes[firms].categories[size].indicators[tax].valid: removed {min: 0, max: 1000}");
  }

  @Test
  void aRemovedRowWithoutANameIsNamedByItsId() throws IOException {
    String rules = read("rules.yaml");
    Policy before = PolicyLoader.create().load(rules, "rules.yaml");
    Policy after = PolicyLoader.create().load(rules.replace(
        "          - {id: twenty-worse, when: {change: {ge: 20}}, then: {action: criticism}, priority: 2}\n", ""),
        "rules-less.yaml");

    assertThat(PolicyDiff.changes(before, after)).extracting(PolicyChange::toString).containsExactly(
        "schemes[zones].tables[sanctions].rows[twenty-worse]: removed twenty-worse");
  }
}
