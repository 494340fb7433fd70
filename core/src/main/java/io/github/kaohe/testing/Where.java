package io.github.kaohe.testing;

import io.github.kaohe.load.YamlNode;
import java.util.Objects;

/**
 * Where something stands in a test file, for messages: {@code file:line:column}.
 *
 * @param file the test file's name
 * @param line 1-based line, or 0
 * @param column 1-based column, or 0
 */
record Where(String file, int line, int column) {
  Where {
    Objects.requireNonNull(file, "file");
  }

  static Where of(String file, YamlNode node) {
    return new Where(file, node.line(), node.column());
  }

  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
  }
}
