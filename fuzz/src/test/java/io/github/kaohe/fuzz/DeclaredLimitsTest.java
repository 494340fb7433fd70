package io.github.kaohe.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bound: no {@code OutOfMemoryError} and no run over 10 s for any input under the
 * declared limits, in a heap of 512 MB. Each test writes an input at a limit (a CSV cell of 32,767
 * characters, a row of 16,384 cells, a file of 1,048,576 rows, a workbook of a million shared
 * strings, a policy of 4 MiB) and runs {@code kaohe} on it in a JVM of its own with {@code
 * -Xmx512m}: it ends with a result or one clear error, in time.
 *
 * <p>The default build scales the counts of rows down to {@value #DEFAULT_ROWS} (a few seconds in
 * all) and times each run by its processor time, which other builds on the machine do not inflate:
 * an upper bound of the run's time on a quiet machine wherever it keeps one thread busy.
 * {@code -Plimits} sets {@code kaohe.limits.rows} to the limit itself, 1,048,575 rows under a
 * header (a minute or two on two cores), and times each run by the clock, as the user waits (its
 * compiler and collector threads run beside the main one): for a quiet machine. The limits of a
 * cell, a row and a policy are tested at full size in both. JSON, which carries every entity's
 * explanations, is declared for {@value #JSON_ROWS} entities; the reports for people, made whole
 * before they are written, for {@value #HTML_ROWS} (HTML) and {@value #XLSX_REPORT_ROWS} (Excel).
 */
class DeclaredLimitsTest {
  /** The time limit for one run, JVM start included (see {@link Forked}). */
  static final int SECONDS = 10;
  /** Whether runs are timed by the clock ({@code -Plimits}, a quiet machine) or by processor time. */
  static final boolean BY_THE_CLOCK = "wall".equals(System.getProperty("kaohe.limits.clock"));
  /** When a run is taken to hang: on the clock, far above its time even on a busy machine. */
  static final int HANG_SECONDS = 300;
  static final int DEFAULT_ROWS = 20_000;
  /** The most rows of a CSV file or sheet, the header included (Excel's limit). */
  static final int MAX_ROWS = 1_048_576;
  static final int MAX_CELL = 32_767;
  static final int MAX_CELLS = 16_384;

  /** Rows of data under the header: {@value #DEFAULT_ROWS}, or the limit under {@code -Plimits}. */
  static final int ROWS = Integer.getInteger("kaohe.limits.rows", DEFAULT_ROWS);
  /**
   * The most rows of twelve numbers a workbook holds under its 256 MiB of XML: (256 MiB − 24 MB of
   * shared strings) ÷ some 450 bytes a row is about 540,000.
   */
  static final int WORKBOOK_ROWS = 500_000;
  /** The most entities an HTML report is declared for in 512 MB (the command line's {@code ReportSize}). */
  static final int HTML_ROWS = 10_000;
  /** The most entities an Excel report is declared for in 512 MB. */
  static final int XLSX_REPORT_ROWS = 50_000;
  /** The most entities whatif and --pending are declared for (the command line's {@code DeclaredSizes}). */
  static final int SEARCH_ROWS = 100_000;
  /** The most entities JSON is declared for (the command line's {@code DeclaredSizes}). */
  static final int JSON_ROWS = 100_000;
  /** The entity evaluations (variants × entities) a sensitivity analysis is declared for. */
  static final long SENSITIVITY_EVALUATIONS = 100_000_000L;

  /** Twelve indicators, each proportional to the best, as the engine benchmark's scheme. */
  static final String POLICY = """
      kaohe: 1
      id: limits
      name: {zh: 限度, en: Limits}
      version: "1"
      source: {title: {zh: 测试, en: Test}, issuer: 测试, date: 2020-01-01}
      arithmetic:
        points: {scale: 2, rounding: half-up}
        totals: {scale: 2, rounding: half-up}
      schemes:
        - id: firms
          name: {zh: 企业, en: Firms}
          total: 100
          defaults: {missing: zero-points}
          ranking: {ties: competition}
          categories:
            - id: all
              name: {zh: 全部, en: All}
              weight: 100
              indicators:
      %s""";

  @TempDir Path dir;
  /** The test's name, for the figures it prints. */
  private String test = "";

  @BeforeEach
  void name(TestInfo info) {
    test = info.getTestMethod().map(java.lang.reflect.Method::getName).orElse("");
  }

  private Path policy() throws IOException {
    StringBuilder indicators = new StringBuilder();
    for (int i = 1; i <= 12; i++) {
      indicators.append("          - {id: i").append(i).append(", name: {zh: 指标").append(i)
          .append(", en: Indicator ").append(i).append("}, unit: 万元, weight: ")
          .append(i == 12 ? 34 : 6).append(", method: proportional-to-best}\n");
    }
    Path p = dir.resolve("limits.yaml");
    Files.writeString(p, POLICY.formatted(indicators));
    return p;
  }

  /** A header and {@code rows} firms with 12 values each, from a fixed seed. */
  private Path firmsCsv(String name, int rows, String namePrefix) throws IOException {
    Path csv = dir.resolve(name);
    SplittableRandom random = new SplittableRandom(18);
    try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      out.write("entity,period,i1,i2,i3,i4,i5,i6,i7,i8,i9,i10,i11,i12\n");
      StringBuilder line = new StringBuilder();
      for (int e = 0; e < rows; e++) {
        line.setLength(0);
        line.append(namePrefix).append(e).append(",2015");
        for (int i = 0; i < 12; i++) {
          long cents = 1 + random.nextLong(10_000_000L);
          line.append(',').append(cents / 100).append('.').append(cents % 100 / 10).append(cents % 10);
        }
        out.write(line.append('\n').toString());
      }
    }
    return csv;
  }

  private void endsInTime(Forked.Run run) {
    // The figures, for the README: grep "limits:" in the module's surefire output.
    System.out.println("limits: " + test + ": " + run.toString().lines().findFirst().orElse(""));
    assertThat(run.timedOut()).as("killed after %d s: %s", HANG_SECONDS, run).isFalse();
    assertThat(run.stderr()).as("%s", run).doesNotContain("OutOfMemoryError", "not enough memory", "Exception",
        "\tat ");
    if (BY_THE_CLOCK) {
      assertThat(run.wallMillis()).as("time on the clock (ms) of %s", run).isBetween(0L, SECONDS * 1000L);
    } else {
      assertThat(run.millis()).as("processor time (ms) of %s", run).isBetween(0L, SECONDS * 1000L);
    }
  }

  private void succeeds(Forked.Run run) {
    endsInTime(run);
    assertThat(run.exitCode()).as("%s", run).isZero();
  }

  /** Exit 2 with one clear message that names the file and the limit, quoting no megabytes. */
  private void refuses(Forked.Run run, String file, String says) {
    endsInTime(run);
    assertThat(run.exitCode()).as("%s", run).isEqualTo(2);
    assertThat(run.stderr()).contains(file).contains(says).hasSizeLessThan(10_000);
  }

  @Test
  void theMostRowsAreScoredAsATable() throws Exception {
    Path csv = firmsCsv("firms.csv", ROWS, "f");
    Forked.Run run = Forked.kaohe(dir, HANG_SECONDS, "score", "--policy", policy().toString(), "--data", csv.toString(),
        "--period", "2015");
    succeeds(run);
    // header lines, the rule, a line per firm, the unit line
    assertThat(Files.lines(run.stdout()).filter(l -> l.matches(" *\\d+  f\\d+ .*")).count()).isEqualTo(ROWS);
  }

  @Test
  void theMostRowsAreScoredAsCsv() throws Exception {
    Path csv = firmsCsv("firms.csv", ROWS, "f");
    Path out = dir.resolve("scores.csv");
    Forked.Run run = Forked.kaohe(dir, HANG_SECONDS, "score", "--policy", policy().toString(), "--data", csv.toString(),
        "--period", "2015", "--format", "csv", "-o", out.toString());
    succeeds(run);
    assertThat(Files.lines(out).count()).isEqualTo(ROWS + 1L); // and the header
  }

  @Test
  void theMostRowsAreReportedAsCsv() throws Exception {
    Path csv = firmsCsv("firms.csv", ROWS, "f");
    Path out = dir.resolve("report.csv");
    Forked.Run run = Forked.kaohe(dir, HANG_SECONDS, "report", "--policy", policy().toString(), "--data", csv.toString(),
        "--format", "csv", "-o", out.toString());
    succeeds(run);
    assertThat(Files.lines(out).count()).isEqualTo(ROWS + 1L); // and the header
  }

  @Test
  void theMostEntitiesOfJsonAreScoredAsJson() throws Exception {
    int rows = Math.min(ROWS, JSON_ROWS);
    Path csv = firmsCsv("firms.csv", rows, "f");
    Path out = dir.resolve("scores.json");
    Forked.Run run = Forked.kaohe(dir, HANG_SECONDS, "score", "--policy", policy().toString(), "--data", csv.toString(),
        "--period", "2015", "--format", "json", "-o", out.toString());
    succeeds(run);
    assertThat(run.stderr()).doesNotContain("Warning");
    assertThat(Files.size(out)).isGreaterThan(rows * 5_000L); // some 7 KB an entity
  }

  /** Past its declared limit JSON still ends, in the same heap, having said up front what it costs. */
  @Test
  void jsonOfMoreEntitiesThanDeclaredWarnsAndCompletes() throws Exception {
    assumeTrue(ROWS > JSON_ROWS, "only under -Plimits: " + ROWS + " rows are within JSON's limit");
    Path csv = firmsCsv("firms.csv", ROWS, "f");
    Path out = dir.resolve("scores.json");
    Forked.Run run = Forked.kaohe(dir, HANG_SECONDS, "score", "--policy", policy().toString(), "--data", csv.toString(),
        "--period", "2015", "--format", "json", "-o", out.toString());
    System.out.println("limits: " + test + ": " + run.toString().lines().findFirst().orElse(""));
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.stderr()).as("%s", run).contains(String.format(java.util.Locale.ROOT,
        "Warning: JSON of %,d entities, more than the %,d it is declared for", ROWS, JSON_ROWS));
    assertThat(Files.size(out)).isGreaterThan(ROWS * 5_000L);
  }

  /** HTML, the report for people that holds the most of each entity, at the 10,000 it is declared for in 512 MB. */
  @Test
  void anHtmlReportOfTheMostEntitiesItIsDeclaredForIsWritten() throws Exception {
    int rows = Math.min(ROWS, HTML_ROWS);
    Path out = dir.resolve("report.html");
    succeeds(report(rows, out));
    assertThat(Files.size(out)).isGreaterThan(rows * 1_000L);
  }

  @Test
  void anExcelReportOfTheMostEntitiesItIsDeclaredForIsWritten() throws Exception {
    int rows = Math.min(ROWS, XLSX_REPORT_ROWS);
    Path out = dir.resolve("report.xlsx");
    succeeds(report(rows, out));
    assertThat(Files.size(out)).isGreaterThan(rows * 50L);
  }

  /** {@code kaohe report} of a file of so many firms, in the format the output's extension names. */
  private Forked.Run report(int rows, Path out) throws Exception {
    Path csv = firmsCsv("firms.csv", rows, "f");
    return Forked.kaohe(dir, HANG_SECONDS, "report", "--policy", policy().toString(), "--data", csv.toString(), "-o",
        out.toString());
  }

  /** A report for people past its limit is refused before it is made, not after running out of memory. */
  @Test
  void anHtmlReportOfMoreEntitiesIsRefusedBeforeItIsMade() throws Exception {
    Path out = dir.resolve("report.html");
    Forked.Run run = report(HTML_ROWS + 1, out);
    endsInTime(run);
    assertThat(run.exitCode()).as("%s", run).isEqualTo(2);
    assertThat(run.stderr()).contains("an HTML report of 10,001 entities", "more than the 10,000", "heap of 512 MB",
        "--format csv or json");
    assertThat(out).doesNotExist();
  }

  /** whatif scores everyone again for each value it tries: it is declared for 100,000 entities. */
  @Test
  void aSearchOfTheMostEntitiesItIsDeclaredForEndsInTime() throws Exception {
    int rows = Math.min(ROWS, SEARCH_ROWS);
    Path csv = firmsCsv("firms.csv", rows, "f");
    Forked.Run run = Forked.kaohe(dir, HANG_SECONDS, "whatif", "f10", "--to-place", "1", "--policy",
        policy().toString(), "--data", csv.toString(), "--lang", "en");
    succeeds(run);
    assertThat(run.stderr()).doesNotContain("Warning");
    assertThat(Files.readString(run.stdout())).contains("place");
  }

  /** A provisional ranking scores everyone again at the ends of the pending range: declared for 100,000 entities. */
  @Test
  void aProvisionalRankingOfTheMostEntitiesItIsDeclaredForEndsInTime() throws Exception {
    int rows = Math.min(ROWS, SEARCH_ROWS);
    Path csv = firmsCsv("firms.csv", rows, "f");
    Path out = dir.resolve("provisional.csv");
    Forked.Run run = Forked.kaohe(dir, HANG_SECONDS, "score", "--policy", policy().toString(), "--data",
        csv.toString(), "--pending", "f10:i1=0..100000", "--format", "csv", "-o", out.toString());
    succeeds(run);
    assertThat(run.stderr()).doesNotContain("Warning");
    assertThat(Files.lines(out).count()).isEqualTo(rows + 1L);
  }

  /**
   * A sensitivity analysis is declared for 10^8 entity evaluations (variants × entities): with
   * twelve weights, 71 samples of 100,000 entities (71 × 14 = 994 variants) under {@code -Plimits};
   * the default build's 20,000 entities, a fifth of them.
   */
  @Test
  void aSensitivityAnalysisOfTheMostEvaluationsItIsDeclaredForEndsInTime() throws Exception {
    Forked.Run run = sensitivity(Math.min(ROWS, SEARCH_ROWS), (int) (SENSITIVITY_EVALUATIONS / (14L * SEARCH_ROWS)));
    succeeds(run);
    assertThat(run.stderr()).as("%s", run).doesNotContain("Warning", "memory", "Exception");
    assertThat(Files.lines(dir.resolve("sensitivity.csv")).count()).isGreaterThan(Math.min(ROWS, SEARCH_ROWS));
  }

  /** Past the evaluations it is declared for, it warns before it starts, and completes. */
  @Test
  void aSensitivityAnalysisOfMoreEvaluationsWarnsAndCompletes() throws Exception {
    Forked.Run run = sensitivity(10_000, 720); // 720 × 14 × 10,000 = 100,800,000
    System.out.println("limits: " + test + ": " + run.toString().lines().findFirst().orElse(""));
    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.stderr()).as("%s", run)
        .contains("Warning: sensitivity evaluates 10,080 variants (samples × (inputs + 2)) of 10,000 entities")
        .doesNotContain("memory", "Exception");
  }

  /** A sensitivity analysis of each of the twelve weights ±20 % of {@code rows} firms, as CSV. */
  private Forked.Run sensitivity(int rows, int samples) throws Exception {
    Path csv = firmsCsv("firms.csv", rows, "f");
    StringBuilder uncertainty = new StringBuilder("kaohe-uncertainty: 1\nscheme: firms\nseed: 1\nentities: [f1]\n")
        .append("samples: ").append(samples).append("\nweights:\n");
    for (int i = 1; i <= 12; i++) {
      uncertainty.append("  - {of: i").append(i).append(", plusMinus: 20%}\n");
    }
    Path file = Files.writeString(dir.resolve("weights.uncertainty.yaml"), uncertainty);
    Path out = dir.resolve("sensitivity.csv");
    return Forked.kaohe(dir, HANG_SECONDS, "sensitivity", policy().toString(), "--data", csv.toString(),
        "--uncertainty", file.toString(), "--format", "csv", "-o", out.toString());
  }

  @Test
  void oneEntityOfTheMostRowsIsExplained() throws Exception {
    Path csv = firmsCsv("firms.csv", ROWS, "f");
    Forked.Run run = Forked.kaohe(dir, HANG_SECONDS, "explain", "f10", "--policy", policy().toString(), "--data",
        csv.toString(), "--lang", "en");
    succeeds(run);
    assertThat(Files.readString(run.stdout())).contains("f10");
  }

  @Test
  void oneRowMoreThanTheMostIsRefusedWithoutReadingOn() throws Exception {
    // The limit counts the header: 1,048,576 lines in all, so 1,048,576 rows under it are one too many.
    // Short rows, so that the file is written quickly; the reader stops at the first row too many.
    Path csv = dir.resolve("too-many.csv");
    try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      out.write("entity,period,i1\n");
      for (int e = 0; e < MAX_ROWS; e++) {
        out.write("f" + e + ",2015,1\n");
      }
    }
    Forked.Run run = Forked.kaohe(dir, HANG_SECONDS, "score", "--policy", policy().toString(), "--data", csv.toString(),
        "--period", "2015");
    refuses(run, "too-many.csv", "more than 1048576 rows");
  }

  @Test
  void namesOfTheLongestCellAreScored() throws Exception {
    // 300 firms whose names are each as long as a cell may be: 30 MB of names in UTF-8.
    String longName = "名".repeat(MAX_CELL - 8);
    Path csv = firmsCsv("long-names.csv", 300, longName);
    Forked.Run run = Forked.kaohe(dir, HANG_SECONDS, "score", "--policy", policy().toString(), "--data", csv.toString(),
        "--period", "2015", "--format", "csv", "-o", dir.resolve("out.csv").toString());
    succeeds(run);
  }

  @Test
  void aNumberOfTheLongestCellIsRefusedQuotingItsStartOnly() throws Exception {
    Path csv = dir.resolve("long-number.csv");
    Files.writeString(csv, "entity,period,i1\n甲,2015," + "9".repeat(MAX_CELL) + "\n");
    Forked.Run run = Forked.kaohe(dir, HANG_SECONDS, "score", "--policy", policy().toString(), "--data", csv.toString(),
        "--period", "2015");
    refuses(run, "long-number.csv", "characters");
    assertThat(run.stderr()).hasSizeLessThan(1_000);
  }

  @Test
  void rowsOfTheMostCellsEndInOneClearError() throws Exception {
    // 16,384 columns: the twelve indicators and 16,370 the policy does not know, in 500 rows (16 MB).
    Path csv = dir.resolve("wide.csv");
    try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      StringBuilder header = new StringBuilder("entity,period,i1,i2,i3,i4,i5,i6,i7,i8,i9,i10,i11,i12");
      for (int c = 14; c < MAX_CELLS; c++) {
        header.append(",x").append(c);
      }
      out.write(header.append('\n').toString());
      String values = ",1".repeat(MAX_CELLS - 2);
      for (int e = 0; e < 500; e++) {
        out.write("f" + e + ",2015" + values + "\n");
      }
    }
    Forked.Run run = Forked.kaohe(dir, HANG_SECONDS, "score", "--policy", policy().toString(), "--data", csv.toString(),
        "--period", "2015");
    endsInTime(run);
    assertThat(run.exitCode()).as("%s", run).isIn(0, 2);
    assertThat(run.stderr()).hasSizeLessThan(100_000);
  }

  @Test
  void aWorkbookOfAMillionSharedStringsIsRead() throws Exception {
    // The most shared strings a workbook may have (a million, 24 MB of XML, under the 32 MiB
    // limit), the firms' names; ROWS of them are used by the sheet, at most WORKBOOK_ROWS: a row
    // of this sheet is about 450 bytes of XML (a name and twelve numbers), so a sheet of the most
    // rows would unzip past the 256 MiB of XML a workbook may hold, and be refused by that limit.
    int strings = 1_000_000;
    Path xlsx = dir.resolve("firms.xlsx");
    SplittableRandom random = new SplittableRandom(18);
    RawXlsx.write(xlsx, "2015", new RawXlsx.Strings() {
      @Override
      public int count() {
        return strings;
      }

      @Override
      public void write(Writer table) throws IOException {
        for (int s = 0; s < strings; s++) {
          table.write("<si><t>f");
          table.write(Integer.toString(s));
          table.write("</t></si>");
        }
      }
    }, sheet -> {
      StringBuilder row = new StringBuilder("<row r=\"1\">").append(RawXlsx.text("A1", "entity"));
      for (int i = 1; i <= 12; i++) {
        row.append(RawXlsx.text(column(i) + "1", "i" + i));
      }
      sheet.write(row.append("</row>").toString());
      int rows = Math.min(ROWS, WORKBOOK_ROWS);
      for (int e = 0; e < rows; e++) {
        int r = e + 2;
        row.setLength(0);
        row.append("<row r=\"").append(r).append("\">").append(RawXlsx.shared("A" + r, e));
        for (int i = 1; i <= 12; i++) {
          long cents = 1 + random.nextLong(10_000_000L);
          row.append(RawXlsx.number(column(i) + r, cents / 100 + "." + cents % 100));
        }
        sheet.write(row.append("</row>").toString());
      }
    });
    Forked.Run run = Forked.kaohe(dir, HANG_SECONDS, "score", "--policy", policy().toString(), "--data", xlsx.toString(),
        "--format", "csv", "-o", dir.resolve("out.csv").toString());
    succeeds(run);
  }

  @Test
  void aPolicyOfTheMostCharactersWithManyEntitiesLoads() throws Exception {
    // Just under 4 MiB of YAML: the twelve indicators and some 60,000 entities listed by the scheme.
    StringBuilder yaml = new StringBuilder(Files.readString(policy()));
    yaml.append("    entities:\n");
    int n = 0;
    String entry = "      - {id: e%d, name: {zh: 单位%d, en: Entity %d}}\n";
    while (yaml.length() + entry.length() + 40 < 4 * 1024 * 1024) {
      yaml.append(entry.formatted(n, n, n));
      n++;
    }
    Path big = dir.resolve("big.yaml");
    Files.writeString(big, yaml);
    Forked.Run run = Forked.kaohe(dir, HANG_SECONDS, "validate", big.toString());
    endsInTime(run);
    assertThat(run.exitCode()).as("%s", run).isIn(0, 1);
  }

  /** The column letters of 1-based column {@code i} + 1 (the entity is in A). */
  private static String column(int i) {
    return String.valueOf((char) ('A' + i));
  }
}
