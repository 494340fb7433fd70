package io.github.kaohe.sensitivity;

import static io.github.kaohe.sensitivity.SmallPolicy.uncertainty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.load.Problem;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The problems of bad uncertainty files for {@code small.yaml}, each with line and column. The
 * files given to {@link SmallPolicy#uncertainty} start with two lines ({@code kaohe-uncertainty}
 * and {@code scheme}), so their first line is line 3; a column counts from 1 at the line's first
 * character, e.g. {@code samples: 1.5} has its value at column 10.
 */
class UncertaintyFileProblemsTest {
  private static String load(String raw) {
    return UncertaintyLoader.load(raw, "u.yaml", SmallPolicy.POLICY).toString();
  }

  @Test
  void badTopLevelFieldsAreEachAProblemAtTheirValue() {
    assertThatThrownBy(() -> uncertainty("""
        samples: 1.5
        seed: x
        renormalise: maybe
        entities: a
        weights: {of: size}
        alternatives: tax
        """))
        .isInstanceOf(UncertaintyException.class)
        .hasMessage("""
            test.uncertainty.yaml has 6 problems:
              test.uncertainty.yaml:3:10: samples: expected a whole number of samples, e.g. 512, not '1.5'
              test.uncertainty.yaml:4:7: seed: expected a whole number, e.g. 2014, not 'x'
              test.uncertainty.yaml:5:14: renormalise: expected true or false, not 'maybe'
              test.uncertainty.yaml:6:11: entities: expected a list of entity ids, e.g. [bianxi, weishi]
              test.uncertainty.yaml:7:10: weights: expected a list, e.g. [{of: value-added, plusMinus: 20%}]
              test.uncertainty.yaml:8:15: alternatives: expected a list, e.g. [{of: ID, method: [{use: min-max, probability: 0.5}, ...]}]""");
  }

  @Test
  void theVersionAndTheSchemeAreChecked() {
    assertThatThrownBy(() -> load("kaohe-uncertainty: 2\nscheme: nope\nweights: [{of: size, plusMinus: 20%}]\n"))
        .hasMessage("""
            u.yaml has 2 problems:
              u.yaml:1:20: kaohe-uncertainty: this version of Kaohe reads version 1 only
              u.yaml:2:9: scheme: policy 'small-test' has no scored scheme 'nope'; it has [firms]""");
    assertThatThrownBy(() -> load("kaohe-uncertainty: 1\nscheme: []\nweights: [{of: size, plusMinus: 20%}]\n"))
        .hasMessage("u.yaml has 1 problem:\n  u.yaml:2:9: scheme: expected a single value");
    assertThatThrownBy(() -> load("scheme: firms\nweights: [{of: size, plusMinus: 20%}]\n"))
        .hasMessage("u.yaml has 1 problem:\n  u.yaml:1:1: kaohe-uncertainty: missing: an uncertainty file starts with"
            + " 'kaohe-uncertainty: 1'");
  }

  @Test
  void aPolicyWithOneScoredSchemeNeedNotNameItAndEveryFieldIsReadAsWritten() {
    Uncertainty u = UncertaintyLoader.load("""
        kaohe-uncertainty: 1
        weights: [{of: size, plusMinus: 20%}]
        entities: [a, b]
        renormalise: false
        seed: 7
        samples: 65536
        """, "u.yaml", SmallPolicy.POLICY);
    assertThat(u.scheme()).isEqualTo("firms");
    assertThat(u.entities()).containsExactly("a", "b");
    assertThat(u.renormalise()).isFalse();
    assertThat(u.seed()).isEqualTo(7);
    assertThat(u.samples()).isEqualTo(Uncertainty.MAX_SAMPLES);

    // without samples, seed and renormalise: 256 samples, seed 1, renormalised
    Uncertainty defaults = UncertaintyLoader.load("kaohe-uncertainty: 1\nweights: [{of: size, plusMinus: 20%}]\n",
        "u.yaml", SmallPolicy.POLICY);
    assertThat(defaults.samples()).isEqualTo(UncertaintyLoader.DEFAULT_SAMPLES).isEqualTo(256);
    assertThat(defaults.seed()).isEqualTo(1);
    assertThat(defaults.renormalise()).isTrue();
    assertThat(defaults.entities()).isEmpty();
    assertThat(uncertainty("renormalise: true\nweights: [{of: size, plusMinus: 20%}]\n").renormalise()).isTrue();
  }

  @Test
  void samplesRunFromTwoTo65536() {
    assertThat(uncertainty("samples: 2\nweights: [{of: size, plusMinus: 20%}]\n").samples()).isEqualTo(2);
    assertThat(uncertainty("samples: 2.0\nweights: [{of: size, plusMinus: 20%}]\n").samples()).isEqualTo(2);
    assertThatThrownBy(() -> uncertainty("samples: 1\nweights: [{of: size, plusMinus: 20%}]\n"))
        .hasMessage("test.uncertainty.yaml has 1 problem:\n  test.uncertainty.yaml:3:10: samples: must be between 2 and"
            + " 65536 (the analysis evaluates samples × (inputs + 2) variants), not 1");
    assertThatThrownBy(() -> uncertainty("samples: 65537\nweights: [{of: size, plusMinus: 20%}]\n"))
        .hasMessage("test.uncertainty.yaml has 1 problem:\n  test.uncertainty.yaml:3:10: samples: must be between 2 and"
            + " 65536 (the analysis evaluates samples × (inputs + 2) variants), not 65537");
    assertThatThrownBy(() -> uncertainty("samples: []\nseed: []\nweights: [{of: size, plusMinus: 20%}]\n"))
        .hasMessage("""
            test.uncertainty.yaml has 2 problems:
              test.uncertainty.yaml:3:10: samples: expected a single value
              test.uncertainty.yaml:4:7: seed: expected a single value""");
  }

  @Test
  void badEntitiesAndWeightsAreListedInFileOrder() {
    UncertaintyException e = org.junit.jupiter.api.Assertions.assertThrows(UncertaintyException.class, () -> uncertainty("""
        entities: [a, a, zz, []]
        weights:
          - size
          - {plusMinus: 20%}
          - {of: size, plusMinus: 20%}
          - {of: size, within: [1, 2]}
          - {of: tax}
          - {of: place, plusMinus: 20%, within: [1, 2]}
          - {of: growth, plusMinus: '20'}
          - {of: tax-growth, plusMinus: -5%}
        """));
    assertThat(e).hasMessage("""
        test.uncertainty.yaml has 10 problems:
          test.uncertainty.yaml:3:15: entities[1]: 'a' is named twice
          test.uncertainty.yaml:3:18: entities[2]: scheme 'firms' declares no entity 'zz'
          test.uncertainty.yaml:3:22: entities[3]: expected a single value
          test.uncertainty.yaml:5:5: weights[0]: expected {of: ID, plusMinus: 20%} or {of: ID, within: [LOW, HIGH]}
          test.uncertainty.yaml:6:5: weights[1]: missing required key 'of'
          test.uncertainty.yaml:8:10: weights[3].of: the weight of 'size' is declared twice
          test.uncertainty.yaml:9:5: weights[4]: give either plusMinus (e.g. 20%) or within (e.g. [10, 20]), exactly one
          test.uncertainty.yaml:10:5: weights[5]: give either plusMinus (e.g. 20%) or within (e.g. [10, 20]), exactly one
          test.uncertainty.yaml:11:29: weights[6].plusMinus: expected a percentage of the weight, e.g. 20%, not '20'
          test.uncertainty.yaml:12:33: weights[7].plusMinus: expected a percentage of the weight, e.g. 20%, not '-5%'""");
    assertThat(e.problems()).hasSize(10).first()
        .isEqualTo(new Problem("test.uncertainty.yaml", 3, 15, "entities[1]", "'a' is named twice"));
  }

  @Test
  void aRangeMustBeTwoOrderedNumbersWithinZeroToTheTotal() {
    assertThatThrownBy(() -> uncertainty("""
        weights:
          - {of: size, within: [1]}
          - {of: tax, within: [5, 2]}
          - {of: place, within: [x, 3]}
          - {of: growth, within: 3}
          - {of: tax-growth, within: [1, 20.5]}
        """))
        .hasMessage("""
            test.uncertainty.yaml has 5 problems:
              test.uncertainty.yaml:4:24: weights[0].within: expected two numbers [LOW, HIGH], in points (分), e.g. [10, 20]
              test.uncertainty.yaml:5:23: weights[1].within: the low end 5 is above the high end 2
              test.uncertainty.yaml:6:25: weights[2].within: expected two numbers [LOW, HIGH], in points (分), e.g. [10, 20]
              test.uncertainty.yaml:7:26: weights[3].within: expected two numbers [LOW, HIGH], in points (分), e.g. [10, 20]
              test.uncertainty.yaml:8:30: weights[4].within: the weight of 'tax-growth' would range over [1, 20.5] points,\
             outside (0, 20], the scheme's total; narrow it""");
    // the ends themselves: a weight of the whole total (20) and a single point range are allowed
    Uncertainty u = uncertainty("weights:\n  - {of: size, within: [20, 20]}\n  - {of: tax, within: [0.0001, 1]}\n");
    assertThat(u.weights()).extracting(WeightRange::low, WeightRange::high).containsExactly(
        org.assertj.core.groups.Tuple.tuple(new BigDecimal("20"), new BigDecimal("20")),
        org.assertj.core.groups.Tuple.tuple(new BigDecimal("0.0001"), new BigDecimal("1")));
    // ±0 % of 10 is 10 to 10, written plainly (not 1E+1)
    assertThat(uncertainty("weights: [{of: size, plusMinus: 0%}]\n").weights().get(0).low().toString()).isEqualTo("10");
  }

  @Test
  void badYamlIsOneProblemAtItsPlace() {
    assertThatThrownBy(() -> load(""))
        .hasMessage("u.yaml has 1 problem:\n  u.yaml: the file is empty: an uncertainty file starts with 'kaohe-uncertainty: 1'");
    assertThatThrownBy(() -> load("[1, 2]\n"))
        .hasMessage("u.yaml has 1 problem:\n  u.yaml:1:1: an uncertainty file is a map: 'kaohe-uncertainty: 1', 'scheme: ...',"
            + " 'weights: [...]'");
    assertThatThrownBy(() -> uncertainty("a: &x 1\nb: *x\n"))
        .hasMessage("test.uncertainty.yaml has 1 problem:\n  test.uncertainty.yaml:4:4: aliases (*name) are not allowed in an"
            + " uncertainty file: write the value out");
    assertThatThrownBy(() -> uncertainty("weights: [{of: size, plusMinus: 20%}]\nweights: []\n"))
        .hasMessage("test.uncertainty.yaml has 1 problem:\n  test.uncertainty.yaml:4:1: the key 'weights' appears twice");
    // the root map is at depth 0, so the 65th of 65 nested lists is at depth 65, too deep: its '[' is at
    // column 4 + 64 = 68 (after "x: "); 64 nested lists reach depth 64 and are read
    assertThatThrownBy(() -> load("kaohe-uncertainty: 1\nx: " + "[".repeat(65) + "]".repeat(65) + "\n"))
        .hasMessage("u.yaml has 1 problem:\n  u.yaml:2:68: the document nests deeper than 64 levels");
    assertThatThrownBy(() -> load("kaohe-uncertainty: 1\nx: " + "[".repeat(64) + "]".repeat(64) + "\n"))
        .hasMessageContaining("x: unknown key");
    // 1,000,000 characters are read; one more is not
    String padding = "#".repeat(YamlTree.MAX_CHARS - 60) + "\n";
    String file = "kaohe-uncertainty: 1\nweights: [{of: size, plusMinus: 20%}]\n";
    String exact = file + padding.substring(0, YamlTree.MAX_CHARS - file.length() - 1) + "\n";
    assertThat(exact).hasSize(YamlTree.MAX_CHARS);
    assertThat(load(exact)).contains("scheme=firms");
    assertThatThrownBy(() -> load(exact + " "))
        .hasMessage("u.yaml has 1 problem:\n  u.yaml: the file has 1000001 characters, more than the limit of 1000000");
  }

  @Test
  void aMissingFileIsOneProblem() {
    assertThatThrownBy(() -> UncertaintyLoader.load(java.nio.file.Path.of("/nonexistent/u.yaml"), SmallPolicy.POLICY))
        .isInstanceOf(UncertaintyException.class)
        .hasMessage("/nonexistent/u.yaml has 1 problem:\n  /nonexistent/u.yaml: no such file");
  }

  @Test
  void numbersRunToTenToTheFifteenth() {
    // 10^15 is a number (too many samples); 10^15 + 1 is not read as one
    assertThatThrownBy(() -> uncertainty("samples: 1000000000000000\nweights: [{of: size, plusMinus: 20%}]\n"))
        .hasMessageContaining("samples: must be between 2 and 65536 (the analysis evaluates samples × (inputs + 2)"
            + " variants), not 1000000000000000");
    assertThatThrownBy(() -> uncertainty("samples: 1000000000000001\nweights: [{of: size, plusMinus: 20%}]\n"))
        .hasMessageContaining("samples: expected a whole number of samples, e.g. 512, not '1000000000000001'");
  }
}
