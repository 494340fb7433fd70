package io.github.kaohe.spark;

import io.github.kaohe.eval.PartEvaluator;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The policy on an executor: tasks carry its YAML text (a policy is data, and its text is what
 * travels), and each executor JVM loads and validates it once per text and scheme.
 */
final class ExecutorPolicies {
  private static final Map<String, PartEvaluator> LOADED = new ConcurrentHashMap<>();

  private ExecutorPolicies() {}

  static PartEvaluator evaluator(String yaml, String scheme) {
    return LOADED.computeIfAbsent(scheme + '\u0000' + yaml, k -> {
      Policy policy = PolicyLoader.create().load(yaml, "policy");
      return PartEvaluator.of(policy, scheme);
    });
  }
}
