package io.github.kaohe.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a rule's conditions accept and how they are written, and how a display unit shows a value
 * (mutation testing found these unchecked).
 */
class ConditionsTest {
  private static Operand n(String v) {
    return Operand.of(new BigDecimal(v));
  }

  @Test
  void conditionsAreWrittenWithTheirSymbols() {
    assertThat(Condition.any()).hasToString("any");
    assertThat(new Condition.Compare(Condition.Op.LE, n("3"))).hasToString("≤ 3");
    assertThat(new Condition.Compare(Condition.Op.NE, new Operand.Word("无"))).hasToString("≠ 无");
    assertThat(new Condition.Compare(Condition.Op.GT, new Operand.Input("average"))).hasToString("> average");
    assertThat(new Condition.Between(n("1"), n("2.50"))).hasToString("∈ [1, 2.50]");
    assertThat(new Condition.In(List.of(n("1"), new Operand.Word("是")))).hasToString("∈ [1, 是]");
    assertThat(new Condition.EachOfLast(2, new Condition.Compare(Condition.Op.GE, n("5"))))
        .hasToString("≥ 5 in each of the last 2 periods");
    assertThat(Condition.Op.EQ.symbol()).isEqualTo("=");
    assertThat(Condition.Op.LT.symbol()).isEqualTo("<");
  }

  @Test
  void aBetweenMayBeOneNumberButNotRunBackwards() {
    assertThat(new Condition.Between(n("2"), n("2")).low()).isEqualTo(n("2"));
    assertThat(new Condition.Between(new Operand.Input("low"), n("-1")).high()).isEqualTo(n("-1"));
    assertThatThrownBy(() -> new Condition.Between(n("2.01"), n("2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("between: the low end (2.01) must not exceed the high end (2)");
  }

  @Test
  void anInListsAValueAndEachOfLastCountsOneToTwentyPeriodsWithoutNesting() {
    assertThatThrownBy(() -> new Condition.In(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("in: list at least one value");
    Condition five = new Condition.Compare(Condition.Op.GE, n("5"));
    assertThat(new Condition.EachOfLast(1, five).periods()).isEqualTo(1);
    assertThat(new Condition.EachOfLast(20, five).periods()).isEqualTo(20);
    assertThatThrownBy(() -> new Condition.EachOfLast(0, five))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("eachOfLast: periods must be 1 to 20, but was 0");
    assertThatThrownBy(() -> new Condition.EachOfLast(21, five))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("eachOfLast: periods must be 1 to 20, but was 21");
    assertThatThrownBy(() -> new Condition.EachOfLast(2, new Condition.EachOfLast(2, five)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("eachOfLast cannot nest another eachOfLast");
  }

  @Test
  void operandsAreWordsOrInputIds() {
    assertThatThrownBy(() -> new Operand.Word(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("word must not be blank");
    assertThatThrownBy(() -> new Operand.Input("Average"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("input 'Average' must be lower-case");
  }

  @Test
  void aDisplayUnitDividesByItsFactorAndShowsNoExponent() {
    DisplayUnit yi = new DisplayUnit("亿元", new BigDecimal("10000"));
    assertThat(yi.shown(new BigDecimal("25000"))).hasToString("2.5");
    assertThat(yi.shown(new BigDecimal("1000000"))).hasToString("100");
    assertThat(yi.shown(new BigDecimal("10000.00"))).hasToString("1");
    assertThatThrownBy(() -> new DisplayUnit("亿元", BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the display factor must be positive, but was 0");
    assertThatThrownBy(() -> new DisplayUnit(" ", BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("display unit must not be blank");
  }
}
