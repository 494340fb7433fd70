package io.github.kaohe.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Splits CSV text into rows as it is read (RFC 4180: quoted fields may hold the delimiter, quotes
 * doubled, and line breaks), a buffer at a time, so that a file of any length is never held
 * whole. Each row remembers the line it starts on. The delimiter is a comma, unless the first
 * line has tabs and no commas. A leading byte-order mark is dropped.
 *
 * <p>Limits, as Excel's: a cell holds at most {@value #MAX_CELL} characters, a row at most
 * {@value #MAX_CELLS} cells and a file at most {@value #MAX_ROWS} rows. A cell, row or file beyond
 * them, and a quote that is never closed, is a {@link Malformed} problem at its row and column,
 * never a string that fills the memory or a read of minutes.
 */
final class CsvRecords implements Iterator<DataSheet.Row> {
  /** The most characters a cell may have: Excel's limit. */
  static final int MAX_CELL = 32_767;
  /** The most cells a row may have: Excel's limit of columns. */
  static final int MAX_CELLS = 16_384;
  /** The most rows a file may have (blank lines aside): Excel's limit of rows. */
  static final int MAX_ROWS = 1_048_576;
  private static final int BUFFER = 1 << 16;
  /** How much of a first line the delimiter is looked for in. */
  private static final int FIRST_LINE_LIMIT = 1 << 21;

  /** The text breaks a limit or is not CSV, at a row (line) and column. */
  static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int row;
    final int column;

    Malformed(int row, int column, String message) {
      super(message, null, false, false);
      this.row = row;
      this.column = column;
    }
  }

  private final Reader in;
  private char[] buffer;
  private int position;
  private int limit;
  private boolean eof;
  private char delimiter;
  private int line = 1;
  private DataSheet.Row next;
  private int rows;
  private final List<String> fields = new ArrayList<>();
  private final StringBuilder field = new StringBuilder();
  /** A field read whole from the buffer, not yet taken. */
  private String ready;

  CsvRecords(Reader in) {
    this(in, BUFFER);
  }

  /** A parser with a buffer of {@code size} characters (small ones test the buffer's edges). */
  CsvRecords(Reader in, int size) {
    this.in = in;
    this.buffer = new char[size];
    fill();
    if (limit > 0 && buffer[0] == '\uFEFF') {
      position = 1;
    }
    this.delimiter = detectDelimiter();
  }

  private void fill() {
    if (eof) {
      return;
    }
    try {
      if (position < limit) {
        System.arraycopy(buffer, position, buffer, 0, limit - position);
      }
      limit -= position;
      position = 0;
      while (limit < buffer.length) {
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
          eof = true;
          break;
        }
        limit += n;
        if (n > 0 && limit >= buffer.length / 2) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Comma, unless the first line has tabs and no commas. */
  private char detectDelimiter() {
    // hold the whole first line: grow the buffer until it has a line break or the text ends
    while (!eof && indexOfLineBreak() < 0 && buffer.length < FIRST_LINE_LIMIT) {
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
      fill();
    }
    boolean tab = false;
    for (int i = position; i < limit; i++) {
      char c = buffer[i];
      if (c == '\n') {
        break;
      }
      if (c == ',') {
        return ',';
      }
      tab |= c == '\t';
    }
    return tab ? '\t' : ',';
  }

  private int indexOfLineBreak() {
    for (int i = position; i < limit; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** The next character, or −1 at the end. */
  private int read() {
    if (position == limit) {
      fill();
      if (position == limit) {
        return -1;
      }
    }
    return buffer[position++];
  }

  private int peek() {
    if (position == limit) {
      fill();
      if (position == limit) {
        return -1;
      }
    }
    return buffer[position];
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = parse();
      if (next != null && ++rows > MAX_ROWS) {
        throw new Malformed(next.number(), 0, "the file has more than " + MAX_ROWS
            + " rows, the most a sheet has (Excel's limit): split it");
      }
    }
    return next != null;
  }

  @Override
  public DataSheet.Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    DataSheet.Row r = next;
    next = null;
    return r;
  }

  /** The next record that has any field, or null at the end. */
  private DataSheet.Row parse() {
    fields.clear();
    field.setLength(0);
    ready = null;
    boolean fieldStarted = false;
    int recordLine = line;
    while (true) {
      if (position == limit) {
        fill();
        if (position == limit) {
          if (fieldStarted || pending() || !fields.isEmpty()) {
            fields.add(take());
            return new DataSheet.Row(recordLine, fields);
          }
          return null;
        }
      }
      char c = buffer[position];
      if (c == '"' && !pending()) {
        position++;
        quoted(fields.size() + 1);
        fieldStarted = true;
      } else if (c == delimiter) {
        position++;
        fields.add(take());
        if (fields.size() >= MAX_CELLS) {
          throw new Malformed(recordLine, MAX_CELLS + 1,
              "the row has more than " + MAX_CELLS + " cells, the most a sheet has (Excel's limit)");
        }
        fieldStarted = true;
      } else if (c == '\r' || c == '\n') {
        position++;
        if (c == '\r' && peek() == '\n') {
          position++;
        }
        line++;
        if (fieldStarted || pending() || !fields.isEmpty()) {
          fields.add(take());
          return new DataSheet.Row(recordLine, fields);
        }
        recordLine = line;
      } else {
        plain();
      }
    }
  }

  /**
   * Reads unquoted text up to the next delimiter or line break (a quote inside it is only a
   * character); a field that ends within the buffer becomes a string in one copy.
   */
  private void plain() {
    int start = position;
    while (position < limit) {
      char d = buffer[position];
      if (d == delimiter || d == '\r' || d == '\n') {
        break;
      }
      position++;
    }
    if (field.length() == 0 && position < limit && ready == null) {
      ready = new String(buffer, start, position - start);
    } else {
      if (ready != null) {
        field.append(ready);
        ready = null;
      }
      field.append(buffer, start, position - start);
    }
    if (field.length() > MAX_CELL || (ready != null && ready.length() > MAX_CELL)) {
      throw new Malformed(line, fields.size() + 1,
          "the cell has more than " + MAX_CELL + " characters, the most a cell holds (Excel's limit)");
    }
  }

  /**
   * Reads a quoted field's text after its opening quote, up to its closing quote.
   *
   * @param column the field's column, for problems
   */
  private void quoted(int column) {
    int startLine = line;
    while (true) {
      int c = read();
      if (c < 0) {
        throw new Malformed(startLine, column,
            "an unterminated quote starting at row " + startLine + ", column " + column
                + ": the file ends before its closing quote (\"); close it, or remove the quote");
      }
      if (field.length() > MAX_CELL) {
        throw new Malformed(startLine, column,
            "an unterminated quote starting at row " + startLine + ", column " + column + ": no closing quote (\")"
                + " within " + MAX_CELL + " characters, the most a cell holds; close it, or remove the quote");
      }
      if (c == '"') {
        if (peek() == '"') {
          field.append('"');
          position++;
        } else {
          return;
        }
      } else {
        if (c == '\n') {
          line++;
        }
        field.append((char) c);
      }
    }
  }

  /** Whether some text of the current field has been read. */
  private boolean pending() {
    return ready != null || field.length() > 0;
  }

  /** The field read so far, and a fresh start for the next. */
  private String take() {
    String s;
    if (ready != null) {
      s = field.length() == 0 ? ready : ready + field;
      ready = null;
    } else {
      s = field.toString();
    }
    field.setLength(0);
    return s;
  }
}
