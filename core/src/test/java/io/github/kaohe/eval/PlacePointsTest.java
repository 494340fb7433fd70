package io.github.kaohe.eval;

import static io.github.kaohe.eval.Harness.d;
import static io.github.kaohe.eval.Harness.indicator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.model.Direction;
import io.github.kaohe.model.PlacePoints;
import org.junit.jupiter.api.Test;

class PlacePointsTest {
  private static Harness linear(int fieldSize) {
    return Harness.of(
        indicator("place", "3", PlacePoints.linear(fieldSize)).direction(Direction.LOWER_IS_BETTER).build());
  }

  private static Harness step(String step) {
    return Harness.of(
        indicator("place", "3", PlacePoints.step(d(step))).direction(Direction.LOWER_IS_BETTER).build());
  }

  @Test
  void placePointsGiveTheFirstPlaceTheWeight() {
    assertThat(linear(8).values("1").points("a")).isEqualByComparingTo("3.00");
  }

  @Test
  void placePointsLinearFallTowardsTheLastPlace() {
    // 3 × (8 − 3) / (8 − 1) = 15 / 7 = 2.1428… → 2.14
    IndicatorResult a = linear(8).values("3").result("a");

    assertThat(a.points()).isEqualByComparingTo("2.14").hasScaleOf(2);
    assertThat(a.formula()).isEqualTo("3 × (8 - 3) / (8 - 1) = 2.14");
  }

  @Test
  void placePointsLinearGiveTheLastPlaceZero() {
    assertThat(linear(8).values("8").points("a")).isEqualByComparingTo("0.00");
  }

  @Test
  void placePointsLinearGiveZeroBeyondTheField() {
    IndicatorResult a = linear(8).values("12").result("a");

    assertThat(a.points()).isEqualByComparingTo("0.00");
    assertThat(a.formula()).isEqualTo("place 12 ≥ 8 → 0.00");
  }

  @Test
  void placePointsStepLoseTheStepPerPlace() {
    // 3 − 0.5 × (4 − 1) = 1.50
    IndicatorResult a = step("0.5").values("4").result("a");

    assertThat(a.points()).isEqualByComparingTo("1.50");
    assertThat(a.formula()).isEqualTo("3 - 0.5 × (4 - 1) = 1.50");
  }

  @Test
  void placePointsStepNeverGoBelowZero() {
    // 3 − 0.5 × 8 = −1 → 0
    assertThat(step("0.5").values("9").points("a")).isEqualByComparingTo("0.00");
  }

  @Test
  void placePointsRejectAPlaceThatIsNotWhole() {
    assertThatThrownBy(() -> linear(8).values("2.5").evaluate())
        .isInstanceOfSatisfying(
            EvaluationException.class,
            e -> assertThat(e.problems())
                .singleElement()
                .satisfies(p -> {
                  assertThat(p.entity()).isEqualTo("a");
                  assertThat(p.key()).isEqualTo("place");
                  assertThat(p.message()).isEqualTo("a place must be a whole number of at least 1, but was 2.5");
                }));
  }

  @Test
  void placePointsRejectPlaceZero() {
    assertThatThrownBy(() -> step("1").values("0").evaluate())
        .isInstanceOf(EvaluationException.class)
        .hasMessageContaining("a place must be a whole number of at least 1, but was 0");
  }

  @Test
  void placePointsAcceptAWholePlaceWrittenWithDecimals() {
    // 2.0 is place 2: 3 × (8 − 2) / 7 = 18 / 7 = 2.571… → 2.57
    assertThat(linear(8).values("2.0").points("a")).isEqualByComparingTo("2.57");
  }
}
