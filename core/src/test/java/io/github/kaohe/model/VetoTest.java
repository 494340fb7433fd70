package io.github.kaohe.model;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A veto of the ranking places the entity last or nowhere; a veto of awards leaves its place alone. */
class VetoTest {
  @Test
  void aRankingVetoPlacesTheEntityLastOrNowhere() {
    assertThatCode(() -> new Outcome.Veto(Outcome.Veto.Scope.RANKING, Outcome.Veto.Placement.LAST))
        .doesNotThrowAnyException();
    assertThatCode(() -> new Outcome.Veto(Outcome.Veto.Scope.RANKING, Outcome.Veto.Placement.NONE))
        .doesNotThrowAnyException();
  }

  @Test
  void aVetoOfAwardsTakesNoPlacement() {
    assertThatCode(() -> new Outcome.Veto(Outcome.Veto.Scope.AWARDS, Outcome.Veto.Placement.NONE))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> new Outcome.Veto(Outcome.Veto.Scope.AWARDS, Outcome.Veto.Placement.LAST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a veto of awards leaves the place as it is: write {veto: awards} without 'placed'");
  }
}
