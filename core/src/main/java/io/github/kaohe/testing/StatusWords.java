package io.github.kaohe.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The words a test file writes for the statuses of checks and targets, as the enums' names in
 * lower case with hyphens: {@code failed}, {@code not-applicable}, {@code on-track}.
 */
final class StatusWords {
  private StatusWords() {}

  static String of(Enum<?> status) {
    return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static <E extends Enum<E>> List<String> all(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(StatusWords::of).toList();
  }

  static <E extends Enum<E>> Optional<E> parse(Class<E> type, String word) {
    return Arrays.stream(type.getEnumConstants()).filter(s -> of(s).equals(word)).findFirst();
  }
}
