package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The values an indicator or fact can plausibly take, as its policy declares them
 * ({@code valid: {min: 0, max: 100}}): a value read from data outside them is a data problem at its
 * row and column, not a result. An empty bound is open; no bound at all ({@code valid: {}}) lets
 * every value through, where the defaults by unit would not.
 *
 * @param min the least valid value, inclusive
 * @param max the greatest valid value, inclusive
 */
public record ValidRange(Optional<BigDecimal> min, Optional<BigDecimal> max) {
  public ValidRange {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    if (min.isPresent() && max.isPresent()) {
      Checks.require(
          min.get().compareTo(max.get()) <= 0,
          "valid: min (%s) must not be greater than max (%s)",
          min.get().toPlainString(),
          max.get().toPlainString());
    }
  }

  /** Every value. */
  public static ValidRange any() {
    return new ValidRange(Optional.empty(), Optional.empty());
  }

  /** From {@code min} to {@code max}, both included. */
  public static ValidRange of(BigDecimal min, BigDecimal max) {
    return new ValidRange(Optional.of(min), Optional.of(max));
  }

  /** {@code min} or more. */
  public static ValidRange atLeast(BigDecimal min) {
    return new ValidRange(Optional.of(min), Optional.empty());
  }

  /** Whether the value is within the bounds. */
  public boolean contains(BigDecimal value) {
    return (min.isEmpty() || value.compareTo(min.get()) >= 0) && (max.isEmpty() || value.compareTo(max.get()) <= 0);
  }

  /** {@code 0 to 100}, {@code at least 0}, {@code at most 5}, or {@code any value}. */
  @Override
  public String toString() {
    if (min.isPresent() && max.isPresent()) {
      return min.get().toPlainString() + " to " + max.get().toPlainString();
    }
    if (min.isPresent()) {
      return "at least " + min.get().toPlainString();
    }
    return max.map(m -> "at most " + m.toPlainString()).orElse("any value");
  }
}
