package io.github.kaohe.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kaohe.model.Expression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The formula reader at its edges: the longest formula, the deepest nesting, the longest number,
 * what a name may hold, keywords that begin a longer name, and where each problem is.
 */
class ExpressionParserTest {

  private static ExpressionParser.ParseException refused(String formula) {
    return catchThrowableOfType(ExpressionParser.ParseException.class, () -> ExpressionParser.parse(formula));
  }

  @Test
  void aFormulaOfTheLongestLengthIsReadAndOneCharacterMoreIsNot() throws Exception {
    String longest = "1" + " ".repeat(ExpressionParser.MAX_LENGTH - 1);
    assertThat(ExpressionParser.parse(longest)).hasToString("1");
    assertThat(refused(longest + " ")).hasMessage(
        "the formula is 4097 characters long; at most 4096 are read: split it into derived facts");
  }

  @Test
  void bracketsNestToTheDeepestLevelAndNoDeeper() throws Exception {
    // the formula itself is the first level, each bracket one more
    assertThat(ExpressionParser.parse("(".repeat(39) + "1" + ")".repeat(39))).hasToString("1");
    assertThat(refused("(".repeat(40) + "1" + ")".repeat(40))).hasMessage("the formula nests more than 40 levels deep");
    // a call is two levels: the call and its arguments
    assertThat(ExpressionParser.parse("abs(".repeat(19) + "1" + ")".repeat(19))).isInstanceOf(Expression.Call.class);
    assertThat(refused("abs(".repeat(20) + "1" + ")".repeat(20))).hasMessage("the formula nests more than 40 levels deep");
    assertThat(ExpressionParser.parse("-".repeat(39) + "1")).isInstanceOf(Expression.Negate.class);
    assertThat(refused("-".repeat(40) + "1")).hasMessage("the formula nests more than 40 levels deep");
    assertThat(ExpressionParser.parse("not ".repeat(39) + "x")).isInstanceOf(Expression.Logic.class);
    assertThat(refused("not ".repeat(40) + "x")).hasMessage("the formula nests more than 40 levels deep");
  }

  @Test
  void levelsAreLeftAgainSoThatManyTermsSideBySideAreRead() throws Exception {
    // fifty of each side by side: each comes back out of its level before the next goes in
    assertThat(ExpressionParser.parse(String.join(" + ", java.util.Collections.nCopies(50, "(1)")))).isNotNull();
    assertThat(ExpressionParser.parse(String.join(" + ", java.util.Collections.nCopies(50, "abs(1)")))).isNotNull();
    assertThat(ExpressionParser.parse(String.join(" + ", java.util.Collections.nCopies(50, "-1")))).isNotNull();
    assertThat(ExpressionParser.parse(String.join(" and ", java.util.Collections.nCopies(50, "not x")))).isNotNull();
  }

  @Test
  void aNumberHasAtMostFortyDigits() throws Exception {
    String forty = "1234567890".repeat(4);
    assertThat(ExpressionParser.parse(forty)).hasToString(forty);
    assertThat(refused("tax + " + forty + "1")).hasMessage("the number has 41 digits; at most 40 are read")
        .extracting(ExpressionParser.ParseException::at).isEqualTo(6);
    assertThat(refused("1.2.3")).hasMessage("'1.2.3' is not a number");
  }

  @Test
  void aNameHoldsAsciiLettersAndDigitsJoinedByDashUnderscoreOrDot() throws Exception {
    assertThat(ExpressionParser.parse("a-b_c.d9")).isInstanceOf(Expression.Name.class).hasToString("a-b_c.d9");
    assertThat(ExpressionParser.parse("tax-2")).isInstanceOf(Expression.Name.class).hasToString("tax-2");
    assertThat(ExpressionParser.parse("tax - 2")).isInstanceOf(Expression.Binary.class);
    assertThat(ExpressionParser.parse("tax -2")).isInstanceOf(Expression.Binary.class);
    assertThat(ExpressionParser.parse("Z0-A9")).hasToString("Z0-A9");
    // a dash before a letter that is not ASCII ends the name: a minus
    assertThat(refused("tax-é")).hasMessage("unexpected 'é' where a number, a name or '(' is expected")
        .extracting(ExpressionParser.ParseException::at).isEqualTo(4);
    // a trailing dash is a minus with nothing after it
    assertThat(refused("tax-")).hasMessage("the formula ends where a value is expected")
        .extracting(ExpressionParser.ParseException::at).isEqualTo(4);
    assertThat(refused("tax_")).hasMessage("unexpected '_' after a complete formula");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "z", "A", "Z", "0", "9", "_", "x"})
  void aKeywordThatBeginsALongerNameIsNotTheKeyword(String next) {
    assertThat(refused("x > 1 or" + next + "y")).hasMessage("unexpected 'or" + next + "y' after a complete formula");
    assertThat(refused("x > 1 and" + next + "y")).hasMessage("unexpected 'and" + next + "y' after a complete formula");
  }

  @Test
  void keywordsAreReadInAnyCaseBeforeASpaceABracketOrTheEnd() throws Exception {
    assertThat(ExpressionParser.parse("x > 1 OR y > 2")).isInstanceOf(Expression.Logic.class);
    assertThat(ExpressionParser.parse("x > 1 and(y > 2)")).isInstanceOf(Expression.Logic.class);
    assertThat(ExpressionParser.parse("NOT(x > 1)")).isInstanceOf(Expression.Logic.class);
    assertThat(ExpressionParser.parse("notable")).isInstanceOf(Expression.Name.class).hasToString("notable");
    assertThat(ExpressionParser.parse("order > 1")).isInstanceOf(Expression.Compare.class);
  }

  @Test
  void spacesAreAllowedAnywhereBetweenTokens() throws Exception {
    Expression e = ExpressionParser.parse("  abs ( tax )  *  ( 1 + land )   >=   2  ");
    assertThat(e).isInstanceOf(Expression.Compare.class).hasToString("(abs(tax) * (1 + land)) >= 2");
    assertThat(ExpressionParser.parse("abs （tax）")).isInstanceOf(Expression.Call.class);
  }

  @Test
  void eachProblemIsWhereItIs() {
    assertThat(refused("tax + (1")).hasMessage("this bracket is not closed")
        .extracting(ExpressionParser.ParseException::at).isEqualTo(6);
    assertThat(refused("tax +")).hasMessage("the formula ends where a value is expected")
        .extracting(ExpressionParser.ParseException::at).isEqualTo(5);
    assertThat(refused("tax + * 2")).hasMessage("unexpected '*' where a number, a name or '(' is expected")
        .extracting(ExpressionParser.ParseException::at).isEqualTo(6);
    assertThat(refused("   ")).hasMessage("the formula is empty");
    assertThat(refused("min(1 2)")).hasMessage("expected ',' or ')' in the arguments of min")
        .extracting(ExpressionParser.ParseException::at).isEqualTo(6);
    assertThat(refused("foo(1)")).hasMessage(
        "unknown function 'foo' (known: min, max, abs, ln, log10, exp, sqrt, pow, if)");
  }

  @Test
  void whatFollowsACompleteFormulaIsShownCutToTwentyCharacters() {
    assertThat(refused("1 2345678901234567890123456789")).hasMessage(
        "unexpected '23456789012345678901…' after a complete formula")
        .extracting(ExpressionParser.ParseException::at).isEqualTo(2);
    assertThat(refused("1 23456789012345678901")).hasMessage("unexpected '23456789012345678901' after a complete formula");
  }

  @Test
  void aFunctionTakesItsNumberOfArguments() {
    assertThat(refused("abs(1, 2)")).hasMessage("abs takes 1 arguments, but is given 2");
    assertThat(refused("pow(1)")).hasMessage("pow takes 2 arguments, but is given 1");
    assertThat(refused("min()")).hasMessage("min takes at least 2 arguments, but is given 0");
    assertThat(refused("min(1)")).hasMessage("min takes at least 2 arguments, but is given 1");
  }
}
