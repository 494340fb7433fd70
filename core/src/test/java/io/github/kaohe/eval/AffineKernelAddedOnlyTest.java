package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * Points added to totals and not kept ({@code pointsAdded(…, keep = false)}), where the kernel may
 * take its shortest loop: only for values in its plain range with numerators not negative, rounded
 * half up; a value clamped, cut, a negative numerator or another rounding goes the careful way.
 */
class AffineKernelAddedOnlyTest {
  private static long[] added(AffineKernel k, long... x) {
    long[] totals = new long[x.length];
    assertThat(k.pointsAdded(x, 0, x.length, new long[x.length], 0, totals, false)).isZero();
    for (int e = 0; e < x.length; e++) {
      assertThat(totals[e]).as("x = %d", x[e]).isEqualTo(k.points(x[e]));
    }
    return totals;
  }

  private static AffineKernel.Builder halves(RoundingMode mode) {
    return AffineKernel.builder(mode).cut(0, 42).numerator(0, 1).denominator(2, 0);
  }

  @Test
  void aValueJustAboveTheClampIsClamped() {
    // t/2, clamped to 10: 1 → 0.5 → 1; 11 → 10 → 5 (not 5.5 → 6)
    assertThat(added(halves(RoundingMode.HALF_UP).clamp(Long.MIN_VALUE + 1, 10).build(), 1, 11)).containsExactly(1, 5);
  }

  @Test
  void aValueAtTheCutIsCut() {
    // 0 is at the cut: 42, not 0/2; 4 → 2
    assertThat(added(halves(RoundingMode.HALF_UP).build(), 0, 4)).containsExactly(42, 2);
  }

  @Test
  void halfEvenIsNotRoundedHalfUp() {
    // 1/2 = 0.5 → 0 and 3/2 = 1.5 → 2 to even (half up would give 1 and 2)
    assertThat(added(halves(RoundingMode.HALF_EVEN).build(), 1, 3)).containsExactly(0, 2);
  }

  @Test
  void aNegativeNumeratorIsRoundedAwayFromZero() {
    // (−10 + t)/4: t = 0 → −2.5 → −3 half up (away from zero); t = 20 → 2.5 → 3
    AffineKernel k = AffineKernel.builder(RoundingMode.HALF_UP).numerator(-10, 1).denominator(4, 0).build();
    assertThat(added(k, 0, 20)).containsExactly(-3, 3);
  }

  @Test
  void aClampBelowTheCutCutsEvenTheLargestValue() {
    // clamped to at most −6, at or below the cut −1: every value scores 7. No plain range is left
    // (span −5); tested value by value, t near 2^63 would wrap back into it, so none may be tested
    AffineKernel k = AffineKernel.builder(RoundingMode.HALF_UP).cut(-1, 7).clamp(Long.MIN_VALUE + 1, -6)
        .numerator(1000, 1).denominator(1, 0).build();
    assertThat(added(k, Long.MAX_VALUE - 4, Long.MAX_VALUE)).containsExactly(7, 7);
  }
}
