package io.github.kaohe.cli;

import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import io.github.kaohe.spi.PolicyProvider;
import java.net.URL;
import java.util.Map;
import java.util.Objects;

/** A bundled policy for the tests: small.yaml with sample data for its scheme 'firms'. */
public final class SmallTestPolicyProvider implements PolicyProvider {
  static final String ID = "small-test";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Policy load() {
    return PolicyLoader.create().load(resource("/small.yaml"), "small.yaml");
  }

  @Override
  public Map<String, URL> sampleData() {
    return Map.of("firms", resource("/firms-sample.csv"));
  }

  private static URL resource(String name) {
    return Objects.requireNonNull(SmallTestPolicyProvider.class.getResource(name), name);
  }
}
