// Over 500 lines: one pass over the rows of every shape (wide or long, CSV or workbook) and its problems;
// the cells themselves are read by CellReader.
package io.github.kaohe.data;

import io.github.kaohe.model.Fact;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.ValidRange;
import io.github.kaohe.model.EntityDefinition;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a scheme's data from sheets of text cells ({@link DataSheet}): a CSV file
 * ({@link CsvDataReader} reads one), or the sheets of a workbook.
 *
 * <p>The header is the first row with an entity column (headed {@code entity}, 名称, 单位, 单位名称
 * or 实体); rows above it, such as a title, are ignored. Two shapes are understood:
 *
 * <ul>
 *   <li><b>wide</b>: one row per entity (and period), one column per indicator, adjustment item,
 *       fact or attribute, headed by its id or its Chinese or English name;
 *   <li><b>long</b>: one row per value, with an indicator column (headed {@code indicator}, 指标,
 *       指标名称 or 项目) naming what the value is, and a value column ({@code value}, 数值, 值 or
 *       指标值); a unit column ({@code unit}, 计量单位) may stand beside them: a value in another
 *       unit of the same kind is converted to the indicator's (13.5 亿元 is 135000 万元), and one
 *       in a unit that does not convert ({@code kg} for 万元) is a problem.
 * </ul>
 *
 * <p>In a CSV file, a row has a cell for every column of the header: a row with fewer cells than
 * the header has columns (up to its last named column), or with more, has lost or gained a cell
 * and is a problem, even where the cells left out would be empty; write them as commas. A
 * workbook's rows may end early, as Excel stores no empty cells. A blank row is skipped.
 *
 * <p>Every value must be plausible: within its indicator's or fact's declared range
 * ({@code valid: {min, max}}), else within the defaults of its unit (a share in % from 0 to 100,
 * an amount or area not negative, a place from 1 to the field's size; see the README).
 *
 * <p>A row's period comes from its period column ({@code period}, 期间, 年度 or 时期: {@code 2015},
 * {@code 2015Q3}, {@code 2015年第三季度}), else from the sheet's name, else from the
 * {@link #withPeriod default period}. An empty cell is a missing value. Numbers may have thousands
 * separators ({@code 1,234.5}) and, where the indicator's unit is %, a percent sign ({@code 12.5%}).
 * Facts are read by their type: true/false (是/否, 1/0), whole counts, places, or an enumeration's
 * values. A row whose entity is 合计, 总计, 小计 or {@code total} (and names no entity of the
 * scheme) is a totals row and is ignored.
 *
 * <p>Every problem is reported at once, with file, sheet, row and column, in one
 * {@link DataException}; nothing is returned from sheets with problems, unless bad rows are skipped
 * ({@link #readSkippingBadRows}), and then the problems of the rows left out are returned beside
 * the data.
 */
public final class DataReader {
  private static final Set<Column.Kind> KEYED =
      Set.of(Column.Kind.VALUE, Column.Kind.COUNT, Column.Kind.FACT, Column.Kind.ATTRIBUTE);
  private static final Set<String> TOTALS = Set.of("合计", "总计", "小计", "total", "sum");
  /** How far down the header may be: rows above it are a title. */
  private static final int HEADER_SEARCH = 10;
  /** The most problems listed; the rest are counted, so that a file of a million bad rows fits in memory. */
  static final int MAX_PROBLEMS = 10_000;

  private final Scheme scheme;
  private final @Nullable Period defaultPeriod;
  private final @Nullable Policy sharedWith;

  private DataReader(Scheme scheme, @Nullable Period defaultPeriod, @Nullable Policy sharedWith) {
    this.scheme = scheme;
    this.defaultPeriod = defaultPeriod;
    this.sharedWith = sharedWith;
  }

  /**
   * The values an indicator's column can plausibly hold: as the policy declares ({@code valid:}),
   * else the default for its unit or method (a share in % from 0 to 100, an amount 0 or more, a
   * place 1 or more), as the readers check them.
   */
  public static ValidRange plausible(Indicator indicator) {
    return ValidRanges.of(indicator).valid();
  }

  /** The values a fact's column can plausibly hold, as {@link #plausible(Indicator)}. */
  public static ValidRange plausible(Fact fact) {
    return ValidRanges.of(fact).valid();
  }

  /** A reader for data of this scheme. */
  public static DataReader forScheme(Scheme scheme) {
    return new DataReader(Objects.requireNonNull(scheme, "scheme"), null, null);
  }

  /** A reader that puts rows without a period (no period column, no sheet named after one) in this period. */
  public DataReader withPeriod(Period period) {
    return new DataReader(scheme, Objects.requireNonNull(period, "period"), sharedWith);
  }

  /**
   * A reader that passes over the columns (and a long sheet's rows) of the policy's other schemes,
   * so that one table of firms can feed several schemes; a column no scheme reads is still an
   * error.
   */
  public DataReader ignoringColumnsOfOtherSchemes(Policy policy) {
    return new DataReader(scheme, defaultPeriod, Objects.requireNonNull(policy, "policy"));
  }

  /** Whether a column of this header holds the entity ({@code entity}, {@code 名称}, {@code 单位}, ...). */
  public static boolean isEntityColumn(String header) {
    return Columns.is(Columns.ENTITY, header);
  }

  /**
   * Whether the sheet has a header with an entity column in its first rows, as data sheets do; a
   * workbook's other sheets (notes, charts' data) do not.
   */
  public static boolean hasHeader(DataSheet sheet) {
    int nonBlank = 0;
    for (DataSheet.Row row : sheet.rows()) {
      if (blank(row.cells())) {
        continue;
      }
      if (row.cells().stream().anyMatch(c -> Columns.is(Columns.ENTITY, c))) {
        return true;
      }
      if (++nonBlank >= HEADER_SEARCH) {
        return false;
      }
    }
    return false;
  }

  /**
   * Reads the sheets into one dataset.
   *
   * @throws DataException listing every problem of every sheet
   */
  public Dataset read(List<? extends RowSource> sheets) {
    Reading r = readAll(sheets);
    if (!r.problems.isEmpty()) {
      throw new DataException(r.listed());
    }
    return r.staging.build();
  }

  /**
   * Reads the sheets, leaving out every entity's period that has a problem in one of its rows.
   *
   * @throws DataException if a sheet as a whole cannot be read (an empty sheet, a bad header): then
   *     no row can be trusted
   */
  public DataRead readSkippingBadRows(List<? extends RowSource> sheets) {
    Reading r = readAll(sheets);
    if (r.sheetProblem) {
      throw new DataException(r.listed());
    }
    return new DataRead(r.staging.build(), r.listed());
  }

  private Reading readAll(List<? extends RowSource> sheets) {
    Columns columns = new Columns(scheme);
    Reading r = new Reading(sharedWith == null ? columns : columns.ignoringOthersOf(sharedWith));
    if (sheets.isEmpty()) {
      throw new IllegalArgumentException("give at least one sheet to read");
    }
    for (RowSource sheet : sheets) {
      r.sheet(sheet);
    }
    return r;
  }

  /** An entity in a period: what a wide sheet's row holds. */
  private record Key(String entity, Period period) {}

  /** What the header says each column holds. */
  private record Header(
      List<@Nullable Column> columns, int entity, int period, int indicator, int value, int unit, int named) {
    boolean isLong() {
      return indicator >= 0;
    }
  }

  /** One call's state: the values read and the problems found. */
  private final class Reading {
    final Columns columns;
    final Staging staging = new Staging();
    final CellReader cellReader = new CellReader();
    /** Every name of every entity of the scheme, to its id: one lookup per row. */
    final Map<String, String> entityIds = new HashMap<>();
    /** The problems not listed, past {@link #MAX_PROBLEMS}. */
    int unlisted;
    /** The period text of the last row and its period: the rows of a sheet mostly share one. */
    String lastPeriodText = "";
    @Nullable Period lastPeriod;
    final List<DataProblem> problems = new ArrayList<>();
    /** Whether a problem concerns a sheet as a whole. */
    boolean sheetProblem;

    Reading(Columns columns) {
      this.columns = columns;
      for (EntityDefinition e : scheme.entities()) {
        for (String name : e.allNames()) {
          entityIds.putIfAbsent(name, e.id());
        }
      }
    }

    /** The problems, with a last one that counts those not listed. */
    List<DataProblem> listed() {
      if (unlisted == 0) {
        return problems;
      }
      List<DataProblem> all = new ArrayList<>(problems);
      DataProblem last = problems.get(problems.size() - 1);
      all.add(new DataProblem(last.file(), last.sheet(), 0, 0, "",
          "and " + unlisted + " more problems, not listed: correct those above first"));
      return all;
    }

    /** Reads a sheet in one pass: its first rows are held until the header is found. */
    void sheet(RowSource sheet) {
      Iterator<DataSheet.Row> rows = sheet.iterator();
      List<DataSheet.Row> head = new ArrayList<>();
      int first = -1;
      int start = -1;
      int nonBlank = 0;
      while (start < 0 && rows.hasNext()) {
        DataSheet.Row row = rows.next();
        head.add(row);
        int r = head.size() - 1;
        if (blank(row.cells())) {
          continue;
        }
        if (first < 0) {
          first = r;
        }
        // as hasHeader: the first ten rows that are not blank
        if (nonBlank++ >= HEADER_SEARCH) {
          break;
        }
        if (row.cells().stream().anyMatch(c -> Columns.is(Columns.ENTITY, c))) {
          start = r;
        }
      }
      start = start >= 0 ? start : first;
      if (start < 0) {
        sheetProblem(sheet, 0, 0, "",
            sheet.sheet().isEmpty() ? "the file is empty: it needs a header row" : "the sheet is empty: it needs a header row");
        return;
      }
      Header header = header(sheet, head.get(start));
      if (header == null) {
        return;
      }
      for (int r = start + 1; r < head.size(); r++) {
        row(sheet, header, head.get(r));
      }
      head.clear();
      while (rows.hasNext()) {
        row(sheet, header, rows.next());
      }
    }

    private void row(RowSource sheet, Header header, DataSheet.Row row) {
      if (header.isLong()) {
        longRow(sheet, header, row);
      } else {
        wideRow(sheet, header, row);
      }
    }

    private @Nullable Header header(RowSource sheet, DataSheet.Row row) {
      int before = problems.size();
      List<@Nullable Column> cols = new ArrayList<>();
      Map<String, Integer> seen = new HashMap<>();
      int entity = -1;
      int period = -1;
      int indicator = -1;
      int value = -1;
      int unit = -1;
      int named = 0;
      for (int c = 0; c < row.cells().size(); c++) {
        String h = row.cells().get(c).strip();
        if (!h.isEmpty()) {
          named = c + 1;
        }
        Column column;
        if (h.isEmpty()) {
          column = new Column(h, Column.Kind.UNNAMED, "", null, null);
        } else if (Columns.is(Columns.ENTITY, h)) {
          column = new Column(h, Column.Kind.ENTITY, "entity", null, null);
          entity = c;
        } else if (Columns.is(Columns.PERIOD, h)) {
          column = new Column(h, Column.Kind.PERIOD, "period", null, null);
          period = c;
        } else if (Columns.is(Columns.INDICATOR, h)) {
          column = new Column(h, Column.Kind.INDICATOR, "indicator", null, null);
          indicator = c;
        } else if (Columns.is(Columns.VALUE, h)) {
          column = new Column(h, Column.Kind.VALUE_CELL, "value", null, null);
          value = c;
        } else if (Columns.is(Columns.LONG_EXTRAS, h)) {
          column = new Column(h, Column.Kind.IGNORED, "unit", null, null);
          unit = c;
        } else {
          column = columns.find(h);
          if (column == null) {
            sheetProblem(sheet, row.number(), c + 1, CellText.shown(h), columns.unknown(h));
            cols.add(null);
            continue;
          }
        }
        cols.add(column);
        if (column.kind() == Column.Kind.UNNAMED) {
          continue;
        }
        Integer previous = seen.putIfAbsent(column.key(), c + 1);
        if (previous != null) {
          sheetProblem(sheet, row.number(), c + 1, CellText.shown(h),
              "this column repeats column " + previous + " (both are '" + column.key() + "')");
        }
      }
      if (entity < 0) {
        sheetProblem(sheet, row.number(), 0, "", "the header has no entity column: name one 'entity' (or 名称)");
      }
      if (period < 0 && defaultPeriod == null && sheet.period().isEmpty()) {
        sheetProblem(sheet, row.number(), 0, "",
            "the header has no period column: add one headed 'period' (2015, 2015Q3)"
                + (sheet.sheet().isEmpty() ? "" : ", name the sheet after its period")
                + " or give a default period (--period)");
      }
      if ((indicator < 0) != (value < 0)) {
        sheetProblem(sheet, row.number(), 0, "",
            "a long sheet needs both an indicator column ('indicator' or 指标) and a value column ('value' or 数值)");
      }
      if (indicator >= 0 && value >= 0) {
        for (int c = 0; c < cols.size(); c++) {
          Column column = cols.get(c);
          if (column != null && KEYED.contains(column.kind())) {
            sheetProblem(sheet, row.number(), c + 1, column.header(),
                "a long sheet has entity, period, indicator and value columns only: give '" + column.header()
                    + "' in rows, with its name in the indicator column");
          }
        }
      }
      if (unit >= 0 && indicator < 0) {
        sheetProblem(sheet, row.number(), unit + 1, "unit",
            "a unit column belongs to a long sheet (indicator, value and unit columns): in a wide sheet the"
                + " units are the policy's; remove the column");
      }
      return problems.size() > before ? null : new Header(cols, entity, period, indicator, value, unit, named);
    }

    private void wideRow(RowSource sheet, Header h, DataSheet.Row row) {
      List<String> cells = row.cells();
      if (blank(cells) || totalsRow(cell(cells, h.entity()))) {
        return;
      }
      for (int c = h.columns().size(); c < cells.size(); c++) {
        if (!cells.get(c).isBlank()) {
          rowProblem(sheet, row.number(), c + 1, "",
              "the row has " + cells.size() + " cells but the header only " + h.columns().size() + " columns", null);
          return;
        }
      }
      if (csv(sheet) && cells.size() < h.named()) {
        rowProblem(sheet, row.number(), cells.size() + 1, "",
            "the row has " + cells.size() + " cells but the header " + h.named() + " columns: cells are missing"
                + " (an empty cell is still written, as a comma)", null);
        return;
      }
      Key key = key(sheet, h, row);
      if (key == null) {
        return;
      }
      int entry = staging.enter(key.entity(), key.period(), sheet.sheet(), row.number(), true);
      if (entry < 0) {
        staging.markBad(key.entity(), key.period());
        rowProblem(sheet, row.number(), 0, "",
            "entity '" + key.entity() + "' in " + key.period() + " already has a row ("
                + staging.place(-entry - 1, key.period()).shownFrom(sheet.sheet()) + ")", null);
        return;
      }
      for (int c = 0; c < h.columns().size(); c++) {
        Column column = h.columns().get(c);
        String text = cell(cells, c);
        if (column == null || text.isEmpty()) {
          continue;
        }
        if (column.kind() == Column.Kind.UNNAMED) {
          rowProblem(sheet, row.number(), c + 1, "",
              "the cell has a value, but its column has no header: name the column", key);
          continue;
        }
        store(sheet, row.number(), c + 1, column, text, key, entry, false, BigDecimal.ONE);
      }
    }

    private void longRow(RowSource sheet, Header h, DataSheet.Row row) {
      List<String> cells = row.cells();
      if (blank(cells) || totalsRow(cell(cells, h.entity()))) {
        return;
      }
      if (csv(sheet) && cells.size() < h.named()) {
        rowProblem(sheet, row.number(), cells.size() + 1, "",
            "the row has " + cells.size() + " cells but the header " + h.named() + " columns: cells are missing"
                + " (an empty cell is still written, as a comma)", null);
        return;
      }
      Key key = key(sheet, h, row);
      String named = cell(cells, h.indicator());
      Column column = named.isEmpty() ? null : columns.find(named);
      if (named.isEmpty()) {
        rowProblem(sheet, row.number(), h.indicator() + 1, "indicator", "the indicator is missing", key);
      } else if (column == null) {
        rowProblem(sheet, row.number(), h.indicator() + 1, "indicator", columns.unknown(CellText.shown(named)), key);
      }
      if (key == null || column == null || column.kind() == Column.Kind.IGNORED) {
        return; // a row of another scheme's indicator
      }
      int entry = staging.enter(key.entity(), key.period(), sheet.sheet(), row.number(), false);
      if (entry < 0) {
        entry = -entry - 1; // an entry of earlier rows
      }
      if (staging.wide(entry, key.period())) {
        staging.markBad(key.entity(), key.period());
        rowProblem(sheet, row.number(), 0, "",
            "entity '" + key.entity() + "' in " + key.period() + " already has a row ("
                + staging.place(entry, key.period()).shownFrom(sheet.sheet()) + ")", key);
        return;
      }
      String text = cell(cells, h.value());
      if (text.isEmpty()) {
        return;
      }
      String unit = cell(cells, h.unit());
      BigDecimal factor = cellReader.factor(column, unit);
      if (factor == null) {
        rowProblem(sheet, row.number(), h.unit() + 1, "unit", cellReader.unitProblem(column, unit), key);
        return;
      }
      Staging.Place given = staging.given(entry, key.period(), column.key());
      if (given != null) {
        rowProblem(sheet, row.number(), h.value() + 1, column.header(),
            "the value of '" + column.key() + "' for '" + key.entity() + "' in " + key.period()
                + " is already given (" + given.shownFrom(sheet.sheet()) + ")", key);
        return;
      }
      store(sheet, row.number(), h.value() + 1, column, text, key, entry, true, factor);
    }

    /** The row's entity and period; null (with problems) if either cannot be read. */
    private @Nullable Key key(RowSource sheet, Header h, DataSheet.Row row) {
      String entity = entity(sheet, row.number(), h.entity() + 1, cell(row.cells(), h.entity()));
      Period period = period(sheet, h, row);
      return entity == null || period == null ? null : new Key(entity, period);
    }

    private @Nullable Period period(RowSource sheet, Header h, DataSheet.Row row) {
      Period given = sheet.period().orElse(defaultPeriod);
      if (h.period() < 0) {
        return given;
      }
      String text = cell(row.cells(), h.period());
      if (text.isEmpty()) {
        if (given == null) {
          rowProblem(sheet, row.number(), h.period() + 1, "period",
              "the period is missing: write a year (2015) or a quarter (2015Q3)", null);
        }
        return given;
      }
      Period p;
      try {
        p = text.equals(lastPeriodText) ? lastPeriod : Period.parse(text);
        lastPeriodText = text;
        lastPeriod = p;
      } catch (IllegalArgumentException e) {
        rowProblem(sheet, row.number(), h.period() + 1, "period", e.getMessage(), null);
        return null;
      }
      if (sheet.period().isPresent() && !sheet.period().get().equals(p)) {
        rowProblem(sheet, row.number(), h.period() + 1, "period",
            "the row is in " + p + ", but its sheet is named after " + sheet.period().get()
                + ": move the row, or correct its period", null);
        return null;
      }
      return p;
    }

    private @Nullable String entity(RowSource sheet, int row, int column, String text) {
      if (text.isEmpty()) {
        rowProblem(sheet, row, column, "entity", "the entity is missing", null);
        return null;
      }
      Optional<EntityDefinition> context = scheme.findContext(text);
      if (context.isPresent()) {
        return context.get().id();
      }
      if (scheme.entities().isEmpty()) {
        return text;
      }
      String id = entityIds.get(text);
      if (id != null) {
        return id;
      }
      rowProblem(sheet, row, column, "entity",
          "scheme '" + scheme.id() + "' has no entity '" + CellText.shown(text) + "'"
              + (problems.size() < 100 ? Columns.suggestion(text, entityIds.keySet()) : ""), null);
      return null;
    }

    private boolean totalsRow(String entity) {
      return TOTALS.contains(entity.toLowerCase(Locale.ROOT))
          && scheme.entities().stream().noneMatch(e -> e.allNames().contains(entity));
    }

    private void store(
        RowSource sheet, int row, int col, Column column, String text, Key key, int entry, boolean longSheet,
        BigDecimal factor) {
      switch (column.kind()) {
        case VALUE, COUNT, FACT -> {
          String problem = cellReader.store(column, text, staging, key.period(), entry, factor);
          if (problem != null) {
            rowProblem(sheet, row, col, column.header(), problem, key);
            return;
          }
        }
        case ATTRIBUTE -> staging.attribute(entry, key.period(), column.key(), text);
        default -> {
          return; // entity, period and the long sheet's own columns are read elsewhere
        }
      }
      if (longSheet) {
        staging.givenAt(entry, key.period(), column.key(), new Staging.Place(sheet.sheet(), row));
      }
    }

    private void sheetProblem(RowSource sheet, int row, int column, String field, String message) {
      add(new DataProblem(sheet.file(), sheet.sheet(), row, column, field, message));
      sheetProblem = true;
    }

    private void add(DataProblem problem) {
      if (problems.size() < MAX_PROBLEMS) {
        problems.add(problem);
      } else {
        unlisted++;
      }
    }

    /** A problem in one row; the entity's period it belongs to, if known, is left out when skipping. */
    private void rowProblem(
        RowSource sheet, int row, int column, String field, String message, @Nullable Key key) {
      add(new DataProblem(sheet.file(), sheet.sheet(), row, column, field, message));
      if (key != null) {
        staging.markBad(key.entity(), key.period());
      }
    }
  }

  /** Whether the rows are a CSV file's, which writes every cell, empty or not (a workbook leaves empty cells out). */
  private static boolean csv(RowSource sheet) {
    return sheet.sheet().isEmpty();
  }

  private static boolean blank(List<String> cells) {
    for (String c : cells) {
      if (!c.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static String cell(List<String> cells, int c) {
    return c >= 0 && c < cells.size() ? cells.get(c).strip() : "";
  }
}
