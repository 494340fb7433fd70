package io.github.kaohe.eval;

import static io.github.kaohe.eval.Harness.d;
import static io.github.kaohe.eval.Harness.indicator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.model.Direction;
import io.github.kaohe.model.Parameter;
import io.github.kaohe.model.RatioToBenchmark;
import io.github.kaohe.model.TargetSteps;
import io.github.kaohe.model.TargetSteps.Counting;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Values that the prepared {@link Kernels} must leave to the scorer, because the scorer's answer is
 * not a number the kernel can give: a ratio without a cap for a value of 0 where lower is better
 * (no end: a problem), a target's steps for a value whose excess leaves 64 bits at the target's
 * scale.
 */
class KernelsDeferredValuesTest {
  @Test
  void anUncappedRatioWhereLowerIsBetterHasNoPointsForAValueOfZero() {
    Harness h = Harness.of(indicator("energy", "10", new RatioToBenchmark(Parameter.of(d("50")), Optional.empty()))
        .direction(Direction.LOWER_IS_BETTER).build());
    // 10 × 50 / 40 = 12.50: no cap, so above the weight
    assertThat(h.values("40").points("a")).isEqualByComparingTo("12.50");
    assertThatThrownBy(() -> Harness.of(indicator("energy", "10", new RatioToBenchmark(Parameter.of(d("50")),
            Optional.empty())).direction(Direction.LOWER_IS_BETTER).build()).values("0").evaluate())
        .isInstanceOf(EvaluationException.class)
        .hasMessageContaining("the value 0 is not above 0, so its ratio to the benchmark has no end, and the method has no cap");
  }

  @Test
  void aValueFarBeyondATargetWithMoreDecimalsStopsAtTheCap() {
    // target 100.5 (one place), values whole: 999999999999999999 (18 digits, a long) is 10 times that at
    // the target's scale, beyond a long. 10 + 0.5 × (999999999999999999 − 100.5) / 5 is far above the cap 12 → 12.00
    TargetSteps steps = new TargetSteps(d("100.5"), d("5"), d("1"), d("0.5"), d("0"), Optional.of(d("12")),
        Counting.PRO_RATA);
    Harness h = Harness.of(indicator("output", "10", steps).build());
    assertThat(h.values("999999999999999999").points("a")).isEqualByComparingTo("12.00");
    // and an ordinary value: 110 is 9.5 beyond = 1.9 steps: 10 + 0.5 × 1.9 = 10.95
    assertThat(Harness.of(indicator("output", "10", steps).build()).values("110").points("a"))
        .isEqualByComparingTo("10.95");
  }
}
