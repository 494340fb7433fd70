package io.github.kaohe.rules.test;

import java.util.List;

/** Finding lines in a test's YAML, to assert where a problem is reported. */
final class YamlLines {
  private YamlLines() {}

  /** The 1-based number of the first line of {@code yaml} that contains {@code text}. */
  static int lineOf(String yaml, String text) {
    List<String> lines = yaml.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("no line contains " + text);
  }
}
