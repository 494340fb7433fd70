package io.github.kaohe.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Known values, exact cases, extreme arguments and errors; the laws are in {@link DecimalMathProperties}. */
class DecimalMathTest {
  private static final MathContext D50 = new MathContext(50, RoundingMode.HALF_EVEN);
  private static final MathContext D34 = DecimalMath.PRECISION;

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  // ------------------------------------------------------------------ constants to 50 digits

  @Test
  void lnOfTwo() {
    // 0.69314718055994530941723212145817656807550013436025|525…
    assertThat(DecimalMath.ln(d("2"), D50)).isEqualTo(d("0.69314718055994530941723212145817656807550013436026"));
  }

  @Test
  void lnOfTen() {
    // 2.3025850929940456840179914546843642076011014886287|7297…
    assertThat(DecimalMath.ln(d("10"), D50)).isEqualTo(d("2.3025850929940456840179914546843642076011014886288"));
  }

  @Test
  void lnOfAHundred() {
    // 4.6051701859880913680359829093687284152022029772575|4595…
    assertThat(DecimalMath.ln(d("100"), D50)).isEqualTo(d("4.6051701859880913680359829093687284152022029772575"));
    assertThat(DecimalMath.ln(d("100"), D34)).isEqualTo(d("4.605170185988091368035982909368728"));
  }

  @Test
  void eIsExpOfOne() {
    // 2.7182818284590452353602874713526624977572470936999|5957…
    assertThat(DecimalMath.exp(BigDecimal.ONE, D50)).isEqualTo(d("2.7182818284590452353602874713526624977572470937000"));
    assertThat(DecimalMath.exp(BigDecimal.ONE, D34)).isEqualTo(d("2.718281828459045235360287471352662"));
  }

  @Test
  void squareRootOfTwo() {
    // 1.4142135623730950488016887242096980785696718753769|4807…
    assertThat(DecimalMath.sqrt(d("2"), D50)).isEqualTo(d("1.4142135623730950488016887242096980785696718753769"));
    assertThat(DecimalMath.sqrt(d("2"), new MathContext(50, RoundingMode.UP)))
        .isEqualTo(d("1.4142135623730950488016887242096980785696718753770"));
  }

  @Test
  void log10OfTwo() {
    // 0.30102999566398119521373889472449302676818988146210|8541…
    assertThat(DecimalMath.log10(d("2"), D50)).isEqualTo(d("0.30102999566398119521373889472449302676818988146211"));
  }

  @Test
  void directedRoundingModesRoundTheExactValue() {
    // ln 2 = 0.6931471805599453094172321214581765|680755…; ln 0.5 is its negation
    BigDecimal down = d("0.6931471805599453094172321214581765");
    BigDecimal up = d("0.6931471805599453094172321214581766");
    assertThat(DecimalMath.ln(d("2"), new MathContext(34, RoundingMode.DOWN))).isEqualTo(down);
    assertThat(DecimalMath.ln(d("2"), new MathContext(34, RoundingMode.CEILING))).isEqualTo(up);
    assertThat(DecimalMath.ln(d("0.5"), new MathContext(34, RoundingMode.FLOOR))).isEqualTo(up.negate());
    assertThat(DecimalMath.ln(d("0.5"), new MathContext(34, RoundingMode.CEILING))).isEqualTo(down.negate());
    assertThat(DecimalMath.ln(d("0.5"), new MathContext(34, RoundingMode.UP))).isEqualTo(up.negate());
  }

  @Test
  void aValueJustPastAMidpointRoundsAway() {
    // exp(5E-34) = 1 + 5E-34 + 1.25E-67 + …: past the midpoint between 1 and 1 + 10^-33, so half even rounds up
    assertThat(DecimalMath.exp(d("5E-34"), D34)).isEqualTo(d("1.000000000000000000000000000000001"));
    // exp(-5E-35) = 1 − 5E-35 + 1.25E-69 − …: above the midpoint between 1 − 10^-34 and 1, so it rounds to 1
    assertThat(DecimalMath.exp(d("-5E-35"), D34)).isEqualTo(d("1.000000000000000000000000000000000"));
  }

  // ------------------------------------------------------------------ exact cases

  @Test
  void lnOfOneIsZero() {
    assertThat(DecimalMath.ln(BigDecimal.ONE, D34)).isEqualByComparingTo("0");
    assertThat(DecimalMath.ln(d("1.000"), MathContext.UNLIMITED)).isEqualByComparingTo("0");
  }

  @Test
  void log10OfPowersOfTenIsExact() {
    assertThat(DecimalMath.log10(d("1000"), D34)).isEqualTo(d("3"));
    assertThat(DecimalMath.log10(d("1E+3"), MathContext.UNLIMITED)).isEqualTo(d("3"));
    assertThat(DecimalMath.log10(d("0.001"), new MathContext(34, RoundingMode.UNNECESSARY))).isEqualTo(d("-3"));
    assertThat(DecimalMath.log10(BigDecimal.ONE, D34)).isEqualByComparingTo("0");
  }

  @Test
  void expOfZeroIsOne() {
    assertThat(DecimalMath.exp(BigDecimal.ZERO, MathContext.UNLIMITED)).isEqualTo(BigDecimal.ONE);
  }

  @Test
  void wholePowersAreExact() {
    assertThat(DecimalMath.pow(d("2"), d("10"), D34)).isEqualTo(d("1024"));
    assertThat(DecimalMath.pow(d("1.5"), d("2"), MathContext.UNLIMITED)).isEqualTo(d("2.25"));
    assertThat(DecimalMath.pow(d("-2"), d("3"), D34)).isEqualTo(d("-8"));
    assertThat(DecimalMath.pow(d("2"), d("-2"), MathContext.UNLIMITED)).isEqualTo(d("0.25"));
    assertThat(DecimalMath.pow(d("10"), d("3.0"), D34)).isEqualTo(d("1000"));
    assertThat(DecimalMath.pow(d("7"), d("0"), D34)).isEqualTo(BigDecimal.ONE);
    assertThat(DecimalMath.pow(d("0"), d("0.5"), D34)).isEqualByComparingTo("0");
    // 3^-1 is 0.333…, rounded once
    assertThat(DecimalMath.pow(d("3"), d("-1"), D34)).isEqualTo(d("0.3333333333333333333333333333333333"));
  }

  @Test
  void rootsOfPerfectPowersAreExact() {
    assertThat(DecimalMath.pow(d("4"), d("0.5"), D34)).isEqualTo(d("2"));
    // exact in every rounding mode, also those that would expose 1.999… or 2.000…1
    for (RoundingMode mode : List.of(RoundingMode.DOWN, RoundingMode.UP, RoundingMode.FLOOR, RoundingMode.CEILING)) {
      assertThat(DecimalMath.pow(d("4"), d("0.5"), new MathContext(34, mode))).isEqualTo(d("2"));
    }
    assertThat(DecimalMath.pow(d("0.04"), d("-1.5"), MathContext.UNLIMITED)).isEqualTo(d("125"));
    assertThat(DecimalMath.pow(d("0.0016"), d("0.25"), new MathContext(34, RoundingMode.DOWN))).isEqualTo(d("0.2"));
    assertThat(DecimalMath.pow(d("0.0081"), d("0.25"), MathContext.UNLIMITED)).isEqualTo(d("0.3"));
    assertThat(DecimalMath.pow(d("100"), d("1.5"), MathContext.UNLIMITED)).isEqualTo(d("1000"));
    assertThat(DecimalMath.sqrt(d("2.25"), MathContext.UNLIMITED)).isEqualTo(d("1.5"));
    assertThat(DecimalMath.sqrt(d("1E+300"), D34)).isEqualByComparingTo("1E+150");
  }

  @Test
  void fractionalPowersThatAreIrrationalGoThroughTheLogarithm() {
    // 2^0.5 = √2; 10^0.3 = 1.995262314968879601352455396739535|56…
    assertThat(DecimalMath.pow(d("2"), d("0.5"), D50)).isEqualTo(DecimalMath.sqrt(d("2"), D50));
    assertThat(DecimalMath.pow(d("10"), d("0.3"), D34)).isEqualTo(d("1.995262314968879601352455396739536"));
  }

  @ParameterizedTest
  @EnumSource(value = RoundingMode.class, names = {"UP", "DOWN", "CEILING", "FLOOR", "HALF_UP", "HALF_DOWN", "HALF_EVEN"})
  void geometricMeanOfEqualFractionsIsTheFraction(RoundingMode mode) {
    MathContext mc = new MathContext(34, mode);
    BigDecimal g = DecimalMath.geometricMean(List.of(d("1"), d("2")), List.of(d("2"), d("4")), List.of(d("3"), d("7")), mc);

    assertThat(g).isEqualTo(d("0.5"));
  }

  @Test
  void geometricMeanIsExactWhereItsValueIsAShortDecimal() {
    // (0.25/1)^(1/2) × (1/1)^(1/2) = 0.5; (2/1)^(1/2) × (1/2)^(1/2) = 1
    assertThat(DecimalMath.geometricMean(List.of(d("0.25"), d("1")), List.of(d("1"), d("1")), List.of(d("1"), d("1")), D34))
        .isEqualByComparingTo("0.5");
    assertThat(DecimalMath.geometricMean(List.of(d("2"), d("1")), List.of(d("1"), d("2")), List.of(d("5"), d("5")), D34))
        .isEqualByComparingTo("1");
  }

  @Test
  void geometricMeanWeighsAndLeavesOutWeightZero() {
    // 0.5^(1/4) × 1^(3/4) = 0.84089641525371454303112547623321489504…; the child of weight 0 counts for nothing
    BigDecimal g =
        DecimalMath.geometricMean(
            List.of(d("0.5"), d("3"), d("0")), List.of(d("1"), d("3"), d("0")), List.of(d("1"), d("3"), d("0")), D34);

    assertThat(g).isEqualTo(d("0.8408964152537145430311254762332149"));
  }

  // ------------------------------------------------------------------ extreme arguments

  @Test
  void extremeArgumentsFinishQuickly() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          // ln 10^±300 = ±300 ln 10 = ±690.7755278982137052053974364053092…
          assertThat(DecimalMath.ln(d("1E-300"), D34)).isEqualTo(d("-690.7755278982137052053974364053093"));
          assertThat(DecimalMath.ln(d("1E+300"), D34)).isEqualTo(d("690.7755278982137052053974364053093"));
          assertThat(DecimalMath.log10(d("1E-300"), D34)).isEqualTo(d("-300"));
          assertThat(DecimalMath.sqrt(d("1E-300"), D34)).isEqualByComparingTo("1E-150");
          // forty digits: ln(1234567890.123456789012345678901234567890) = 20.93398685926206371721692480264790|175…
          BigDecimal forty = d("1234567890.123456789012345678901234567890");
          assertThat(DecimalMath.ln(forty, D34)).isEqualTo(d("20.93398685926206371721692480264790"));
          assertThat(DecimalMath.exp(DecimalMath.ln(forty, D50), D34)).isEqualTo(forty.round(D34));
          // next to 1: ln(1 + 10^-300) = 10^-300 − 10^-600/2 + …
          assertThat(DecimalMath.ln(d("1E-300").add(BigDecimal.ONE), D34)).isEqualByComparingTo("1E-300");
          assertThat(DecimalMath.ln(BigDecimal.ONE.subtract(d("1E-40")), D34))
              .isEqualTo(d("-1.000000000000000000000000000000000E-40"));
          // exp of tiny arguments: 1 + x rounds as 1, or next to 1 in the direction of x
          assertThat(DecimalMath.exp(d("1E-300"), D34)).isEqualByComparingTo("1");
          assertThat(DecimalMath.exp(d("1E-300"), new MathContext(34, RoundingMode.CEILING)))
              .isEqualTo(d("1.000000000000000000000000000000001"));
          assertThat(DecimalMath.exp(d("-1E-300"), new MathContext(34, RoundingMode.FLOOR)))
              .isEqualTo(d("0.9999999999999999999999999999999999"));
          // the bound itself, either way: e^±10^6
          assertThat(DecimalMath.exp(d("1000000"), D34)).isEqualTo(d("3.033215396802087545086402141418114E+434294"));
          assertThat(DecimalMath.exp(d("-1000000"), D34)).isEqualTo(d("3.296831478088558578968907969107724E-434295"));
          // e^-690.77… = 9.999999999999999999999999999999622|80…E-301
          assertThat(DecimalMath.exp(d("-690.7755278982137052053974364053093"), D34))
              .isEqualTo(d("9.999999999999999999999999999999623E-301"));
          assertThat(DecimalMath.pow(d("2"), d("123456.5"), D34).toString()).startsWith("1.");
          assertThat(DecimalMath.pow(d("1.0000000000000000000000000000000000000001"), d("0.5"), new MathContext(34, RoundingMode.UP)))
              .isEqualTo(d("1.000000000000000000000000000000001"));
        });
  }

  // ------------------------------------------------------------------ errors

  @Test
  void logarithmsOfZeroAndNegativeValuesDoNotExist() {
    assertThatThrownBy(() -> DecimalMath.ln(BigDecimal.ZERO, D34))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("ln(0) does not exist: the logarithm needs a value greater than 0");
    assertThatThrownBy(() -> DecimalMath.ln(d("-2.5"), D34))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageStartingWith("ln(-2.5) does not exist");
    assertThatThrownBy(() -> DecimalMath.log10(d("-1E-300"), D34))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageStartingWith("log10(-1E-300) does not exist");
    assertThatThrownBy(() -> DecimalMath.sqrt(d("-4"), D34))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageStartingWith("sqrt(-4) does not exist");
  }

  @Test
  void expOutOfRangeFailsAtOnce() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(1),
        () -> {
          assertThatThrownBy(() -> DecimalMath.exp(d("1000000.1"), D34))
              .isInstanceOf(ArithmeticException.class)
              .hasMessageStartingWith("exp(1000000.1) is out of range");
          assertThatThrownBy(() -> DecimalMath.exp(d("-1E+300"), D34))
              .isInstanceOf(ArithmeticException.class)
              .hasMessageStartingWith("exp(-1E+300) is out of range");
          assertThatThrownBy(() -> DecimalMath.pow(d("2"), d("1E+20"), D34))
              .isInstanceOf(ArithmeticException.class)
              .hasMessageContaining("out of range");
          assertThatThrownBy(() -> DecimalMath.pow(d("10"), d("1E+20"), D34))
              .isInstanceOf(ArithmeticException.class)
              .hasMessageContaining("out of range");
        });
  }

  @Test
  void powersThatDoNotExist() {
    assertThatThrownBy(() -> DecimalMath.pow(d("0"), d("-1"), D34))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("pow(0, -1) does not exist: 0 has no negative powers");
    assertThatThrownBy(() -> DecimalMath.pow(d("-8"), d("0.5"), D34))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("a negative base takes whole exponents only");
  }

  @Test
  void inexactResultsNeedAPrecision() {
    assertThatThrownBy(() -> DecimalMath.ln(d("2"), MathContext.UNLIMITED))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("give a MathContext with a precision");
    assertThatThrownBy(() -> DecimalMath.exp(d("1"), MathContext.UNLIMITED)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> DecimalMath.sqrt(d("2"), MathContext.UNLIMITED)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> DecimalMath.ln(d("2"), new MathContext(34, RoundingMode.UNNECESSARY)))
        .isInstanceOf(ArithmeticException.class);
  }
}
