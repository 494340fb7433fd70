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
  static final Policy POLICY = load();
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

  private static Policy load() {
    try (InputStream in = SmallPolicy.class.getResourceAsStream("/policies/small.yaml")) {
      return PolicyLoader.create().load(new String(in.readAllBytes(), StandardCharsets.UTF_8), "small.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
