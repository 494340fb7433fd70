package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * {@link AffineKernel#greatest()} bounds every answer's magnitude (the engine adds points without
 * overflow checks on it), and the bound is attained where it can be.
 */
class AffineKernelGreatestTest {
  @Test
  void overOneTheBoundIsTheLargestLong() {
    // nothing to round over c = 1: points(2^63 − 1) = 2^63 − 1; ⌊(2^63 − 1) / 1⌋ + 1 overflowed once
    AffineKernel k = AffineKernel.builder(RoundingMode.HALF_UP).numerator(0, 1).denominator(1, 0).build();
    assertThat(k.points(Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
    assertThat(k.greatest()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void overAConstantTheBoundIsTheLargestQuotientRoundedUp() {
    // (2^63 − 1) / 1000 = 9 223 372 036 854 775.807, half up 9 223 372 036 854 776
    AffineKernel k = AffineKernel.builder(RoundingMode.HALF_UP).numerator(0, 1).denominator(1000, 0).build();
    assertThat(k.points(Long.MAX_VALUE)).isEqualTo(9_223_372_036_854_776L);
    assertThat(k.greatest()).isEqualTo(9_223_372_036_854_776L);
  }

  @Test
  void aFloorAboveEveryQuotientIsTheBound() {
    // over c = (2^63 − 1) / 2 no quotient passes 3 in magnitude, but the floor lifts every answer to 5
    long c = Long.MAX_VALUE / 2;
    AffineKernel k = AffineKernel.builder(RoundingMode.HALF_UP).numerator(0, 1).denominator(c, 0)
        .points(5, Long.MAX_VALUE).build();
    assertThat(k.points(1)).isEqualTo(5);
    assertThat(k.greatest()).isEqualTo(5);
  }

  @Test
  void aVaryingDenominatorIsBoundedByThePointsClamp() {
    // 1000 / (0 + 1·x): 1000 at x = 1, whatever c is; clamped to [−10, 3]: at most 10 in magnitude
    AffineKernel free = AffineKernel.builder(RoundingMode.HALF_UP).numerator(1000, 0).denominator(0, 1).build();
    AffineKernel clamped = AffineKernel.builder(RoundingMode.HALF_UP).numerator(1000, 0).denominator(0, 1)
        .points(-10, 3).build();
    assertThat(free.points(1)).isEqualTo(1000);
    assertThat(free.greatest()).isEqualTo(Long.MAX_VALUE);
    assertThat(clamped.greatest()).isEqualTo(10);
  }

  @Test
  void theCutsPointsCountToo() {
    // points clamped to [0, 10], but a value at or below 0 scores −77
    AffineKernel k = AffineKernel.builder(RoundingMode.HALF_UP).cut(0, -77).numerator(0, 1).denominator(1, 0)
        .points(0, 10).build();
    assertThat(k.points(0)).isEqualTo(-77);
    assertThat(k.greatest()).isEqualTo(77);
  }

  @Test
  void noDenominatorAtAllSendsEveryValueToTheScorer() {
    AffineKernel k = AffineKernel.builder(RoundingMode.HALF_UP).numerator(0, 1).denominator(0, 0).build();
    assertThat(k.points(5)).isEqualTo(Kernel.SLOW);
    long[] out = new long[2];
    k.points(new long[] {5, -5}, 0, 2, out);
    assertThat(out).containsExactly(Kernel.SLOW, Kernel.SLOW);
  }
}
