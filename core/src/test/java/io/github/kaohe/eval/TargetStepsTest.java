package io.github.kaohe.eval;

import static io.github.kaohe.eval.Harness.d;
import static io.github.kaohe.eval.Harness.indicator;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.model.Direction;
import io.github.kaohe.model.TargetSteps;
import io.github.kaohe.model.TargetSteps.Counting;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Target 100, one step is 5, 1 point less per step short, 0.5 more per step beyond; weight 10. */
class TargetStepsTest {
  private static TargetSteps steps(Counting counting, String floor, Optional<BigDecimal> cap) {
    return new TargetSteps(d("100"), d("5"), d("1"), d("0.5"), d(floor), cap, counting);
  }

  private static Harness proRata() {
    return Harness.of(indicator("output", "10", steps(Counting.PRO_RATA, "0", Optional.of(d("12")))).build());
  }

  private static Harness wholeSteps() {
    return Harness.of(indicator("output", "10", steps(Counting.WHOLE_STEPS, "0", Optional.of(d("12")))).build());
  }

  @Test
  void targetStepsGiveTheWeightAtTheTarget() {
    IndicatorResult a = proRata().values("100").result("a");

    assertThat(a.points()).isEqualByComparingTo("10.00").hasScaleOf(2);
    assertThat(a.formula()).isEqualTo("100 = target → 10.00");
  }

  @Test
  void targetStepsProRataCountPartOfAStepShort() {
    // 7.5 short = 1.5 steps: 10 − 1 × 7.5 / 5 = 8.50
    IndicatorResult a = proRata().values("92.5").result("a");

    assertThat(a.points()).isEqualByComparingTo("8.50");
    assertThat(a.formula()).isEqualTo("10 - 1 × 7.5 / 5 → 8.50");
  }

  @Test
  void targetStepsWholeStepsIgnoreAPartialStepShort() {
    // 7.5 short = 1 whole step: 10 − 1 × 1 = 9.00
    IndicatorResult a = wholeSteps().values("92.5").result("a");

    assertThat(a.points()).isEqualByComparingTo("9.00");
    assertThat(a.formula()).isEqualTo("10 - 1 × 1 → 9.00");
  }

  @Test
  void targetStepsWholeStepsGiveTheWeightLessThanOneStepShort() {
    assertThat(wholeSteps().values("96").points("a")).isEqualByComparingTo("10.00");
  }

  @Test
  void targetStepsProRataAddTheBonusBeyondTheTarget() {
    // 10 beyond = 2 steps: 10 + 0.5 × 10 / 5 = 11.00
    assertThat(proRata().values("110").points("a")).isEqualByComparingTo("11.00");
  }

  @Test
  void targetStepsWholeStepsAddTheBonusForWholeStepsBeyond() {
    // 9 beyond = 1 whole step: 10 + 0.5 = 10.50
    assertThat(wholeSteps().values("109").points("a")).isEqualByComparingTo("10.50");
  }

  @Test
  void targetStepsStopAtTheCap() {
    // 40 beyond = 8 steps: 10 + 4 = 14 > cap 12
    assertThat(proRata().values("140").points("a")).isEqualByComparingTo("12.00");
  }

  @Test
  void targetStepsWithoutACapStopAtTheWeight() {
    Harness h = Harness.of(indicator("output", "10", steps(Counting.PRO_RATA, "0", Optional.empty())).build());

    assertThat(h.values("140").points("a")).isEqualByComparingTo("10.00");
  }

  @Test
  void targetStepsNeverGoBelowZero() {
    // 100 short = 20 steps: 10 − 20 = −10 → floor 0
    assertThat(proRata().values("0").points("a")).isEqualByComparingTo("0.00");
  }

  @Test
  void targetStepsNeverGoBelowTheirFloor() {
    Harness h = Harness.of(indicator("output", "10", steps(Counting.PRO_RATA, "2", Optional.empty())).build());

    assertThat(h.values("0").points("a")).isEqualByComparingTo("2.00");
  }

  @Test
  void targetStepsLowerIsBetterCountBelowTheTargetAsBeyond() {
    // lower is better: 92.5 is 7.5 better than 100 = 1.5 steps: 10 + 0.5 × 1.5 = 10.75
    Harness h =
        Harness.of(
            indicator("energy", "10", steps(Counting.PRO_RATA, "0", Optional.of(d("12"))))
                .direction(Direction.LOWER_IS_BETTER)
                .build());

    assertThat(h.values("92.5").points("a")).isEqualByComparingTo("10.75");
  }

  @Test
  void targetStepsLowerIsBetterCountAboveTheTargetAsShort() {
    // lower is better: 103 is 3 worse = 0.6 steps: 10 − 0.6 = 9.40
    Harness h =
        Harness.of(
            indicator("energy", "10", steps(Counting.PRO_RATA, "0", Optional.empty()))
                .direction(Direction.LOWER_IS_BETTER)
                .build());

    assertThat(h.values("103").points("a")).isEqualByComparingTo("9.40");
  }
}
