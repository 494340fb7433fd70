package io.github.kaohe.report;

/**
 * Text cells of CSV and Excel output made safe to open in a spreadsheet (OWASP "CSV injection"):
 * a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * would be taken for a formula ({@code =HYPERLINK(…)} as a project's name), so it is written with a
 * single quote before it, which spreadsheets show as text. Numbers are written as numbers, never
 * through here: a negative total stays a number.
 */
final class CellText {
  private CellText() {}

  /** The text, with a quote before it if a spreadsheet would read it as a formula. */
  static String neutralised(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
  }
}
