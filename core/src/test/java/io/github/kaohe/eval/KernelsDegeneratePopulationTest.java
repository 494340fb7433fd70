package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.model.ProportionalToBest;
import io.github.kaohe.model.ProportionalToBest.Negatives;
import io.github.kaohe.model.ProportionalToBest.WhenBestNotPositive;
import io.github.kaohe.model.Rounding;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * A population whose best value is not above 0, scored proportional to the best: where the policy
 * says every entity scores 0 or the full weight, the kernel answers that constant itself (as
 * {@link KernelProperties} expects of ordinary values) rather than leaving each value to the scorer.
 */
class KernelsDegeneratePopulationTest {
  private static Kernel kernel(WhenBestNotPositive when) {
    Statistics stats = new Statistics(0, false);
    stats.add(-5);
    stats.add(0);
    return Kernels.prepare(Harness.indicator("tax", "10", ProportionalToBest.of(Negatives.FLOOR_AT_ZERO, when)).build(),
        Rounding.of(2, RoundingMode.HALF_UP), stats);
  }

  @Test
  void aBestNotAboveZeroScoresZeroForEveryValue() {
    Kernel k = kernel(WhenBestNotPositive.ZERO);
    assertThat(k.points(-5)).isZero();
    assertThat(k.points(0)).isZero();
  }

  @Test
  void aBestNotAboveZeroScoresTheFullWeightForEveryValue() {
    // the weight 10 at 2 places: 1000
    Kernel k = kernel(WhenBestNotPositive.FULL);
    assertThat(k.points(-5)).isEqualTo(1000);
    assertThat(k.points(0)).isEqualTo(1000);
  }
}
