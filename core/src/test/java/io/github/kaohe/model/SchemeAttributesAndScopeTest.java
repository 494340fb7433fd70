package io.github.kaohe.model;

import static io.github.kaohe.model.ModelParts.category;
import static io.github.kaohe.model.ModelParts.d;
import static io.github.kaohe.model.ModelParts.indicator;
import static io.github.kaohe.model.ModelParts.l;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a scheme asks of its linked attributes, of the attributes it names and ranks by, and of the
 * scope it assesses: each must be one of its attributes, declared or linked, and a floor must be a
 * number fact read from the data.
 */
class SchemeAttributesAndScopeTest {
  private static final AttributeLink DISTRICT = new AttributeLink("district", "zone", "zones", "district");

  private static Scheme scheme(List<String> attributes, Ranking ranking, Rules rules, Scope scope,
      Map<String, Label> names) {
    return new Scheme("s", l("s"), Optional.empty(), d("10"), BigDecimal.ZERO, attributes, List.of(),
        List.of(category("c", "10", indicator("x", "10"))), List.of(), ranking, rules, scope, names);
  }

  private static Scheme linked(Ranking ranking, Scope scope, Map<String, Label> names) {
    return scheme(List.of("zone"), ranking, Rules.builder().links(List.of(DISTRICT)).build(), scope, names);
  }

  private static Scheme withFloor(Scope.FactFloor floor, Fact... facts) {
    return scheme(List.of(), Ranking.standard(), Rules.builder().facts(List.of(facts)).build(),
        new Scope(List.of(), List.of(floor)), Map.of());
  }

  private static final Scope.FactFloor LAND_3 = new Scope.FactFloor("land", d("3"));

  @Test
  void aLinkDefinesANewAttributeReadViaADeclaredOne() {
    assertThatThrownBy(() -> scheme(List.of("zone", "district"), Ranking.standard(),
            Rules.builder().links(List.of(DISTRICT)).build(), Scope.all(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attribute 'district' is declared twice (as an attribute and as a link)");
    assertThatThrownBy(() -> scheme(List.of("county"), Ranking.standard(),
            Rules.builder().links(List.of(DISTRICT)).build(), Scope.all(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("linked attribute 'district' is read via 'zone', which is not among the scheme's attributes");
  }

  @Test
  void aSchemeRanksNamesAndScopesByALinkedAttributeAsByADeclaredOne() {
    Ranking byDistrict = new Ranking(TieMethod.COMPETITION, List.of(), List.of("district"));
    assertThatCode(() -> linked(byDistrict, Scope.all(), Map.of())).doesNotThrowAnyException();
    Scope inNewDistrict = new Scope(List.of(new AttributeFilter("district", List.of("新区"))), List.of());
    assertThatCode(() -> linked(Ranking.standard(), inNewDistrict, Map.of())).doesNotThrowAnyException();
    Map<String, Label> names = Map.of("district", Label.of("所在区域", "Area"));
    assertThatCode(() -> linked(Ranking.standard(), Scope.all(), names)).doesNotThrowAnyException();
  }

  @Test
  void aSchemeNamesOnlyItsOwnAttributes() {
    assertThatThrownBy(() -> linked(Ranking.standard(), Scope.all(), Map.of("city", Label.of("城市", "City"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scheme 's' names attribute 'city', which is not among its attributes [zone, district]");
  }

  @Test
  void aScopeFiltersOnlyByTheSchemesAttributes() {
    Scope aboveScale = new Scope(List.of(new AttributeFilter("scale", List.of("规上"))), List.of());
    assertThatThrownBy(() -> linked(Ranking.standard(), aboveScale, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scheme 's' assesses only entities by attribute 'scale', which is not among its attributes"
            + " [zone, district]");
  }

  @Test
  void aFloorNeedsANumberFactTheSchemeReadsFromTheData() {
    assertThatThrownBy(() -> withFloor(LAND_3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scheme 's' assesses only entities by fact 'land', which it does not declare");
    assertThatThrownBy(() -> withFloor(LAND_3, Fact.of("land", l("land"), FactType.COUNT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scheme 's' assesses only entities by fact 'land': it must be a number fact read from the data");
    Formula sum = new Formula("a + b", new Expression.Binary(Expression.Operator.ADD, new Expression.Name("a", 0),
        new Expression.Name("b", 4), 2), Formula.defaultRounding(), Formula.IfZeroDivisor.MISSING, Formula.IfMissing.MISSING);
    Fact derived = new Fact("land", l("land"), FactType.NUMBER, List.of(), Optional.empty(), Optional.empty(),
        Optional.empty(), "亩", Optional.of(sum));
    assertThatThrownBy(() -> withFloor(LAND_3, derived))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scheme 's' assesses only entities by fact 'land': it must be a number fact read from the data");
  }

  @Test
  void aFloorFindsItsFactAmongOthers() {
    // the floor's fact is the second: the first, a boolean, must not be taken for it
    Fact listed = Fact.of("listed", l("listed"), FactType.BOOLEAN);
    Fact land = Fact.of("land", l("land"), FactType.NUMBER);
    assertThatCode(() -> withFloor(LAND_3, listed, land)).doesNotThrowAnyException();
  }

  @Test
  void onlyAScopeWithoutFiltersOrFloorsTakesEveryEntity() {
    assertThat(Scope.all().isAll()).isTrue();
    assertThat(new Scope(List.of(new AttributeFilter("zone", List.of("东区"))), List.of()).isAll()).isFalse();
    assertThat(new Scope(List.of(), List.of(LAND_3)).isAll()).isFalse();
    assertThatThrownBy(() -> new AttributeFilter("zone", List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("appliesTo: list at least one value of 'zone'");
  }
}
