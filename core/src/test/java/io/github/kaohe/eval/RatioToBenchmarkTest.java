package io.github.kaohe.eval;

import static io.github.kaohe.eval.Harness.d;
import static io.github.kaohe.eval.Harness.indicator;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.model.Direction;
import io.github.kaohe.model.RatioToBenchmark;
import org.junit.jupiter.api.Test;

class RatioToBenchmarkTest {
  private static Harness ratio(RatioToBenchmark method) {
    return Harness.of(indicator("output", "10", method).build());
  }

  private static Harness ratioLower(RatioToBenchmark method) {
    return Harness.of(indicator("energy", "10", method).direction(Direction.LOWER_IS_BETTER).build());
  }

  @Test
  void ratioScoresTheValueOverTheBenchmark() {
    // 10 × 37.7 / 50 = 377 / 50 = 7.54
    IndicatorResult a = ratio(RatioToBenchmark.of(d("50"))).values("37.7").result("a");

    assertThat(a.points()).isEqualByComparingTo("7.54").hasScaleOf(2);
    assertThat(a.formula()).isEqualTo("10 × 37.7 / 50 = 7.54");
  }

  @Test
  void ratioGivesTheFullWeightAtTheBenchmark() {
    assertThat(ratio(RatioToBenchmark.of(d("50"))).values("50").points("a")).isEqualByComparingTo("10.00");
  }

  @Test
  void ratioIsCappedAtTheWeightByDefault() {
    // 10 × 60 / 50 = 12.00 > cap 10.00
    IndicatorResult a = ratio(RatioToBenchmark.of(d("50"))).values("60").result("a");

    assertThat(a.points()).isEqualByComparingTo("10.00");
    assertThat(a.formula()).isEqualTo("10 × 60 / 50 = 12.00 > cap 10.00 → 10.00");
  }

  @Test
  void ratioMayExceedTheWeightUpToItsCap() {
    // cap 1.5: 10 × 60 / 50 = 12.00 ≤ 15.00
    assertThat(ratio(RatioToBenchmark.of(d("50"), d("1.5"))).values("60").points("a")).isEqualByComparingTo("12.00");
  }

  @Test
  void ratioStopsAtItsCap() {
    // cap 1.5: 10 × 100 / 50 = 20.00 > 15.00
    assertThat(ratio(RatioToBenchmark.of(d("50"), d("1.5"))).values("100").points("a")).isEqualByComparingTo("15.00");
  }

  @Test
  void ratioGivesZeroForAValueNotAboveZero() {
    IndicatorResult a = ratio(RatioToBenchmark.of(d("50"))).values("-5").result("a");

    assertThat(a.points()).isEqualByComparingTo("0.00").hasScaleOf(2);
    assertThat(a.formula()).isEqualTo("(-5) ≤ 0 → 0.00");
  }

  @Test
  void ratioLowerIsBetterScoresTheBenchmarkOverTheValue() {
    // 10 × 50 / 80 = 6.25
    IndicatorResult a = ratioLower(RatioToBenchmark.of(d("50"))).values("80").result("a");

    assertThat(a.points()).isEqualByComparingTo("6.25");
    assertThat(a.formula()).isEqualTo("10 × 50 / 80 = 6.25");
  }

  @Test
  void ratioLowerIsBetterBelowTheBenchmarkIsCapped() {
    // cap 1.5: 10 × 50 / 40 = 12.50 ≤ 15.00
    assertThat(ratioLower(RatioToBenchmark.of(d("50"), d("1.5"))).values("40").points("a")).isEqualByComparingTo("12.50");
  }

  @Test
  void ratioLowerIsBetterGivesTheCapForAValueNotAboveZero() {
    IndicatorResult a = ratioLower(RatioToBenchmark.of(d("50"), d("1.5"))).values("0").result("a");

    assertThat(a.points()).isEqualByComparingTo("15.00");
    assertThat(a.formula()).isEqualTo("0 ≤ 0 → cap 15.00");
  }
}
