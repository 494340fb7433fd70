package io.github.kaohe.eval;

import io.github.kaohe.data.Period;
import io.github.kaohe.model.Label;
import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A value a rule reads; or why it is missing (unknown: conditions on it are not evaluable); or
 * that there is none by definition (an entity that takes no place has no place: conditions on it
 * are false).
 */
record Value(@Nullable BigDecimal number, Label missing, boolean none) {
  private static final Label PRESENT = Label.of("有值", "present");

  static Value of(BigDecimal number) {
    return new Value(number, PRESENT, false);
  }

  static Value missing(String zh, String en) {
    return new Value(null, Label.of(zh, en), false);
  }

  static Value none(String zh, String en) {
    return new Value(null, Label.of(zh, en), true);
  }

  /** A period as Chinese text reads it: 2015 年, 2015 年第 3 季度. */
  static String zh(Period period) {
    return period.isYear()
        ? period.year() + " 年"
        : String.format(Locale.ROOT, "%d 年第 %d 季度", period.year(), period.quarter());
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
