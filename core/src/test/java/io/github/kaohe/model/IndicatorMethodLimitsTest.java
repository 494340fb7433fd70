package io.github.kaohe.model;

import static io.github.kaohe.model.ModelParts.d;
import static io.github.kaohe.model.ModelParts.l;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A band may give the whole weight and a target-steps floor may be the whole weight, but neither more. */
class IndicatorMethodLimitsTest {
  private static Indicator withMethod(String weight, ScoringMethod method) {
    return Indicator.builder("x", l("x"), d(weight)).method(method).build();
  }

  @Test
  void aBandMayGiveExactlyTheWeight() {
    Bands bands = Bands.of(List.of(Band.of(d("0"), d("1"), d("2")), Band.of(d("1"), d("2"), d("4"))));
    assertThatCode(() -> withMethod("4", bands)).doesNotThrowAnyException();
    assertThatThrownBy(() -> withMethod("3.99", bands))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a band gives 4 points, more than the weight 3.99");
  }

  @Test
  void aTargetStepsFloorMayBeExactlyTheWeight() {
    TargetSteps steps = new TargetSteps(d("100"), d("1"), d("1"), d("0"), d("4"), Optional.empty(),
        TargetSteps.Counting.PRO_RATA);
    assertThatCode(() -> withMethod("4", steps)).doesNotThrowAnyException();
    assertThatThrownBy(() -> withMethod("3.99", steps))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("floor (4) must not exceed the weight (3.99)");
  }
}
