package io.github.kaohe.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The uncertainty file's JSON Schema accepts what the loader reads and refuses its main mistakes. */
class UncertaintySchemaTest {
  private static final String GOOD = """
      kaohe-uncertainty: 1
      scheme: firms
      samples: 512
      seed: 2014
      renormalise: true
      entities: [a, b]
      weights:
        - {of: size, plusMinus: 20%}
        - {of: tax, within: [4, 9.5]}
      alternatives:
        - of: tax-growth
          method:
            - {use: {type: min-max, floor: 0.6}, probability: 0.5}
            - {use: proportional-to-best, probability: 0.5}
        - of: tax
          missing:
            - {use: zero-points, probability: 0.5}
            - {use: {substitute: 0}, probability: 0.5}
      """;

  @Test
  void acceptsAFileTheLoaderReads() {
    assertThat(PolicySchema.UNCERTAINTY.errors(GOOD)).isEmpty();
  }

  @Test
  void refusesZeroSamplesAnUnknownKeyAndAWeightWithBothForms() {
    assertThat(PolicySchema.UNCERTAINTY.errors(GOOD.replace("samples: 512", "samples: 0"))).isNotEmpty();
    assertThat(PolicySchema.UNCERTAINTY.errors(GOOD.replace("samples: 512", "samples: 1000000000"))).isNotEmpty();
    assertThat(PolicySchema.UNCERTAINTY.errors(GOOD + "colour: red\n")).isNotEmpty();
    assertThat(PolicySchema.UNCERTAINTY.errors(GOOD.replace("plusMinus: 20%}", "plusMinus: 20%, within: [1, 2]}")))
        .isNotEmpty();
  }
}
