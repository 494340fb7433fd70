package io.github.kaohe.data;

import java.util.Objects;

/**
 * One problem in a data file.
 *
 * @param file the file's name
 * @param row 1-based row in the file (the header is row 1), or 0 for the file as a whole
 * @param column 1-based column, or 0 for the whole row
 * @param field the column's header, or empty
 * @param message what is wrong and how to fix it
 */
public record DataProblem(String file, int row, int column, String field, String message) {
  public DataProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  /** {@code file:row:column (field): message}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(file);
    if (row > 0) {
      s.append(", row ").append(row);
      if (column > 0) {
        s.append(", column ").append(column);
      }
    }
    if (!field.isEmpty()) {
      s.append(" (").append(field).append(')');
    }
    return s.append(": ").append(message).toString();
  }
}
