package io.github.kaohe.load;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Enum constants as policy YAML spells them: {@code HIGHER_IS_BETTER} is {@code higher-is-better}. */
final class YamlNames {
  private YamlNames() {}

  static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static <E extends Enum<E>> List<String> all(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(YamlNames::of).toList();
  }

  static <E extends Enum<E>> E parse(Class<E> type, String text) {
    for (E e : type.getEnumConstants()) {
      if (of(e).equals(text)) {
        return e;
      }
    }
    throw new IllegalArgumentException(text);
  }
}
