package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Fixed goalposts: a value at {@code lower} or worse scores 0, at {@code upper} or better the full
 * weight, linearly between (for lower-is-better the posts swap roles). Values outside are clamped.
 *
 * @param lower the lower goalpost, in the indicator's unit (after any transform)
 * @param upper the upper goalpost, greater than {@code lower}
 */
public record Goalposts(Parameter lower, Parameter upper) implements ScoringMethod {
  public Goalposts {
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
    if (lower.fixed().isPresent() && upper.fixed().isPresent()) {
      Checks.require(
          lower.value().compareTo(upper.value()) < 0,
          "lower (%s) must be less than upper (%s)",
          lower.value().toPlainString(),
          upper.value().toPlainString());
    }
  }

  public static Goalposts of(BigDecimal lower, BigDecimal upper) {
    return new Goalposts(Parameter.of(lower), Parameter.of(upper));
  }

  @Override
  public String type() {
    return "goalposts";
  }
}
