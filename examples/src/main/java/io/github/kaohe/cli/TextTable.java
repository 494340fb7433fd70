package io.github.kaohe.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table whose columns stay aligned with Chinese text: widths are measured in
 * terminal columns ({@link DisplayWidth}), text is left-aligned and numbers right-aligned.
 *
 * <pre>
 * 名次  名称  总分
 * ----  ----  -----
 *    1  甲    45.00
 * </pre>
 */
final class TextTable {
  /** Where a column's cells sit. */
  enum Align {
    LEFT,
    RIGHT
  }

  private static final String GAP = "  ";

  private final List<String> headers = new ArrayList<>();
  private final List<Align> aligns = new ArrayList<>();
  private final List<List<String>> rows = new ArrayList<>();

  /** Adds a column; all columns come before the first row. */
  TextTable column(String header, Align align) {
    if (!rows.isEmpty()) {
      throw new IllegalStateException("add every column before the first row");
    }
    headers.add(header);
    aligns.add(align);
    return this;
  }

  /** Adds a row with one cell per column. */
  TextTable row(List<String> cells) {
    if (cells.size() != headers.size()) {
      throw new IllegalArgumentException(
          "a row needs " + headers.size() + " cells, but has " + cells.size());
    }
    rows.add(List.copyOf(cells));
    return this;
  }

  /** The table: header, a rule under it, the rows; each line ends with a line break. */
  String render() {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = DisplayWidth.of(headers.get(c));
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], DisplayWidth.of(row.get(c)));
      }
    }
    StringBuilder s = new StringBuilder();
    line(s, headers, widths);
    List<String> rules = new ArrayList<>();
    for (int width : widths) {
      rules.add("-".repeat(width));
    }
    line(s, rules, widths);
    for (List<String> row : rows) {
      line(s, row, widths);
    }
    return s.toString();
  }

  private void line(StringBuilder s, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        line.append(GAP);
      }
      String cell = cells.get(c);
      line.append(
          aligns.get(c) == Align.RIGHT
              ? DisplayWidth.padLeft(cell, widths[c])
              : DisplayWidth.padRight(cell, widths[c]));
    }
    s.append(line.toString().stripTrailing()).append('\n');
  }
}
