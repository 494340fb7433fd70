package io.github.kaohe.internal.columns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** The ends of 64-bit decimals and of bitmaps (mutation testing found these unchecked). */
class LongDecimalsEdgesTest {
  private static final long OVERFLOW = LongDecimals.OVERFLOW;

  @Test
  void aSumIsExactOrSaysOverflow() {
    assertThat(LongDecimals.add(2, 3)).isEqualTo(5);
    assertThat(LongDecimals.add(-2, -3)).isEqualTo(-5);
    assertThat(LongDecimals.add(Long.MAX_VALUE, -1)).isEqualTo(Long.MAX_VALUE - 1);
    assertThat(LongDecimals.add(Long.MAX_VALUE, 1)).isEqualTo(OVERFLOW);
    assertThat(LongDecimals.add(Long.MIN_VALUE + 1, -1)).isEqualTo(OVERFLOW);
    assertThat(LongDecimals.add(-Long.MAX_VALUE, -2)).isEqualTo(OVERFLOW);
    assertThat(LongDecimals.add(OVERFLOW, 0)).isEqualTo(OVERFLOW);
    assertThat(LongDecimals.add(0, OVERFLOW)).isEqualTo(OVERFLOW);
  }

  @Test
  void powersOfTenStopAtTheEighteenth() {
    assertThat(LongDecimals.pow10(0)).isEqualTo(1);
    assertThat(LongDecimals.pow10(18)).isEqualTo(1_000_000_000_000_000_000L);
    assertThat(LongDecimals.pow10(19)).isEqualTo(OVERFLOW);
    assertThat(LongDecimals.pow10(-1)).isEqualTo(OVERFLOW);
  }

  @Test
  void scalingUpIsExactOrSaysOverflow() {
    assertThat(LongDecimals.scaleUp(12, 0)).isEqualTo(12);
    assertThat(LongDecimals.scaleUp(0, 40)).isZero();
    assertThat(LongDecimals.scaleUp(12, 3)).isEqualTo(12_000);
    assertThat(LongDecimals.scaleUp(-12, 3)).isEqualTo(-12_000);
    assertThat(LongDecimals.scaleUp(1, 19)).isEqualTo(OVERFLOW);
    assertThat(LongDecimals.scaleUp(10, 18)).isEqualTo(OVERFLOW);
    assertThat(LongDecimals.multiply(Long.MIN_VALUE, 1)).isEqualTo(OVERFLOW);
    assertThat(LongDecimals.multiply(-1, Long.MAX_VALUE)).isEqualTo(-Long.MAX_VALUE);
  }

  @Test
  void aValueTooLongForItsScaleIsRoundedThroughBigDecimal() {
    assertThat(LongDecimals.rescale(15, 20, 0, RoundingMode.HALF_UP)).isZero();
    assertThat(LongDecimals.rescale(Long.MAX_VALUE, 19, 0, RoundingMode.CEILING)).isEqualTo(1);
    assertThat(LongDecimals.rescale(Long.MAX_VALUE, 19, 0, RoundingMode.FLOOR)).isZero();
    assertThat(LongDecimals.rescale(-25, 1, 0, RoundingMode.HALF_EVEN)).isEqualTo(-2);
    assertThat(LongDecimals.rescale(7, 2, 2, RoundingMode.UP)).isEqualTo(7);
  }

  @Test
  void aRemainderNeedsAModeThatRounds() {
    assertThat(LongDecimals.divide(10, 5, RoundingMode.UNNECESSARY)).isEqualTo(2);
    assertThatThrownBy(() -> LongDecimals.divide(10, 4, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class).hasMessage("rounding necessary");
  }

  @Test
  void aDecimalThatHasMoreDigitsThanALongHoldsSaysOverflow() {
    assertThat(LongDecimals.unscaled(new BigDecimal("1.5"), 3)).isEqualTo(1_500);
    assertThat(LongDecimals.unscaled(new BigDecimal("1.55"), 1)).isEqualTo(OVERFLOW);
    assertThat(LongDecimals.unscaled(new BigDecimal("123456789012345678"), 0)).isEqualTo(123456789012345678L);
    assertThat(LongDecimals.unscaled(new BigDecimal("123456789012345678"), 1)).isEqualTo(OVERFLOW);
    assertThat(LongDecimals.decimal(125, 2)).hasToString("1.25");
  }

  @Test
  void bitmapsHaveAWordPerSixtyFourBitsAndGrowAtLeastTwofold() {
    assertThat(Bits.words(0)).isZero();
    assertThat(Bits.words(1)).isEqualTo(1);
    assertThat(Bits.words(64)).isEqualTo(1);
    assertThat(Bits.words(65)).isEqualTo(2);
    long[] bits = Bits.of(64);
    assertThat(Bits.ensure(bits, 64)).isSameAs(bits);
    long[] grown = Bits.ensure(bits, 65);
    assertThat(grown).hasSize(2);
    assertThat(Bits.ensure(Bits.of(64), 64 * 5)).hasSize(5);
    assertThat(Bits.ensure(Bits.of(256), 257)).hasSize(8);
    Bits.set(grown, 64);
    assertThat(Bits.get(grown, 64)).isTrue();
    assertThat(Bits.get(grown, 63)).isFalse();
    assertThat(Bits.get(grown, 128)).isFalse();
    Bits.set(grown, 65);
    Bits.clear(grown, 64);
    Bits.clear(grown, 65);
    Bits.clear(grown, 128);
    Bits.clear(grown, 1000);
    assertThat(Bits.count(grown)).isZero();
    long[] full = Bits.of(128);
    for (int i = 0; i < 128; i++) {
      Bits.set(full, i);
    }
    assertThat(Bits.count(Bits.resize(full, 64))).isEqualTo(64);
    assertThat(Bits.count(Bits.resize(full, 65))).isEqualTo(65);
    assertThat(Bits.resize(full, 0)).isEmpty();
  }

  @Test
  void halfwayQuotientsRoundByTheModeAndTheSign() {
    assertThat(LongDecimals.divide(25, 10, RoundingMode.HALF_UP)).isEqualTo(3);
    assertThat(LongDecimals.divide(-25, 10, RoundingMode.HALF_UP)).isEqualTo(-3);
    assertThat(LongDecimals.divide(25, 10, RoundingMode.HALF_DOWN)).isEqualTo(2);
    assertThat(LongDecimals.divide(-25, 10, RoundingMode.HALF_DOWN)).isEqualTo(-2);
    assertThat(LongDecimals.divide(25, 10, RoundingMode.HALF_EVEN)).isEqualTo(2);
    assertThat(LongDecimals.divide(35, 10, RoundingMode.HALF_EVEN)).isEqualTo(4);
    assertThat(LongDecimals.divide(-25, 10, RoundingMode.HALF_EVEN)).isEqualTo(-2);
    assertThat(LongDecimals.divide(-35, 10, RoundingMode.HALF_EVEN)).isEqualTo(-4);
    assertThat(LongDecimals.divide(26, 10, RoundingMode.HALF_DOWN)).isEqualTo(3);
    assertThat(LongDecimals.divide(-24, 10, RoundingMode.HALF_UP)).isEqualTo(-2);
    assertThat(LongDecimals.divide(-25, 10, RoundingMode.DOWN)).isEqualTo(-2);
    assertThat(LongDecimals.divide(-25, 10, RoundingMode.UP)).isEqualTo(-3);
    assertThat(LongDecimals.divide(25, 10, RoundingMode.UP)).isEqualTo(3);
    assertThat(LongDecimals.divide(-25, 10, RoundingMode.FLOOR)).isEqualTo(-3);
    assertThat(LongDecimals.divide(-25, 10, RoundingMode.CEILING)).isEqualTo(-2);
  }
}
