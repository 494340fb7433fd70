package io.github.kaohe.formula;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.load.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the loader says of a formula once the scheme's facts are known: a formula that reads itself,
 * a condition where a number is declared (or the other way round), a unit of the right kind but the
 * wrong size. Each message in full.
 */
class FormulaChecksTest {
  private static final String INDICATOR = "- {id: x, name: {zh: 甲, en: X}, unit: %s, weight: 10,"
      + " method: proportional-to-best, formula: {of: %s, ifZeroDivisor: missing}}";

  private static List<String> problems(String indicators, String facts) {
    return PolicyLoader.create().validate(FormulaTest.policy(indicators, facts), "p.yaml").errors().stream()
        .map(Problem::message).toList();
  }

  @Test
  void formulasThatReadEachOtherInACircleAreNamedWithTheCircle() {
    String facts = FormulaTest.FACTS
        + "- {id: a, name: {zh: 甲, en: A}, type: number, unit: 万元, formula: b + tax}\n"
        + "- {id: b, name: {zh: 乙, en: B}, type: number, unit: 万元, formula: a * 2}\n"
        + "- {id: c, name: {zh: 丙, en: C}, type: number, unit: 万元, formula: tax * 2}\n";
    assertThat(problems(INDICATOR.formatted("万元/亩", "tax / land"), facts)).containsExactly(
        "the formula of 'a' reads itself: a → b → a",
        "the formula of 'b' reads itself: b → a → b");
  }

  @Test
  void aBooleanFactComputesAConditionAndANumberFactANumber() {
    String facts = FormulaTest.FACTS
        + "- {id: big, name: {zh: 大, en: Big}, type: boolean, formula: tax * 2}\n"
        + "- {id: n, name: {zh: 数, en: N}, type: number, unit: 万元, formula: tax >= 2}\n"
        + "- {id: ok, name: {zh: 可, en: OK}, type: boolean, formula: tax >= 2 and land < 5}\n";
    assertThat(problems(INDICATOR.formatted("万元/亩", "tax / land"), facts)).containsExactly(
        "'big' is a boolean fact, but its formula gives a number: write a condition such as land >= 3",
        "the formula gives a condition (true or false), but 'n' is a number: give it the type boolean, or compute a number");
  }

  @Test
  void aUnitOfTheRightKindButAnotherSizeIsNamedAsSuch() {
    assertThat(problems(INDICATOR.formatted("元/亩", "tax / land"), FormulaTest.FACTS)).containsExactly(
        "the formula gives a value in 万元/亩, but 'x' is declared in 元/亩: correct the formula or the unit"
            + " (a unit of another size: multiply or divide by its factor)");
    assertThat(problems(INDICATOR.formatted("万元/人", "tax / land"), FormulaTest.FACTS)).containsExactly(
        "the formula gives a value in 万元/亩, but 'x' is declared in 万元/人: correct the formula or the unit");
    assertThat(problems(INDICATOR.formatted("万元", "tax / land / land"), FormulaTest.FACTS)).containsExactly(
        "the formula gives a value in 万元/亩^2, but 'x' is declared in 万元: correct the formula or the unit");
    assertThat(problems("- {id: x, name: {zh: 甲, en: X}, weight: 10, method: proportional-to-best, formula: tax / 2}",
        FormulaTest.FACTS)).containsExactly(
        "the formula gives a value in 万元, but 'x' is declared in no unit: correct the formula or the unit");
  }
}
