package io.github.kaohe.model;

import static io.github.kaohe.model.ModelParts.l;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules are empty only with no part at all, name each context entity once, and rebuild from themselves. */
class RulesTest {
  private static final EntityDefinition CITY = EntityDefinition.of("city", Label.of("开封市", "Kaifeng"));

  @Test
  void noRulesAreEmptyAndAnyOnePartMakesThemNot() {
    assertThat(Rules.none().isEmpty()).isTrue();
    List<Rules> onePart = List.of(
        Rules.builder().facts(List.of(Fact.of("listed", l("listed"), FactType.BOOLEAN))).build(),
        Rules.builder().eligibilities(List.of(new Eligibility("awards", l("awards")))).build(),
        Rules.builder().links(List.of(new AttributeLink("district", "zone", "zones", "district"))).build(),
        Rules.builder().context(List.of(CITY)).build());
    for (Rules r : onePart) {
      assertThat(r.isEmpty()).as(r.toString()).isFalse();
    }
  }

  @Test
  void aContextEntityIsNamedOnce() {
    EntityDefinition cityAgain = new EntityDefinition("city", Label.of("全市", "the city"), List.of(), false, Map.of());
    assertThatThrownBy(() -> Rules.builder().context(List.of(CITY, cityAgain)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("context entity 'city' is declared twice");
  }

  @Test
  void rulesRebuiltFromThemselvesAreEqualAndKeepWhatIsNotChanged() {
    Rules r = Rules.builder()
        .facts(List.of(Fact.of("listed", l("listed"), FactType.BOOLEAN)))
        .eligibilities(List.of(new Eligibility("awards", l("awards"))))
        .context(List.of(CITY))
        .build();
    assertThat(r.toBuilder().build()).isEqualTo(r);
    Rules changed = r.toBuilder().eligibilities(List.of()).build();
    assertThat(changed.eligibilities()).isEmpty();
    assertThat(changed.facts()).isEqualTo(r.facts());
    assertThat(changed.context()).containsExactly(CITY);
  }
}
