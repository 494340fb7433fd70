package io.github.kaohe.data;

import java.util.Objects;

/**
 * One problem in a data file.
 *
 * @param file the file's name
 * @param sheet the workbook sheet's name, or empty for a CSV file
 * @param row 1-based row in the file or sheet (the header is usually row 1), or 0 for the file as
 *     a whole
 * @param column 1-based column, or 0 for the whole row
 * @param field the column's header, or empty
 * @param message what is wrong and how to fix it
 */
public record DataProblem(String file, String sheet, int row, int column, String field, String message)
    implements java.io.Serializable {
  public DataProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  /** A problem in a file without sheets (CSV). */
  public DataProblem(String file, int row, int column, String field, String message) {
    this(file, "", row, column, field, message);
  }

  /**
   * {@code file, row 3, column 2 (field): message} for a CSV file; {@code file, sheet 2015, cell
   * B3 (field): message} for a workbook, in the terms a spreadsheet shows.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(file);
    if (!sheet.isEmpty()) {
      s.append(", sheet ").append(sheet);
      if (row > 0) {
        s.append(column > 0 ? ", cell " + columnLetters(column) + row : ", row " + row);
      }
    } else if (row > 0) {
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

  /** A spreadsheet's name of a 1-based column: 1 is A, 27 is AA. */
  public static String columnLetters(int column) {
    if (column < 1) {
      throw new IllegalArgumentException("column must be 1 or more, but was " + column);
    }
    StringBuilder s = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      s.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return s.toString();
  }
}
