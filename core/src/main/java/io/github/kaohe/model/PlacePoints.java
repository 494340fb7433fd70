package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Points for a place (1 = best) in some other ranking, e.g. the province's. Place 1 gets the full
 * weight. {@link Mode#LINEAR}: linear to 0 at the last place of a field of {@code fieldSize};
 * {@link Mode#STEP}: {@code step} points less per place, never below 0. The indicator must be
 * lower-is-better, and every value a whole number of at least 1.
 *
 * @param mode linear over a field, or a fixed step per place
 * @param fieldSize for {@code LINEAR}: the number of places in the field, at least 2
 * @param step for {@code STEP}: the points lost per place, greater than 0
 */
public record PlacePoints(Mode mode, Optional<Integer> fieldSize, Optional<BigDecimal> step)
    implements ScoringMethod {

  /** How points fall with the place. */
  public enum Mode {
    LINEAR,
    STEP
  }

  public PlacePoints {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(fieldSize, "fieldSize");
    Objects.requireNonNull(step, "step");
    if (mode == Mode.LINEAR) {
      Checks.require(fieldSize.isPresent(), "mode linear needs fieldSize (the number of places)");
      Checks.require(step.isEmpty(), "mode linear takes fieldSize, not step");
      Checks.require(fieldSize.get() >= 2, "fieldSize must be at least 2, but was %d", fieldSize.get());
    } else {
      Checks.require(step.isPresent(), "mode step needs step (the points lost per place)");
      Checks.require(fieldSize.isEmpty(), "mode step takes step, not fieldSize");
      Checks.positive(step.get(), "step");
    }
  }

  /** Linear from the full weight at place 1 to 0 at place {@code fieldSize}. */
  public static PlacePoints linear(int fieldSize) {
    return new PlacePoints(Mode.LINEAR, Optional.of(fieldSize), Optional.empty());
  }

  /** {@code step} points less per place below the first. */
  public static PlacePoints step(BigDecimal step) {
    return new PlacePoints(Mode.STEP, Optional.empty(), Optional.of(step));
  }

  @Override
  public String type() {
    return "place-points";
  }
}
