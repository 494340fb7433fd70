package io.github.kaohe.load;

/** A position in a YAML file: 1-based line and column. */
record Mark(int line, int column) {
  static final Mark NONE = new Mark(0, 0);
}
