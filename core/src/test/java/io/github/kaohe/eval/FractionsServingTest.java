package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which columns {@link Fractions} serves, at the edges of its rules: up to {@link Fractions#MAX_VALUES}
 * values, a positive denominator, no negative value (0 is fine), and 17 to 62 bits of fraction
 * {@code k = 31 − (bits(max) − bits(c) + 1)}; and the fractions {@code ⌊x · 2^k / c⌋} it keeps.
 */
class FractionsServingTest {
  private static Fractions.Column of(long c, long... x) {
    return new Fractions(x.length, 1).of(0, x, c);
  }

  @Test
  void anOrdinaryColumnKeepsEachValuesFractionOverC() {
    // max 5 (3 bits), c = 3 (2 bits): k = 31 − (3 − 2 + 1) = 29; ⌊x · 2^29 / 3⌋:
    // 0 → 0, 1 → 178956970 (536870912 / 3 = 178956970.67), 5 → 894784853 (2684354560 / 3 = 894784853.33)
    Fractions.Column f = of(3, 0, 1, 5);
    assertThat(f).isNotNull();
    assertThat(f.k()).isEqualTo(29);
    assertThat(f.min()).isZero();
    assertThat(f.max()).isEqualTo(5);
    assertThat(f.f()).containsExactly(0, 178956970, 894784853);
  }

  @Test
  void seventeenBitsOfFractionAreEnoughAndSixteenAreNot() {
    // c = 1 (1 bit): 16383 has 14 bits, k = 31 − 14 = 17, 16383 · 2^17 = 2147352576 < 2^31;
    // 16384 has 15 bits, k = 16: too little precision
    assertThat(of(1, 16383).f()).containsExactly(2147352576);
    assertThat(of(1, 16384)).isNull();
  }

  @Test
  void sixtyTwoBitsOfFractionAreServedAndSixtyThreeAreNot() {
    // x = 1 (1 bit), c = 2^32 (33 bits): k = 31 − (1 − 33 + 1) = 62, 2^62 / 2^32 = 2^30;
    // c = 2^33 (34 bits): k = 63, beyond a long's shift
    Fractions.Column f = of(1L << 32, 1);
    assertThat(f.k()).isEqualTo(62);
    assertThat(f.f()).containsExactly(1 << 30);
    assertThat(of(1L << 33, 1)).isNull();
  }

  @Test
  void aNegativeValueOrADenominatorNotAboveZeroIsNotServed() {
    assertThat(of(3, 1, -1, 5)).isNull();
    assertThat(of(0, 1, 2)).isNull();
    assertThat(of(-3, 1, 2)).isNull();
  }

  @Test
  void noMoreThanMaxValuesEntitiesTimesIndicatorsAreKept() {
    // 4 entities × 2^21 indicators = 2^23 = MAX_VALUES: served; one indicator more: not
    long[] x = {1, 2, 3, 4};
    int indicators = (int) (Fractions.MAX_VALUES / x.length);
    assertThat(new Fractions(x.length, indicators).of(0, x, 3)).isNotNull();
    assertThat(new Fractions(x.length, indicators + 1).of(0, x, 3)).isNull();
  }

  @Test
  void aColumnIsWorkedOutOncePerIndicatorAndDenominator() {
    Fractions fractions = new Fractions(2, 2);
    Fractions.Column first = fractions.of(0, new long[] {1, 2}, 3);
    // the same indicator and denominator: the column kept, whatever values are passed
    assertThat(fractions.of(0, new long[] {7, 7}, 3)).isSameAs(first);
    // another denominator: worked out anew (max 2: 2 bits, c = 5: 3 bits, k = 31 − 0 = 31)
    assertThat(fractions.of(0, new long[] {1, 2}, 5).f()).containsExactly(429496729, 858993459);
  }
}
