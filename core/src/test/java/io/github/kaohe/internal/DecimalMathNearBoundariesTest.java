package io.github.kaohe.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Arguments whose results lie within 10^-(p+2) to 10^-(p+16) of a rounding boundary at p digits
 * (a midpoint for the half modes, a p-digit number for the directed ones), against their correct
 * rounding worked out independently, by Python's decimal module at 120 digits (the script beside
 * the table, {@code decimal-math-near-boundaries.py}). An approximation that stops with too few
 * guard digits, or trusts a wrong error bound, rounds some of them the wrong way.
 */
class DecimalMathNearBoundariesTest {
  record Case(String function, BigDecimal argument, BigDecimal exponent, MathContext mc, BigDecimal expected) {
    @Override
    public String toString() {
      return function + "(" + argument.toPlainString() + (exponent == null ? "" : ", " + exponent) + ") at " + mc;
    }
  }

  static Stream<Case> cases() throws IOException {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
        DecimalMathNearBoundariesTest.class.getResourceAsStream("decimal-math-near-boundaries.csv")), StandardCharsets.UTF_8))) {
      List<Case> cases = in.lines().skip(1).map(line -> {
        String[] c = line.split(",", -1);
        return new Case(c[0], new BigDecimal(c[1]), c[2].isEmpty() ? null : new BigDecimal(c[2]),
            new MathContext(Integer.parseInt(c[3]), RoundingMode.valueOf(c[4])), new BigDecimal(c[5]));
      }).toList();
      assertThat(cases).hasSize(1120);
      return cases.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void theResultIsTheCorrectRounding(Case c) {
    BigDecimal actual = switch (c.function()) {
      case "ln" -> DecimalMath.ln(c.argument(), c.mc());
      case "log10" -> DecimalMath.log10(c.argument(), c.mc());
      case "exp" -> DecimalMath.exp(c.argument(), c.mc());
      case "sqrt" -> DecimalMath.sqrt(c.argument(), c.mc());
      case "pow" -> DecimalMath.pow(c.argument(), c.exponent(), c.mc());
      default -> throw new IllegalArgumentException(c.function());
    };
    assertThat(actual).isEqualByComparingTo(c.expected());
    assertThat(actual.precision()).isLessThanOrEqualTo(c.mc().getPrecision());
  }
}
