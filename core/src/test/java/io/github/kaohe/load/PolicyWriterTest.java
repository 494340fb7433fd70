package io.github.kaohe.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.model.Label;
import io.github.kaohe.model.Policy;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PolicyWriterTest {
  private static final Policy SMALL =
      PolicyLoader.create().load(PolicyWriterTest.class.getResource("/policies/small.yaml"), "small.yaml");

  private static Policy reload(Policy p) {
    return PolicyLoader.create().load(PolicyWriter.toYaml(p), "written.yaml");
  }

  private static Policy renamed(Policy p, String text) {
    return new Policy(p.id(), Label.of(text, text), text, p.source(), p.arithmetic(), p.schemes());
  }

  @Test
  void writtenPolicyLoadsBackEqual() {
    assertThat(reload(SMALL)).isEqualTo(SMALL);
  }

  @Test
  void anAttributesNameIsReadAndWrittenBack() {
    Policy named = PolicyLoader.create().load(PolicyWriter.toYaml(SMALL)
        .replaceFirst("- county\n", "- {id: county, name: {zh: 所在县, en: County}}\n"), "named.yaml");

    assertThat(named.scheme("firms").attributes()).containsExactly("county");
    assertThat(named.scheme("firms").attributeName("county")).isEqualTo(Label.of("所在县", "County"));
    assertThat(SMALL.scheme("firms").attributeName("county")).isEqualTo(Label.of("county", "county"));
    assertThat(reload(named)).isEqualTo(named);
  }

  @Test
  void anAttributeWrittenAsAMapNeedsItsIdAndName() {
    String yaml = PolicyWriter.toYaml(SMALL).replaceFirst("- county\n", "- {id: county, nmae: {zh: 所在县, en: County}}\n");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PolicyLoader.create().load(yaml, "bad.yaml"))
        .hasMessageContaining("schemes[0].attributes[0]")
        .hasMessageContaining("unknown key 'nmae': did you mean 'name'?");
  }

  @Test
  void writerSpellsOutTheDefaults() {
    assertThat(PolicyWriter.toYaml(SMALL))
        .contains("whenBestNotPositive: zero")
        .contains("tolerance: 0")
        .contains("rule: zero-points")
        .contains("ties: competition");
  }

  @Test
  void writerStartsWithTheFormatVersion() {
    assertThat(PolicyWriter.toYaml(SMALL)).startsWith("kaohe: 1\nid: small-test\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "null", "~", "true", "1.0", "0x1F", "- x", ": y", "#", "a #b", "&a", "*b", "'q'", "\"d\"",
      "  lead", "多行\n文本", "2020-01-01", "\u0085nel", "a\u0085b"})
  void textThatYamlWouldMisreadIsQuoted(String text) {
    Policy p = renamed(SMALL, text);

    assertThat(reload(p).name()).isEqualTo(Label.of(text, text));
    assertThat(reload(p).version()).isEqualTo(text);
  }

  @Test
  void numberWithAnExponentReadsBackEqual() {
    Policy p = PolicyLoader.create().load(PolicyWriter.toYaml(SMALL).replace("weight: 8\n", "weight: 0.8E+1\n"), "e.yaml");

    assertThat(p.scheme("firms").indicator("tax").weight()).isEqualTo(new BigDecimal("8"));
    assertThat(reload(p)).isEqualTo(p);
  }

  @Test
  void trailingZerosAreKept() {
    Policy p = PolicyLoader.create().load(PolicyWriter.toYaml(SMALL).replace("weight: 8\n", "weight: 8.00\n").replace("weight: 2\n", "weight: 2.0\n"), "z.yaml");

    assertThat(PolicyWriter.toYaml(p)).contains("weight: 8.00\n");
    assertThat(reload(p)).isEqualTo(p);
  }
}
