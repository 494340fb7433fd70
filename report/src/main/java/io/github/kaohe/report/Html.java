package io.github.kaohe.report;

import io.github.kaohe.model.Label;
import java.math.BigDecimal;

/** Escaping and the bilingual spans of the HTML report. */
final class Html {
  private Html() {}

  /** The text with {@code & < > " '} escaped, for element content and attribute values. */
  static String esc(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&#39;");
        default -> s.append(c);
      }
    }
    return s.toString();
  }

  /** Chinese and English text, one shown at a time by the page's language switch. */
  static String both(String zh, String en) {
    if (zh.equals(en)) {
      return esc(zh);
    }
    return "<span class=\"zh\">" + esc(zh) + "</span><span class=\"en\">" + esc(en) + "</span>";
  }

  static String both(Label label) {
    return both(label.zh(), label.en());
  }

  /** A header cell; a number column's is right-aligned. */
  static String th(Label label, boolean number) {
    return (number ? "<th class=\"num\">" : "<th>") + both(label) + "</th>";
  }

  /** A number cell, the number exactly as it is. */
  static String td(BigDecimal value) {
    return "<td class=\"num\">" + esc(value.toPlainString()) + "</td>";
  }

  /** A caption, a note under a table or a chart. */
  static String note(String zh, String en) {
    return "<p class=\"note\">" + both(zh, en) + "</p>\n";
  }
}
