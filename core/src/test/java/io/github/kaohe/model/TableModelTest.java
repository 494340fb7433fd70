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
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Indicators, categories, schemes and policies check what spans their parts. */
class TableModelTest {
  private static Scheme scheme(String total, List<Category> categories, Ranking ranking, List<EntityDefinition> entities, List<String> attributes) {
    return new Scheme("s", l("s"), Optional.empty(), d(total), BigDecimal.ZERO, attributes, entities, categories, List.of(), ranking);
  }

  private static Scheme scheme(String total, Category... categories) {
    return scheme(total, List.of(categories), Ranking.standard(), List.of(), List.of());
  }

  @Test
  void idMustBeLowerCaseWithSeparators() {
    assertThatThrownBy(() -> indicator("Tax Growth", "1"))
        .hasMessage("indicator id 'Tax Growth' must be lower-case letters and digits separated by '-', '_' or '.' (e.g. tax-growth)");
  }

  @Test
  void labelTextMustNotBeBlank() {
    assertThatThrownBy(() -> Label.of("税收", " ")).hasMessage("en must not be blank");
  }

  @Test
  void weightMustNotBeNegative() {
    assertThatThrownBy(() -> indicator("tax", "-1")).hasMessage("weight must not be negative, but was -1");
  }

  @Test
  void placePointsNeedLowerIsBetter() {
    assertThatThrownBy(() -> Indicator.builder("place", l("p"), d("2")).method(PlacePoints.linear(11)).build())
        .hasMessage("place-points scores places, where lower is better: set direction to lower-is-better");
  }

  @Test
  void directPointsNeedHigherIsBetter() {
    // the value is the points: a lower value is never better, and a tie-break by value would prefer fewer points
    assertThatThrownBy(() -> Indicator.builder("x", l("x"), d("2")).method(DirectPoints.strict()).direction(Direction.LOWER_IS_BETTER).build())
        .hasMessage("direct-points takes the value as points, where more is better: leave direction at higher-is-better");
  }

  @Test
  void shiftNeedsHigherIsBetter() {
    ProportionalToBest shift =
        ProportionalToBest.of(ProportionalToBest.Negatives.SHIFT, ProportionalToBest.WhenBestNotPositive.ZERO);

    assertThatThrownBy(() -> Indicator.builder("x", l("x"), d("2")).method(shift).direction(Direction.LOWER_IS_BETTER).build())
        .hasMessage("negatives: shift is defined for higher-is-better only");
  }

  @Test
  void bandsMustNotGiveMoreThanTheWeight() {
    Bands bands = Bands.of(List.of(Band.of(d("0"), d("1"), d("5"))));

    assertThatThrownBy(() -> Indicator.builder("x", l("x"), d("4")).method(bands).build())
        .hasMessage("a band gives 5 points, more than the weight 4");
  }

  @Test
  void targetStepsFloorMustNotExceedTheWeight() {
    TargetSteps steps = new TargetSteps(d("1"), d("1"), d("1"), d("0"), d("5"), Optional.empty(), TargetSteps.Counting.PRO_RATA);

    assertThatThrownBy(() -> Indicator.builder("x", l("x"), d("4")).method(steps).build())
        .hasMessage("floor (5) must not exceed the weight (4)");
  }

  @Test
  void categoryHoldsIndicatorsOrSubCategoriesNotBoth() {
    Category sub = category("sub", "1", indicator("x", "1"));

    assertThatThrownBy(() -> new Category("c", l("c"), d("2"), Aggregation.WEIGHTED_SUM, List.of(sub), List.of(indicator("y", "1")), Optional.empty()))
        .hasMessage("category 'c' must hold either indicators or sub-categories (exactly one of the two)");
  }

  @Test
  void categoryHoldsSomething() {
    assertThatThrownBy(() -> category("c", "2")).hasMessage("category 'c' must hold either indicators or sub-categories (exactly one of the two)");
  }

  @Test
  void schemeCategoriesMustAddUpToTheTotal() {
    assertThatThrownBy(() -> scheme("12", category("c", "10", indicator("x", "10"))))
        .hasMessage("the categories of scheme 's' weigh 10, but its total is 12");
  }

  @Test
  void weightedSumPartsMustAddUpToTheirCategory() {
    assertThatThrownBy(() -> scheme("10", category("c", "10", indicator("x", "6"), indicator("y", "3"))))
        .hasMessage("the parts of category 'c' weigh 9, but the category weighs 10");
  }

  @Test
  void meanCategoryPartsNeedNotAddUp() {
    Category mean = new Category("c", l("c"), d("10"), Aggregation.GEOMETRIC_MEAN, List.of(), List.of(indicator("x", "1")), Optional.empty());

    assertThat(scheme("10", mean).categories()).containsExactly(mean);
  }

  @Test
  void idsMustBeDistinctAcrossTheTable() {
    assertThatThrownBy(() -> scheme("10", category("c", "5", indicator("x", "5")), category("x", "5", indicator("y", "5"))))
        .hasMessage("id 'x' is used twice: the categories, indicators, adjustments, facts, measures,"
                + " eligibilities, tables, classifications, checks, targets and tax sharing rules of a scheme need"
                + " distinct ids");
  }

  @Test
  void rankingGroupMustBeADeclaredAttribute() {
    Ranking byCity = new Ranking(TieMethod.COMPETITION, List.of(), List.of("city"));

    assertThatThrownBy(() -> scheme("10", List.of(category("c", "10", indicator("x", "10"))), byCity, List.of(), List.of("county")))
        .hasMessage("ranking groups by 'city', which the scheme does not declare in attributes");
  }

  @Test
  void tieBreakMustReferToTheTable() {
    Ranking ranking = new Ranking(TieMethod.COMPETITION, List.of(TieBreak.points("nope")), List.of());

    assertThatThrownBy(() -> scheme("10", List.of(category("c", "10", indicator("x", "10"))), ranking, List.of(), List.of()))
        .hasMessage("tie-break refers to 'nope', which is no category or indicator");
  }

  @Test
  void tieBreakByValueNeedsAnIndicator() {
    Ranking ranking = new Ranking(TieMethod.COMPETITION, List.of(TieBreak.value("c")), List.of());

    assertThatThrownBy(() -> scheme("10", List.of(category("c", "10", indicator("x", "10"))), ranking, List.of(), List.of()))
        .hasMessage("tie-break by value needs an indicator, but 'c' is a category");
  }

  @Test
  void entityAttributeMustBeDeclared() {
    EntityDefinition e = new EntityDefinition("a", l("a"), List.of(), true, Map.of("city", "x"));

    assertThatThrownBy(() -> scheme("10", List.of(category("c", "10", indicator("x", "10"))), Ranking.standard(), List.of(e), List.of()))
        .hasMessage("entity 'a' has attribute 'city', which the scheme does not declare in attributes");
  }

  @Test
  void entityNamesMustNotBeShared() {
    EntityDefinition a = new EntityDefinition("a", Label.of("甲", "A"), List.of("东区"), true, Map.of());
    EntityDefinition b = new EntityDefinition("b", Label.of("乙", "B"), List.of("东区"), true, Map.of());

    assertThatThrownBy(() -> scheme("10", List.of(category("c", "10", indicator("x", "10"))), Ranking.standard(), List.of(a, b), List.of()))
        .hasMessage("the name '东区' belongs to both entity 'a' and entity 'b'");
  }

  @Test
  void entityIdMustNotStartWithASpace() {
    assertThatThrownBy(() -> EntityDefinition.of(" a", l("a"))).hasMessage("entity id ' a' must not start or end with spaces");
  }

  @Test
  void entityIsKnownByEveryName() {
    EntityDefinition e = new EntityDefinition("bianxi", Label.of("汴西", "Bianxi"), List.of("汴西新区"), true, Map.of());

    assertThat(e.allNames()).containsExactly("bianxi", "汴西", "Bianxi", "汴西新区");
  }

  @Test
  void adjustmentLayerMustNotMixBonusesAndDeductions() {
    AdjustmentItem bonus = AdjustmentItem.of("title", l("t"), d("5"));
    AdjustmentItem penalty = AdjustmentItem.of("incident", l("i"), d("-2"));

    assertThatThrownBy(() -> AdjustmentLayer.of("all", l("all"), List.of(bonus, penalty)))
        .hasMessage("adjustment layer 'all' mixes bonuses and deductions: put them in separate layers");
  }

  @Test
  void adjustmentItemMustGiveSomething() {
    assertThatThrownBy(() -> AdjustmentItem.of("x", l("x"), d("0"))).hasMessage("pointsPerUnit must not be 0");
  }

  @Test
  void policyNeedsAScheme() {
    assertThatThrownBy(() -> new Policy("p", l("p"), "1", PolicySource.of(l("t"), "i", LocalDate.of(2020, 1, 1)), Arithmetic.standard(), List.of()))
        .hasMessage("policy 'p' must have at least one scheme");
  }

  @Test
  void sourcePublishedMustNotPrecedeItsDate() {
    assertThatThrownBy(
            () -> new PolicySource(l("t"), "i", LocalDate.of(2020, 1, 2), Optional.of(LocalDate.of(2020, 1, 1)), Optional.empty(), Optional.empty()))
        .hasMessage("published (2020-01-01) must not be before date (2020-01-02)");
  }

  @Test
  void unknownSchemeIsNamedWithTheKnownOnes() {
    Policy p = new Policy("p", l("p"), "1", PolicySource.of(l("t"), "i", LocalDate.of(2020, 1, 1)), Arithmetic.standard(),
        List.of(scheme("10", category("c", "10", indicator("x", "10")))));

    assertThatThrownBy(() -> p.scheme("zones"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("policy 'p' has no scheme 'zones'; it has [s]");
  }

  @Test
  void schemeListsIndicatorsAndCategoriesAtEveryDepth() {
    Category inner = category("inner", "4", indicator("y", "4"));
    Category outer = new Category("outer", l("o"), d("10"), Aggregation.WEIGHTED_SUM, List.of(inner, category("inner2", "6", indicator("z", "6"))), List.of(), Optional.empty());
    Scheme s = scheme("12", outer, category("c", "2", indicator("x", "2")));

    assertThat(s.indicators()).extracting(Indicator::id).containsExactly("y", "z", "x");
    assertThat(s.allCategories()).extracting(Category::id).containsExactly("outer", "inner", "inner2", "c");
  }
}
