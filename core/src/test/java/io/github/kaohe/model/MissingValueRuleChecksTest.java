package io.github.kaohe.model;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The missing rule impute, and it only, says what stands in for a missing value. */
class MissingValueRuleChecksTest {
  private static final MissingValueRule.Imputation MEAN_VALUE = new MissingValueRule.Imputation(
      Parameter.Statistic.MEAN, MissingValueRule.Imputation.Basis.VALUES, Optional.empty());

  @Test
  void imputeNeedsAnImputation() {
    assertThatCode(() -> new MissingValueRule(MissingValueRule.Kind.IMPUTE, Optional.empty(), Optional.of(MEAN_VALUE)))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> new MissingValueRule(MissingValueRule.Kind.IMPUTE, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("missing rule impute needs a statistic and what it is of");
  }

  @Test
  void noOtherRuleTakesAnImputation() {
    assertThatThrownBy(() -> new MissingValueRule(MissingValueRule.Kind.ZERO_POINTS, Optional.empty(), Optional.of(MEAN_VALUE)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("only the missing rule impute imputes");
  }
}
