package io.github.kaohe.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.load.FormulaChecker.Operand;
import io.github.kaohe.load.FormulaChecker.Type;
import io.github.kaohe.model.Expression;
import io.github.kaohe.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A formula checked against a scheme's values: its type and unit, and each problem with the offset
 * in the formula's text where it is. Each case is worked by hand from the formula.
 */
class FormulaCheckerTest {
  private static final Unit WAN_YUAN = Unit.parse("万元");
  private static final Unit MU = Unit.parse("亩");

  private final List<String> problems = new ArrayList<>();
  private final FormulaChecker checker = new FormulaChecker(Map.of(
      "tax", new Operand(Operand.Kind.NUMBER, WAN_YUAN),
      "land", new Operand(Operand.Kind.NUMBER, MU),
      "share", new Operand(Operand.Kind.NUMBER, Unit.none()),
      "listed", new Operand(Operand.Kind.BOOLEAN, Unit.none()),
      "sector", new Operand(Operand.Kind.TEXT, Unit.none())),
      (at, message) -> problems.add(at + ": " + message));

  private @Nullable Type check(String formula) throws ExpressionParser.ParseException {
    return checker.check(ExpressionParser.parse(formula));
  }

  @Test
  void aValidFormulaHasItsUnitAndNoProblem() throws Exception {
    Type t = check("tax / land");
    assertThat(t).isEqualTo(Type.number(WAN_YUAN.dividedBy(MU)));
    assertThat(problems).isEmpty();
    assertThat(checker.failed()).isFalse();
    assertThat(checker.variableDivisors()).extracting(Expression::toString).containsExactly("land");
  }

  @Test
  void aWrittenDivisorIsNotVariableAndZeroIsRefused() throws Exception {
    assertThat(check("tax / 2")).isEqualTo(Type.number(WAN_YUAN));
    assertThat(checker.variableDivisors()).isEmpty();
    assertThat(problems).isEmpty();
    check("tax / 0");
    assertThat(problems).containsExactly("6: division by 0");
    assertThat(checker.failed()).isTrue();
  }

  @Test
  void anUnknownNameWithADashIsReadAsASubtractionWrittenWithoutSpaces() throws Exception {
    assertThat(check("land-tax")).isNull();
    assertThat(check("x-y-land")).isNull(); // the second dash: x-y is unknown, land is known
    assertThat(check("x-land-y")).isNull(); // neither side of either dash is known: no hint
    assertThat(check("land-y-z")).isNull(); // the first dash: land is known
    assertThat(problems).containsExactly(
        "0: unknown name 'land-tax': to subtract, write spaces around '-' (land - tax) (a formula reads the scheme's"
            + " facts and indicators by id)",
        "0: unknown name 'x-y-land': to subtract, write spaces around '-' (x-y - land) (a formula reads the scheme's"
            + " facts and indicators by id)",
        "0: unknown name 'x-land-y' (a formula reads the scheme's facts and indicators by id)",
        "0: unknown name 'land-y-z': to subtract, write spaces around '-' (land - y-z) (a formula reads the scheme's"
            + " facts and indicators by id)");
  }

  @Test
  void anUnknownNameIsCorrectedWhereOneIsClose() throws Exception {
    assertThat(check("1 + lnad")).isNull();
    assertThat(check("zzzzzz")).isNull();
    assertThat(problems).containsExactly(
        "4: unknown name 'lnad': did you mean 'land'? (a formula reads the scheme's facts and indicators by id)",
        "0: unknown name 'zzzzzz' (a formula reads the scheme's facts and indicators by id)");
  }

  @Test
  void anEnumerationIsNotComputedWith() throws Exception {
    assertThat(check("sector + 1")).isNull();
    assertThat(problems).containsExactly(
        "0: 'sector' is an enumeration (its values are words): a formula computes with numbers and conditions");
  }

  @Test
  void aConditionIsNotANumber() throws Exception {
    assertThat(check("listed")).isEqualTo(Type.CONDITION);
    assertThat(check("-listed")).isNull();
    assertThat(check("listed + 1")).isNull();
    assertThat(problems).containsExactly(
        "1: 'listed' is a condition, but - needs a number",
        "0: 'listed' is a condition, but + needs a number");
  }

  @Test
  void andAndOrJoinConditionsOnly() throws Exception {
    assertThat(check("listed and tax")).isEqualTo(Type.CONDITION);
    assertThat(check("tax >= 3 or listed")).isEqualTo(Type.CONDITION);
    assertThat(problems).containsExactly("11: 'tax' is a number, but and joins conditions (such as land >= 3)");
  }

  @Test
  void onlyValuesOfOneUnitAreAddedOrCompared() throws Exception {
    assertThat(check("tax + land")).isEqualTo(Type.number(WAN_YUAN));
    assertThat(check("tax >= land")).isEqualTo(Type.CONDITION);
    assertThat(check("tax - share")).isEqualTo(Type.number(WAN_YUAN));
    assertThat(problems).containsExactly(
        "4: the units differ: (万元) + (亩): only values of one unit can be added, subtracted or compared",
        "0: the units differ: (万元) >= (亩): only values of one unit can be added, subtracted or compared",
        "4: the units differ: (万元) - (no unit): only values of one unit can be added, subtracted or compared");
  }

  @Test
  void aWrittenNumberTakesTheUnitOfWhatItMeets() throws Exception {
    assertThat(check("1 + tax")).isEqualTo(Type.number(WAN_YUAN));
    assertThat(check("tax + 1")).isEqualTo(Type.number(WAN_YUAN));
    assertThat(check("2 * land")).isEqualTo(Type.number(MU));
    assertThat(check("land * 2")).isEqualTo(Type.number(MU));
    assertThat(check("1 + 2")).isEqualTo(Type.ANY_NUMBER);
    assertThat(check("tax * land")).isEqualTo(Type.number(WAN_YUAN.times(MU)));
    assertThat(problems).isEmpty();
  }

  @Test
  void minAndMaxTakeValuesOfOneUnit() throws Exception {
    assertThat(check("max(tax, 2, tax)")).isEqualTo(Type.number(WAN_YUAN));
    assertThat(check("min(tax, land)")).isEqualTo(Type.number(WAN_YUAN));
    assertThat(check("min(listed, 1)")).isNull();
    assertThat(problems).containsExactly(
        "9: the units differ: (万元) and (亩): only values of one unit can be added, subtracted or compared",
        "4: 'listed' is a condition, but min needs a number");
  }

  @Test
  void absLnAndSqrtTakeNumbers() throws Exception {
    assertThat(check("abs(tax)")).isEqualTo(Type.number(WAN_YUAN));
    assertThat(check("ln(tax)")).isEqualTo(Type.number(Unit.none()));
    assertThat(check("exp(share)")).isEqualTo(Type.number(Unit.none()));
    assertThat(check("sqrt(land * land)")).isEqualTo(Type.number(MU));
    assertThat(check("sqrt(4)")).isEqualTo(Type.ANY_NUMBER);
    assertThat(problems).isEmpty();
    assertThat(check("abs(listed)")).isNull();
    assertThat(check("ln(listed)")).isNull();
    assertThat(check("sqrt(land)")).isNull();
    assertThat(problems).containsExactly(
        "4: 'listed' is a condition, but abs needs a number",
        "3: 'listed' is a condition, but ln needs a number",
        "0: sqrt of a value in 亩 has no unit: take the root of a number without unit");
  }

  @Test
  void powRaisesAUnitOnlyToAWholeWrittenNumber() throws Exception {
    assertThat(check("pow(land, 2)")).isEqualTo(Type.number(MU.power(2)));
    assertThat(check("pow(land, 2.0)")).isEqualTo(Type.number(MU.power(2)));
    assertThat(check("pow(land, -1)")).isEqualTo(Type.number(MU.power(-1)));
    assertThat(check("pow(share, 0.5)")).isEqualTo(Type.number(Unit.none()));
    assertThat(check("pow(2, share)")).isEqualTo(Type.number(Unit.none()));
    assertThat(problems).isEmpty();
    assertThat(check("pow(land, 1.5)")).isNull();
    assertThat(check("pow(land, share)")).isNull();
    assertThat(check("pow(tax, land)")).isNull();
    assertThat(check("pow(listed, 2)")).isNull();
    assertThat(problems).containsExactly(
        "10: a value with a unit (亩) is raised only to a whole written number",
        "10: a value with a unit (亩) is raised only to a whole written number",
        "9: an exponent has no unit",
        "4: 'listed' is a condition, but pow needs a number");
  }

  @Test
  void ifTakesAConditionAndTwoOfOneKind() throws Exception {
    assertThat(check("if(listed, tax, 0)")).isEqualTo(Type.number(WAN_YUAN));
    assertThat(check("if(listed, land >= 1, tax >= 2)")).isEqualTo(Type.CONDITION);
    assertThat(problems).isEmpty();
    assertThat(check("if(tax, 1, 2)")).isEqualTo(Type.ANY_NUMBER);
    assertThat(check("if(listed, 1, land >= 3)")).isNull();
    assertThat(check("if(listed, tax, land)")).isEqualTo(Type.number(WAN_YUAN));
    assertThat(check("if(listed, zz, 1)")).isNull();
    assertThat(problems).containsExactly(
        "3: if needs a condition first (such as land >= 3), but 'tax' is a number",
        "14: if gives a number one way and a condition the other",
        "16: the units differ: (万元) or (亩): only values of one unit can be added, subtracted or compared",
        "11: unknown name 'zz' (a formula reads the scheme's facts and indicators by id)");
  }

  @Test
  void aConstantIsAWrittenNumberOrItsNegation() throws Exception {
    assertThat(FormulaChecker.constant(ExpressionParser.parse("3"))).isEqualByComparingTo("3");
    assertThat(FormulaChecker.constant(ExpressionParser.parse("-2.5"))).isEqualByComparingTo(new BigDecimal("-2.5"));
    assertThat(FormulaChecker.constant(ExpressionParser.parse("tax"))).isNull();
    assertThat(FormulaChecker.constant(ExpressionParser.parse("-tax"))).isNull();
  }
}
