package io.github.kaohe.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What tax sharing and a table's inputs accept (mutation testing found these unchecked). */
class TaxSharingAndInputsTest {
  private static TaxParty party(String id, String share) {
    return new TaxParty(id, Label.of(id, id), new BigDecimal(share), "county");
  }

  private static TaxSharing sharing(List<String> taxes, List<TaxParty> parties, String remainder) {
    return new TaxSharing("five-five", Label.of("五五分成", "Half and half"), taxes, parties, remainder, Optional.empty(),
        Rounding.standard(), Optional.empty());
  }

  @Test
  void taxIsSharedByTwoOrMoreDistinctPartiesOneOfWhichTakesTheRemainder() {
    List<TaxParty> two = List.of(party("investing", "0.5"), party("receiving", "0.5"));
    assertThat(sharing(List.of("vat"), two, "receiving").parties()).hasSize(2);
    assertThatThrownBy(() -> sharing(List.of(), two, "receiving"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("tax sharing 'five-five' names no taxes");
    assertThatThrownBy(() -> sharing(List.of("vat"), List.of(party("investing", "1")), "investing"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("tax sharing 'five-five' needs at least two parties");
    assertThatThrownBy(() -> sharing(List.of("vat"), List.of(party("a", "0.5"), party("a", "0.5")), "a"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("party of 'five-five' 'a' is declared twice");
    assertThatThrownBy(() -> sharing(List.of("vat"), two, "province"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tax sharing 'five-five': the remainder goes to 'province', which is none of its parties");
    assertThatThrownBy(() -> party("a", "0"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("share must be greater than 0, but was 0");
  }

  @Test
  void anInputReadsAnIdOrAResult() {
    assertThat(TableInput.of("growth", "tax-growth").readsResult()).isFalse();
    for (String result : List.of("result.total", "result.base", "result.adjustments", "result.place",
        "result.place.county", "result.points.tax")) {
      assertThat(TableInput.of("r", result).readsResult()).as(result).isTrue();
      assertThat(TableInput.of("r", result).timing()).isEqualTo(Timing.CURRENT);
    }
    for (String wrong : List.of("result.money", "result.points", "Tax", "tax growth")) {
      assertThatThrownBy(() -> TableInput.of("r", wrong)).as(wrong)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("input 'r' reads '" + wrong + "', which is neither an id nor a result");
    }
  }
}
