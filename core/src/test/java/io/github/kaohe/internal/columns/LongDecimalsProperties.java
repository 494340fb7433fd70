package io.github.kaohe.internal.columns;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Integer decimals agree with {@link BigDecimal}, and say when they leave 64 bits. */
class LongDecimalsProperties {
  @Property(tries = 5000)
  void divideRoundsAsBigDecimalDoes(@ForAll("numerators") long n, @ForAll("denominators") long d, @ForAll("modes") RoundingMode mode) {
    BigDecimal expected = BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), 0, mode);
    assertThat(LongDecimals.divide(n, d, mode)).isEqualTo(expected.longValueExact());
  }

  @Property(tries = 3000)
  void multiplyIsExactOrSaysOverflow(@ForAll long a, @ForAll long b) {
    BigInteger exact = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
    long r = LongDecimals.multiply(a, b);
    if (r == LongDecimals.OVERFLOW) {
      assertThat(exact.bitLength() >= 63 || exact.equals(BigInteger.valueOf(Long.MIN_VALUE))).isTrue();
    } else {
      assertThat(BigInteger.valueOf(r)).isEqualTo(exact);
    }
  }

  @Property(tries = 2000)
  void rescaleRoundsAsSetScaleDoes(@ForAll("numerators") long v, @ForAll @IntRange(min = 0, max = 12) int from,
      @ForAll @IntRange(min = 0, max = 12) int to, @ForAll("modes") RoundingMode mode) {
    long r = LongDecimals.rescale(v, from, to, mode);
    BigDecimal expected = BigDecimal.valueOf(v, from).setScale(to, mode);
    if (r == LongDecimals.OVERFLOW) {
      assertThat(expected.unscaledValue().bitLength()).isGreaterThanOrEqualTo(63);
    } else {
      assertThat(BigDecimal.valueOf(r, to)).isEqualTo(expected);
    }
  }

  @Property(tries = 2000)
  void unscaledIsExactOrSaysSo(@ForAll("numerators") long v, @ForAll @IntRange(min = -3, max = 10) int scale,
      @ForAll @IntRange(min = 0, max = 12) int target) {
    BigDecimal d = BigDecimal.valueOf(v, scale);
    long r = LongDecimals.unscaled(d, target);
    if (r != LongDecimals.OVERFLOW) {
      assertThat(BigDecimal.valueOf(r, target).compareTo(d)).isZero();
    } else {
      assertThat(target < scale || d.precision() - d.scale() + target > 18).isTrue();
    }
  }

  @Provide
  Arbitrary<Long> numerators() {
    return Arbitraries.oneOf(Arbitraries.longs().between(-1000, 1000), Arbitraries.longs(),
        Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE + 1, 0L, 5L, -5L, 15L, -15L, 25L, -25L));
  }

  @Provide
  Arbitrary<Long> denominators() {
    return Arbitraries.oneOf(Arbitraries.longs().between(1, 100), Arbitraries.longs().greaterOrEqual(1),
        Arbitraries.of(2L, 10L, 4L, Long.MAX_VALUE));
  }

  @Provide
  Arbitrary<RoundingMode> modes() {
    return Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN, RoundingMode.UP,
        RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR);
  }
}
