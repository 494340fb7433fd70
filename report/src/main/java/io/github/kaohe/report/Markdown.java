package io.github.kaohe.report;

import java.util.ArrayList;
import java.util.List;

/** Tables of the Markdown report: columns, each left- or right-aligned, and rows of cells. */
final class Markdown {
  private final List<String> header = new ArrayList<>();
  private final List<Boolean> right = new ArrayList<>();
  private final List<List<String>> rows = new ArrayList<>();

  /** A table with a left-aligned column for each header. */
  static Markdown table(String... header) {
    Markdown t = new Markdown();
    for (String h : header) {
      t.column(h, false);
    }
    return t;
  }

  /** A column; a number column is right-aligned. */
  Markdown column(String name, boolean number) {
    header.add(name);
    right.add(number);
    return this;
  }

  Markdown row(List<String> cells) {
    rows.add(List.copyOf(cells));
    return this;
  }

  Markdown row(String... cells) {
    return row(List.of(cells));
  }

  /** The table, then a blank line. */
  void appendTo(StringBuilder s) {
    row(s, header);
    List<String> rule = new ArrayList<>();
    right.forEach(r -> rule.add(r ? "---:" : "---"));
    row(s, rule);
    rows.forEach(r -> row(s, r));
    s.append('\n');
  }

  /** One row of cells. */
  static void row(StringBuilder s, List<String> cells) {
    s.append('|');
    for (String c : cells) {
      s.append(' ').append(cell(c)).append(" |");
    }
    s.append('\n');
  }

  /** A table cell: pipes escaped, line breaks as spaces. */
  static String cell(String text) {
    return text.replace("|", "\\|").replace('\n', ' ').replace('\r', ' ');
  }
}
