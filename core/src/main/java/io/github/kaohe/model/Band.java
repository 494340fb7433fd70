package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One interval of a {@link Bands} method: values from {@code from} (inclusive) to {@code to}
 * (exclusive) score {@code points}. An empty bound is open.
 */
public record Band(Optional<BigDecimal> from, Optional<BigDecimal> to, BigDecimal points) {
  public Band {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Checks.nonNegative(points, "points");
    if (from.isPresent() && to.isPresent()) {
      Checks.require(
          from.get().compareTo(to.get()) < 0,
          "from (%s) must be less than to (%s)",
          from.get().toPlainString(),
          to.get().toPlainString());
    }
  }

  public static Band of(BigDecimal from, BigDecimal to, BigDecimal points) {
    return new Band(Optional.of(from), Optional.of(to), points);
  }

  /** Whether the value lies in this band. */
  public boolean contains(BigDecimal value) {
    return from.map(f -> value.compareTo(f) >= 0).orElse(true)
        && to.map(t -> value.compareTo(t) < 0).orElse(true);
  }
}
