package io.github.kaohe.model;

import static io.github.kaohe.model.ModelParts.category;
import static io.github.kaohe.model.ModelParts.d;
import static io.github.kaohe.model.ModelParts.indicator;
import static io.github.kaohe.model.ModelParts.l;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a scheme finds its parts: indicators, categories, entities, context entities, adjustments and attributes. */
class SchemeLookupsTest {
  private static final Indicator Y = indicator("y", "4");
  private static final Indicator X = indicator("x", "6");
  private static final Category INNER = category("inner", "4", Y);
  private static final Category OUTER = new Category("outer", l("outer"), d("4"), Aggregation.WEIGHTED_SUM,
      List.of(INNER), List.of(), Optional.empty());
  private static final EntityDefinition EAST = EntityDefinition.of("east", Label.of("东区", "East"));
  private static final EntityDefinition WEST = EntityDefinition.of("west", Label.of("西区", "West"));
  private static final EntityDefinition CITY =
      new EntityDefinition("city", Label.of("开封市", "Kaifeng"), List.of("全市"), false, Map.of());
  private static final AttributeLink DISTRICT = new AttributeLink("district", "zone", "zones", "district");

  private static Scheme scheme(List<Category> categories, String total, List<AdjustmentLayer> adjustments, Rules rules,
      Map<String, Label> attributeNames) {
    return new Scheme("s", l("s"), Optional.empty(), d(total), BigDecimal.ZERO, List.of("zone"), List.of(EAST, WEST),
        categories, adjustments, Ranking.standard(), rules, Scope.all(), attributeNames);
  }

  private static Scheme scheme() {
    return scheme(List.of(OUTER, category("c", "6", X)), "10", List.of(), Rules.none(), Map.of());
  }

  @Test
  void indicatorsAndCategoriesAreFoundByIdAtAnyDepth() {
    Scheme s = scheme();
    assertThat(s.findIndicator("y")).contains(Y);
    assertThat(s.findIndicator("x")).contains(X);
    assertThat(s.findIndicator("inner")).isEmpty();
    assertThat(s.indicator("x")).isEqualTo(X);
    assertThat(s.findCategory("inner")).contains(INNER);
    assertThat(s.findCategory("outer")).contains(OUTER);
    assertThat(s.findCategory("y")).isEmpty();
  }

  @Test
  void anUnknownIndicatorIsNamedWithTheKnownOnes() {
    assertThatThrownBy(() -> scheme().indicator("tax"))
        .isInstanceOf(NoSuchElementException.class).hasMessage("scheme 's' has no indicator 'tax'; it has [y, x]");
  }

  @Test
  void aDeclaredEntityIsFoundByItsIdOnly() {
    Scheme s = scheme();
    assertThat(s.findEntity("west")).contains(WEST);
    assertThat(s.findEntity("east")).contains(EAST);
    assertThat(s.findEntity("西区")).isEmpty();
  }

  @Test
  void aContextEntityIsFoundByAnyOfItsNamesButADeclaredEntityIsNot() {
    Scheme s = scheme().withRules(Rules.builder().context(List.of(CITY)).build());
    assertThat(s.findContext("全市")).contains(CITY);
    assertThat(s.findContext("Kaifeng")).contains(CITY);
    assertThat(s.findContext("east")).isEmpty();
  }

  @Test
  void withRulesChangesOnlyTheRules() {
    Rules rules = Rules.builder().context(List.of(CITY)).build();
    Scheme before = scheme(List.of(OUTER, category("c", "6", X)), "10", List.of(), Rules.none(),
        Map.of("zone", Label.of("园区", "Zone")));
    Scheme after = before.withRules(rules);
    assertThat(after.rules()).isEqualTo(rules);
    assertThat(after).isEqualTo(new Scheme("s", l("s"), Optional.empty(), d("10"), BigDecimal.ZERO, List.of("zone"),
        List.of(EAST, WEST), before.categories(), List.of(), Ranking.standard(), rules, Scope.all(),
        Map.of("zone", Label.of("园区", "Zone"))));
  }

  @Test
  void adjustmentItemsAreListedLayerByLayer() {
    AdjustmentItem lab = AdjustmentItem.of("lab", l("lab"), d("5"));
    AdjustmentItem title = AdjustmentItem.of("title", l("title"), d("3"));
    AdjustmentItem fine = AdjustmentItem.of("fine", l("fine"), d("-2"));
    List<AdjustmentLayer> layers = List.of(
        AdjustmentLayer.of("plus", l("plus"), List.of(lab, title)), AdjustmentLayer.of("minus", l("minus"), List.of(fine)));
    Scheme s = scheme(List.of(OUTER, category("c", "6", X)), "10", layers, Rules.none(), Map.of());
    assertThat(s.adjustmentItems()).containsExactly(lab, title, fine);
  }

  @Test
  void aSchemeWithoutCategoriesIsARegisterAndIsNotScored() {
    assertThat(scheme().scored()).isTrue();
    assertThat(scheme(List.of(), "0", List.of(), Rules.none(), Map.of()).scored()).isFalse();
  }

  @Test
  void linkedAttributesFollowTheDeclaredOnes() {
    Scheme s = scheme().withRules(Rules.builder().links(List.of(DISTRICT)).build());
    assertThat(s.allAttributes()).containsExactly("zone", "district");
    assertThat(s.attributes()).containsExactly("zone");
    assertThat(scheme().allAttributes()).containsExactly("zone");
  }

  @Test
  void anAttributeIsCalledByItsNameOrElseByItsId() {
    Scheme s = scheme(List.of(OUTER, category("c", "6", X)), "10", List.of(), Rules.builder().links(List.of(DISTRICT)).build(),
        Map.of("district", Label.of("所在区域", "Area")));
    assertThat(s.attributeName("district")).isEqualTo(Label.of("所在区域", "Area"));
    assertThat(s.attributeName("zone")).isEqualTo(Label.of("zone", "zone"));
  }
}
