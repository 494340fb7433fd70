package io.github.kaohe.cli;

import static io.github.kaohe.cli.Cli.file;
import static io.github.kaohe.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.kaohe.data.CsvSheet;
import io.github.kaohe.data.DataSheet;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kaohe report} and the data options end to end, with their exit codes. */
class ReportCommandTest {
  @TempDir Path dir;

  private Cli.Run report(String... more) {
    String[] args = {"report", "--policy", file("small.yaml"), "--data", file("firms.csv")};
    String[] all = Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return run(all);
  }

  @Test
  void writesAnHtmlReportOfEveryPeriodUpToTheLatestAndPrintsWhere() throws Exception {
    Path out = dir.resolve("firms.html");
    Cli.Run run = report("--out", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(out.toAbsolutePath().normalize() + "\n");
    assertThat(Files.readString(out)).contains("<h2>", "2014", "2015", "id=\"totalsOverPeriods\"");
  }

  @Test
  void writesAnExcelWorkbook() throws Exception {
    Path out = dir.resolve("firms.xlsx");

    assertThat(report("--format", "xlsx", "-o", out.toString()).exitCode()).isZero();
    try (ReadableWorkbook book = new ReadableWorkbook(out.toFile())) {
      assertThat(book.getSheets().map(Sheet::getName).toList()).containsExactly("排名", "指标得分", "奖惩", "历期");
    }
  }

  @Test
  void writesMarkdownInEnglish() throws Exception {
    Path out = dir.resolve("firms.md");

    assertThat(report("--format", "md", "--lang", "en", "--period", "2015", "-o", out.toString()).exitCode()).isZero();
    assertThat(Files.readString(out))
        .startsWith("# Small test assessment\n")
        .contains("## Firms · 2015\n", "| Place | Change | Name | Total | Provincial place | Size | Growth | Bonus |", "| 1 | ＝ | Beta | 24.93 | 3 | 6.93 |");
  }

  @Test
  void writesCsvWithAByteOrderMarkThatReadsBack() throws Exception {
    Path out = dir.resolve("firms.csv");

    assertThat(report("--format", "csv", "--periods", "2014..2015", "-o", out.toString()).exitCode()).isZero();
    byte[] bytes = Files.readAllBytes(out);
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    DataSheet csv = CsvSheet.read(out, StandardCharsets.UTF_8);
    assertThat(csv.rows().get(0).cells()).startsWith("Period", "Place", "Entity", "Name", "Total");
    assertThat(csv.rows()).hasSize(1 + 8);
    assertThat(csv.rows().get(5).cells()).startsWith("2015", "1", "b", "乙", "24.93");
  }

  @Test
  void writesTheJsonContractOfEveryPeriod() throws Exception {
    Path out = dir.resolve("firms.json");

    assertThat(report("--format", "json", "--periods", "2014,2015", "-o", out.toString()).exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toFile());
    assertThat(json).extracting(r -> r.get("period").asText()).containsExactly("2014", "2015");
  }

  @Test
  void theDefaultFileIsNamedAfterThePolicySchemeAndPeriods() {
    Assessment all = Assessment.of(new AssessmentRequest("kaifeng-2014", null, null, null).withHistory());
    Assessment one = Assessment.of(new AssessmentRequest("kaifeng-2014", "service-zones", null,
        io.github.kaohe.data.Period.year(2015)));

    assertThat(ReportCommand.defaultFile(all.report(), null, ReportFormat.HTML)).hasToString("kaifeng-2014_2013-2016.html");
    assertThat(ReportCommand.defaultFile(one.report(), "service-zones", ReportFormat.XLSX))
        .hasToString("kaifeng-2014_service-zones_2015.xlsx");
  }

  @Test
  void readsAnExcelWorkbookAsData() throws Exception {
    Path book = dir.resolve("firms.xlsx");
    try (OutputStream out = Files.newOutputStream(book)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet ws = wb.newWorksheet("2015");
      List<List<Object>> rows = List.of(List.of("名称", "税收", "全省位次", "税收增速"), List.of("甲", 100, 1, 10),
          List.of("乙", 80, 3, 20), List.of("丙", 50, 11, -5));
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object v = rows.get(r).get(c);
          if (v instanceof Number n) {
            ws.value(r, c, n);
          } else {
            ws.value(r, c, (String) v);
          }
        }
      }
      wb.finish();
    }

    Cli.Run run = run("score", "--policy", file("small.yaml"), "--data", book.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(Cli.body(run.out())).startsWith("企业 · Firms · 2015\n").contains("   1  甲");
  }

  @Test
  void readsAGbkCsvFileAndTakesAnEncoding() throws Exception {
    Path gbk = dir.resolve("gbk.csv");
    Files.write(gbk, Files.readString(Path.of(file("firms.csv"))).getBytes(Charset.forName("GBK")));

    assertThat(run("score", "--policy", file("small.yaml"), "--data", gbk.toString()).out()).contains("   1  乙");
    assertThat(run("score", "--policy", file("small.yaml"), "--data", gbk.toString(), "--encoding", "GBK").exitCode())
        .isZero();
    Cli.Run wrong = run("score", "--policy", file("small.yaml"), "--data", gbk.toString(), "--encoding", "UTF-8");
    assertThat(wrong.exitCode()).isEqualTo(2);
    assertThat(wrong.err()).contains("gbk.csv, row 1: the file is not UTF-8 text");
  }

  @Test
  void skipsBadRowsOnlyWhenAskedAndListsThem() {
    Cli.Run strict = run("score", "--policy", file("small.yaml"), "--data", file("firms-bad.csv"));
    Cli.Run lenient = run("score", "--policy", file("small.yaml"), "--data", file("firms-bad.csv"), "--skip-bad-rows");

    assertThat(strict.exitCode()).isEqualTo(2);
    assertThat(strict.out()).isEmpty();
    assertThat(lenient.exitCode()).isZero();
    assertThat(lenient.err()).isEqualTo(
        "firms-bad.csv: 1 problem (--skip-bad-rows): these rows were left out, as if they were not in the file:\n"
            + "  firms-bad.csv, row 3, column 3 (tax): 'eighty' is not a number (write a plain number such as 1234.5)\n");
    // 乙 is declared by the policy, whose missing-value rule scores it 0 without its row.
    assertThat(lenient.out()).contains("   1  甲    25.00", "   2  乙     0.00");
  }

  @Test
  void usageMistakesAreExitCode2() {
    assertThat(report("--format", "pdf").exitCode()).isEqualTo(2);
    assertThat(report("--period", "2015", "--periods", "2014..2015").err()).contains("give --period or --periods, not both");
    assertThat(report("--periods", "2016..2014").err()).contains("ends before it starts");
    assertThat(report("--periods", "2013..2015").err()).contains("firms.csv has no rows for period 2013; it has 2014, 2015");
    assertThat(report("--encoding", "klingon").err()).contains("'klingon' is not an encoding Java knows");
    assertThat(run("report", "--policy", file("small.yaml"), "--data", "nothing.xlsx").exitCode()).isEqualTo(2);
  }

  @Test
  void anInvalidPolicyIsExitCode1() {
    assertThat(run("report", "--policy", file("invalid.yaml"), "--data", file("firms.csv")).exitCode()).isEqualTo(1);
  }

  @Test
  void csvAndJsonWrittenAnEntityAtATimeAreTheBytesOfTheWholeReport() throws Exception {
    Assessment kaifeng = Assessment.of(new AssessmentRequest("kaifeng-2014", null, null, null).withHistory());
    Assessment zones = Assessment.of(new AssessmentRequest("kaifeng-2014", "service-zones", null, null).withHistory());
    Path json = dir.resolve("kaifeng.json");
    Path csv = dir.resolve("zones.csv");

    assertThat(run("report", "--policy", "kaifeng-2014", "-o", json.toString()).exitCode()).isZero();
    assertThat(run("report", "--policy", "kaifeng-2014", "--scheme", "service-zones", "-o", csv.toString()).exitCode())
        .isZero();

    assertThat(Files.readAllBytes(json)).isEqualTo(ReportFormat.JSON.render(kaifeng, io.github.kaohe.model.Language.ZH));
    assertThat(Files.readAllBytes(csv)).isEqualTo(ReportFormat.CSV.render(zones, io.github.kaohe.model.Language.ZH));
  }
}
