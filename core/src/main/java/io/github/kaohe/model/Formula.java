package io.github.kaohe.model;

import java.util.Objects;

/**
 * How a derived fact or indicator is computed from the entity's other values in the same period:
 * an {@link Expression}, computed exactly (as fractions; logarithms, exponentials and roots to 34
 * significant digits) and rounded once.
 *
 * @param text the formula as written, e.g. {@code tax / land}
 * @param expression the parsed formula
 * @param rounding how the value is rounded, once, at the end
 * @param ifZeroDivisor what a division by zero gives
 * @param ifMissing what a missing operand gives
 */
public record Formula(
    String text, Expression expression, Rounding rounding, IfZeroDivisor ifZeroDivisor, IfMissing ifMissing) {

  /** What a division by zero gives. */
  public enum IfZeroDivisor {
    /** The value is missing: the indicator's missing-value rule applies. */
    MISSING,
    /** The value is 0. */
    ZERO,
    /** Evaluation fails, naming the entity: the data must not have it. */
    ERROR
  }

  /** What a missing operand gives. */
  public enum IfMissing {
    /** The value is missing: the indicator's missing-value rule applies. */
    MISSING,
    /** The operand counts as 0. */
    ZERO
  }

  /** The rounding of a formula that declares none: 4 decimal places, half up. */
  public static Rounding defaultRounding() {
    return Rounding.of(4, java.math.RoundingMode.HALF_UP);
  }

  public Formula {
    Checks.text(text, "formula");
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(rounding, "rounding");
    Objects.requireNonNull(ifZeroDivisor, "ifZeroDivisor");
    Objects.requireNonNull(ifMissing, "ifMissing");
  }
}
