package io.github.kaohe.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.RandomPolicies;
import io.github.kaohe.model.Policy;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RoundTripProperties {
  @Provide
  Arbitrary<Policy> policies() {
    return Arbitraries.randomValue(RandomPolicies::policy);
  }

  @Property(tries = 200)
  void writtenPolicyLoadsBackEqual(@ForAll("policies") Policy policy) {
    String yaml = PolicyWriter.toYaml(policy);

    Policy loaded = PolicyLoader.create().load(yaml, "written.yaml");

    assertThat(loaded).as("the written YAML:\n%s", yaml).isEqualTo(policy);
  }

  @Property(tries = 50)
  void writingIsStable(@ForAll("policies") Policy policy) {
    String yaml = PolicyWriter.toYaml(policy);

    assertThat(PolicyWriter.toYaml(PolicyLoader.create().load(yaml, "written.yaml"))).isEqualTo(yaml);
  }
}
