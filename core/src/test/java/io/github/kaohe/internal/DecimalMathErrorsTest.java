package io.github.kaohe.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each function's errors, with their messages: arguments out of range, inexact results asked exactly, bad lists. */
class DecimalMathErrorsTest {
  private static final MathContext D34 = DecimalMath.PRECISION;

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void inexactResultsAskedExactlySayWhatCannotBeGiven() {
    String why = " cannot be given exactly: give a MathContext with a precision";
    assertThatThrownBy(() -> DecimalMath.ln(d("2"), MathContext.UNLIMITED)).hasMessage("ln(2)" + why);
    assertThatThrownBy(() -> DecimalMath.log10(d("2"), MathContext.UNLIMITED)).hasMessage("log10(2)" + why);
    assertThatThrownBy(() -> DecimalMath.exp(d("-1"), MathContext.UNLIMITED)).hasMessage("exp(-1)" + why);
    assertThatThrownBy(() -> DecimalMath.sqrt(d("2"), MathContext.UNLIMITED)).hasMessage("sqrt(2)" + why);
    assertThatThrownBy(() -> DecimalMath.pow(d("2"), d("0.5"), MathContext.UNLIMITED)).hasMessage("pow(2, 0.5)" + why);
    assertThatThrownBy(() -> DecimalMath.pow(d("1.0000000000000000000000000000000000000001"), d("0.5"), MathContext.UNLIMITED))
        .hasMessage("pow(1.0000000000000000000000…000000000001, 0.5)" + why);
    assertThatThrownBy(() -> DecimalMath.geometricMean(List.of(d("1"), d("2")), List.of(d("1"), d("1")), List.of(d("1"), d("1")),
        MathContext.UNLIMITED)).hasMessage("a geometric mean" + why);
  }

  @Test
  void exactResultsNeedNoPrecision() {
    assertThat(DecimalMath.sqrt(d("0"), MathContext.UNLIMITED)).isEqualTo(BigDecimal.ZERO);
    assertThat(DecimalMath.pow(d("-1"), d("7"), MathContext.UNLIMITED)).isEqualTo(d("-1"));
    assertThat(DecimalMath.pow(d("-1.00"), d("8"), MathContext.UNLIMITED)).isEqualTo(d("1"));
    assertThat(DecimalMath.geometricMean(List.of(d("3"), d("6")), List.of(d("4"), d("8")), List.of(d("1"), d("2")),
        MathContext.UNLIMITED)).isEqualTo(d("0.75"));
  }

  @Test
  void longNumbersAreShortenedInMessages() {
    // 40 characters are shown whole; from 41 on, the first 24 and the last 12
    String forty = "-" + "1234567890".repeat(3) + "123456789";
    String fortyOne = "-" + "1234567890".repeat(4);
    assertThat(forty).hasSize(40);
    assertThatThrownBy(() -> DecimalMath.ln(d(forty), D34)).hasMessageStartingWith("ln(" + forty + ") does not exist");
    assertThatThrownBy(() -> DecimalMath.ln(d(fortyOne), D34))
        .hasMessageStartingWith("ln(-12345678901234567890123…901234567890) does not exist");
  }

  @Test
  void powersOutOfRange() {
    assertThatThrownBy(() -> DecimalMath.pow(d("10"), d("1E+20"), D34)).hasMessage("pow(10, 1E+20) is out of range");
    assertThatThrownBy(() -> DecimalMath.pow(d("10"), d("2147483647"), D34)).hasMessage("pow(10, 2147483647) is out of range");
    assertThatThrownBy(() -> DecimalMath.pow(d("0.1"), d("2147483648"), D34)).hasMessage("pow(0.1, 2147483648) is out of range");
    // the exponents of 10 that BigDecimal holds: 10^2147483646 and 10^-2147483647
    assertThat(DecimalMath.pow(d("10"), d("2147483646"), D34)).isEqualTo(d("1E+2147483646"));
    assertThat(DecimalMath.pow(d("0.1"), d("2147483647"), D34)).isEqualTo(d("1E-2147483647"));
    assertThatThrownBy(() -> DecimalMath.pow(d("2"), d("1442696"), D34))
        .hasMessage("pow(2, 1442696) is out of range: exponent × ln base must lie within ±1000000");
    assertThatThrownBy(() -> DecimalMath.pow(d("0.5"), d("1442696"), D34))
        .hasMessage("pow(0.5, 1442696) is out of range: exponent × ln base must lie within ±1000000");
    assertThatThrownBy(() -> DecimalMath.exp(d("-1000000.000000000000000000000000000000000000001"), D34))
        .hasMessageStartingWith("exp(-1000000.000000000000000…000000000001) is out of range");
  }

  @Test
  void geometricMeanNeedsMatchingListsAndPositiveValues() {
    List<BigDecimal> ones = List.of(d("1"), d("1"));
    assertThatThrownBy(() -> DecimalMath.geometricMean(List.of(d("1")), ones, ones, D34))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("geometricMean needs as many numerators, denominators and weights, but has 1, 2 and 2");
    assertThatThrownBy(() -> DecimalMath.geometricMean(ones, List.of(d("1")), ones, D34))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("geometricMean needs as many numerators, denominators and weights, but has 2, 1 and 2");
    assertThatThrownBy(() -> DecimalMath.geometricMean(ones, ones, List.of(d("1"), d("-0.5")), D34))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("geometricMean: weight -0.5 is negative");
    assertThatThrownBy(() -> DecimalMath.geometricMean(List.of(d("1"), d("0")), ones, ones, D34))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("geometricMean: 0/1 is not greater than 0");
    assertThatThrownBy(() -> DecimalMath.geometricMean(ones, List.of(d("1"), d("-2")), ones, D34))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("geometricMean: 1/-2 is not greater than 0");
    assertThatThrownBy(() -> DecimalMath.geometricMean(ones, ones, List.of(d("0"), d("0.00")), D34))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("geometricMean: the weights add up to 0");
  }
}
