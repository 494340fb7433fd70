package io.github.kaohe.model;

import java.util.Objects;

/**
 * How a policy rounds. Indicator points, category points and adjustments are rounded with
 * {@code points}; totals with {@code totals}. Ranking compares rounded totals, so equal rounded
 * totals are real ties.
 */
public record Arithmetic(Rounding points, Rounding totals) {
  public Arithmetic {
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(totals, "totals");
  }

  /** Points and totals to two decimals, rounding half up. */
  public static Arithmetic standard() {
    return new Arithmetic(Rounding.standard(), Rounding.standard());
  }

  public static Arithmetic of(Rounding points, Rounding totals) {
    return new Arithmetic(points, totals);
  }
}
