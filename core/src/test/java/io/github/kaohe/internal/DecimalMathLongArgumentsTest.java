package io.github.kaohe.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Arguments 12 to 26 digits longer than the precision asked for (so that they are rounded on the
 * way in), whose results lie 1E-(p+3) to 9E-(p+7) from a rounding boundary at p digits, against
 * their correct rounding worked out independently by Python's decimal module at 200 digits (the
 * script beside the table, {@code decimal-math-long-arguments.py}). They take ln near 1 through its
 * series and far from 1 through its table, exponentials and powers of large results, and weighted
 * geometric means of long fractions: a step that keeps too few digits rounds some of them the wrong
 * way.
 */
class DecimalMathLongArgumentsTest {
  record Case(String function, String argument, String exponent, MathContext mc, BigDecimal expected) {
    @Override
    public String toString() {
      return function + "(" + argument + (exponent.isEmpty() ? "" : ", " + exponent) + ") at " + mc;
    }
  }

  static Stream<Case> cases() throws IOException {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
        DecimalMathLongArgumentsTest.class.getResourceAsStream("decimal-math-long-arguments.csv")), StandardCharsets.UTF_8))) {
      List<Case> cases = in.lines().skip(1).map(line -> {
        String[] c = line.split(",", -1);
        return new Case(c[0], c[1], c[2], new MathContext(Integer.parseInt(c[3]), RoundingMode.valueOf(c[4])), new BigDecimal(c[5]));
      }).toList();
      assertThat(cases).hasSize(140);
      return cases.stream();
    }
  }

  private static List<BigDecimal> decimals(String s) {
    return Arrays.stream(s.split(";")).map(BigDecimal::new).toList();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void theResultIsTheCorrectRounding(Case c) {
    BigDecimal x = c.function().equals("geometricMean") ? null : new BigDecimal(c.argument());
    BigDecimal actual = switch (c.function()) {
      case "ln" -> DecimalMath.ln(x, c.mc());
      case "log10" -> DecimalMath.log10(x, c.mc());
      case "exp" -> DecimalMath.exp(x, c.mc());
      case "pow" -> DecimalMath.pow(x, new BigDecimal(c.exponent()), c.mc());
      case "geometricMean" -> DecimalMath.geometricMean(decimals(c.argument()),
          Collections.nCopies(2, BigDecimal.ONE), decimals(c.exponent()), c.mc());
      default -> throw new IllegalArgumentException(c.function());
    };
    assertThat(actual).isEqualByComparingTo(c.expected());
  }
}
