package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Argument checks shared by the model's compact constructors. Messages are locale-independent. */
final class Checks {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:[-_.][a-z0-9]+)*");

  private Checks() {}

  static void require(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, format, args));
    }
  }

  static String id(String id, String what) {
    Objects.requireNonNull(id, what);
    require(
        ID.matcher(id).matches(),
        "%s '%s' must be lower-case letters and digits separated by '-', '_' or '.' (e.g. tax-growth)",
        what,
        id);
    return id;
  }

  static BigDecimal nonNegative(BigDecimal value, String what) {
    Objects.requireNonNull(value, what);
    require(value.signum() >= 0, "%s must not be negative, but was %s", what, value.toPlainString());
    return value;
  }

  static BigDecimal positive(BigDecimal value, String what) {
    Objects.requireNonNull(value, what);
    require(value.signum() > 0, "%s must be greater than 0, but was %s", what, value.toPlainString());
    return value;
  }

  static <T> List<T> list(List<T> list, String what) {
    Objects.requireNonNull(list, what);
    return List.copyOf(list);
  }

  static <T> void unique(List<T> items, Function<T, String> key, String what) {
    Set<String> seen = new HashSet<>();
    for (T item : items) {
      String k = key.apply(item);
      require(seen.add(k), "%s '%s' is declared twice", what, k);
    }
  }

  static String text(String value, String what) {
    Objects.requireNonNull(value, what);
    require(!value.isBlank(), "%s must not be blank", what);
    return value;
  }
}
