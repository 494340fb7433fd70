package io.github.kaohe.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How parameters and formulas are written back and what they refuse (mutation testing found these
 * unchecked).
 */
class ParameterAndExpressionTest {
  @Test
  void onlyAFixedParameterHasOneValueForEveryone() {
    Parameter fixed = Parameter.of(new BigDecimal("20.50"));
    assertThat(fixed.fixed()).contains(new BigDecimal("20.50"));
    assertThat(fixed.value()).isEqualTo(new BigDecimal("20.50"));
    assertThat(fixed).hasToString("20.50");

    Parameter byGroup = new Parameter.ByGroup("county", Map.of("东区", BigDecimal.TEN), Optional.empty());
    Parameter fromData = new Parameter.FromData("county-benchmark");
    Parameter ofPopulation = new Parameter.OfPopulation(Parameter.Statistic.MEAN, Optional.of("county"));
    for (Parameter p : List.of(byGroup, fromData, ofPopulation)) {
      assertThat(p.fixed()).as(p.toString()).isEmpty();
      assertThatThrownBy(p::value).isInstanceOf(IllegalStateException.class)
          .hasMessage("the parameter " + p + " depends on the entity");
    }
  }

  @Test
  void parametersThatDependOnTheEntityAreWrittenInWords() {
    assertThat(new Parameter.ByGroup("county", Map.of("东区", new BigDecimal("20")), Optional.empty()))
        .hasToString("by county {东区=20}");
    assertThat(new Parameter.ByGroup("county", Map.of(), Optional.of(new BigDecimal("1E+1"))))
        .hasToString("by county {}, otherwise 10");
    assertThat(new Parameter.FromData("county-benchmark")).hasToString("the value of county-benchmark");
    assertThat(new Parameter.OfPopulation(Parameter.Statistic.MEDIAN, Optional.empty())).hasToString("the median");
    assertThat(new Parameter.OfPopulation(Parameter.Statistic.MAX, Optional.of("county")))
        .hasToString("the max within county");
    assertThat(Parameter.Statistic.MIN.written()).isEqualTo("min");
  }

  @Test
  void aValuePerGroupNeedsValuesOrOtherwise() {
    assertThatThrownBy(() -> new Parameter.ByGroup("county", Map.of(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a value per group needs values, or otherwise");
    assertThatThrownBy(() -> new Parameter.ByGroup(" ", Map.of("东区", BigDecimal.ONE), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("attribute must not be blank");
    assertThatThrownBy(() -> new Parameter.FromData(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("fact must not be blank");
  }

  private static Expression.Name name(String id) {
    return new Expression.Name(id, 0);
  }

  private static Expression.Number number(String n) {
    return new Expression.Number(new BigDecimal(n), 0);
  }

  @Test
  void aFormulaIsWrittenBackWithBracketsAroundEveryOperandThatIsNotAtomic() {
    Expression sum = new Expression.Binary(Expression.Operator.ADD, name("tax"), number("1.50"), 0);
    Expression product = new Expression.Binary(Expression.Operator.MULTIPLY, sum, name("rate"), 0);
    assertThat(sum).hasToString("tax + 1.50");
    assertThat(product).hasToString("(tax + 1.50) * rate");
    assertThat(new Expression.Binary(Expression.Operator.DIVIDE, name("a"), new Expression.Negate(name("b"), 0), 0))
        .hasToString("a / (-b)");
    assertThat(new Expression.Negate(sum, 0)).hasToString("-(tax + 1.50)");
    assertThat(new Expression.Binary(Expression.Operator.SUBTRACT, name("a"), name("b"), 0)).hasToString("a - b");
    Expression call = new Expression.Call(Expression.Function.MAX, List.of(sum, number("0")), 0);
    assertThat(call).hasToString("max(tax + 1.50, 0)");
    assertThat(new Expression.Binary(Expression.Operator.MULTIPLY, call, number("2"), 0))
        .hasToString("max(tax + 1.50, 0) * 2");
  }

  @Test
  void comparisonsAndConnectivesAreWrittenAsAPolicyWritesThem() {
    Expression lt = new Expression.Compare(Expression.Comparison.LT, name("a"), number("3"), 0);
    Expression ne = new Expression.Compare(Expression.Comparison.NE, name("b"), name("c"), 0);
    assertThat(lt).hasToString("a < 3");
    assertThat(new Expression.Logic(Expression.Connective.AND, List.of(lt, ne), 0)).hasToString("(a < 3) and (b != c)");
    assertThat(new Expression.Logic(Expression.Connective.OR, List.of(name("x"), name("y"), name("z")), 0))
        .hasToString("x or y or z");
    assertThat(new Expression.Logic(Expression.Connective.NOT, List.of(lt), 0)).hasToString("not (a < 3)");
    assertThat(Expression.Comparison.GE.symbol()).isEqualTo(">=");
    assertThat(Expression.Comparison.EQ.symbol()).isEqualTo("==");
    assertThat(Expression.Comparison.LE.symbol()).isEqualTo("<=");
    assertThat(Expression.Comparison.GT.symbol()).isEqualTo(">");
  }

  @Test
  void eachFunctionTakesItsNumberOfArguments() {
    assertThat(Expression.Function.MIN.least()).isEqualTo(2);
    assertThat(Expression.Function.MIN.most()).isEqualTo(Integer.MAX_VALUE);
    assertThat(Expression.Function.POW.least()).isEqualTo(2);
    assertThat(Expression.Function.POW.most()).isEqualTo(2);
    assertThat(Expression.Function.IF.least()).isEqualTo(3);
    assertThat(Expression.Function.SQRT.most()).isEqualTo(1);
    assertThat(Expression.Function.LOG10.written()).isEqualTo("log10");
    assertThat(new Expression.Name("tax", 7).at()).isEqualTo(7);
  }
}
