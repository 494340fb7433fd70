package io.github.kaohe.eval;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A value a rule reads; or why it is missing (unknown: conditions on it are not evaluable); or
 * that there is none by definition (an entity that takes no place has no place: conditions on it
 * are false).
 */
record Value(@Nullable BigDecimal number, String missing, boolean none) {
  static Value of(BigDecimal number) {
    return new Value(number, "", false);
  }

  static Value missing(String why) {
    return new Value(null, why, false);
  }

  static Value none(String why) {
    return new Value(null, why, true);
  }

  boolean present() {
    return number != null;
  }

  @Override
  public String toString() {
    if (number == null) {
      return none ? "—" : "?";
    }
    // Shown to six decimals at most: a person reads 19.2744, not 34 digits.
    BigDecimal n = (number.scale() > 6 ? number.setScale(6, java.math.RoundingMode.HALF_EVEN) : number).stripTrailingZeros();
    return (n.scale() < 0 ? n.setScale(0) : n).toPlainString();
  }
}
