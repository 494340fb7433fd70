package io.github.kaohe.cli;

import static io.github.kaohe.cli.Cli.file;
import static io.github.kaohe.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Cli.Run score(String... more) {
    String[] args = {"score", "--policy", file("small.yaml"), "--data", file("firms.csv")};
    String[] all = Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return run(all);
  }

  @Test
  void printsTheRankingOfTheLatestPeriodAsAnAlignedTable() {
    Cli.Run run = score();

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            """
            期间 Period：2015（数据中最新的一期；选其他期间：--period 2014）
            企业 · Firms · 2015
            名次  名称   总分  全省位次  规模   增长  加分
            ----  ----  -----  --------  ----  -----  ----
               1  乙    24.93     第3位  6.93  10.00  8.00
               2  甲    22.07     第1位  8.67   8.40  5.00
               3  丙     9.33    第11位  3.33   6.00  0.00
               -  丁    17.40     第2位  9.80   7.60  0.00
            单位：分（总分及各项，位次列除外）
            - 参与考核、不参与排名（政策规定其只参评、不排序）：丁
            """);
  }

  @Test
  void narrowsTheTableToTheGivenWidthAndSaysWhatIsLeftOut() {
    Cli.Run run = score("--width", "30");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            """
            期间 Period：2015（数据中最新的一期；选其他期间：--period 2014）
            企业 · Firms · 2015
            名次  名称   总分  全省位次
            ----  ----  -----  --------
               1  乙    24.93     第3位
               2  甲    22.07     第1位
               3  丙     9.33    第11位
               -  丁    17.40     第2位
            （终端太窄，未显示：规模、增长、加分；加宽终端或用 --format csv 查看）
            单位：分（总分及各项，位次列除外）
            - 参与考核、不参与排名（政策规定其只参评、不排序）：丁
            """);
    assertThat(score("--width", "5").out()).contains("   1  乙    24.93\n");
  }

  @Test
  void printsAnEarlierPeriodInEnglish() {
    Cli.Run run = score("--period", "2014", "--lang", "en");

    assertThat(run.exitCode()).isZero();
    assertThat(Cli.body(run.out()))
        .startsWith("企业 · Firms · 2014\n                     Provincial\nPlace  Name   Total       place   Size  Growth  Bonus\n")
        .contains("    1  Beta   23.40           3   8.40   10.00   5.00\n")
        .doesNotContain("乙");
  }

  @Test
  void writesTheResultJson() throws IOException {
    Cli.Run run = score("--format", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty(); // four entities: no warning of JSON's size
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.isObject()).isTrue();
    assertThat(root.get("policy").asText()).isEqualTo("small-test");
    assertThat(root.get("scheme").asText()).isEqualTo("firms");
    assertThat(root.get("period").asText()).isEqualTo("2015");
    JsonNode first = root.get("results").get(0);
    assertThat(first.get("entity").asText()).isEqualTo("b");
    assertThat(first.get("rank").asInt()).isEqualTo(1);
    assertThat(first.get("score").decimalValue()).isEqualByComparingTo("24.93");
    assertThat(first.get("categories").get("size").decimalValue()).isEqualByComparingTo("6.93");
    assertThat(first.get("indicators").get("tax").get("value").decimalValue()).isEqualByComparingTo("80");
    assertThat(first.get("indicators").get("tax").get("points").decimalValue()).isEqualByComparingTo("5.33");
    JsonNode unranked = root.get("results").get(3);
    assertThat(unranked.get("entity").asText()).isEqualTo("d");
    assertThat(unranked.get("rank").isNull()).isTrue();
  }

  @Test
  void writesCsvWithAByteOrderMarkOneRowPerEntity() {
    Cli.Run run = score("--format", "csv");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("\uFEFF");
    List<List<String>> rows =
        run.out().substring(1).lines().map(line -> List.of(line.split(",", -1))).toList();
    assertThat(rows.get(0))
        .containsExactly("Place", "Entity", "Name", "Total", "size", "growth", "tax", "place", "tax-growth");
    assertThat(rows.get(1)).containsExactly("1", "b", "乙", "24.93", "6.93", "10.00", "5.33", "1.60", "10.00");
    assertThat(rows.get(4)).containsExactly("", "d", "丁", "17.40", "9.80", "7.60", "8.00", "1.80", "7.60");
    assertThat(rows).hasSize(5);
    assertThat(run.out()).contains("\r\n");
  }

  @Test
  void writesCsvToAFileInUtf8WithByteOrderMark(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("ranking.csv");

    Cli.Run run = score("--format", "csv", "--lang", "en", "--output", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    byte[] bytes = Files.readAllBytes(out);
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("1,b,Beta,24.93,");
  }

  @Test
  void choosesTheSchemeWhoseIndicatorsTheHeaderNames() {
    Cli.Run run = run("score", "--policy", file("two-schemes.yaml"), "--data", file("zones.csv"));

    assertThat(run.exitCode()).isZero();
    assertThat(Cli.body(run.out())).startsWith("园区 · Zones · 2015\n").contains("   1  东区  8.00  8.00\n");
  }

  @Test
  void asksForTheSchemeWhenTheHeaderFitsNone() {
    Cli.Run run = run("score", "--policy", file("two-schemes.yaml"), "--data", file("unmatched.csv"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("unmatched.csv", "--scheme", "firms, zones");
  }

  @Test
  void scoresTheBundledSampleDataWhenNoDataIsGiven() {
    Cli.Run run = run("score", "--policy", SmallTestPolicyProvider.ID);

    assertThat(run.exitCode()).isZero();
    assertThat(Cli.body(run.out()))
        .startsWith("企业 · Firms · 2015\n")
        .contains("   1  乙    24.93")
        .endsWith("\n" + OutputFormat.SAMPLE_NOTE + "\n");
  }

  @Test
  void badDataIsExitCode2WithRowAndColumn() {
    Cli.Run run = run("score", "--policy", file("small.yaml"), "--data", file("firms-bad.csv"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            """
            firms-bad.csv has 1 problem:
              firms-bad.csv, row 3, column 3 (tax): 'eighty' is not a number (write a plain number such as 1234.5)
            """);
  }

  @Test
  void aMissingDataFileIsExitCode2() {
    Cli.Run run = run("score", "--policy", file("small.yaml"), "--data", "no-such-file.csv");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no-such-file.csv does not exist");
  }

  @Test
  void anUnknownSchemeIsExitCode2() {
    Cli.Run run = score("--scheme", "shops");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("policy 'small-test' has no scheme 'shops'; its schemes: firms\n");
  }

  @Test
  void anUnknownPolicyIsExitCode2() {
    Cli.Run run = run("score", "--policy", "shanghai-2030");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no bundled policy or policy file 'shanghai-2030'", SmallTestPolicyProvider.ID);
  }

  @Test
  void aPolicyFileWithoutDataIsExitCode2() {
    Cli.Run run = run("score", "--policy", file("small.yaml"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("bundles no sample data", "--data");
  }

  @Test
  void aPeriodWithoutRowsIsExitCode2() {
    Cli.Run run = score("--period", "2016");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("firms.csv has no rows for period 2016; it has 2014, 2015\n");
  }

  @Test
  void badOptionValuesAreExitCode2() {
    assertThat(score("--period", "last year").exitCode()).isEqualTo(2);
    assertThat(score("--period", "last year").err()).contains("'last year' is not a period");
    assertThat(score("--format", "xml").err()).contains("'xml' is not one of table, json, csv");
    assertThat(score("--lang", "fr").exitCode()).isEqualTo(2);
    assertThat(run("score").err()).contains("Missing required option: '--policy=ID|FILE'");
  }

  @Test
  void anInvalidPolicyIsExitCode1WithEveryProblem() {
    Cli.Run run = run("score", "--policy", file("invalid.yaml"), "--data", file("firms.csv"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("invalid.yaml has 3 problems:\n").contains("invalid.yaml:35:13:");
  }

  @Test
  void dataThatCannotBeEvaluatedIsExitCode1() {
    Cli.Run run = run("score", "--policy", file("two-schemes.yaml"), "--data", file("zones-missing.csv"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("the data cannot be evaluated: 1 problem\n").contains("西区 output: no value");
  }

  @Test
  void errorsHaveNoStackTraceUnlessDebugIsGiven() {
    assertThat(score("--scheme", "shops").err()).doesNotContain("\tat ");

    Cli.Run debug = score("--scheme", "shops", "--debug");
    assertThat(debug.exitCode()).isEqualTo(2);
    assertThat(debug.err()).contains("InputException", "\tat io.github.kaohe.cli.");

    Cli.Run debugBeforeTheCommand = run("--debug", "score", "--policy", "shanghai-2030");
    assertThat(debugBeforeTheCommand.err()).contains("\tat io.github.kaohe.cli.");
  }
}
