package io.github.kaohe.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Goals that name a class or a rule table's outcome, on the scheme of {@link TaxAndGrowth} with
 * classes and rule tables added ({@code what-if-goals.yaml}). Tax a 100, b 80, c 60, d 5; growth
 * 10, 10, 10, 1. d's tax is under 10, so a veto leaves it without a place (its total 0.5 + 1 =
 * 1.5). Totals a 20, b 18, c 16: places 1 to 3; grades (A from 18, B from 15) A, A, B; d not
 * classed. The rewards table gives a "first" and b "second".
 */
class GoalTest {
  static final Policy POLICY =
      PolicyLoader.create().load(GoalTest.class.getResource("/policies/what-if-goals.yaml"), "what-if-goals.yaml");

  private static final Period YEAR = TaxAndGrowth.YEAR;
  private static final Scheme SCHEME = POLICY.scheme("firms");

  static Dataset data(String csv) {
    return io.github.kaohe.data.CsvDataReader.forScheme(SCHEME).withPeriod(YEAR).read(csv, "firms.csv");
  }

  private static Dataset data() {
    return data("entity,tax,growth\na,100,10\nb,80,10\nc,60,10\nd,5,1\n");
  }

  private static EntityResult result(Dataset data, String entity) {
    return Evaluator.of(POLICY).evaluate("firms", data, YEAR).entity(entity).orElseThrow();
  }

  private static EntityResult result(String entity) {
    return result(data(), entity);
  }

  private static WhatIf whatIf() {
    return WhatIf.of(POLICY, "firms", data(), YEAR);
  }

  @Test
  void aClassGoalIsMetByThatClassOrABetterOneAndNotByAnUnclassedEntity() {
    Goal a = Goal.inClass("grade", "A");
    Goal b = Goal.inClass("grade", "B");

    assertThat(a.metBy(result("a"), SCHEME)).isTrue();
    assertThat(a.metBy(result("b"), SCHEME)).as("A, at the cutoff").isTrue();
    assertThat(a.metBy(result("c"), SCHEME)).as("B").isFalse();
    assertThat(b.metBy(result("a"), SCHEME)).as("A is better than B").isTrue();
    assertThat(b.metBy(result("c"), SCHEME)).isTrue();
    assertThat(b.metBy(result("d"), SCHEME)).as("not classed").isFalse();
    assertThat(Goal.inClass("grade", "C").metBy(result("d"), SCHEME)).as("not classed is no class").isFalse();
  }

  @Test
  void aClassGoalSaysWhatClassTheEntityHas() {
    Goal goal = Goal.inClass("grade", "A");

    assertThat(goal.standing(result("c"))).isEqualTo(Label.of("B 类", "class B"));
    assertThat(goal.describe()).isEqualTo(Label.of("达到 A 类或更好", "class A or better"));
  }

  @Test
  void anEntityWithoutTheClassificationNeitherMeetsAClassGoalNorHasAClass() {
    EntityResult plain = Evaluator.of(TaxAndGrowth.POLICY).evaluate("firms", TaxAndGrowth.data(), YEAR).entity("a").orElseThrow();
    Goal goal = Goal.inClass("grade", "C");

    assertThat(goal.metBy(plain, SCHEME)).isFalse();
    assertThat(goal.standing(plain)).isEqualTo(Label.of("未分类", "not classed"));
  }

  @Test
  void aClassOrClassificationTheSchemeDoesNotHaveIsAClearError() {
    assertThatThrownBy(() -> whatIf().reach("c", Goal.inClass("grade", "S"), "tax"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("classification 'grade' has no class 'S'; it has: [A, B, C]");
    assertThatThrownBy(() -> whatIf().cheapest("c", Goal.inClass("size", "big"), Costs.of(Map.of("tax", BigDecimal.ONE))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scheme 'firms' has no classification 'size'; it has: [band, grade]");
  }

  @Test
  void theSmallestRiseThatReachesAClassIsFoundInTheGoalsOwnClassification() {
    // c has 0.1 × tax + 10: 18 at tax 80 (79 gives 17.9).
    Counterfactual c = whatIf().reach("c", Goal.inClass("grade", "A"), "tax");

    assertThat(c.status()).isEqualTo(Counterfactual.Status.REACHED);
    assertThat(c.to()).contains(new BigDecimal("80"));
    assertThat(c.standing()).isEqualTo(Label.of("A 类", "class A"));
    assertThat(c.reason().zh()).isEqualTo("税收由 60 万元 变为 80 万元（+20），即达到 A 类或更好（A 类）");
  }

  @Test
  void aVetoStillKeepsAPlaceOutOfReach() {
    // d's tax stays 5 whatever its growth, so it takes no place at either end of the growth tried
    // (0 to 19: the data's 1 to 10, widened by 9 each side, never negative).
    Counterfactual c = whatIf().reach("d", Goal.place(4), "growth");

    assertThat(c.status()).isEqualTo(Counterfactual.Status.UNREACHABLE);
    assertThat(c.reason().en()).isEqualTo(
        "Growth: no value tried from 0 to 19% reaches place 4 or better; at 19 it would be no place, at 0 no place");
  }

  @Test
  void anOutcomeGoalIsMetOnlyByThatRowGiven() {
    Goal first = Goal.given("rewards", "first");

    assertThat(first.metBy(result("a"), SCHEME)).isTrue();
    assertThat(first.metBy(result("b"), SCHEME)).as("b is given 'second'").isFalse();
    assertThat(Goal.given("rewards", "second").metBy(result("b"), SCHEME)).isTrue();
    assertThat(Goal.given("prizes", "first").metBy(result("a"), SCHEME)).as("another table").isFalse();
    assertThat(first.standing(result("a"))).isEqualTo(Label.of("给予", "given"));
    assertThat(first.standing(result("b"))).isEqualTo(Label.of("未给予", "not given"));
    assertThat(first.describe()).isEqualTo(Label.of("获得 rewards/first", "receive rewards/first"));
  }

  @Test
  void anOutcomeWithheldDoesNotMeetTheGoalAndSaysSo() {
    // a's tax over 1000 withholds its awards: first place, but no reward.
    EntityResult a = result(data("entity,tax,growth\na,2000,10\nb,80,10\nc,60,10\nd,5,1\n"), "a");
    Goal first = Goal.given("rewards", "first");

    assertThat(a.place()).hasValue(1);
    assertThat(first.metBy(a, SCHEME)).isFalse();
    assertThat(first.standing(a)).isEqualTo(Label.of("取消", "withheld"));
  }

  @Test
  void anOutcomeGoalIsSearchedWithTheRuleTablesEvaluated() {
    // b ties a at tax 100 and so shares the first place, which the rewards table gives.
    Counterfactual c = whatIf().reach("b", Goal.given("rewards", "first"), "tax");

    assertThat(c.status()).isEqualTo(Counterfactual.Status.REACHED);
    assertThat(c.to()).contains(new BigDecimal("100"));
    assertThat(c.reason().en()).isEqualTo("Tax from 80 万元 to 100 万元 (+20) reaches receive rewards/first (given)");

    Combination cheapest = whatIf().cheapest("b", Goal.given("rewards", "first"), Costs.of(Map.of("tax", BigDecimal.ONE)));

    assertThat(cheapest.status()).isEqualTo(Combination.Status.REACHED);
    assertThat(cheapest.cost()).contains(new BigDecimal("20"));
    assertThat(cheapest.optimal()).isTrue();
    assertThat(cheapest.standing()).isEqualTo(Label.of("给予", "given"));
  }
}
