package io.github.kaohe.rules.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.load.PolicyWriter;
import io.github.kaohe.model.MeasureFormula;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Rules;
import io.github.kaohe.model.Target;
import io.github.kaohe.model.TargetKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A policy with every form of check, target, tax sharing, link, context entity, count and
 * register, written by {@link PolicyWriter#toYaml}, loads back equal (and the schema accepts the
 * file: see {@code BundledYamlTest}).
 */
class RegisterWriterTest {
  private static final Policy POLICY =
      PolicyLoader.create().load(RegisterWriterTest.class.getResource("/policies/rules/registers.yaml"), "registers.yaml");

  @Test
  void theFileHasEverySection() {
    Rules zones = POLICY.scheme("zones").rules();
    Rules firms = POLICY.scheme("firms").rules();

    assertThat(zones.checks()).hasSize(2);
    assertThat(zones.targets()).extracting(Target::kind).containsOnly(TargetKind.values());
    assertThat(zones.context()).hasSize(1);
    assertThat(firms.links()).hasSize(1);
    assertThat(firms.taxSharing()).hasSize(2);
    assertThat(POLICY.scheme("firms").scored()).isFalse();
    assertThat(firms.measures().get(0).formula()).isInstanceOfSatisfying(MeasureFormula.Population.class,
        p -> assertThat(p.atLeast()).contains(new BigDecimal("100")));
  }

  @Test
  void theDefaultsAreRead() {
    Rules zones = POLICY.scheme("zones").rules();
    Rules firms = POLICY.scheme("firms").rules();

    // a check without when or from applies always; a split without rounding rounds half up to whole units
    assertThat(zones.checks().get(1).when()).isEmpty();
    assertThat(zones.checks().get(1).fromYear()).isEmpty();
    assertThat(firms.taxSharing().get(1).rounding().scale()).isZero();
    assertThat(firms.taxSharing().get(1).rounding().mode()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(firms.taxSharing().get(1).appliesWhen()).isEmpty();
    assertThat(zones.targets().get(0).accumulate()).isFalse();
    assertThat(zones.targets().get(0).upTo()).isEqualTo(Optional.empty());
  }

  @Test
  void writtenPolicyLoadsBackEqual() {
    String yaml = PolicyWriter.toYaml(POLICY);
    Policy back = PolicyLoader.create().load(yaml, "written.yaml");

    assertThat(back).isEqualTo(POLICY);
    assertThat(PolicyWriter.toYaml(back)).isEqualTo(yaml);
  }

  @Test
  void theTargetsValueIsWrittenAsGiven() {
    String yaml = PolicyWriter.toYaml(POLICY);

    // trailing zeros kept; a star level written as the fact's value
    assertThat(yaml).contains("target: 1200.50\n").contains("target: 四星\n").contains("upTo: 3\n");
  }
}
