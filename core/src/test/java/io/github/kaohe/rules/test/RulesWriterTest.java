package io.github.kaohe.rules.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.load.PolicyWriter;
import io.github.kaohe.model.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A policy with rules, written by {@link PolicyWriter#toYaml}, loads back equal. */
class RulesWriterTest {
  /** Every form of fact, measure, condition, outcome, table option and class. */
  static Policy everyForm() {
    return PolicyLoader.create().load(RulesWriterTest.class.getResource("/policies/rules/every-form.yaml"), "every-form.yaml");
  }

  private static void assertRoundTrip(Policy policy) {
    String yaml = PolicyWriter.toYaml(policy);
    Policy back = PolicyLoader.create().load(yaml, "written.yaml");

    assertThat(back).isEqualTo(policy);
    assertThat(PolicyWriter.toYaml(back)).isEqualTo(yaml);
  }

  @Test
  void everyFormOfRuleLoadsBackEqual() {
    Policy policy = everyForm();

    assertThat(policy.scheme("zones").rules().tables()).hasSize(3);
    assertRoundTrip(policy);
  }

  @Test
  void theSmokeTestPolicyLoadsBackEqual() {
    assertRoundTrip(PolicyLoader.create().load(getClass().getResource("/policies/rules.yaml"), "rules.yaml"));
  }

  @Test
  void theKaifengPolicyLoadsBackEqual() throws IOException {
    // core cannot depend on the policy module; the build runs in core/, beside it
    Path file = Path.of("../policy-kaifeng/src/main/resources/io/github/kaohe/policy/kaifeng/kaifeng-2014.yaml");
    Policy policy = PolicyLoader.create().load(Files.readString(file), "kaifeng-2014.yaml");

    assertThat(policy.scheme("industrial-cluster-zones").rules().tables()).isNotEmpty();
    assertRoundTrip(policy);
  }
}
