package io.github.kaohe.eval;

import static io.github.kaohe.eval.Harness.d;
import static io.github.kaohe.eval.Harness.indicator;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.model.Direction;
import io.github.kaohe.model.MinMax;
import io.github.kaohe.model.MinMax.WhenAllEqual;
import org.junit.jupiter.api.Test;

class MinMaxTest {
  private static final MinMax EFFICACY = MinMax.of(d("0.6"), d("1"), WhenAllEqual.CEILING);

  private static Harness minMax(MinMax method) {
    return Harness.of(indicator("growth", "10", method).build());
  }

  @Test
  void minMaxGivesTheBestValueTheFullWeight() {
    assertThat(minMax(MinMax.standard()).values("10", "20", "40").points("c")).isEqualByComparingTo("10.00");
  }

  @Test
  void minMaxGivesTheWorstValueZero() {
    assertThat(minMax(MinMax.standard()).values("10", "20", "40").points("a")).isEqualByComparingTo("0.00");
  }

  @Test
  void minMaxScoresLinearlyBetweenWorstAndBest() {
    // 10 × (20 − 10) / (40 − 10) = 100 / 30 = 3.333… → 3.33
    IndicatorResult b = minMax(MinMax.standard()).values("10", "20", "40").result("b");

    assertThat(b.points()).isEqualByComparingTo("3.33").hasScaleOf(2);
    assertThat(b.formula()).isEqualTo("10 × (20 - 10) / (40 - 10) = 3.33");
  }

  @Test
  void efficacyCoefficientGivesTheWorstValueSixTenthsOfTheWeight() {
    assertThat(minMax(EFFICACY).values("10", "20", "40").points("a")).isEqualByComparingTo("6.00");
  }

  @Test
  void efficacyCoefficientScoresSixtyPlusFortyTimesThePosition() {
    // 10 × (0.6 + 0.4 × (20 − 10) / (40 − 10)) = 10 × (0.6 + 0.1333…) = 7.333… → 7.33
    IndicatorResult b = minMax(EFFICACY).values("10", "20", "40").result("b");

    assertThat(b.points()).isEqualByComparingTo("7.33").hasScaleOf(2);
    assertThat(b.formula()).isEqualTo("10 × (0.6 + 0.4 × (20 - 10) / (40 - 10)) = 7.33");
    assertThat(b.rule().zh()).isEqualTo("功效系数法 60 + 40 × 相对位置（区间 [10, 40]）");
  }

  @Test
  void minMaxLowerIsBetterMeasuresTheDistanceFromTheMaximum() {
    // 10 × (40 − 20) / (40 − 10) = 200 / 30 = 6.666… → 6.67
    Harness h = Harness.of(indicator("cost", "10", MinMax.standard()).direction(Direction.LOWER_IS_BETTER).build());

    IndicatorResult b = h.values("10", "20", "40").result("b");

    assertThat(b.points()).isEqualByComparingTo("6.67");
    assertThat(b.formula()).isEqualTo("10 × (40 - 20) / (40 - 10) = 6.67");
  }

  @Test
  void minMaxLowerIsBetterGivesTheLowestValueTheFullWeight() {
    Harness h = Harness.of(indicator("cost", "10", MinMax.standard()).direction(Direction.LOWER_IS_BETTER).build());

    assertThat(h.values("10", "20", "40").points()).containsExactly(d("10.00"), d("6.67"), d("0.00"));
  }

  @Test
  void minMaxHandlesNegativeValues() {
    // range [−10, 30]: 10 × (0 − (−10)) / (30 − (−10)) = 100 / 40 = 2.50
    IndicatorResult b = minMax(MinMax.standard()).values("-10", "0", "30").result("b");

    assertThat(b.points()).isEqualByComparingTo("2.50");
    assertThat(b.formula()).isEqualTo("10 × (0 - (-10)) / (30 - (-10)) = 2.50");
  }

  @Test
  void minMaxGivesTheCeilingWhenAllValuesAreEqualUnderCeiling() {
    assertThat(minMax(EFFICACY).values("5", "5").points()).containsExactly(d("10.00"), d("10.00"));
  }

  @Test
  void minMaxGivesTheFloorWhenAllValuesAreEqualUnderFloor() {
    assertThat(minMax(MinMax.of(d("0.6"), d("1"), WhenAllEqual.FLOOR)).values("5", "5").points())
        .containsExactly(d("6.00"), d("6.00"));
  }

  @Test
  void minMaxGivesTheMiddleWhenAllValuesAreEqualUnderMiddle() {
    // 10 × (0.6 + 1) / 2 = 8.00
    IndicatorResult a = minMax(MinMax.of(d("0.6"), d("1"), WhenAllEqual.MIDDLE)).values("5", "5").result("a");

    assertThat(a.points()).isEqualByComparingTo("8.00").hasScaleOf(2);
    assertThat(a.formula()).isEqualTo("max = min = 5 → 8.00");
  }

  @Test
  void minMaxTreatsASingleEntityAsAllValuesEqual() {
    assertThat(minMax(MinMax.of(d("0"), d("1"), WhenAllEqual.MIDDLE)).values("7").points("a"))
        .isEqualByComparingTo("5.00");
  }

  @Test
  void minMaxWithACeilingBelowOneNeverGivesTheFullWeight() {
    // ceiling 0.9: the best value gets 10 × 0.9 = 9.00
    assertThat(minMax(MinMax.of(d("0"), d("0.9"), WhenAllEqual.CEILING)).values("1", "2").points("b"))
        .isEqualByComparingTo("9.00");
  }
}
