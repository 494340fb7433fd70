package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The z-score {@code (x − mean) / sd} over the population (population standard deviation), mapped
 * linearly onto the weight: z = −spread scores 0, z = 0 half the weight, z = +spread the full
 * weight, clamped outside. Lower is better negates z.
 *
 * @param spread how many standard deviations from the mean reach 0 or the full weight, &gt; 0
 * @param whenNoSpread the result when the standard deviation is 0 (all values equal)
 */
public record ZScore(BigDecimal spread, WhenNoSpread whenNoSpread) implements ScoringMethod {

  /** The declared result when all values are equal. */
  public enum WhenNoSpread {
    /** Half the weight, as z = 0 gives. */
    MIDDLE,
    /** The full weight. */
    FULL
  }

  public ZScore {
    Checks.positive(spread, "spread");
    Objects.requireNonNull(whenNoSpread, "whenNoSpread");
  }

  /** Three standard deviations either way; half the weight when there is no spread. */
  public static ZScore standard() {
    return new ZScore(BigDecimal.valueOf(3), WhenNoSpread.MIDDLE);
  }

  @Override
  public String type() {
    return "z-score";
  }

  @Override
  public boolean comparesPopulation() {
    return true;
  }
}
