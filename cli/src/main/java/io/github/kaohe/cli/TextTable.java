package io.github.kaohe.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * A plain-text table whose columns stay aligned with Chinese text: widths are measured in
 * terminal columns ({@link DisplayWidth}), text is left-aligned and numbers right-aligned. The
 * header of a right-aligned (number) column that is wider than {@value #HEADER_WIDTH} columns and
 * than its cells is wrapped over up to {@value #HEADER_LINES} lines between words ({@link
 * TextWrap#words}: at spaces, never inside a Chinese word), so that a long category name does not
 * make a column of short numbers wide; a table's short headings come from the policy's
 * {@code short} names.
 *
 * <pre>
 * 名次  名称  总分
 * ----  ----  -----
 *    1  甲    45.00
 * </pre>
 *
 * <p>Rows are either held ({@link #row}) or made when needed ({@link #rows(int, IntFunction)}): a
 * ranking of a million entities is measured in one pass over its rows and written in a second,
 * never held as text in memory. From {@value #SPOOL_ROWS} rows made, the measuring pass keeps them
 * in a temporary file ({@link RowSpool}) for the writing pass, so that each is made once; {@link
 * #close} deletes it if the table is not written to the end.
 */
final class TextTable implements AutoCloseable {
  /** Where a column's cells sit. */
  enum Align {
    LEFT,
    RIGHT
  }

  private static final String GAP = "  ";
  static final int HEADER_WIDTH = 8;
  static final int HEADER_LINES = 3;
  /** Rows made from which measuring keeps them in a file for writing, instead of making them again. */
  static final int SPOOL_ROWS = 10_000;

  private final List<String> headers = new ArrayList<>();
  private final List<Align> aligns = new ArrayList<>();
  private final List<List<String>> rows = new ArrayList<>();
  /** Rows made on demand, instead of {@link #rows}; null when the rows are held. */
  private @Nullable IntFunction<List<String>> made;
  private int madeCount;
  /** The columns' widths, once measured. */
  private int @Nullable [] widths;
  /** The made rows as measured, for the pass that writes them; null when they are made again. */
  private @Nullable RowSpool spool;

  /** Adds a column; all columns come before the first row. */
  TextTable column(String header, Align align) {
    if (!rows.isEmpty() || made != null) {
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
    if (made != null) {
      throw new IllegalStateException("the rows are made on demand");
    }
    rows.add(List.copyOf(cells));
    widths = null;
    return this;
  }

  /**
   * Takes {@code count} rows made when needed, each with one cell per column: {@code cells} is
   * called once per row to measure the table and once more to write it, so it must give the same
   * cells each time.
   */
  TextTable rows(int count, IntFunction<List<String>> cells) {
    if (!rows.isEmpty() || made != null) {
      throw new IllegalStateException("the rows are given once");
    }
    made = k -> checked(cells.apply(k));
    madeCount = count;
    widths = null;
    return this;
  }

  private List<String> checked(List<String> cells) {
    if (cells.size() != headers.size()) {
      throw new IllegalArgumentException(
          "a row needs " + headers.size() + " cells, but has " + cells.size());
    }
    return cells;
  }

  private int size() {
    return made != null ? madeCount : rows.size();
  }

  private List<String> rowAt(int k) {
    if (made == null) {
      return rows.get(k);
    }
    List<String> kept = spool == null ? null : spool.row(k);
    return kept != null ? kept : made.apply(k);
  }

  /**
   * The table without its last columns, as many as it takes to fit in {@code maxWidth} terminal
   * columns; the first {@code keep} columns always stay.
   */
  TextTable narrowedTo(int maxWidth, int keep) {
    int n = headers.size();
    int[] widths = widths();
    int total = GAP.length() * (n - 1);
    for (int w : widths) {
      total += w;
    }
    while (n > keep && total > maxWidth) {
      n--;
      total -= widths[n] + GAP.length();
    }
    TextTable narrow = new TextTable();
    for (int c = 0; c < n; c++) {
      narrow.column(headers.get(c), aligns.get(c));
    }
    int kept = n;
    narrow.rows(size(), k -> rowAt(k).subList(0, kept));
    narrow.widths = Arrays.copyOf(widths, n); // measured once, not again
    return narrow;
  }

  /** The headers of the columns. */
  List<String> headers() {
    return List.copyOf(headers);
  }

  /** The columns' widths: measured in one pass over the rows, then kept. */
  private int[] widths() {
    if (widths != null) {
      return widths;
    }
    int[] measured = new int[headers.size()];
    for (int c = 0; c < measured.length; c++) {
      String header = headers.get(c);
      measured[c] = aligns.get(c) == Align.RIGHT ? headerWidth(header) : DisplayWidth.of(header);
    }
    RowSpool keeping = made != null && size() >= SPOOL_ROWS ? RowSpool.create() : null;
    for (int k = 0, n = size(); k < n; k++) {
      List<String> row = rowAt(k);
      for (int c = 0; c < measured.length; c++) {
        measured[c] = Math.max(measured[c], DisplayWidth.of(row.get(c)));
      }
      keeping = keep(keeping, row);
    }
    if (keeping != null) {
      try {
        keeping.finish();
        spool = keeping;
      } catch (IOException e) {
        keeping.close(); // the rows are made again
      }
    }
    widths = measured;
    return measured;
  }

  /** Keeps a measured row in the spool; on a failing file, drops the spool (null) and goes on without it. */
  private static @Nullable RowSpool keep(@Nullable RowSpool spool, List<String> row) {
    if (spool == null) {
      return null;
    }
    try {
      spool.add(row);
      return spool;
    } catch (IOException e) {
      spool.close();
      return null;
    }
  }

  /** Deletes the rows kept for writing, if any are left. */
  @Override
  public void close() {
    RowSpool s = spool;
    spool = null;
    if (s != null) {
      s.close();
    }
  }

  /** The table: header, a rule under it, the rows; each line ends with a line break. */
  String render() {
    StringBuilder s = new StringBuilder();
    try {
      render(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return s.toString();
  }

  /** Writes the table a line at a time. */
  void render(Appendable out) throws IOException {
    int[] widths = widths();
    for (List<String> headerLine : headerLines(widths)) {
      line(out, headerLine, widths);
    }
    List<String> rules = new ArrayList<>();
    for (int width : widths) {
      rules.add("-".repeat(width));
    }
    line(out, rules, widths);
    for (int k = 0, n = size(); k < n; k++) {
      line(out, rowAt(k), widths);
    }
  }

  /**
   * The narrowest width, from {@value #HEADER_WIDTH} columns up, at which the header takes at most
   * {@value #HEADER_LINES} lines and no word is cut.
   */
  private static int headerWidth(String header) {
    int full = DisplayWidth.of(header);
    int width = Math.min(full, Math.max(HEADER_WIDTH, TextWrap.widestChineseWord(header)));
    while (width < full && TextWrap.words(header, width).size() > HEADER_LINES) {
      width++;
    }
    return width;
  }

  /** The headers wrapped to their columns' widths, as lines of cells, aligned at the bottom. */
  private List<List<String>> headerLines(int[] widths) {
    List<List<String>> wrapped = new ArrayList<>();
    int height = 1;
    for (int c = 0; c < widths.length; c++) {
      List<String> lines = TextWrap.words(headers.get(c), widths[c]);
      wrapped.add(lines);
      height = Math.max(height, lines.size());
    }
    List<List<String>> out = new ArrayList<>();
    for (int l = 0; l < height; l++) {
      List<String> cells = new ArrayList<>();
      for (List<String> lines : wrapped) {
        int index = l - (height - lines.size());
        cells.add(index >= 0 ? lines.get(index) : "");
      }
      out.add(cells);
    }
    return out;
  }

  private void line(Appendable s, List<String> cells, int[] widths) throws IOException {
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
