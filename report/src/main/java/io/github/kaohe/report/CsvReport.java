package io.github.kaohe.report;

import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.eval.ScoreTable;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.whatif.Provisional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A report of one scheme as CSV for spreadsheets: UTF-8 with a byte-order mark (without it, Excel
 * reads the Chinese names as mojibake), CRLF line ends, one row per entity: place, entity id,
 * name, total, then the points of every category (parents before children) and of every
 * indicator, headed by their ids. The first four headers are capitalised ({@code Place, Entity,
 * Name, Total}) because ids are lower case: an indicator called {@code place} cannot clash with
 * them. The place is empty for an entity that takes no place. Several periods of the scheme make
 * one table, with a {@code Period} column first. A name that a spreadsheet would take for a formula
 * ({@code =HYPERLINK(…)}) is written with a quote before it ({@link CellText}); numbers, negative
 * ones too, are written as they are. A provisional ranking has three more columns after
 * {@code Total}: {@code Provisional} ({@code true} on the rows of the provisional period),
 * {@code Best} and {@code Worst} (the places each entity can still reach, empty for none).
 */
public final class CsvReport {
  static final String BOM = "\uFEFF";

  private CsvReport() {}

  /**
   * The CSV text of a report of one scheme (schemes' columns differ, so several would not make one
   * table), in each of its periods.
   *
   * @throws IllegalArgumentException if the report holds several schemes
   */
  public static String write(Report report, Language lang) {
    StringBuilder s = new StringBuilder();
    try {
      write(report, lang, s);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return s.toString();
  }

  /**
   * Writes the CSV text of a report of one scheme as it goes, a row at a time, so that a million
   * entities never make one string.
   *
   * @throws IllegalArgumentException if the report holds several schemes
   * @throws IOException if {@code out} cannot be written
   */
  public static void write(Report report, Language lang, Appendable out) throws IOException {
    if (report.schemes().size() != 1) {
      throw new IllegalArgumentException(
          "a CSV report holds one scheme, but this report holds " + report.schemes().size());
    }
    SchemeReport only = report.schemes().get(0);
    write(only.results(), only.provisional().orElse(null), lang, out);
  }

  private static void write(List<SchemeResult> results, Provisional.@Nullable Result provisional, Language lang, Appendable s)
      throws IOException {
    Scheme scheme = results.get(0).scheme();
    boolean periods = results.size() > 1;
    List<String> header = new ArrayList<>();
    if (periods) {
      header.add("Period");
    }
    header.addAll(List.of("Place", "Entity", "Name", "Total"));
    if (provisional != null) {
      header.addAll(List.of("Provisional", "Best", "Worst"));
    }
    // the scheme builds these lists anew on each call: once here, not per entity
    List<String> parts = new ArrayList<>();
    scheme.allCategories().forEach(c -> parts.add(c.id()));
    scheme.indicators().forEach(i -> parts.add(i.id()));
    header.addAll(parts);
    s.append(BOM);
    line(s, header);
    for (SchemeResult result : results) {
      ScoreTable table = result.table(); // the cells read from the columns, no entity's tree built
      List<ScoreTable.Column> columns = parts.stream().map(table::column).toList();
      boolean now = provisional != null && result.period().equals(provisional.result().period());
      String period = result.period().toString();
      for (int row = 0; row < table.size(); row++) {
        if (periods) {
          cell(s, period).append(',');
        }
        OptionalInt place = table.place(row);
        if (place.isPresent()) {
          s.append(Integer.toString(place.getAsInt()));
        }
        String id = table.id(row);
        cell(s.append(','), CellText.neutralised(id)).append(',');
        cell(s, CellText.neutralised(table.entity(row).name().in(lang))).append(',');
        s.append(table.total(row).toPlainString());
        if (provisional != null) {
          Provisional.Bounds b = now ? provisional.bounds().get(id) : null;
          s.append(now ? ",true," : ",,")
              .append(b == null || b.best() == 0 ? "" : Integer.toString(b.best())).append(',')
              .append(b == null || b.worst() == 0 ? "" : Integer.toString(b.worst()));
        }
        for (ScoreTable.Column c : columns) { // the categories at every depth, then the indicators
          s.append(',').append(c.points(row).toPlainString());
        }
        s.append("\r\n");
      }
    }
  }

  private static void line(Appendable s, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        s.append(',');
      }
      s.append(quote(cells.get(i)));
    }
    s.append("\r\n");
  }

  /** RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled. */
  static String quote(String cell) {
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }

  private static Appendable cell(Appendable s, String cell) throws IOException {
    return s.append(quote(cell));
  }
}
