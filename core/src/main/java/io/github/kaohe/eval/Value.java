package io.github.kaohe.eval;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A value a rule reads, or why it is missing. */
record Value(@Nullable BigDecimal number, String missing) {
  static Value of(BigDecimal number) {
    return new Value(number, "");
  }

  static Value missing(String why) {
    return new Value(null, why);
  }

  boolean present() {
    return number != null;
  }

  @Override
  public String toString() {
    return number == null ? "?" : number.stripTrailingZeros().toPlainString();
  }
}
