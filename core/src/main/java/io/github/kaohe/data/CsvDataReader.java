package io.github.kaohe.data;

import io.github.kaohe.model.AdjustmentItem;
import io.github.kaohe.model.EntityDefinition;
import io.github.kaohe.model.Fact;
import io.github.kaohe.model.FactValues;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Scheme;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a scheme's data from a CSV file: one row per entity (and period), one column per
 * indicator, adjustment item or attribute.
 *
 * <ul>
 *   <li>UTF-8, with or without a byte-order mark; comma- or tab-separated (detected).
 *   <li>An entity column headed {@code entity} (or 名称, 单位): the entity's id, Chinese or English
 *       name, or alias.
 *   <li>A period column headed {@code period} (or 期间, 年度): {@code 2015} or {@code 2015Q3};
 *       without it, every row is in the {@link #withPeriod default period}.
 *   <li>Other columns headed by an indicator's, adjustment item's, fact's or attribute's id, or
 *       by its Chinese or English name. An empty cell is a missing value. Facts are read by
 *       their type: true/false (or 是/否, 1/0), whole counts, places, or an enumeration's values.
 *   <li>Numbers as plain decimals; {@code 1,234.5} (thousands separators) and, for indicators
 *       whose unit is %, {@code 12.5%}.
 * </ul>
 *
 * <p>Every problem of the file is reported at once, with row and column, in one
 * {@link DataException}; nothing is returned from a file with problems.
 */
public final class CsvDataReader {
  private static final Set<String> ENTITY_HEADERS = Set.of("entity", "名称", "单位", "实体");
  private static final Set<String> PERIOD_HEADERS = Set.of("period", "期间", "年度", "时期");
  /** The most digits a value may have before, and after, the decimal point. */
  private static final int MAX_DIGITS = 18;

  private static final Pattern THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

  private final Scheme scheme;
  private final @Nullable Period defaultPeriod;

  private CsvDataReader(Scheme scheme, @Nullable Period defaultPeriod) {
    this.scheme = scheme;
    this.defaultPeriod = defaultPeriod;
  }

  /** A reader for data of this scheme. */
  public static CsvDataReader forScheme(Scheme scheme) {
    return new CsvDataReader(Objects.requireNonNull(scheme, "scheme"), null);
  }

  /** A reader that puts rows without a period column in this period. */
  public CsvDataReader withPeriod(Period period) {
    return new CsvDataReader(scheme, Objects.requireNonNull(period, "period"));
  }

  /** Reads a UTF-8 file. */
  public Dataset read(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try {
      return read(decode(Files.readAllBytes(file), name), name);
    } catch (IOException e) {
      throw new DataException(List.of(new DataProblem(name, 0, 0, "", "cannot read the file: " + e)));
    }
  }

  /**
   * Reads CSV text.
   *
   * @param csv the text
   * @param name the file name shown in problems
   */
  public Dataset read(String csv, String name) {
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    List<CsvParser.Record> records = CsvParser.parse(text, CsvParser.detectDelimiter(text));
    List<DataProblem> problems = new ArrayList<>();
    if (records.isEmpty()) {
      throw new DataException(
          List.of(new DataProblem(name, 0, 0, "", "the file is empty: it needs a header row")));
    }
    Header header = header(records.get(0), name, problems);
    Dataset.Builder data = Dataset.builder();
    if (header != null) {
      Map<String, Integer> firstRow = new HashMap<>();
      for (int r = 1; r < records.size(); r++) {
        row(records.get(r), header, name, data, firstRow, problems);
      }
    }
    if (!problems.isEmpty()) {
      throw new DataException(problems);
    }
    return data.build();
  }

  /** What each column holds. */
  private record Column(
      String header, Kind kind, String key, @Nullable Indicator indicator, @Nullable Fact fact) {
    enum Kind {
      ENTITY,
      PERIOD,
      VALUE,
      COUNT,
      FACT,
      ATTRIBUTE,
    }

    Column(String header, Kind kind, String key, @Nullable Indicator indicator) {
      this(header, kind, key, indicator, null);
    }
  }

  private record Header(List<@Nullable Column> columns, int entity, int period) {}

  private @Nullable Header header(CsvParser.Record record, String file, List<DataProblem> problems) {
    Map<String, Column> known = knownColumns();
    List<@Nullable Column> columns = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int entity = -1;
    int period = -1;
    for (int c = 0; c < record.fields().size(); c++) {
      columns.add(null);
      String h = record.fields().get(c).strip();
      String lower = h.toLowerCase(Locale.ROOT);
      Column column;
      if (ENTITY_HEADERS.contains(lower)) {
        column = new Column(h, Column.Kind.ENTITY, "entity", null);
        entity = c;
      } else if (PERIOD_HEADERS.contains(lower)) {
        column = new Column(h, Column.Kind.PERIOD, "period", null);
        period = c;
      } else {
        column = known.get(h);
        if (column == null) {
          problems.add(
              new DataProblem(
                  file, record.line(), c + 1, h,
                  h.isEmpty()
                      ? "the column has no header"
                      : "no indicator, adjustment item, fact or attribute of scheme '" + scheme.id()
                          + "' is called '" + h + "'" + suggestion(h, known.keySet())));
          continue;
        }
      }
      Integer previous = seen.putIfAbsent(column.key(), c + 1);
      if (previous != null) {
        problems.add(
            new DataProblem(
                file, record.line(), c + 1, h,
                "this column repeats column " + previous + " (both are '" + column.key() + "')"));
      }
      columns.set(c, new Column(h, column.kind(), column.key(), column.indicator(), column.fact()));
    }
    if (entity < 0) {
      problems.add(
          new DataProblem(file, record.line(), 0, "", "the header has no entity column: name one 'entity' (or 名称)"));
    }
    if (period < 0 && defaultPeriod == null) {
      problems.add(
          new DataProblem(
              file, record.line(), 0, "",
              "the header has no period column: add one headed 'period' (2015, 2015Q3) or give a"
                  + " default period (--period)"));
    }
    if (!problems.isEmpty()) {
      return null;
    }
    return new Header(columns, entity, period);
  }

  private Map<String, Column> knownColumns() {
    Map<String, Column> known = new LinkedHashMap<>();
    for (Indicator i : scheme.indicators()) {
      Column c = new Column(i.id(), Column.Kind.VALUE, i.id(), i);
      known.put(i.id(), c);
      known.putIfAbsent(i.name().zh(), c);
      known.putIfAbsent(i.name().en(), c);
    }
    for (AdjustmentItem a : scheme.adjustmentItems()) {
      Column c = new Column(a.id(), Column.Kind.COUNT, a.id(), null);
      known.put(a.id(), c);
      known.putIfAbsent(a.name().zh(), c);
      known.putIfAbsent(a.name().en(), c);
    }
    for (Fact f : scheme.rules().facts()) {
      Column c = new Column(f.id(), Column.Kind.FACT, f.id(), null, f);
      known.put(f.id(), c);
      known.putIfAbsent(f.name().zh(), c);
      known.putIfAbsent(f.name().en(), c);
    }
    for (String attribute : scheme.attributes()) {
      known.put(attribute, new Column(attribute, Column.Kind.ATTRIBUTE, attribute, null));
    }
    return known;
  }

  private void row(
      CsvParser.Record record,
      Header header,
      String file,
      Dataset.Builder data,
      Map<String, Integer> firstRow,
      List<DataProblem> problems) {
    List<String> cells = record.fields();
    if (cells.stream().allMatch(String::isBlank)) {
      return;
    }
    if (cells.size() > header.columns().size()) {
      problems.add(
          new DataProblem(
              file, record.line(), header.columns().size() + 1, "",
              "the row has " + cells.size() + " cells but the header only " + header.columns().size()
                  + " columns"));
      return;
    }
    String entityCell = cell(cells, header.entity());
    String entity = resolveEntity(entityCell, record.line(), header.entity() + 1, file, problems);
    Period period = defaultPeriod;
    if (header.period() >= 0) {
      String p = cell(cells, header.period());
      try {
        period = Period.parse(p);
      } catch (IllegalArgumentException e) {
        problems.add(new DataProblem(file, record.line(), header.period() + 1, "period", e.getMessage()));
        period = null;
      }
    }
    if (entity == null || period == null) {
      return;
    }
    Integer first = firstRow.putIfAbsent(entity + "\u0000" + period, record.line());
    if (first != null) {
      problems.add(
          new DataProblem(
              file, record.line(), 0, "",
              "entity '" + entity + "' in " + period + " already has a row (row " + first + ")"));
      return;
    }
    data.row(entity, period);
    for (int c = 0; c < header.columns().size(); c++) {
      Column column = header.columns().get(c);
      String text = cell(cells, c);
      if (column == null || text.isEmpty()) {
        continue;
      }
      switch (column.kind()) {
        case VALUE, COUNT -> {
          BigDecimal v = number(text, column, record.line(), c + 1, file, problems);
          if (v != null) {
            data.value(entity, period, column.key(), v);
          }
        }
        case FACT -> {
          Fact f = java.util.Objects.requireNonNull(column.fact());
          try {
            data.value(entity, period, column.key(), FactValues.parse(f.type(), f.values(), text));
          } catch (IllegalArgumentException e) {
            problems.add(new DataProblem(file, record.line(), c + 1, column.header(), e.getMessage()));
          }
        }
        case ATTRIBUTE -> data.attribute(entity, column.key(), text);
        default -> {
          // entity and period are read above
        }
      }
    }
  }

  private static String cell(List<String> cells, int c) {
    return c < cells.size() ? cells.get(c).strip() : "";
  }

  private @Nullable String resolveEntity(
      String text, int row, int column, String file, List<DataProblem> problems) {
    if (text.isEmpty()) {
      problems.add(new DataProblem(file, row, column, "entity", "the entity is missing"));
      return null;
    }
    Optional<EntityDefinition> context = scheme.findContext(text);
    if (context.isPresent()) {
      return context.get().id();
    }
    if (scheme.entities().isEmpty()) {
      return text;
    }
    List<String> names = new ArrayList<>();
    for (EntityDefinition e : scheme.entities()) {
      if (e.allNames().contains(text)) {
        return e.id();
      }
      names.addAll(e.allNames());
    }
    problems.add(
        new DataProblem(
            file, row, column, "entity",
            "scheme '" + scheme.id() + "' has no entity '" + text + "'" + suggestion(text, names)));
    return null;
  }

  private static @Nullable BigDecimal number(
      String text, Column column, int row, int col, String file, List<DataProblem> problems) {
    String t = text;
    boolean percentUnit = column.indicator() != null && column.indicator().unit().equals("%");
    if (percentUnit && t.endsWith("%")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    if (THOUSANDS.matcher(t).matches()) {
      t = t.replace(",", "");
    }
    try {
      BigDecimal d = new BigDecimal(t);
      // 1e999999999 is a valid decimal whose digits do not fit in memory: stop it here.
      if (d.scale() > MAX_DIGITS || d.precision() - d.scale() > MAX_DIGITS) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        problems.add(
            new DataProblem(
                file, row, col, column.header(),
                "'" + shown + "' is out of range: write at most " + MAX_DIGITS + " digits before and "
                    + MAX_DIGITS + " after the decimal point"));
        return null;
      }
      return d;
    } catch (NumberFormatException e) {
      String hint =
          text.endsWith("%") && !percentUnit
              ? " (a percent sign is only understood for indicators whose unit is %)"
              : " (write a plain number such as 1234.5)";
      problems.add(new DataProblem(file, row, col, column.header(), "'" + text + "' is not a number" + hint));
      return null;
    }
  }

  private static String suggestion(String given, java.util.Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : new HashSet<>(candidates)) {
      int d = distance(given, c);
      if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
        best = c;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(1, given.length() / 3)
        ? ": did you mean '" + best + "'?"
        : "";
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static String decode(byte[] bytes, String name) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new DataException(
          List.of(
              new DataProblem(
                  name, 0, 0, "",
                  "the file is not UTF-8 text: save it as \"CSV UTF-8\" (Excel: Save As → CSV UTF-8)")));
    }
  }
}
