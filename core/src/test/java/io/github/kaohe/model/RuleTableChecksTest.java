package io.github.kaohe.model;

import static io.github.kaohe.model.ModelParts.d;
import static io.github.kaohe.model.ModelParts.l;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a rule table and its rows refuse: inputs and rows named twice, a table without rows, a row
 * without outcomes, and conditions or money per unit that read an input the table does not declare.
 */
class RuleTableChecksTest {
  private static final Outcome MONEY = Outcome.money(d("10"));

  private static Rule row(String id, Map<String, Condition> when, Outcome... then) {
    return new Rule(id, Optional.empty(), when, List.of(then), 0, Optional.empty());
  }

  private static RuleTable table(List<TableInput> inputs, Rule... rows) {
    return new RuleTable("rewards", l("rewards"), HitPolicy.FIRST, inputs, List.of(rows), List.of(), "万元", false,
        PeriodScope.ALL, Optional.empty(), Optional.empty());
  }

  private static Condition compare(Operand operand) {
    return new Condition.Compare(Condition.Op.GE, operand);
  }

  private static final Operand AVERAGE = new Operand.Input("average");
  private static final List<TableInput> PLACE_ONLY = List.of(TableInput.of("place", "result.place"));

  @Test
  void aTableDeclaresEachInputAndEachRowOnceAndHasRows() {
    TableInput place = TableInput.of("place", "result.place");
    assertThatThrownBy(() -> table(List.of(place, place), row("1", Map.of(), MONEY)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("input of table 'rewards' 'place' is declared twice");
    assertThatThrownBy(() -> table(List.of(place), row("1", Map.of(), MONEY), row("1", Map.of(), MONEY)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("row of table 'rewards' '1' is declared twice");
    assertThatThrownBy(() -> table(List.of(place)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("table 'rewards' has no rows");
    assertThatCode(() -> table(List.of(place), row("1", Map.of(), MONEY), row("2", Map.of(), MONEY)))
        .doesNotThrowAnyException();
  }

  @Test
  void aRowGivesAtLeastOneOutcomeAndMatchesAnythingOnTheInputsItDoesNotName() {
    assertThatThrownBy(() -> row("1", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row '1' gives nothing: list at least one outcome under then");
    Condition top3 = new Condition.Compare(Condition.Op.LE, Operand.of(d("3")));
    Rule r = row("1", Map.of("place", top3), MONEY);
    assertThat(r.condition("place")).isEqualTo(top3);
    assertThat(r.condition("growth")).isEqualTo(Condition.any());
  }

  @Test
  void aRowPutsConditionsOnlyOnDeclaredInputs() {
    Condition any = Condition.any();
    assertThatThrownBy(() -> table(PLACE_ONLY, row("1", Map.of("growth", any), MONEY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row '1' of table 'rewards' has a condition on 'growth', which the table does not declare as an input");
  }

  @Test
  void everyKindOfConditionComparesOnlyWithDeclaredInputs() {
    // the other input may hide in a comparison, either end of a range, a list, or a condition over past periods
    List<Condition> readingAverage = List.of(
        compare(AVERAGE),
        new Condition.Between(Operand.of(d("1")), AVERAGE),
        new Condition.Between(AVERAGE, Operand.of(d("100"))),
        new Condition.In(List.of(Operand.of(d("1")), AVERAGE)),
        new Condition.EachOfLast(2, compare(AVERAGE)));
    for (Condition c : readingAverage) {
      assertThatThrownBy(() -> table(PLACE_ONLY, row("1", Map.of("place", c), MONEY))).as(c.toString())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("row '1' of table 'rewards' compares with input 'average', which the table does not declare");
      List<TableInput> both = List.of(TableInput.of("place", "result.place"), TableInput.of("average", "city-average"));
      assertThatCode(() -> table(both, row("1", Map.of("place", c), MONEY))).as(c.toString())
          .doesNotThrowAnyException();
    }
  }

  @Test
  void conditionsOnNumbersAndWordsReadNoOtherInput() {
    List<Condition> plain = List.of(
        Condition.any(),
        compare(Operand.of(d("5"))),
        new Condition.Between(Operand.of(d("1")), Operand.of(d("3"))),
        new Condition.In(List.of(new Operand.Word("是"), Operand.of(d("1")))),
        new Condition.EachOfLast(2, compare(new Operand.Word("是"))));
    for (Condition c : plain) {
      assertThat(Conditions.inputsUsed(c)).as(c.toString()).isEmpty();
      assertThatCode(() -> table(PLACE_ONLY, row("1", Map.of("place", c), MONEY))).as(c.toString())
          .doesNotThrowAnyException();
    }
    Condition twoInputs = new Condition.Between(new Operand.Input("low"), new Operand.Input("high"));
    assertThat(Conditions.inputsUsed(twoInputs)).containsExactly("low", "high");
  }

  @Test
  void moneyPerUnitCountsADeclaredInput() {
    Outcome perTitle = new Outcome.MoneyPerUnit(d("30"), "titles");
    assertThatThrownBy(() -> table(PLACE_ONLY, row("1", Map.of(), perTitle)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row '1' of table 'rewards' counts units of 'titles', which the table does not declare as an input");
    List<TableInput> withTitles = List.of(TableInput.of("titles", "titles"));
    assertThatCode(() -> table(withTitles, row("1", Map.of(), perTitle))).doesNotThrowAnyException();
  }
}
