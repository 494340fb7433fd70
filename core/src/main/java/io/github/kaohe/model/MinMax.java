package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Min–max onto a range of the weight: the worst value gets {@code floor × weight}, the best
 * {@code ceiling × weight}, the others linearly between. With floor 0.6 and ceiling 1 this is the
 * efficacy coefficient method (功效系数法): 60 + 40 × (x − min) / (max − min), as a share of 100.
 *
 * @param floor share of the weight the worst value gets, in [0, 1]
 * @param ceiling share of the weight the best value gets, in [floor, 1]
 * @param whenAllEqual the result when every value is the same (max = min)
 */
public record MinMax(BigDecimal floor, BigDecimal ceiling, WhenAllEqual whenAllEqual)
    implements ScoringMethod {

  /** The declared result when all values are equal, including when there is one entity only. */
  public enum WhenAllEqual {
    /** Everybody is the best: ceiling × weight. */
    CEILING,
    /** Everybody is the worst: floor × weight. */
    FLOOR,
    /** Half way between floor and ceiling. */
    MIDDLE
  }

  public MinMax {
    Checks.nonNegative(floor, "floor");
    Objects.requireNonNull(ceiling, "ceiling");
    Objects.requireNonNull(whenAllEqual, "whenAllEqual");
    Checks.require(
        ceiling.compareTo(BigDecimal.ONE) <= 0,
        "ceiling must be at most 1 (the whole weight), but was %s",
        ceiling.toPlainString());
    Checks.require(
        floor.compareTo(ceiling) <= 0,
        "floor (%s) must not be greater than ceiling (%s)",
        floor.toPlainString(),
        ceiling.toPlainString());
  }

  /** From 0 to the full weight; all-equal values get the full weight. */
  public static MinMax standard() {
    return new MinMax(BigDecimal.ZERO, BigDecimal.ONE, WhenAllEqual.CEILING);
  }

  public static MinMax of(BigDecimal floor, BigDecimal ceiling, WhenAllEqual whenAllEqual) {
    return new MinMax(floor, ceiling, whenAllEqual);
  }

  @Override
  public String type() {
    return "min-max";
  }

  @Override
  public boolean comparesPopulation() {
    return true;
  }
}
