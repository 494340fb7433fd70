package io.github.kaohe.spi;

import io.github.kaohe.model.Policy;
import java.net.URL;
import java.util.Map;
import java.util.Optional;

/**
 * Provides a bundled policy. Implementations have a public no-argument constructor and are
 * registered for {@link java.util.ServiceLoader}.
 */
public interface PolicyProvider {
  /** The policy's id, e.g. {@code kaifeng-2014}; unique among providers. */
  String id();

  /** Loads the policy; throws {@link io.github.kaohe.load.PolicyException} if it is invalid. */
  Policy load();

  /**
   * The policy's YAML, so that an overlay can extend it ({@code extends: ID}); empty when the
   * provider builds its policy otherwise.
   */
  default java.util.Optional<URL> yaml() {
    return java.util.Optional.empty();
  }

  /** Sample data files bundled with the policy, by scheme id (CSV); empty when there are none. */
  default Map<String, URL> sampleData() {
    return Map.of();
  }

  /**
   * The policy's own test suite, a YAML test file ({@code kaohe-tests: 1}) shipped beside the
   * policy, e.g. {@code my-policy.tests.yaml}; empty when there is none. Paths in it (data files)
   * are relative to its URL. {@code kaohe test ID} runs it, and so does the compatibility kit
   * ({@code io.github.kaohe.testkit.PolicyModuleKit} in core's test jar) that a policy module's
   * tests extend.
   *
   * @see io.github.kaohe.testing.PolicyTestSuite#load(URL)
   */
  default Optional<URL> tests() {
    return Optional.empty();
  }
}
