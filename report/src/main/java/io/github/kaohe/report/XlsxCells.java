package io.github.kaohe.report;

import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Language;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;

/** What every sheet of the workbook writes alike: titles, header rows, numbers with their formats, widths. */
final class XlsxCells {
  private static final String HEADER_FILL = "DDE3EA";

  private XlsxCells() {}

  /** The scheme's title and period (and that the data are a sample) in bold; the next row. */
  static int title(Worksheet ws, int r, SchemeResult result, boolean sample, Language lang) {
    value(ws, r, 0, result.scheme().name().in(lang) + " · " + result.period() + (sample ? " · " + Labels.SAMPLE.in(lang) : ""));
    ws.style(r, 0).bold().fontSize(13).set();
    return r + 1;
  }

  /** A text cell; one a spreadsheet would take for a formula is written with a quote before it ({@link CellText}). */
  static void value(Worksheet ws, int r, int c, String text) {
    ws.value(r, c, CellText.neutralised(text));
  }

  /** A number cell: a number, never text, whatever its sign. */
  static void value(Worksheet ws, int r, int c, Number number) {
    ws.value(r, c, number);
  }

  /** A header row: bold, on grey, wrapped. */
  static void header(Worksheet ws, int r, List<String> cells) {
    for (int c = 0; c < cells.size(); c++) {
      value(ws, r, c, cells.get(c));
      ws.style(r, c).bold().fillColor(HEADER_FILL).wrapText(true).verticalAlignment("top").set();
    }
  }

  static void number(Worksheet ws, int r, int c, BigDecimal value, String format) {
    value(ws, r, c, value);
    ws.style(r, c).format(format).set();
  }

  /** An amount shown with exactly its decimals, thousands separated: {@code #,##0.00} for 925063.00. */
  static void exact(Worksheet ws, int r, int c, BigDecimal value) {
    number(ws, r, c, value, exact(value.scale()));
  }

  /** A value shown as a person reads it: its decimals without trailing zeros, six at most. */
  static void shown(Worksheet ws, int r, int c, BigDecimal value) {
    number(ws, r, c, value, exact(Math.min(6, value.stripTrailingZeros().scale())));
  }

  /** A percentage held as a fraction, e.g. 42.53 as 0.4253, shown {@code 42.53%}. */
  static void percent(Worksheet ws, int r, int c, BigDecimal percent) {
    number(ws, r, c, percent.movePointLeft(2), "0.00%");
  }

  /** {@code #,##0.00} for two decimals, {@code #,##0} for none. */
  static String exact(int scale) {
    return scale <= 0 ? "#,##0" : "#,##0." + "0".repeat(scale);
  }

  /** Name columns wide, the others narrow. */
  static void widths(Worksheet ws, int columns, int nameColumn, int nameColumn2) {
    for (int c = 0; c < columns; c++) {
      ws.width(c, c == nameColumn || c == nameColumn2 ? 22 : 12);
    }
  }
}
