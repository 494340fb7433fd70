package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How fact values are written in data and policies, and what they become: numbers as decimals,
 * booleans as 1 and 0, enumeration values as their position in the declared list (0, 1, …), so
 * that all facts compare as numbers and "star level 3 or more" is a comparison.
 */
public final class FactValues {
  private static final Set<String> TRUE = Set.of("true", "yes", "y", "1", "是", "√", "✓", "有");
  private static final Set<String> FALSE = Set.of("false", "no", "n", "0", "否", "×", "✗", "无");

  private FactValues() {}

  /**
   * The value of a fact of this type written as {@code text}.
   *
   * @throws IllegalArgumentException saying what is expected
   */
  public static BigDecimal parse(FactType type, List<String> values, String text) {
    String t = text.strip();
    switch (type) {
      case BOOLEAN:
        String lower = t.toLowerCase(Locale.ROOT);
        if (TRUE.contains(lower)) {
          return BigDecimal.ONE;
        }
        if (FALSE.contains(lower)) {
          return BigDecimal.ZERO;
        }
        throw new IllegalArgumentException("'" + text + "' is not true or false (write true/false, 是/否 or 1/0)");
      case ENUMERATION:
        int i = values.indexOf(t);
        if (i < 0) {
          throw new IllegalArgumentException("'" + text + "' is not one of " + values);
        }
        return BigDecimal.valueOf(i);
      default:
        BigDecimal d;
        try {
          d = new BigDecimal(t);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("'" + text + "' is not a number");
        }
        if (type == FactType.COUNT && (d.signum() < 0 || d.stripTrailingZeros().scale() > 0)) {
          throw new IllegalArgumentException("a count must be a whole number of at least 0, but was " + text);
        }
        if (type == FactType.PLACE && (d.signum() <= 0 || d.stripTrailingZeros().scale() > 0)) {
          throw new IllegalArgumentException("a place must be a whole number of at least 1, but was " + text);
        }
        return d;
    }
  }

  /** The value written back as text. */
  public static String format(FactType type, List<String> values, BigDecimal value) {
    switch (type) {
      case BOOLEAN:
        return value.signum() == 0 ? "false" : "true";
      case ENUMERATION:
        int i = value.intValueExact();
        return i >= 0 && i < values.size() ? values.get(i) : value.toPlainString();
      default:
        return value.toPlainString();
    }
  }
}
