package io.github.kaohe.model;

import static io.github.kaohe.model.ModelParts.category;
import static io.github.kaohe.model.ModelParts.d;
import static io.github.kaohe.model.ModelParts.indicator;
import static io.github.kaohe.model.ModelParts.l;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A fund adds up the money of the tables it pays, so each of them must give money in the fund's
 * unit; tables it does not pay, and tables that give no money, may use any unit.
 */
class FundUnitChecksTest {
  private static RuleTable table(String id, String unit, Optional<Label> payee, Outcome... then) {
    Rule row = new Rule("1", Optional.empty(), Map.of(), List.of(then), 0, Optional.empty());
    List<TableInput> inputs = List.of(TableInput.of("titles", "titles"));
    return new RuleTable(id, l(id), HitPolicy.FIRST, inputs, List.of(row), List.of(), unit, false, PeriodScope.ALL,
        Optional.empty(), Optional.empty(), payee);
  }

  private static RuleTable table(String id, String unit, Outcome... then) {
    return table(id, unit, Optional.empty(), then);
  }

  private static Policy policy(Fund fund, RuleTable... tables) {
    Scheme s = new Scheme("s", l("s"), Optional.empty(), d("10"), BigDecimal.ZERO, List.of(), List.of(),
        List.of(category("c", "10", indicator("x", "10"))), List.of(), Ranking.standard(),
        Rules.builder().tables(List.of(tables)).build());
    return new Policy("p", l("p"), "1", PolicySource.of(l("t"), "i", LocalDate.of(2020, 1, 1)), Arithmetic.standard(),
        List.of(s), List.of(), List.of(fund));
  }

  private static Fund fund(List<String> tables, boolean countPayees) {
    return new Fund("f", l("f"), d("2000"), "万元", 2014, true, List.of("s"), tables, countPayees, Optional.empty());
  }

  private static final Outcome YUAN = Outcome.money(d("5000"));
  private static final Outcome PER_TITLE = new Outcome.MoneyPerUnit(d("300"), "titles");
  private static final Outcome PRAISE = new Outcome.Act("praise");

  @Test
  void aTableTheFundPaysMustGiveMoneyInTheFundsUnit() {
    assertThatThrownBy(() -> policy(fund(List.of(), true), table("prizes", "元", YUAN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fund 'f' holds 万元, but table 'prizes' it pays from gives money in 元: give both in one unit");
    assertThatThrownBy(() -> policy(fund(List.of(), true), table("prizes", "元", PRAISE, PER_TITLE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fund 'f' holds 万元, but table 'prizes' it pays from gives money in 元: give both in one unit");
    assertThatCode(() -> policy(fund(List.of(), true), table("prizes", "万元", YUAN, PER_TITLE))).doesNotThrowAnyException();
  }

  @Test
  void aTableThatGivesNoMoneyMayNameAnyUnit() {
    assertThatCode(() -> policy(fund(List.of(), true), table("praises", "元", PRAISE))).doesNotThrowAnyException();
  }

  @Test
  void aTableTheFundDoesNotPayMayGiveMoneyInAnotherUnit() {
    assertThatCode(() -> policy(fund(List.of("prizes"), true), table("prizes", "万元", YUAN), table("grants", "元", YUAN)))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> policy(fund(List.of("grants"), true), table("prizes", "万元", YUAN), table("grants", "元", YUAN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fund 'f' holds 万元, but table 'grants' it pays from gives money in 元: give both in one unit");
  }

  @Test
  void moneyForAPayeeCountsOnlyWhenTheFundCountsPayees() {
    Optional<Label> firm = Optional.of(Label.of("入驻企业", "the firm"));
    assertThatCode(() -> policy(fund(List.of(), false), table("prizes", "元", firm, YUAN))).doesNotThrowAnyException();
    assertThatThrownBy(() -> policy(fund(List.of(), true), table("prizes", "元", firm, YUAN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fund 'f' holds 万元, but table 'prizes' it pays from gives money in 元: give both in one unit");
    // without a payee the money goes to the entity, and the fund pays it whether it counts payees or not
    assertThatThrownBy(() -> policy(fund(List.of(), false), table("prizes", "元", YUAN)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("fund 'f' holds 万元, but table 'prizes'");
  }

  @Test
  void aFundNamesOnlyTablesItsSchemesHave() {
    assertThatCode(() -> policy(fund(List.of("prizes"), true), table("prizes", "万元", YUAN))).doesNotThrowAnyException();
    assertThatThrownBy(() -> policy(fund(List.of("grants"), true), table("prizes", "万元", YUAN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fund 'f' pays the money of table 'grants', which none of its schemes [s] has");
  }
}
