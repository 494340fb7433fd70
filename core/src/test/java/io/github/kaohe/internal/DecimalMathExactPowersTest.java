package io.github.kaohe.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where exact powers stop: the longest bases and results computed exactly, the form of an exact
 * result, roots of large perfect powers, results next to 1, and arguments at the edges of their
 * ranges.
 */
class DecimalMathExactPowersTest {
  private static final MathContext D34 = DecimalMath.PRECISION;
  private static final String INEXACT = " cannot be given exactly: give a MathContext with a precision";

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void anExactResultIsWrittenWithoutAnExponentWhenItsDigitsFitThePrecision() {
    // 10^33 has 34 digits: written out; 10^34 has 35: 1E+34
    assertThat(DecimalMath.pow(d("10"), d("33"), D34)).isEqualTo(d("1" + "0".repeat(33)));
    assertThat(DecimalMath.pow(d("10"), d("34"), D34)).isEqualTo(d("1E+34"));
    assertThat(DecimalMath.pow(d("20"), d("33"), D34)).isEqualTo(d("8589934592E+33"));
    assertThat(DecimalMath.pow(d("10"), d("40"), MathContext.UNLIMITED)).isEqualTo(d("1" + "0".repeat(40)));
    assertThat(DecimalMath.sqrt(d("1E+66"), D34)).isEqualTo(d("1" + "0".repeat(33)));
  }

  @Test
  void basesOfUpTo25000DigitsOrDecimalsArePoweredExactly() {
    // 4 × 25000 = 100000 = EXACT_BITS: the longest base taken exactly, in digits and in decimals
    BigDecimal long25000 = new BigDecimal(BigInteger.TEN.pow(24999).add(BigInteger.ONE));
    BigDecimal long25001 = new BigDecimal(BigInteger.TEN.pow(25000).add(BigInteger.ONE));
    assertThat(DecimalMath.pow(long25000, BigDecimal.ONE, MathContext.UNLIMITED)).isEqualTo(long25000);
    assertThatThrownBy(() -> DecimalMath.pow(long25001, BigDecimal.ONE, MathContext.UNLIMITED))
        .isInstanceOf(ArithmeticException.class).hasMessageEndingWith(INEXACT);
    assertThat(DecimalMath.pow(d("3E-25000"), BigDecimal.ONE, MathContext.UNLIMITED)).isEqualTo(d("3E-25000"));
    assertThatThrownBy(() -> DecimalMath.pow(d("3E-25001"), BigDecimal.ONE, MathContext.UNLIMITED))
        .isInstanceOf(ArithmeticException.class).hasMessage("pow(3E-25001, 1)" + INEXACT);
    // rounded, they are the same either way
    assertThat(DecimalMath.pow(d("3E-25001"), BigDecimal.ONE, D34)).isEqualByComparingTo(d("3E-25001"));
  }

  @Test
  void wholePowersOfUpTo100000BitsAreExact() {
    // 7 and 1 take 3 + 1 bits: 7^25000 is the largest power of 7 computed exactly
    assertThat(DecimalMath.pow(d("7"), d("25000"), MathContext.UNLIMITED))
        .isEqualTo(new BigDecimal(BigInteger.valueOf(7).pow(25000)));
    assertThatThrownBy(() -> DecimalMath.pow(d("7"), d("25001"), MathContext.UNLIMITED)).hasMessage("pow(7, 25001)" + INEXACT);
    assertThat(DecimalMath.pow(d("7"), d("25001"), D34)).isEqualByComparingTo(new BigDecimal(BigInteger.valueOf(7).pow(25001)).round(D34));
  }

  @Test
  void rootsOfLargePerfectPowersAreFoundAtOnce() {
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      // 3^4096 to the power 1/4096, and 13^40 to the power 1/40
      BigDecimal power = new BigDecimal(BigInteger.valueOf(3).pow(4096));
      assertThat(DecimalMath.pow(power, d("0.000244140625"), MathContext.UNLIMITED)).isEqualTo(d("3"));
      assertThat(DecimalMath.pow(new BigDecimal(BigInteger.valueOf(13).pow(40)), d("0.025"), MathContext.UNLIMITED))
          .isEqualTo(d("13"));
      BigInteger r = new BigInteger("123456789012345678901234567891");
      assertThat(DecimalMath.pow(new BigDecimal(r.pow(5)), d("0.2"), MathContext.UNLIMITED)).isEqualTo(new BigDecimal(r));
      assertThat(DecimalMath.pow(new BigDecimal(r.pow(5)).add(BigDecimal.ONE), d("0.2"), D34))
          .isEqualByComparingTo(new BigDecimal(r));
    });
  }

  @Test
  void aPowerWithinTenToTheMinus36OfOneIsRoundedNextToOne() {
    // 2^(1E-33) = 1 + 6.93E-34: past the midpoint 1 + 5E-34, so it rounds up; 2^(1E-40) is 1 + 6.9E-41
    assertThat(DecimalMath.pow(d("2"), d("1E-33"), D34)).isEqualTo(d("1.000000000000000000000000000000001"));
    assertThat(DecimalMath.pow(d("2"), d("1E-40"), D34)).isEqualTo(d("1.000000000000000000000000000000000"));
    assertThat(DecimalMath.pow(d("2"), d("1E-40"), new MathContext(34, RoundingMode.UP)))
        .isEqualTo(d("1.000000000000000000000000000000001"));
    assertThat(DecimalMath.pow(d("0.5"), d("1E-40"), new MathContext(34, RoundingMode.FLOOR)))
        .isEqualTo(d("0.9999999999999999999999999999999999"));
    assertThat(DecimalMath.pow(d("2"), d("-1E-40"), new MathContext(34, RoundingMode.CEILING)))
        .isEqualTo(d("1.000000000000000000000000000000000"));
  }

  @Test
  void aNegativeBaseToAnOddPowerTooLongToBeExactIsNegative() {
    // -2^200001 = -1.996010363694241912171869261842701E+60206|…, worked out by Python's decimal module
    assertThat(DecimalMath.pow(d("-2"), d("200001"), D34)).isEqualTo(d("-1.996010363694241912171869261842701E+60206"));
    assertThat(DecimalMath.pow(d("-2"), d("200002"), D34)).isEqualTo(d("3.992020727388483824343738523685402E+60206"));
  }

  @Test
  void zeroesAreNotLoggedButTheirRootIsZero() {
    assertThatThrownBy(() -> DecimalMath.log10(BigDecimal.ZERO, D34))
        .hasMessage("log10(0) does not exist: the logarithm needs a value greater than 0");
    assertThat(DecimalMath.sqrt(d("0.000"), D34)).isEqualTo(BigDecimal.ZERO);
    assertThatThrownBy(() -> DecimalMath.geometricMean(List.of(d("1"), d("1")), List.of(d("1"), d("0")),
        List.of(d("1"), d("1")), D34)).hasMessage("geometricMean: 1/0 is not greater than 0");
  }
}
