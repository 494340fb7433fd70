package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.model.Formula;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The definition of formulas ({@link ExactFormula}) where {@link FastFormulaProperties} does not
 * look: whole and other powers, conditions with their connectives, comparisons at equal values,
 * and values written with a negative scale.
 */
class ExactFormulaCasesTest {
  /** The formula's state and rounded value; {@code values} alternates names and values. */
  private static String exact(Formula formula, String... values) {
    Map<String, BigDecimal> byName = new HashMap<>();
    for (int i = 0; i < values.length; i += 2) {
      byName.put(values[i], values[i + 1] == null ? null : new BigDecimal(values[i + 1]));
    }
    ExactFormula.Result r = new ExactFormula(formula, byName::get).evaluate();
    BigDecimal rounded = ExactFormula.rounded(formula, r);
    return r.state() + (rounded == null ? "" : " " + rounded.toPlainString());
  }

  private static String number(String text, int scale, String... values) {
    return exact(FastFormulaTexts.number(text, scale), values);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "pow(2, 3)     | NUMBER 8.00",
      "pow(2, -2)    | NUMBER 0.25",  // 1 / 2² = 0.25
      "pow(-2, 3)    | NUMBER -8.00",
      "pow(0, 0)     | NUMBER 1.00",  // 0⁰ = 1, a whole power
      "pow(0, -1)    | UNDEFINED",    // 1 / 0
      "pow(4, 0.5)   | NUMBER 2.00",  // not a whole power: the root, 34 digits
      "pow(2, 0.5)   | NUMBER 1.41"})
  void powers(String text, String expected) {
    assertThat(number(text, 2)).isEqualTo(expected);
  }

  @Test
  void aWholePowerIsExactBeyondThirtyFourDigitsEvenWithTheExponentWrittenAsAFraction() {
    // 1234567891011³ = 1881676376411925699615487319217434331, 37 digits: exact, not rounded to 34
    assertThat(number("pow(1234567891011, 3)", 0)).isEqualTo("NUMBER 1881676376411925699615487319217434331");
    // 6 / 2 is the whole exponent 3 once reduced
    assertThat(number("pow(1234567891011, 6 / 2)", 0)).isEqualTo("NUMBER 1881676376411925699615487319217434331");
  }

  @Test
  void aValueWithANegativeScaleIsItsWholeNumber() {
    // 1E+3 = 1000: 1000 + 1 = 1001
    assertThat(number("a + 1", 0, "a", "1E+3")).isEqualTo("NUMBER 1001");
  }

  @ParameterizedTest(name = "{0} at 1, 2 and 3 against 2.00")
  @CsvSource({
      "a < b,  TRUE,  FALSE, FALSE",
      "a <= b, TRUE,  TRUE,  FALSE",
      "a > b,  FALSE, FALSE, TRUE",
      "a >= b, FALSE, TRUE,  TRUE",
      "a == b, FALSE, TRUE,  FALSE",
      "a != b, TRUE,  FALSE, TRUE"})
  void comparisons(String text, String less, String equal, String greater) {
    Formula f = FastFormulaTexts.condition(text);
    // a condition's rounded value is 1 when true and 0 when false
    assertThat(exact(f, "a", "1", "b", "2.00")).startsWith(less + " ");
    assertThat(exact(f, "a", "2", "b", "2.00")).startsWith(equal + " ");
    assertThat(exact(f, "a", "3", "b", "2.00")).startsWith(greater + " ");
  }

  @Test
  void notAndOrAreDecidedByTheFirstOperandThatDecides() {
    Formula not = FastFormulaTexts.condition("not a > 1");
    assertThat(exact(not, "a", "2")).isEqualTo("FALSE 0");
    assertThat(exact(not, "a", "0")).isEqualTo("TRUE 1");
    assertThat(exact(not, "a", null)).isEqualTo("MISSING");

    Formula and = FastFormulaTexts.condition("a > 1 and b > 1");
    assertThat(exact(and, "a", "2", "b", "2")).isEqualTo("TRUE 1");
    assertThat(exact(and, "a", "2", "b", "0")).isEqualTo("FALSE 0");
    assertThat(exact(and, "a", "0", "b", null)).isEqualTo("FALSE 0"); // false decides before b is read
    assertThat(exact(and, "a", null, "b", "0")).isEqualTo("MISSING");

    Formula or = FastFormulaTexts.condition("a > 1 or b > 1");
    assertThat(exact(or, "a", "0", "b", "0")).isEqualTo("FALSE 0");
    assertThat(exact(or, "a", "0", "b", "2")).isEqualTo("TRUE 1");
    assertThat(exact(or, "a", "2", "b", null)).isEqualTo("TRUE 1"); // true decides before b is read
    assertThat(exact(or, "a", null, "b", "2")).isEqualTo("MISSING");
  }
}
