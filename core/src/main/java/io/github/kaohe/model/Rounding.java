package io.github.kaohe.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How a policy rounds a kind of number: to {@code scale} decimal places with {@code mode}.
 *
 * @param scale decimal places kept, 0 to 10
 * @param mode the rounding mode; {@link RoundingMode#UNNECESSARY} is not allowed
 */
public record Rounding(int scale, RoundingMode mode) {
  public Rounding {
    Checks.require(scale >= 0 && scale <= 10, "scale must be between 0 and 10, but was %d", scale);
    Objects.requireNonNull(mode, "mode");
    Checks.require(mode != RoundingMode.UNNECESSARY, "rounding mode UNNECESSARY cannot round");
  }

  /** Two decimal places, rounding half up: what a person checking by hand usually does. */
  public static Rounding standard() {
    return new Rounding(2, RoundingMode.HALF_UP);
  }

  public static Rounding of(int scale, RoundingMode mode) {
    return new Rounding(scale, mode);
  }

  /** The value rounded by this rule. */
  public BigDecimal apply(BigDecimal value) {
    return value.setScale(scale, mode);
  }
}
