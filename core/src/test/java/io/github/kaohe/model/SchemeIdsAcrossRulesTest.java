package io.github.kaohe.model;

import static io.github.kaohe.model.ModelParts.category;
import static io.github.kaohe.model.ModelParts.d;
import static io.github.kaohe.model.ModelParts.indicator;
import static io.github.kaohe.model.ModelParts.l;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rules and adjustments share one namespace with the table: a table input reads any of them by
 * id, so each kind of part is refused when it takes an id the table already uses.
 */
class SchemeIdsAcrossRulesTest {
  private static final String TWICE = "id 'x' is used twice: the categories, indicators, adjustments, facts, measures,"
      + " eligibilities, tables, classifications, checks, targets and tax sharing rules of a scheme need distinct ids";

  private static Scheme scheme(List<AdjustmentLayer> adjustments, Rules rules) {
    return new Scheme("s", l("s"), Optional.empty(), d("10"), BigDecimal.ZERO, List.of(), List.of(),
        List.of(category("c", "10", indicator("x", "10"))), adjustments, Ranking.standard(), rules);
  }

  private static Scheme scheme(Rules rules) {
    return scheme(List.of(), rules);
  }

  private static RuleTable table(String id) {
    Rule row = new Rule("1", Optional.empty(), Map.of(), List.of(Outcome.money(d("1"))), 0, Optional.empty());
    return new RuleTable(id, l(id), HitPolicy.FIRST, List.of(), List.of(row), List.of(), "万元", false, PeriodScope.ALL,
        Optional.empty(), Optional.empty());
  }

  private static Classification classification(String id) {
    List<Tier> tiers = List.of(new Tier("a", l("a"), Optional.of(d("80")), Optional.empty()),
        new Tier("b", l("b"), Optional.empty(), Optional.empty()));
    return new Classification(id, l(id), Classification.Basis.CUTOFFS, "result.total", tiers, Optional.empty(),
        new Tier("none", l("none"), Optional.empty(), Optional.empty()));
  }

  private static Check check(String id) {
    Condition positive = new Condition.Compare(Condition.Op.GT, Operand.of(BigDecimal.ZERO));
    return new Check(id, l(id), List.of(TableInput.of("tax", "tax")), Map.of(), Map.of("tax", positive), l("none"),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static Target target(String id) {
    return new Target(id, l(id), TargetKind.LEVEL, "tax", "100", Optional.empty(), 2020, 2021, List.of(), false, false,
        Optional.empty());
  }

  private static TaxSharing taxSharing(String id) {
    List<TaxParty> parties = List.of(new TaxParty("investing", l("investing"), d("5"), "investor"),
        new TaxParty("receiving", l("receiving"), d("5"), "zone"));
    return new TaxSharing(id, l(id), List.of("vat"), parties, "receiving", Optional.empty(), Rounding.standard(),
        Optional.empty());
  }

  private static Measure measure(String id) {
    return new Measure(id, l(id), "%", new MeasureFormula.Growth("tax", MeasureFormula.WhenBaseNotPositive.UNKNOWN),
        Optional.empty(), Optional.empty());
  }

  @Test
  void eachKindOfRuleIsRefusedAnIdTheTableUses() {
    List<Rules> clashing = List.of(
        Rules.builder().facts(List.of(Fact.of("x", l("x"), FactType.NUMBER))).build(),
        Rules.builder().measures(List.of(measure("x"))).build(),
        Rules.builder().eligibilities(List.of(new Eligibility("x", l("x")))).build(),
        Rules.builder().tables(List.of(table("x"))).build(),
        Rules.builder().classifications(List.of(classification("x"))).build(),
        Rules.builder().checks(List.of(check("x"))).build(),
        Rules.builder().targets(List.of(target("x"))).build(),
        Rules.builder().taxSharing(List.of(taxSharing("x"))).build());
    for (Rules rules : clashing) {
      assertThatThrownBy(() -> scheme(rules)).as(rules.toString())
          .isInstanceOf(IllegalArgumentException.class).hasMessage(TWICE);
    }
  }

  @Test
  void rulesOfEveryKindWithTheirOwnIdsAreAccepted() {
    Rules rules = Rules.builder()
        .facts(List.of(Fact.of("listed", l("listed"), FactType.BOOLEAN)))
        .measures(List.of(measure("growth")))
        .eligibilities(List.of(new Eligibility("awards", l("awards"))))
        .tables(List.of(table("prizes")))
        .classifications(List.of(classification("grade")))
        .checks(List.of(check("density")))
        .targets(List.of(target("level")))
        .taxSharing(List.of(taxSharing("five-five")))
        .build();
    assertThatCode(() -> scheme(rules)).doesNotThrowAnyException();
  }

  @Test
  void anAdjustmentLayerOrItemIsRefusedAnIdTheTableUses() {
    AdjustmentItem title = AdjustmentItem.of("title", l("title"), d("1"));
    assertThatThrownBy(() -> scheme(List.of(AdjustmentLayer.of("x", l("x"), List.of(title))), Rules.none()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(TWICE);
    AdjustmentItem x = AdjustmentItem.of("x", l("x"), d("1"));
    assertThatThrownBy(() -> scheme(List.of(AdjustmentLayer.of("plus", l("plus"), List.of(title, x))), Rules.none()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(TWICE);
  }
}
