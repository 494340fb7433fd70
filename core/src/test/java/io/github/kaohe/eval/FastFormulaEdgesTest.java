package io.github.kaohe.eval;

import static io.github.kaohe.eval.FastFormulaTexts.column;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.internal.columns.DecimalColumn;
import io.github.kaohe.model.Formula;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fast path of formulas where {@link FastFormulaProperties} does not look: conditions and their
 * connectives as the formula's value, a missing operand read as zero, and figures that the fast
 * path must answer itself (not hand to the exact path) — a negation, a difference, a fifth power,
 * constants of 18 digits. Each value is the row's value at the formula's scale, unscaled.
 */
class FastFormulaEdgesTest {
  /** What {@link FastFormula#evaluate} left in {@code out[0]} and its state. */
  private record Answer(int state, long value) {}

  private static final long UNTOUCHED = 777;

  /** The formula over one row; {@code values} alternates names and values (null: missing). */
  private static Answer fast(Formula formula, String... values) {
    Map<String, DecimalColumn> columns = new HashMap<>();
    for (String name : new String[] {"a", "b", "c"}) {
      columns.put(name, column(null));
    }
    for (int i = 0; i < values.length; i += 2) {
      columns.put(values[i], column(values[i + 1]));
    }
    long[] out = {UNTOUCHED};
    int state = new FastFormula(formula, columns::get).evaluate(0, out);
    return new Answer(state, out[0]);
  }

  private static Answer number(long unscaled) {
    return new Answer(FastFormula.NUMBER, unscaled);
  }

  @Test
  void aConditionAsTheFormulasValueIsOneWhenTrueAndZeroWhenFalse() {
    Formula greater = FastFormulaTexts.condition("a > b");
    assertThat(fast(greater, "a", "2", "b", "1")).isEqualTo(new Answer(FastFormula.TRUE, 1));
    assertThat(fast(greater, "a", "1", "b", "2")).isEqualTo(new Answer(FastFormula.FALSE, 0));
    // a missing operand: no value is written
    assertThat(fast(greater, "b", "2")).isEqualTo(new Answer(FastFormula.MISSING, UNTOUCHED));
  }

  @ParameterizedTest(name = "{0} at 1 vs 2, 2 vs 2, 3 vs 2")
  @CsvSource({
      "a < b,  true,  false, false",
      "a <= b, true,  true,  false",
      "a > b,  false, false, true",
      "a >= b, false, true,  true",
      "a == b, false, true,  false",
      "a != b, true,  false, true"})
  void eachComparisonAtALesserAnEqualAndAGreaterValue(String text, boolean less, boolean equal, boolean greater) {
    Formula f = FastFormulaTexts.condition(text);
    // b is 2.00 (two places), a is 1, 2 and 3 (none): equal values at different scales compare equal
    assertThat(fast(f, "a", "1", "b", "2.00").state()).isEqualTo(less ? FastFormula.TRUE : FastFormula.FALSE);
    assertThat(fast(f, "a", "2", "b", "2.00").state()).isEqualTo(equal ? FastFormula.TRUE : FastFormula.FALSE);
    assertThat(fast(f, "a", "3", "b", "2.00").state()).isEqualTo(greater ? FastFormula.TRUE : FastFormula.FALSE);
  }

  @Test
  void notTurnsTrueAndFalseAroundAndKeepsAMissingOperandMissing() {
    Formula not = FastFormulaTexts.condition("not a > 1");
    assertThat(fast(not, "a", "2")).isEqualTo(new Answer(FastFormula.FALSE, 0));
    assertThat(fast(not, "a", "0")).isEqualTo(new Answer(FastFormula.TRUE, 1));
    assertThat(fast(not).state()).isEqualTo(FastFormula.MISSING);
  }

  @Test
  void andIsDecidedByTheFirstFalseOperandAndIsTrueOnlyWhenAllAre() {
    Formula and = FastFormulaTexts.condition("a > 1 and b > 1 and c > 1");
    assertThat(fast(and, "a", "2", "b", "2", "c", "2").state()).isEqualTo(FastFormula.TRUE);
    assertThat(fast(and, "a", "2", "b", "2", "c", "0").state()).isEqualTo(FastFormula.FALSE);
    // the first operand that is not true decides: false before the missing b, missing before the false c
    assertThat(fast(and, "a", "0", "c", "2").state()).isEqualTo(FastFormula.FALSE);
    assertThat(fast(and, "a", "2", "c", "0").state()).isEqualTo(FastFormula.MISSING);
  }

  @Test
  void orIsDecidedByTheFirstTrueOperandAndIsFalseOnlyWhenAllAre() {
    Formula or = FastFormulaTexts.condition("a > 1 or b > 1 or c > 1");
    assertThat(fast(or, "a", "0", "b", "0", "c", "0").state()).isEqualTo(FastFormula.FALSE);
    assertThat(fast(or, "a", "0", "b", "0", "c", "2").state()).isEqualTo(FastFormula.TRUE);
    assertThat(fast(or, "a", "2", "c", "0").state()).isEqualTo(FastFormula.TRUE);
    assertThat(fast(or, "a", "0", "c", "2").state()).isEqualTo(FastFormula.MISSING);
  }

  @Test
  void aMissingOperandDeclaredZeroIsComputedAsZero() {
    Formula f = FastFormulaTexts.parsed("a + b", "number", 2, Formula.IfMissing.ZERO);
    // a missing → 0; 0 + 1.5 = 1.50
    assertThat(fast(f, "b", "1.5")).isEqualTo(number(150));
    assertThat(fast(FastFormulaTexts.number("a + b", 2), "b", "1.5").state()).isEqualTo(FastFormula.MISSING);
  }

  @Test
  void negationsDifferencesAndAbsoluteValuesAreAnsweredOnTheFastPath() {
    // −1.25 → −125 at 2 places; 3.5 − 1.25 = 2.25; |−1.25| = 1.25
    assertThat(fast(FastFormulaTexts.number("-a", 2), "a", "1.25")).isEqualTo(number(-125));
    assertThat(fast(FastFormulaTexts.number("a - b", 2), "a", "3.5", "b", "1.25")).isEqualTo(number(225));
    assertThat(fast(FastFormulaTexts.number("abs(a)", 2), "a", "-1.25")).isEqualTo(number(125));
  }

  @Test
  void theLeastAndTheGreatestAreAnsweredOnTheFastPath() {
    assertThat(fast(FastFormulaTexts.number("min(a, b, c)", 2), "a", "3", "b", "1.25", "c", "2"))
        .isEqualTo(number(125));
    assertThat(fast(FastFormulaTexts.number("max(a, b, c)", 2), "a", "3", "b", "1.25", "c", "3.5"))
        .isEqualTo(number(350));
  }

  @Test
  void aLargeDenominatorIsReducedSoThatAFifthPowerStaysOnTheFastPath() {
    // a = 0.0625 = 625 / 10^4. a⁴ = 625⁴ / 10^16 > 2^40 is reduced (625⁴ = 5^16 divides 10^16 = 2^16 · 5^16)
    // to 1 / 65536; a⁵ = 625 / 655360000 = 1 / 16^5 = 0.00000095367… → 0.0000009537 (10 places).
    // Unreduced, a⁵'s denominator 10^20 would leave 64 bits and send the row to the exact path.
    assertThat(fast(FastFormulaTexts.number("a * a * a * a * a", 10), "a", "0.0625")).isEqualTo(number(9537));
  }

  @Test
  void constantsOfEighteenDigitsOrEighteenPlacesAreAnsweredOnTheFastPath() {
    // 18 digits, all before the point: 123456789012345678 − 123456789012345677 = 1 → 1.00
    assertThat(fast(FastFormulaTexts.number("123456789012345678 - 123456789012345677", 2))).isEqualTo(number(100));
    // 18 digits, 10 of them places: 12345678.9012345678 − 12345678.9012345677 = 10^-10 → 0.0000000001
    assertThat(fast(FastFormulaTexts.number("12345678.9012345678 - 12345678.9012345677", 10))).isEqualTo(number(1));
    // 18 places: 10^-18 × 10^17 = 0.1 → 0.10
    assertThat(fast(FastFormulaTexts.number("0.000000000000000001 * 100000000000000000", 2))).isEqualTo(number(10));
  }
}
