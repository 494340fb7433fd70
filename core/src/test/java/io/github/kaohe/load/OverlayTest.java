package io.github.kaohe.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.model.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A policy that extends another and changes only what differs. */
class OverlayTest {
  @TempDir Path dir;
  private String base;

  @BeforeEach
  void writeBase() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/policies/small.yaml")) {
      base = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Files.writeString(dir.resolve("small.yaml"), base);
  }

  private Path overlay(String text) throws IOException {
    Path file = dir.resolve("county.yaml");
    Files.writeString(file, text);
    return file;
  }

  private static final String HEADER =
      "kaohe: 1\nextends: small.yaml\nid: county-test\nversion: \"2.0\"\n";

  @Test
  void mergedOverlayEqualsTheHandWrittenFullPolicy() throws IOException {
    Path county = overlay(HEADER + """
        schemes:
          - id: firms
            categories:
              - id: size
                indicators:
                  - id: tax
                    weight: 6
                  - id: place
                    weight: 4
              - id: growth
                indicators:
                  - id: tax-growth
                    method: {type: min-max, floor: 0.5}
            adjustments:
              - id: bonus
                items:
                  - {id: title, pointsPerUnit: 3}
                  - {id: medal, name: {zh: 奖章, en: Medal}, pointsPerUnit: 1}
            entities:
              - {id: d, remove: true}
        """);

    Policy merged = PolicyLoader.create().load(county);

    String handWritten = base
        .replace("id: small-test", "id: county-test")
        .replace("version: \"1.0\"", "version: \"2.0\"")
        .replace("unit: 万元\n            weight: 8", "unit: 万元\n            weight: 6")
        .replace("weight: 2\n            direction", "weight: 4\n            direction")
        .replace("{type: min-max, floor: 0.6}", "{type: min-max, floor: 0.5}")
        .replace("pointsPerUnit: 5}", "pointsPerUnit: 3}\n          - {id: medal, name: {zh: 奖章, en: Medal}, pointsPerUnit: 1}")
        .replace("      - {id: d, name: {zh: 丁, en: Delta}, ranked: false}\n", "");
    assertThat(merged).isEqualTo(PolicyLoader.create().load(handWritten, "full.yaml"));
  }

  @Test
  void problemsPointAtTheOverlaysOwnLines() throws IOException {
    Path county = overlay(HEADER + """
        schemes:
          - id: firms
            categories:
              - id: size
                indicators:
                  - id: tax
                    weight: 7
        """);

    assertThatThrownBy(() -> PolicyLoader.create().load(county))
        .isInstanceOf(PolicyException.class)
        .satisfies(
            e -> {
              Problem p = ((PolicyException) e).problems().get(0);
              // the base's size category (small.yaml) no longer adds up: 7 + 2 ≠ 10
              assertThat(p.file()).isEqualTo("small.yaml");
              assertThat(p.line()).isEqualTo(28);
              assertThat(p.message()).contains("weigh 9 in all, but its weight is 10");
            });
  }

  @Test
  void aMistakeInTheOverlayIsReportedInTheOverlay() throws IOException {
    Path county = overlay(HEADER + """
        schemes:
          - id: firms
            categories:
              - id: size
                indicators:
                  - id: tax
                    wieght: 8
        """);

    Problem p = PolicyLoader.create().validate(county).errors().get(0);

    assertThat(p.file()).isEqualTo("county.yaml");
    assertThat(p.line()).isEqualTo(11);
    assertThat(p.message()).startsWith("unknown key 'wieght': did you mean 'weight'?");
  }

  @Test
  void aMethodOfAnotherTypeReplacesTheBasesWhole() throws IOException {
    // the base scores tax-growth by {type: min-max, floor: 0.6}; merged key by key, the floor would
    // stay and proportional-to-best would refuse it
    Path county = overlay(HEADER + """
        schemes:
          - id: firms
            categories:
              - id: growth
                indicators:
                  - id: tax-growth
                    method: {type: proportional-to-best}
        """);

    Policy merged = PolicyLoader.create().load(county);

    String handWritten = base
        .replace("id: small-test", "id: county-test")
        .replace("version: \"1.0\"", "version: \"2.0\"")
        .replace("{type: min-max, floor: 0.6}", "{type: proportional-to-best}");
    assertThat(handWritten).isNotEqualTo(base);
    assertThat(merged).isEqualTo(PolicyLoader.create().load(handWritten, "full.yaml"));
  }

  @Test
  void aMethodOfTheSameTypeStillMergesKeyByKey() throws IOException {
    Path county = overlay(HEADER + """
        schemes:
          - id: firms
            categories:
              - id: growth
                indicators:
                  - id: tax-growth
                    method: {type: min-max, floor: 0.5}
        """);

    String handWritten = base
        .replace("id: small-test", "id: county-test")
        .replace("version: \"1.0\"", "version: \"2.0\"")
        .replace("{type: min-max, floor: 0.6}", "{type: min-max, floor: 0.5}");
    assertThat(PolicyLoader.create().load(county)).isEqualTo(PolicyLoader.create().load(handWritten, "full.yaml"));
  }

  @Test
  void aReplacedMethodsMistakeIsReportedInTheOverlay() throws IOException {
    Path county = overlay(HEADER + """
        schemes:
          - id: firms
            categories:
              - id: growth
                indicators:
                  - id: tax-growth
                    method: {type: goalposts, lower: 0}
        """);

    Problem p = PolicyLoader.create().validate(county).errors().get(0);

    assertThat(p.file()).isEqualTo("county.yaml");
    assertThat(p.line()).isEqualTo(11);
    assertThat(p.message()).contains("upper");
  }

  @Test
  void removingWhatTheBaseDoesNotHaveIsAnError() throws IOException {
    Path county = overlay(HEADER + """
        schemes:
          - id: firms
            entities:
              - {id: e, remove: true}
        """);

    assertThatThrownBy(() -> PolicyLoader.create().load(county))
        .hasMessageContaining("county.yaml:8:")
        .hasMessageContaining("the overlay removes 'e', which the policy it extends does not have here");
  }

  @Test
  void anOverlayNeedsItsOwnIdAndVersion() throws IOException {
    Path county = overlay("kaohe: 1\nextends: small.yaml\n");

    assertThatThrownBy(() -> PolicyLoader.create().load(county))
        .hasMessageContaining("an overlay is a policy of its own: give it its own id")
        .hasMessageContaining("give it its own version");
  }

  @Test
  void overlaysExtendingEachOtherInACircleAreRejected() throws IOException {
    Files.writeString(dir.resolve("a.yaml"), "kaohe: 1\nextends: b.yaml\nid: a\nversion: \"1\"\n");
    Files.writeString(dir.resolve("b.yaml"), "kaohe: 1\nextends: a.yaml\nid: b\nversion: \"1\"\n");

    assertThatThrownBy(() -> PolicyLoader.create().load(dir.resolve("a.yaml")))
        .hasMessageContaining("do they extend each other in a circle?");
  }

  @Test
  void aBundledPolicyThatIsNotThereIsNamed() {
    assertThatThrownBy(() -> PolicyLoader.create().load("kaohe: 1\nextends: no-such-policy\nid: x\nversion: \"1\"\n", "x.yaml"))
        .hasMessageContaining("x.yaml:2:10: extends: no bundled policy 'no-such-policy' offers its YAML to extend");
  }

  @Test
  void aFileCanOnlyBeExtendedFromAFile() {
    assertThatThrownBy(() -> PolicyLoader.create().load(HEADER, "text.yaml"))
        .hasMessageContaining("a file can be extended only by an overlay loaded from a file");
  }
}
