package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * {@link AffineKernel#addedByFraction} serves every column whose values all lie in the plain range
 * (no constant term, half up, points not clamped, values neither clamped nor cut), right up to the
 * clamp's ends and to the precision it needs; and refuses, touching nothing, a column with one value
 * outside it. {@link AffineKernel#fractionDenominator} says where it may serve.
 */
class AffineKernelFractionTest {
  private static AffineKernel.Builder threeThousandths() {
    return AffineKernel.builder(RoundingMode.HALF_UP).numerator(0, 3).denominator(1000, 0);
  }

  /** The totals it adds and the points it stores: both {@code expected}, and it answers true. */
  private static void servesExactly(AffineKernel k, long[] x, long c, long... expected) {
    Fractions.Column f = new Fractions(x.length, 1).of(0, x, c);
    assertThat(f).as("fractions of %s over %d", Arrays.toString(x), c).isNotNull();
    long[] totals = new long[x.length];
    long[] out = new long[x.length];
    assertThat(k.addedByFraction(x, f, 0, x.length, totals, out)).isTrue();
    assertThat(totals).containsExactly(expected);
    assertThat(out).containsExactly(expected);
    for (int e = 0; e < x.length; e++) {
      assertThat(expected[e]).as("x = %d", x[e]).isEqualTo(k.points(x[e]));
    }
  }

  /** It answers false and leaves the totals as they were. */
  private static void refuses(AffineKernel k, long[] x, long c) {
    Fractions.Column f = new Fractions(x.length, 1).of(0, x, c);
    assertThat(f).isNotNull();
    long[] totals = {7, 7, 7};
    assertThat(k.addedByFraction(x, f, 0, x.length, totals, null)).isFalse();
    assertThat(totals).containsExactly(7, 7, 7);
  }

  @Test
  void valuesAtBothEndsOfTheClampAreServed() {
    // 3·t/1000 half up: t = 10 → 0.03 → 0, 250 → 0.75 → 1, 500 → 1.5 → 2; 10 and 500 are the clamp's ends
    servesExactly(threeThousandths().clamp(10, 500).build(), new long[] {10, 250, 500}, 1000, 0, 1, 2);
  }

  @Test
  void aThirtyOneBitSlopeIsServed() {
    // b = 2^30 + 1 (31 bits), c = 2^40, values below 2^20: k = 31 − (20 − 41 + 1) = 51 bits of fraction.
    // b·t/c = t/1024 + t/2^40: 1024 → 1.000…, 524 288 → 512.000…, 1 000 000 → 976.5625009… → 977
    long b = (1L << 30) + 1;
    AffineKernel k = AffineKernel.builder(RoundingMode.HALF_UP).numerator(0, b).denominator(1L << 40, 0).build();
    servesExactly(k, new long[] {1024, 1L << 19, 1_000_000}, 1L << 40, 1, 512, 977);
  }

  @Test
  void aSlopeWithSixteenBitsToSpareIsServed() {
    // b = 3 (2 bits), c = 1000 (10 bits), values below 2^22: k = 31 − (22 − 10 + 1) = 18 = 2 + 16.
    // 3·1000/1000 = 3; 3·3 000 000/1000 = 9000; 3·2 000 001/1000 = 6000.003 → 6000
    servesExactly(threeThousandths().build(), new long[] {1000, 3_000_000, 2_000_001}, 1000, 3, 9000, 6000);
  }

  @Test
  void aValueAtTheCutIsRefused() {
    // 10 is cut (it scores 77, not 3·10/1000 → 0)
    refuses(threeThousandths().cut(10, 77).build(), new long[] {10, 250, 500}, 1000);
  }

  @Test
  void aValueAboveTheClampIsRefused() {
    // 500 is clamped to 499: 1.497 → 1, not 1.5 → 2
    refuses(threeThousandths().clamp(0, 499).build(), new long[] {10, 250, 500}, 1000);
  }

  @Test
  void fractionsOverAnotherDenominatorAreRefused() {
    refuses(threeThousandths().build(), new long[] {10, 250, 500}, 999);
  }

  @Test
  void kernelsOutsideThePlainCaseAreRefused() {
    long[] x = {10, 250, 500};
    refuses(threeThousandths().numerator(1, 3).build(), x, 1000); // a constant term
    refuses(threeThousandths().numerator(0, -3).build(), x, 1000); // a negative slope
    refuses(AffineKernel.builder(RoundingMode.HALF_EVEN).numerator(0, 3).denominator(1000, 0).build(), x, 1000);
    refuses(threeThousandths().points(0, Long.MAX_VALUE).build(), x, 1000); // points clamped
    refuses(threeThousandths().scaleBy(10).build(), x, 1000); // values scaled
  }

  @Test
  void theFractionDenominatorIsCWhereFractionsMayServe() {
    assertThat(threeThousandths().build().fractionDenominator()).isEqualTo(1000);
    assertThat(threeThousandths().numerator(1, 3).build().fractionDenominator()).isZero();
    assertThat(threeThousandths().numerator(0, -3).build().fractionDenominator()).isZero();
    assertThat(threeThousandths().numerator(0, 0).build().fractionDenominator()).isZero();
    assertThat(threeThousandths().points(Long.MIN_VALUE + 1, 10).build().fractionDenominator()).isZero();
    assertThat(threeThousandths().scaleBy(10).build().fractionDenominator()).isZero();
    assertThat(threeThousandths().denominator(1000, 1).build().fractionDenominator()).isZero();
    assertThat(AffineKernel.builder(RoundingMode.HALF_EVEN).numerator(0, 3).denominator(1000, 0).build()
        .fractionDenominator()).isZero();
  }
}
