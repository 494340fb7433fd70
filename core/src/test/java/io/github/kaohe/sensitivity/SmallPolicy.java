package io.github.kaohe.sensitivity;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The test policy {@code small.yaml} (20 points, four firms) and data for it. */
final class SmallPolicy {
  static final Period YEAR = Period.year(2015);
  static final Policy POLICY = load(text());
  /**
   * {@code small.yaml} with a rule table: 300 万元 to first place and a public criticism (a
   * sanction) to third, the last place of the three ranked firms (丁 is not ranked).
   */
  static final Policy WITH_RULES = load(text().replace("schemes:\n", """
      actions:
        - {id: criticism, name: {zh: 通报批评, en: Public criticism}, kind: sanction}
      schemes:
      """) + """
          tables:
            - id: rewards
              name: {zh: 奖惩, en: Rewards and sanctions}
              hitPolicy: first
              unit: 万元
              inputs: [{id: place, of: result.place}]
              rows:
                - {id: first, name: {zh: 第一名, en: First place}, when: {place: 1}, then: {money: 300}}
                - {id: last, name: {zh: 末位, en: Last place}, when: {place: 3}, then: {action: criticism}}
      """);
  /** Firms whose growth is the same: the growth category cannot change any place. */
  static final Dataset SAME_GROWTH = data("entity,tax,place,tax-growth\n甲,100,11,10\nb,80,3,10\nc,50,1,10\nd,120,2,10\n");
  /** Firms that differ in everything. */
  static final Dataset MIXED = data("entity,tax,place,tax-growth,title\n甲,100,1,10,\nb,80,3,20,\nc,50,11,-5,\nd,120,2,5,\n");

  private SmallPolicy() {}

  static Uncertainty uncertainty(String yaml) {
    return UncertaintyLoader.load("kaohe-uncertainty: 1\nscheme: firms\n" + yaml, "test.uncertainty.yaml", POLICY);
  }

  static Dataset data(String csv) {
    return CsvDataReader.forScheme(POLICY.scheme("firms")).withPeriod(YEAR).read(csv, "t.csv");
  }

  private static Policy load(String text) {
    return PolicyLoader.create().load(text, "small.yaml");
  }

  private static String text() {
    try (InputStream in = SmallPolicy.class.getResourceAsStream("/policies/small.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
