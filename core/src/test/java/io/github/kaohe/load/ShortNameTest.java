package io.github.kaohe.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.model.Label;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** {@code short: {zh, en}}: a category's or indicator's name for the headings of tables. */
class ShortNameTest {
  private static String small() {
    try (var in = Objects.requireNonNull(ShortNameTest.class.getResourceAsStream("/policies/small.yaml"))) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static final String WITH_SHORT = small()
      .replace("        name: {zh: 规模, en: Size}\n",
          "        name: {zh: 规模, en: Size}\n        short: {zh: 规, en: Sz}\n")
      .replace("            name: {zh: 税收, en: Tax}\n",
          "            name: {zh: 税收, en: Tax}\n            short: {zh: 税, en: T}\n");

  @Test
  void aCategoryAndAnIndicatorMayDeclareAShortNameForHeadings() {
    Scheme firms = PolicyLoader.create().load(WITH_SHORT, "short.yaml").scheme("firms");

    assertThat(firms.categories().get(0).heading()).isEqualTo(Label.of("规", "Sz"));
    assertThat(firms.categories().get(0).name()).isEqualTo(Label.of("规模", "Size"));
    assertThat(firms.indicator("tax").heading()).isEqualTo(Label.of("税", "T"));
  }

  @Test
  void withoutAShortNameTheHeadingIsTheName() {
    Scheme firms = PolicyLoader.create().load(small(), "small.yaml").scheme("firms");

    assertThat(firms.categories().get(0).shortName()).isEmpty();
    assertThat(firms.categories().get(0).heading()).isEqualTo(Label.of("规模", "Size"));
    assertThat(firms.indicator("tax").heading()).isEqualTo(firms.indicator("tax").name());
  }

  @Test
  void theWriterWritesItBack() {
    Policy policy = PolicyLoader.create().load(WITH_SHORT, "short.yaml");

    assertThat(PolicyWriter.toYaml(policy)).contains("short:");
    assertThat(PolicyLoader.create().load(PolicyWriter.toYaml(policy), "written.yaml")).isEqualTo(policy);
  }

  @Test
  void aShortNameWithoutEnglishIsAnErrorAtItsLine() {
    String bad = WITH_SHORT.replace("short: {zh: 规, en: Sz}", "short: {zh: 规}");

    assertThatThrownBy(() -> PolicyLoader.create().load(bad, "bad.yaml"))
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining("bad.yaml:")
        .hasMessageContaining("short")
        .hasMessageContaining("en");
  }
}
