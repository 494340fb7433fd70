package io.github.kaohe.sensitivity;

import static io.github.kaohe.sensitivity.SmallPolicy.uncertainty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.model.MinMax;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UncertaintyLoaderTest {
  @Test
  void readsWeightRangesAndAlternatives() {
    Uncertainty u = uncertainty("""
        samples: 128
        seed: 9
        weights:
          - {of: size, plusMinus: 20%}
          - {of: tax, within: [4, 9.5]}
        alternatives:
          - of: tax-growth
            method:
              - {use: {type: min-max, floor: 0.6}, probability: 0.7}
              - {use: proportional-to-best, probability: 0.3}
          - of: growth
            aggregation:
              - {use: weighted-sum, probability: 0.5}
              - {use: geometric-mean, probability: 0.5}
        """);
    assertThat(u.samples()).isEqualTo(128);
    assertThat(u.seed()).isEqualTo(9);
    assertThat(u.renormalise()).isTrue();
    assertThat(u.weights()).containsExactly(
        new WeightRange("size", new BigDecimal("10"), new BigDecimal("8"), new BigDecimal("12"), "±20%"),
        new WeightRange("tax", new BigDecimal("8"), new BigDecimal("4"), new BigDecimal("9.5"), "[4, 9.5]"));
    assertThat(u.inputNames()).containsExactly("weight of size", "weight of tax", "method of tax-growth",
        "aggregation of growth");
    assertThat(u.switches().get(0).alternatives().get(0).name()).isEqualTo("min-max (floor 0.6)");
    assertThat(u.switches().get(0).alternatives().get(0).choice())
        .isEqualTo(new Switch.MethodChoice(MinMax.of(new BigDecimal("0.6"), BigDecimal.ONE, MinMax.WhenAllEqual.CEILING)));
  }

  @Test
  void aWeightOutsideZeroToTheTotalIsOneClearError() {
    assertThatThrownBy(() -> uncertainty("weights:\n  - {of: size, within: [0, 10]}\n"))
        .isInstanceOf(UncertaintyException.class)
        .hasMessage("test.uncertainty.yaml has 1 problem:\n  test.uncertainty.yaml:4:24: weights[0].within: the weight of"
            + " 'size' would range over [0, 10] points, outside (0, 20], the scheme's total; narrow it");
    assertThatThrownBy(() -> uncertainty("weights:\n  - {of: size, plusMinus: 150%}\n"))
        .hasMessageContaining("weights[0].plusMinus: the weight of 'size' would range over [-5, 25] points");
  }

  @Test
  void noSamplesOrABillionAreOneClearErrorEach() {
    assertThatThrownBy(() -> uncertainty("samples: 0\nweights: [{of: size, plusMinus: 20%}]\n"))
        .hasMessage("test.uncertainty.yaml has 1 problem:\n  test.uncertainty.yaml:3:10: samples: must be between 2 and"
            + " 65536 (the analysis evaluates samples × (inputs + 2) variants), not 0");
    assertThatThrownBy(() -> uncertainty("samples: 1000000000\nweights: [{of: size, plusMinus: 20%}]\n"))
        .hasMessageContaining("samples: must be between 2 and 65536")
        .hasMessageContaining("not 1000000000");
  }

  @Test
  void unknownIdsBadProbabilitiesAndUnknownKeysAreListedTogether() {
    assertThatThrownBy(() -> uncertainty("""
        weights:
          - {of: sizes, plusMinus: 20%}
        alternatives:
          - of: tax
            method:
              - {use: min-max, probability: 0.5}
              - {use: proportional-to-best, probability: 0.4}
        colour: red
        """))
        .isInstanceOf(UncertaintyException.class)
        .hasMessageContaining("3 problems")
        .hasMessageContaining(":10:9: colour: unknown key")
        .hasMessageContaining(":4:10: weights[0].of: scheme 'firms' has no category or indicator 'sizes'")
        .hasMessageContaining(":8:7: alternatives[0].method: the probabilities add up to 0.9, not 1");
  }

  @Test
  void badYamlAndNothingThatVariesAreClearErrors() {
    assertThatThrownBy(() -> uncertainty("weights: [ {of: size\n"))
        .isInstanceOf(UncertaintyException.class)
        .hasMessageContaining("not valid YAML");
    assertThatThrownBy(() -> uncertainty(""))
        .hasMessageContaining("nothing varies: declare weights or alternatives");
  }
}
