package io.github.kaohe.eval;

import static io.github.kaohe.eval.Harness.d;
import static io.github.kaohe.eval.Harness.indicator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.model.Band;
import io.github.kaohe.model.Bands;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bands [0, 60) → 2, [60, 80) → 5, [80, ∞) → 8; weight 8. */
class BandsTest {
  private static final List<Band> BANDS =
      List.of(
          Band.of(d("0"), d("60"), d("2")),
          Band.of(d("60"), d("80"), d("5")),
          new Band(Optional.of(d("80")), Optional.empty(), d("8")));

  private static Harness bands(Optional<BigDecimal> otherwise) {
    return Harness.of(indicator("score", "8", new Bands(BANDS, otherwise)).build());
  }

  @Test
  void bandsIncludeTheLowerBound() {
    IndicatorResult a = bands(Optional.empty()).values("60").result("a");

    assertThat(a.points()).isEqualByComparingTo("5.00").hasScaleOf(2);
    assertThat(a.formula()).isEqualTo("60 ∈ [60, 80) → 5.00");
  }

  @Test
  void bandsExcludeTheUpperBound() {
    assertThat(bands(Optional.empty()).values("59.99").points("a")).isEqualByComparingTo("2.00");
  }

  @Test
  void bandsWithAnOpenUpperBoundTakeEveryLargerValue() {
    IndicatorResult a = bands(Optional.empty()).values("1000").result("a");

    assertThat(a.points()).isEqualByComparingTo("8.00");
    assertThat(a.formula()).isEqualTo("1000 ∈ [80, +∞) → 8.00");
  }

  @Test
  void bandsGiveOtherwiseToAValueInNoBand() {
    IndicatorResult a = bands(Optional.of(d("0.5"))).values("-1").result("a");

    assertThat(a.points()).isEqualByComparingTo("0.50");
    assertThat(a.formula()).isEqualTo("(-1) in no band → 0.50");
  }

  @Test
  void bandsFailForAValueInNoBandWithoutOtherwise() {
    assertThatThrownBy(() -> bands(Optional.empty()).values("70", "-1").evaluate())
        .isInstanceOfSatisfying(
            EvaluationException.class,
            e -> assertThat(e.problems())
                .singleElement()
                .satisfies(p -> {
                  assertThat(p.entity()).isEqualTo("b");
                  assertThat(p.message())
                      .isEqualTo("the value -1 lies in no band, and the method declares no 'otherwise'");
                }));
  }

  @Test
  void bandsWithAGapGiveOtherwiseInTheGap() {
    Bands gap = new Bands(List.of(Band.of(d("0"), d("10"), d("1")), Band.of(d("20"), d("30"), d("3"))), Optional.of(d("0")));

    assertThat(Harness.of(indicator("score", "8", gap).build()).values("15").points("a")).isEqualByComparingTo("0.00");
  }
}
