package io.github.kaohe.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Warnings: the policy loads, but is probably not what its author meant. */
class ValidationWarningsTest {
  private String small;

  @BeforeEach
  void read() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/policies/small.yaml")) {
      small = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Validation validate(String yaml) {
    return PolicyLoader.create().validate(yaml, "p.yaml");
  }

  @Test
  void aValidPolicyWithoutSurprisesHasNoWarnings() {
    Validation v = validate(small);

    assertThat(v.valid()).isTrue();
    assertThat(v.problems()).isEmpty();
  }

  @Test
  void aWeightOfZeroIsAWarningAndTheCategoryStillAddsUp() {
    Validation v = validate(small
        .replace("unit: 万元\n            weight: 8", "unit: 万元\n            weight: 10")
        .replace("weight: 2\n            direction", "weight: 0\n            direction"));

    assertThat(v.valid()).isTrue();
    assertThat(v.warnings()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("schemes[0].categories[0].indicators[1]");
      assertThat(p.line()).isEqualTo(36);
      assertThat(p.message()).isEqualTo("indicator 'place': weighs 0, so it can never give points: remove it or give it a weight");
      assertThat(p.toString()).contains("p.yaml:36:13: warning: schemes[0].categories[0].indicators[1]: ");
    });
  }

  @Test
  void aWeightFinerThanThePointsScaleIsAWarning() {
    Validation v = validate(small
        .replace("unit: 万元\n            weight: 8", "unit: 万元\n            weight: 7.995")
        .replace("weight: 2\n            direction", "weight: 2.005\n            direction"));

    assertThat(v.warnings()).extracting(Problem::message).containsExactly(
        "indicator 'tax': weighs 7.995, finer than points are rounded to (2 decimals): full points would round to more or less than the weight",
        "indicator 'place': weighs 2.005, finer than points are rounded to (2 decimals): full points would round to more or less than the weight");
  }

  @Test
  void aLayerCapThatCanNeverBindIsAWarning() {
    Validation v = validate(small.replace(
        "- {id: title, name: {zh: 称号, en: Title}, pointsPerUnit: 5}",
        "- {id: title, name: {zh: 称号, en: Title}, pointsPerUnit: 5, cap: 5}"));

    assertThat(v.warnings()).extracting(Problem::message).containsExactly(
        "adjustment 'bonus': has a cap of 8 that can never bind: its items give at most 5 together");
  }

  @Test
  void aFactNoRuleReadsIsAWarning() {
    Validation v = validate(small.replace("    ranking:\n",
        "    facts:\n      - {id: unused, name: {zh: 未用, en: Unused}, type: boolean}\n    ranking:\n"));

    assertThat(v.valid()).isTrue();
    assertThat(v.warnings()).extracting(Problem::message).containsExactly(
        "fact 'unused': is declared but no table, measure or classification reads it: remove it or use it");
  }

  @Test
  void warningsComeOnceThePolicyHasNoErrors() {
    // The analysis that warns needs a policy that loads: first the errors, then the warnings.
    Validation v = validate(small
        .replace("weight: 2\n            direction", "weight: 0\n            direction"));

    assertThat(v.valid()).isFalse();
    assertThat(v.policy()).isEmpty();
    assertThat(v.errors()).extracting(Problem::message).anyMatch(m -> m.contains("weigh 8 in all"));
    assertThat(v.warnings()).isEmpty();
  }
}
