package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** Limits a value to [min, max]; an empty bound is open. At least one bound is given. */
public record Clamp(Optional<BigDecimal> min, Optional<BigDecimal> max) implements Transform {
  public Clamp {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    Checks.require(min.isPresent() || max.isPresent(), "clamp needs min, max or both");
    if (min.isPresent() && max.isPresent()) {
      Checks.require(
          min.get().compareTo(max.get()) <= 0,
          "min (%s) must not be greater than max (%s)",
          min.get().toPlainString(),
          max.get().toPlainString());
    }
  }

  public static Clamp of(BigDecimal min, BigDecimal max) {
    return new Clamp(Optional.of(min), Optional.of(max));
  }

  /** The value limited to the bounds. */
  public BigDecimal apply(BigDecimal value) {
    BigDecimal v = value;
    if (min.isPresent() && v.compareTo(min.get()) < 0) {
      v = min.get();
    }
    if (max.isPresent() && v.compareTo(max.get()) > 0) {
      v = max.get();
    }
    return v;
  }

  @Override
  public String type() {
    return "clamp";
  }
}
