package io.github.kaohe.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The ends of the ranges the model's values take: each bound itself is allowed and the first value
 * past it is refused with a message that says which (mutation testing found these unchecked).
 */
class ModelBoundariesTest {
  @Test
  void aRoundingKeepsFromNoneToTenPlaces() {
    assertThat(Rounding.of(0, RoundingMode.HALF_UP).apply(new BigDecimal("2.5"))).isEqualByComparingTo("3");
    assertThat(Rounding.of(10, RoundingMode.DOWN).apply(new BigDecimal("0.123456789019"))).isEqualTo("0.1234567890");
    assertThatThrownBy(() -> Rounding.of(11, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("scale must be between 0 and 10, but was 11");
    assertThatThrownBy(() -> Rounding.of(-1, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("scale must be between 0 and 10, but was -1");
    assertThatThrownBy(() -> Rounding.of(2, RoundingMode.UNNECESSARY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UNNECESSARY");
  }

  @Test
  void aMinMaxCeilingIsAtMostTheWholeWeightAndNotBelowItsFloor() {
    assertThat(new MinMax(BigDecimal.ONE, BigDecimal.ONE, MinMax.WhenAllEqual.FLOOR).ceiling()).isEqualTo(BigDecimal.ONE);
    assertThat(new MinMax(new BigDecimal("0.4"), new BigDecimal("0.4"), MinMax.WhenAllEqual.MIDDLE).floor())
        .isEqualByComparingTo("0.4");
    assertThatThrownBy(() -> new MinMax(BigDecimal.ZERO, new BigDecimal("1.01"), MinMax.WhenAllEqual.CEILING))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("ceiling must be at most 1 (the whole weight), but was 1.01");
    assertThatThrownBy(() -> new MinMax(new BigDecimal("0.5"), new BigDecimal("0.4"), MinMax.WhenAllEqual.CEILING))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("floor (0.5) must not be greater than ceiling (0.4)");
  }

  @Test
  void linearPlacePointsNeedAFieldOfTwoOrMore() {
    assertThat(new PlacePoints(PlacePoints.Mode.LINEAR, Optional.of(2), Optional.empty()).fieldSize()).contains(2);
    assertThatThrownBy(() -> new PlacePoints(PlacePoints.Mode.LINEAR, Optional.of(1), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("fieldSize must be at least 2, but was 1");
    assertThatThrownBy(() -> new PlacePoints(PlacePoints.Mode.LINEAR, Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs fieldSize");
    assertThatThrownBy(() -> new PlacePoints(PlacePoints.Mode.LINEAR, Optional.of(5), Optional.of(BigDecimal.ONE)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes fieldSize, not step");
    assertThatThrownBy(() -> new PlacePoints(PlacePoints.Mode.STEP, Optional.of(5), Optional.of(BigDecimal.ONE)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes step, not fieldSize");
    assertThatThrownBy(() -> new PlacePoints(PlacePoints.Mode.STEP, Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs step");
  }
}
