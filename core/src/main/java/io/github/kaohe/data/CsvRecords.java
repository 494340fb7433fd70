package io.github.kaohe.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Splits CSV text into rows as it is read (RFC 4180: quoted fields may hold the delimiter, quotes
 * doubled, and line breaks), a buffer at a time, so that a file of any length is never held
 * whole. Each row remembers the line it starts on. The delimiter is a comma, unless the first
 * line has tabs and no commas. A leading byte-order mark is dropped.
 */
final class CsvRecords implements Iterator<DataSheet.Row> {
  private static final int BUFFER = 1 << 16;

  private final Reader in;
  private final char[] buffer = new char[BUFFER];
  private int position;
  private int limit;
  private boolean eof;
  private char delimiter;
  private int line = 1;
  private DataSheet.Row next;
  private final List<String> fields = new ArrayList<>();
  private final StringBuilder field = new StringBuilder();

  CsvRecords(Reader in) {
    this.in = in;
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
        if (n > 0 && limit >= BUFFER / 2) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Comma, unless the first line (as far as the first buffer holds it) has tabs and no commas. */
  private char detectDelimiter() {
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
    boolean quoted = false;
    boolean fieldStarted = false;
    int recordLine = line;
    while (true) {
      int c = read();
      if (c < 0) {
        if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
          fields.add(field.toString());
          return new DataSheet.Row(recordLine, fields);
        }
        return null;
      }
      if (quoted) {
        if (c == '"') {
          if (peek() == '"') {
            field.append('"');
            position++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append((char) c);
        }
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
        fieldStarted = true;
      } else if (c == delimiter) {
        fields.add(field.toString());
        field.setLength(0);
        fieldStarted = true;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && peek() == '\n') {
          position++;
        }
        line++;
        if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
          fields.add(field.toString());
          return new DataSheet.Row(recordLine, fields);
        }
        recordLine = line;
      } else {
        field.append((char) c);
      }
    }
  }
}
