package io.github.kaohe.cli;

import io.github.kaohe.data.CsvSheet;
import io.github.kaohe.data.DataRead;
import io.github.kaohe.data.DataReader;
import io.github.kaohe.data.DataSheet;
import io.github.kaohe.data.Period;
import io.github.kaohe.data.RowSource;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.xlsx.XlsxDataReader;
import io.github.kaohe.xlsx.XlsxSheets;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads the data to assess: a CSV or .xlsx file given on the command line, or a policy's sample data. */
final class DataFiles {
  /** How many rows of each sheet tell which scheme the data are for. */
  private static final int MATCH_ROWS = 200;

  private DataFiles() {}

  /**
   * Reads a CSV file or workbook for the given scheme, or for the schemes its headers fit: one, or
   * every scheme with a scope whose columns it holds (one table of firms, several evaluations).
   *
   * @param period the period of rows without one; may be null
   * @param encoding a CSV file's charset; null to detect it
   * @param skipBadRows whether to leave out rows with problems instead of failing
   */
  static List<SchemeData> read(
      Policy policy,
      @Nullable Scheme scheme,
      Path file,
      @Nullable Period period,
      @Nullable Charset encoding,
      boolean skipBadRows,
      @Nullable Progress progress) {
    InputFiles.requireFile(file, "the data file");
    List<SchemeData> out = new ArrayList<>();
    List<Scheme> targets = scheme == null ? null : List.of(scheme);
    // A file feeding several schemes is read once for each: streamed, it is opened again.
    for (int i = 0; targets == null || i < targets.size(); i++) {
      Scheme[] chosen = {targets == null ? null : targets.get(i)};
      List<Scheme> found = new ArrayList<>();
      out.add(readOne(policy, file, encoding, progress, sheets -> {
        if (chosen[0] == null) {
          found.addAll(SchemeMatcher.matchAll(policy, cellsNear(sheets), fileName(file)));
          chosen[0] = found.get(0);
        }
        return chosen[0];
      }, period, skipBadRows));
      if (targets == null) {
        targets = found;
      }
    }
    return out;
  }

  private interface Target {
    Scheme of(List<? extends RowSource> sheets);
  }

  private static SchemeData readOne(
      Policy policy, Path file, @Nullable Charset encoding, @Nullable Progress progress, Target target,
      @Nullable Period period, boolean skipBadRows) {
    String name = fileName(file);
    List<String> notes = new ArrayList<>();
    if (isWorkbook(name)) {
      if (encoding != null) {
        throw new InputException("--encoding is for CSV files; a workbook (" + name + ") has its own");
      }
      try (XlsxSheets book = XlsxDataReader.open(file)) {
        if (!book.ignored().isEmpty()) {
          notes.add(name + ": sheets without an entity column were not read: " + String.join(", ", book.ignored()));
        }
        List<RowSource> sheets = new ArrayList<>();
        for (RowSource sheet : book.sheets()) {
          sheets.add(new Peeked(sheet, MATCH_ROWS)); // streamed: its first rows are read once
        }
        return read(policy, target.of(sheets), name, sheets, period, skipBadRows, notes);
      }
    }
    if (name.toLowerCase(Locale.ROOT).endsWith(".xls")) {
      throw new InputException(
          name + " is an old Excel 97–2003 workbook: save it in Excel as \"Excel Workbook (*.xlsx)\" or as CSV");
    }
    try (CsvSheet.Rows rows = CsvSheet.open(file, encoding)) {
      if (progress != null && rows.size() > 0) {
        progress.within(() -> (double) rows.bytesRead() / rows.size());
      }
      List<Peeked> sheets = List.of(new Peeked(rows, MATCH_ROWS));
      return read(policy, target.of(sheets), name, sheets, period, skipBadRows, notes);
    }
  }

  private static String fileName(Path file) {
    return file.getFileName() == null ? file.toString() : file.getFileName().toString();
  }

  private static SchemeData read(
      Policy policy,
      Scheme target,
      String name,
      List<? extends RowSource> sheets,
      @Nullable Period period,
      boolean skipBadRows,
      List<String> notes) {
    DataReader reader = reader(policy, target, period);
    if (skipBadRows) {
      DataRead read = reader.readSkippingBadRows(sheets);
      return new SchemeData(target, read.dataset(), name, read.skipped(), notes);
    }
    return new SchemeData(target, reader.read(sheets), name, List.of(), notes);
  }

  /** A sheet whose first rows are read ahead, to tell which scheme it is for, and then read again from the start. */
  private static final class Peeked implements RowSource {
    private final RowSource sheet;
    private final Iterator<DataSheet.Row> rest;
    private final List<DataSheet.Row> head = new ArrayList<>();

    Peeked(RowSource sheet, int rows) {
      this.sheet = sheet;
      this.rest = sheet.iterator();
      while (head.size() < rows && rest.hasNext()) {
        head.add(rest.next());
      }
    }

    @Override
    public String file() {
      return sheet.file();
    }

    @Override
    public String sheet() {
      return sheet.sheet();
    }

    @Override
    public Optional<Period> period() {
      return sheet.period();
    }

    List<DataSheet.Row> head() {
      return head;
    }

    @Override
    public Iterator<DataSheet.Row> iterator() {
      Iterator<DataSheet.Row> first = head.iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return first.hasNext() || rest.hasNext();
        }

        @Override
        public DataSheet.Row next() {
          return first.hasNext() ? first.next() : rest.next();
        }
      };
    }
  }

  static boolean isWorkbook(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".xlsx") || lower.endsWith(".xlsm");
  }

  /**
   * The distinct cells of the sheets' first rows: the headers of a wide sheet and the indicator
   * names of a long one, enough to tell which scheme the data are for.
   */
  private static List<String> cellsNear(List<? extends RowSource> sheets) {
    Set<String> cells = new LinkedHashSet<>();
    for (RowSource sheet : sheets) {
      List<DataSheet.Row> rows = sheet instanceof Peeked p ? p.head() : ((DataSheet) sheet).rows();
      for (DataSheet.Row row : rows.subList(0, Math.min(MATCH_ROWS, rows.size()))) {
        for (String cell : row.cells()) {
          cells.add(cell.strip());
        }
      }
    }
    return new ArrayList<>(cells);
  }

  /**
   * Reads the policy's sample data: the given scheme's, or every scheme's that has some, in the
   * policy's order.
   */
  static List<SchemeData> samples(ChosenPolicy chosen, @Nullable Scheme scheme, @Nullable Period period) {
    Policy policy = chosen.policy();
    Map<String, URL> samples = chosen.sampleData();
    if (samples.isEmpty()) {
      throw new InputException(
          "policy '" + policy.id() + "' bundles no sample data: give a CSV or .xlsx file with --data");
    }
    List<Scheme> schemes = scheme != null ? List.of(scheme) : policy.schemes();
    List<SchemeData> out = new ArrayList<>();
    for (Scheme s : schemes) {
      URL url = samples.get(s.id());
      if (url == null) {
        if (scheme != null) {
          throw new InputException(
              "policy '" + policy.id() + "' bundles no sample data for scheme '" + s.id()
                  + "' (only for " + String.join(", ", samples.keySet()) + "): give a data file with --data");
        }
        continue;
      }
      String name = fileName(url);
      out.add(new SchemeData(s, reader(policy, s, period).read(List.of(CsvSheet.parse(text(url), name))), name));
    }
    if (out.isEmpty()) {
      throw new InputException(
          "policy '" + policy.id() + "' bundles sample data for no scheme it has: give a data file with --data");
    }
    return out;
  }

  private static DataReader reader(Policy policy, Scheme scheme, @Nullable Period period) {
    // A column of another scheme of the policy is passed over: one table may feed several schemes.
    DataReader reader = DataReader.forScheme(scheme).ignoringColumnsOfOtherSchemes(policy);
    return period == null ? reader : reader.withPeriod(period);
  }

  private static String text(URL url) {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException("cannot read the sample data " + url + ": " + e.getMessage(), e);
    }
  }

  private static String fileName(URL url) {
    String path = url.getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
