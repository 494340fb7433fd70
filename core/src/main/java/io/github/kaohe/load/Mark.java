package io.github.kaohe.load;

import org.jspecify.annotations.Nullable;

/**
 * A position in a YAML file: 1-based line and column, and the file when it is not the one being
 * loaded (a node an overlay inherits from the policy it extends).
 */
record Mark(int line, int column, @Nullable String file) {
  static final Mark NONE = new Mark(0, 0, null);

  Mark(int line, int column) {
    this(line, column, null);
  }

  /** This position, in the named file. */
  Mark in(String file) {
    return new Mark(line, column, file);
  }
}
