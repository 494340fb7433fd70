package io.github.kaohe.model;

import static io.github.kaohe.model.ModelParts.category;
import static io.github.kaohe.model.ModelParts.d;
import static io.github.kaohe.model.ModelParts.indicator;
import static io.github.kaohe.model.ModelParts.l;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a scheme, a policy and their parts refuse, one check at a time (mutation testing found these
 * unchecked by the model's own tests).
 */
class SchemeChecksTest {
  /** A category of sub-categories, its weight the sum of theirs or not. */
  private static Category parent(String id, String weight, Category... children) {
    return new Category(id, l(id), d(weight), Aggregation.WEIGHTED_SUM, List.of(children), List.of(), Optional.empty());
  }

  private static Scheme scheme(String total, List<Category> categories, Ranking ranking, List<EntityDefinition> entities,
      List<String> attributes) {
    return new Scheme("s", l("s"), Optional.empty(), d(total), BigDecimal.ZERO, attributes, entities, categories,
        List.of(), ranking);
  }

  private static Scheme scheme(Category... categories) {
    return scheme("10", List.of(categories), Ranking.standard(), List.of(), List.of());
  }

  private static Policy policy(List<Scheme> schemes) {
    return new Policy("p", l("p"), "1", PolicySource.of(l("t"), "i", LocalDate.of(2020, 1, 1)), Arithmetic.standard(),
        schemes);
  }

  @Test
  void attributesAreIdsAndDeclaredOnce() {
    Category c = category("c", "10", indicator("x", "10"));
    assertThatThrownBy(() -> scheme("10", List.of(c), Ranking.standard(), List.of(), List.of("County")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("attribute 'County' must be lower-case");
    assertThatThrownBy(() -> scheme("10", List.of(c), Ranking.standard(), List.of(), List.of("county", "county")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("attribute 'county' is declared twice");
  }

  @Test
  void aSchemeScoresWithCategoriesAndATotalOrNeitherIsARegister() {
    assertThat(scheme("0", List.of(), Ranking.standard(), List.of(), List.of()).categories()).isEmpty();
    assertThatThrownBy(() -> scheme("10", List.of(), Ranking.standard(), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scheme 's' has no categories, so it scores nothing: its total must be 0");
    assertThatThrownBy(() -> scheme("0", List.of(category("c", "0", indicator("x", "0"))), Ranking.standard(),
            List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("scheme 's' must have a total greater than 0");
  }

  @Test
  void theWeightsOfSubCategoriesAddUpAtEveryDepth() {
    Category right = parent("top", "10", parent("mid", "10", category("leaf", "10", indicator("x", "10"))));
    assertThat(scheme(right).categories()).containsExactly(right);
    Category wrong = parent("top", "10", parent("mid", "10", category("leaf", "9", indicator("x", "9"))));
    assertThatThrownBy(() -> scheme(wrong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the parts of category 'mid' weigh 9, but the category weighs 10");
  }

  @Test
  void idsAreDistinctAtEveryDepth() {
    Category twice = parent("top", "10", category("a", "5", indicator("x", "5")), category("b", "5", indicator("x", "5")));
    assertThatThrownBy(() -> scheme(twice))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("id 'x' is used twice");
    Category sameAsItsPart = parent("top", "10", category("top", "10", indicator("x", "10")));
    assertThatThrownBy(() -> scheme(sameAsItsPart))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("id 'top' is used twice");
  }

  @Test
  void entitiesAreNamedOnce() {
    Category c = category("c", "10", indicator("x", "10"));
    EntityDefinition a = EntityDefinition.of("a", l("甲"));
    assertThatThrownBy(() -> scheme("10", List.of(c), Ranking.standard(), List.of(a, EntityDefinition.of("a", l("乙"))),
            List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("entity id 'a' is declared twice");
  }

  @Test
  void aTieBreakByValueMayNameAnIndicatorOfASubCategory() {
    Category nested = parent("top", "10", category("leaf", "10", indicator("x", "10")));
    Ranking byX = new Ranking(TieMethod.COMPETITION, List.of(TieBreak.value("x")), List.of());
    assertThat(scheme("10", List.of(nested), byX, List.of(), List.of()).ranking()).isEqualTo(byX);
    Ranking byLeaf = new Ranking(TieMethod.COMPETITION, List.of(TieBreak.points("leaf")), List.of());
    assertThat(scheme("10", List.of(nested), byLeaf, List.of(), List.of()).ranking()).isEqualTo(byLeaf);
    Ranking byLeafValue = new Ranking(TieMethod.COMPETITION, List.of(TieBreak.value("leaf")), List.of());
    assertThatThrownBy(() -> scheme("10", List.of(nested), byLeafValue, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tie-break by value needs an indicator, but 'leaf' is a category");
  }

  @Test
  void rankingGroupsAreIdsAndNamedOnce() {
    assertThatThrownBy(() -> new Ranking(TieMethod.COMPETITION, List.of(), List.of("City")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("group attribute 'City' must be lower-case");
    assertThatThrownBy(() -> new Ranking(TieMethod.COMPETITION, List.of(), List.of("city", "city")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("group attribute 'city' is declared twice");
  }

  @Test
  void aPolicyHasSchemesActionsAndFundsOfDistinctIds() {
    Scheme s = scheme(category("c", "10", indicator("x", "10")));
    assertThatThrownBy(() -> policy(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("policy 'p' must have at least one scheme");
    assertThatThrownBy(() -> policy(List.of(s, s)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("scheme id 's' is declared twice");
    Policy p = policy(List.of(s));
    assertThat(p.findScheme("s")).contains(s);
    assertThat(p.findScheme("t")).isEmpty();
  }

  @Test
  void anAdjustmentLayerHoldsBonusesOrDeductionsWithAPositiveCap() {
    AdjustmentItem bonus = AdjustmentItem.of("title", l("title"), d("0.5"));
    AdjustmentItem penalty = AdjustmentItem.of("fine", l("fine"), d("-0.5"));
    assertThat(bonus.isBonus()).isTrue();
    assertThat(penalty.isBonus()).isFalse();
    assertThat(AdjustmentLayer.of("minus", l("minus"), List.of(penalty, AdjustmentItem.of("late", l("late"), d("-1"))))
        .items()).hasSize(2);
    assertThatThrownBy(() -> AdjustmentLayer.of("Bad", l("bad"), List.of(bonus)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("adjustment layer id 'Bad'");
    assertThatThrownBy(() -> new AdjustmentLayer("plus", l("plus"), Optional.of(BigDecimal.ZERO), List.of(bonus)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cap must be greater than 0, but was 0");
    assertThatThrownBy(() -> new AdjustmentItem("title", l("title"), d("1"), Optional.of(d("0")), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cap must be greater than 0, but was 0");
    assertThatThrownBy(() -> AdjustmentItem.of("Title", l("title"), d("1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("adjustment item id 'Title'");
  }

  @Test
  void anEntitysAliasesAndAttributesAreNotBlank() {
    assertThatThrownBy(() -> new EntityDefinition("a", l("a"), List.of(" "), true, Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("alias must not be blank");
    assertThatThrownBy(() -> new EntityDefinition("a", l("a"), List.of(), true, Map.of("county", "")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("attribute county must not be blank");
  }

  @Test
  void aFundNamesEachTableOnce() {
    assertThatThrownBy(() -> new Fund("f", l("f"), d("1"), "万元", 2020, true, List.of("s"), List.of("t", "t"), true,
            Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("table of fund 'f' 't' is declared twice");
  }

  @Test
  void aClampReturnsAValueAtItsEndAsItWasWritten() {
    Clamp c = Clamp.of(d("0"), d("100"));
    assertThat(c.apply(d("0.00"))).hasToString("0.00");
    assertThat(c.apply(d("100.00"))).hasToString("100.00");
  }

  @Test
  void aPolicysActionsAndFundsHaveDistinctIdsAndItsFundsPayItsOwnSchemesTables() {
    Scheme s = scheme(category("c", "10", indicator("x", "10")));
    PolicySource source = PolicySource.of(l("t"), "i", LocalDate.of(2020, 1, 1));
    ActionDefinition praise = new ActionDefinition("praise", l("praise"), ActionDefinition.Kind.REWARD);
    Fund fund = new Fund("f", l("f"), d("1"), "万元", 2020, true, List.of("s"), List.of(), true, Optional.empty());
    Policy p = new Policy("p", l("p"), "1", source, Arithmetic.standard(), List.of(s), List.of(praise), List.of(fund));
    assertThat(p.findAction("praise")).contains(praise);
    assertThat(p.findAction("blame")).isEmpty();
    assertThat(p.findFund("f")).contains(fund);
    assertThat(p.findFund("g")).isEmpty();
    assertThatThrownBy(() -> new Policy("p", l("p"), "1", source, Arithmetic.standard(), List.of(s), List.of(praise, praise)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("action id 'praise' is declared twice");
    assertThatThrownBy(() -> new Policy("p", l("p"), "1", source, Arithmetic.standard(), List.of(s), List.of(),
            List.of(fund, fund)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("fund id 'f' is declared twice");
    Fund elsewhere = new Fund("g", l("g"), d("1"), "万元", 2020, true, List.of("t"), List.of(), true, Optional.empty());
    assertThatThrownBy(() -> new Policy("p", l("p"), "1", source, Arithmetic.standard(), List.of(s), List.of(),
            List.of(elsewhere)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fund 'g' pays the rewards of scheme 't', which the policy does not have; it has [s]");
    Fund noTable = new Fund("h", l("h"), d("1"), "万元", 2020, true, List.of("s"), List.of("rewards"), true,
        Optional.empty());
    assertThatThrownBy(() -> new Policy("p", l("p"), "1", source, Arithmetic.standard(), List.of(s), List.of(),
            List.of(noTable)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fund 'h' pays the money of table 'rewards', which none of its schemes [s] has");
  }

  @Test
  void resultAndWhatBeginsWithResultDotAreReservedIds() {
    assertThatThrownBy(() -> scheme(category("c", "10", indicator("result", "10"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id 'result' is reserved: 'result.' names results such as result.place");
    assertThatThrownBy(() -> scheme(category("result.total", "10", indicator("x", "10"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("id 'result.total' is reserved");
    assertThat(scheme(category("results", "10", indicator("x", "10"))).categories()).hasSize(1);
  }
}
