package io.github.kaohe.model;

import java.util.Objects;

/**
 * The raw value already is points (e.g. given by an inspection team), checked against [0, weight].
 *
 * @param outOfRange what to do with points below 0 or above the weight
 */
public record DirectPoints(OutOfRange outOfRange) implements ScoringMethod {

  /** Treatment of points outside [0, weight]. */
  public enum OutOfRange {
    /** Evaluation fails, naming the entity and the value. */
    ERROR,
    /** Clamped into [0, weight]. */
    CLAMP
  }

  public DirectPoints {
    Objects.requireNonNull(outOfRange, "outOfRange");
  }

  public static DirectPoints strict() {
    return new DirectPoints(OutOfRange.ERROR);
  }

  @Override
  public String type() {
    return "direct-points";
  }
}
