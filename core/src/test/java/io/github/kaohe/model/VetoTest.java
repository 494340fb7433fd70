package io.github.kaohe.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A veto of the ranking places the entity last or nowhere; a veto of awards leaves its place alone. */
class VetoTest {
  @Test
  void aRankingVetoPlacesTheEntityLastOrNowhere() {
    Outcome.Veto last = new Outcome.Veto(Outcome.Veto.Scope.RANKING, Outcome.Veto.Placement.LAST);
    Outcome.Veto none = new Outcome.Veto(Outcome.Veto.Scope.RANKING, Outcome.Veto.Placement.NONE);
    assertThat(last.placed()).isEqualTo(Outcome.Veto.Placement.LAST);
    assertThat(none.placed()).isEqualTo(Outcome.Veto.Placement.NONE);
  }

  @Test
  void aVetoOfAwardsTakesNoPlacement() {
    Outcome.Veto awards = new Outcome.Veto(Outcome.Veto.Scope.AWARDS, Outcome.Veto.Placement.NONE);
    assertThat(awards.scope()).isEqualTo(Outcome.Veto.Scope.AWARDS);
    assertThatThrownBy(() -> new Outcome.Veto(Outcome.Veto.Scope.AWARDS, Outcome.Veto.Placement.LAST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a veto of awards leaves the place as it is: write {veto: awards} without 'placed'");
  }
}
