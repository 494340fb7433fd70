package io.github.kaohe.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain CSV splitter the streaming one is held against: the whole text at once, a character at a
 * time. Splits CSV text into records (RFC 4180: quoted fields may hold the delimiter, quotes doubled,
 * and line breaks). Each record remembers the line it starts on. A quote that is never closed is an
 * error.
 */
final class PlainCsv {
  /** One record and the 1-based line it starts on. */
  record Record(int line, List<String> fields) {}

  private PlainCsv() {}

  /** Comma, unless the first line has tabs and no commas. */
  static char detectDelimiter(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    return first.indexOf('\t') >= 0 && first.indexOf(',') < 0 ? '\t' : ',';
  }

  static List<Record> parse(String text, char delimiter) {
    List<Record> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
        fieldStarted = true;
      } else if (c == delimiter) {
        fields.add(field.toString());
        field.setLength(0);
        fieldStarted = true;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
          fields.add(field.toString());
          records.add(new Record(recordLine, List.copyOf(fields)));
        }
        fields.clear();
        field.setLength(0);
        fieldStarted = false;
        line++;
        recordLine = line;
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("an unterminated quote");
    }
    if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString());
      records.add(new Record(recordLine, List.copyOf(fields)));
    }
    return records;
  }
}
