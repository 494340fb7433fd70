package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * A column scored at a time, in the cases where its tight loops must step aside: values near 2^63,
 * numerators past 64 bits, kernels that are not the tight loop's shape. Every answer is checked
 * three ways: the column, the column kept with its totals, and the value alone.
 */
class AffineKernelColumnTest {
  private static void scores(AffineKernel k, long[] x, long... expected) {
    long[] out = new long[x.length];
    k.points(x, 0, x.length, out);
    assertThat(out).as("the column").containsExactly(expected);
    long[] kept = new long[x.length];
    k.pointsAdded(x, 0, x.length, kept, 0, new long[x.length], true);
    assertThat(kept).as("the column kept").containsExactly(expected);
    for (int e = 0; e < x.length; e++) {
      assertThat(k.points(x[e])).as("x = %d alone", x[e]).isEqualTo(expected[e]);
    }
  }

  @Test
  void aClampBelowTheCutCutsTheLargestValues() {
    // clamped to at most −6, at or below the cut −1: 7 each; t − lowEx − 1 near 2^63 must not wrap into range
    AffineKernel k = AffineKernel.builder(RoundingMode.HALF_UP).cut(-1, 7).clamp(Long.MIN_VALUE + 1, -6)
        .numerator(1000, 1).denominator(1, 0).build();
    scores(k, new long[] {Long.MAX_VALUE - 4, Long.MAX_VALUE}, 7, 7);
  }

  @Test
  void aNumeratorPastSixtyFourBitsIsSlow() {
    // (2^62 − 1) + t: 5 → 2^62 + 4; 2^62 + 10 → 2^63 + 9, past 2^63 − 1
    AffineKernel k = AffineKernel.builder(RoundingMode.HALF_UP).numerator((1L << 62) - 1, 1).denominator(1, 0).build();
    scores(k, new long[] {5, (1L << 62) + 10}, (1L << 62) + 4, Kernel.SLOW);
  }

  @Test
  void aSteepNumeratorPastSixtyFourBitsIsSlow() {
    // (2^62 − 2^25) + 2^20·t: t = 31 → 2^62 − 2^25 + 31·2^20 = 4 611 686 018 426 339 328; t = 2^44 → about 2^64
    AffineKernel k = AffineKernel.builder(RoundingMode.HALF_UP).numerator((1L << 62) - (1L << 25), 1L << 20)
        .denominator(1, 0).build();
    scores(k, new long[] {31, 1L << 44}, 4_611_686_018_426_339_328L, Kernel.SLOW);
  }

  @Test
  void aConstantNumeratorIsTheSameForEveryValue() {
    // 5/2 = 2.5 → 3 half up, whatever the value
    AffineKernel k = AffineKernel.builder(RoundingMode.HALF_UP).numerator(5, 0).denominator(2, 0).build();
    scores(k, new long[] {1, -7, Long.MAX_VALUE}, 3, 3, 3);
  }

  @Test
  void scaledValuesAreScaledFirst() {
    // t = 10·x over 4: 1 → 2.5 → 3, 3 → 7.5 → 8 (unscaled: 0.25 → 0, 0.75 → 1)
    AffineKernel k = AffineKernel.builder(RoundingMode.HALF_UP).scaleBy(10).numerator(0, 1).denominator(4, 0).build();
    scores(k, new long[] {1, 3}, 3, 8);
  }

  @Test
  void aDenominatorThatVariesDividesByIt() {
    // 1000/x: 8 → 125, 3 → 333.3 → 333; 0 and −4 leave no positive denominator
    AffineKernel k = AffineKernel.builder(RoundingMode.HALF_UP).numerator(1000, 0).denominator(0, 1).build();
    scores(k, new long[] {8, 3, 0, -4}, 125, 333, Kernel.SLOW, Kernel.SLOW);
  }
}
