package io.github.kaohe.model;

import java.util.Objects;

/**
 * 以最高值为满分，其余按比例得分: the best value gets the full weight, the others in proportion.
 * Higher is better: {@code weight × x / max}; lower is better: {@code weight × min / x}.
 *
 * @param negatives what to do with values below zero (higher-is-better only)
 * @param whenBestNotPositive the result when the best value is zero or negative, where a
 *     proportion means nothing
 */
public record ProportionalToBest(Negatives negatives, WhenBestNotPositive whenBestNotPositive)
    implements ScoringMethod {

  /** Treatment of negative values. */
  public enum Negatives {
    /** A negative value scores 0. */
    FLOOR_AT_ZERO,
    /** When the lowest value is negative, every value is shifted by it, so the lowest scores 0. */
    SHIFT
  }

  /** The declared result when the best value is not positive. */
  public enum WhenBestNotPositive {
    /** Every entity scores 0: nobody achieved anything. */
    ZERO,
    /** Every entity scores the full weight. */
    FULL,
    /** Evaluation fails with an error naming the indicator. */
    ERROR
  }

  public ProportionalToBest {
    Objects.requireNonNull(negatives, "negatives");
    Objects.requireNonNull(whenBestNotPositive, "whenBestNotPositive");
  }

  /** Negatives floored at zero; zero points when the best value is not positive. */
  public static ProportionalToBest standard() {
    return new ProportionalToBest(Negatives.FLOOR_AT_ZERO, WhenBestNotPositive.ZERO);
  }

  public static ProportionalToBest of(Negatives negatives, WhenBestNotPositive whenBestNotPositive) {
    return new ProportionalToBest(negatives, whenBestNotPositive);
  }

  @Override
  public String type() {
    return "proportional-to-best";
  }

  @Override
  public boolean comparesPopulation() {
    return true;
  }
}
