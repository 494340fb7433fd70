package io.github.kaohe.eval;

import static io.github.kaohe.eval.Harness.indicator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.model.DirectPoints;
import io.github.kaohe.model.DirectPoints.OutOfRange;
import org.junit.jupiter.api.Test;

class DirectPointsTest {
  private static Harness direct(OutOfRange outOfRange) {
    return Harness.of(indicator("inspection", "10", new DirectPoints(outOfRange)).build());
  }

  @Test
  void directPointsTakeTheValueAsPoints() {
    IndicatorResult a = direct(OutOfRange.ERROR).values("7.25").result("a");

    assertThat(a.points()).isEqualByComparingTo("7.25").hasScaleOf(2);
    assertThat(a.formula()).isEqualTo("7.25");
  }

  @Test
  void directPointsRoundTheValue() {
    // 7.456 → 7.46
    IndicatorResult a = direct(OutOfRange.ERROR).values("7.456").result("a");

    assertThat(a.points()).isEqualByComparingTo("7.46").hasScaleOf(2);
    assertThat(a.formula()).isEqualTo("7.456 → 7.46");
  }

  @Test
  void directPointsAboveTheWeightFailUnderError() {
    assertThatThrownBy(() -> direct(OutOfRange.ERROR).values("12").evaluate())
        .isInstanceOfSatisfying(
            EvaluationException.class,
            e -> assertThat(e.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("points 12 lie outside [0, 10]")));
  }

  @Test
  void directPointsBelowZeroFailUnderError() {
    assertThatThrownBy(() -> direct(OutOfRange.ERROR).values("-0.5").evaluate())
        .isInstanceOf(EvaluationException.class)
        .hasMessageContaining("points -0.5 lie outside [0, 10]");
  }

  @Test
  void directPointsAboveTheWeightAreClampedUnderClamp() {
    IndicatorResult a = direct(OutOfRange.CLAMP).values("12").result("a");

    assertThat(a.points()).isEqualByComparingTo("10.00");
    assertThat(a.formula()).isEqualTo("12 → 10.00");
  }

  @Test
  void directPointsBelowZeroAreClampedUnderClamp() {
    assertThat(direct(OutOfRange.CLAMP).values("-3").points("a")).isEqualByComparingTo("0.00");
  }
}
