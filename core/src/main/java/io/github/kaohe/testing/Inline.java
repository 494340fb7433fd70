package io.github.kaohe.testing;

import java.util.Objects;

/**
 * A text written in the test file (a file reference, inline CSV or an inline policy) with its
 * field path and position.
 *
 * @param text the text as written
 * @param path the field path, e.g. {@code cases[2].given.csv}
 * @param where its position
 */
record Inline(String text, String path, Where where) {
  Inline {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(where, "where");
  }

  /** The name an inline text goes by in the messages of the policy loader or the CSV reader. */
  String name() {
    return where.file() + " " + path;
  }
}
