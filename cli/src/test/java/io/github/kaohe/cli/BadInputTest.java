package io.github.kaohe.cli;

import static io.github.kaohe.cli.Cli.file;
import static io.github.kaohe.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input as a new user and an attacker give it, end to end: each is one clear message on stderr
 * with its exit code, never a stack trace, a silent wrong answer, a hang or a quoted secret.
 */
class BadInputTest {
  private static final String HEADER = "entity,period,tax,place,税收增速,title\n";

  @TempDir Path dir;
  private Path policy;

  @BeforeEach
  void copyPolicy() throws IOException {
    policy = Files.copy(Path.of(file("small.yaml")), dir.resolve("small.yaml"));
  }

  private Path csv(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private Cli.Run score(Path data, String... more) {
    List<String> args = new ArrayList<>(List.of("score", "--policy", policy.toString(), "--data", data.toString()));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  @Test
  void aFolderGivenAsAFileIsSaidToBeAFolder() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("data"));

    Cli.Run data = score(folder);
    Cli.Run policyFolder = run("score", "--policy", folder.toString());
    Cli.Run validate = run("validate", folder.toString());

    assertThat(data.exitCode()).isEqualTo(2);
    assertThat(data.err()).isEqualTo("the data file " + folder + " is a folder, not a file: name a file in it\n");
    assertThat(policyFolder.exitCode()).isEqualTo(2);
    assertThat(policyFolder.err()).isEqualTo("the policy " + folder + " is a folder, not a file: name the policy's YAML"
        + " file in it\n");
    assertThat(validate.out()).isEqualTo(folder + ": is a folder, not a file: name a file in it\n");
  }

  @Test
  void aTestFileGivenAsThePolicyIsOneProblemThatSaysToRunKaoheTest() throws IOException {
    Path tests = Files.writeString(dir.resolve("small.tests.yaml"), """
        kaohe-tests: 1
        policy: small.yaml
        cases:
          - name: one
            given: {csv: "entity,period,tax\\n甲,2015,1"}
            expect: [{entity: a, rank: 1}]
        """);

    Cli.Run run = run("score", "--policy", tests.toString(), "--data", file("firms.csv"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("small.tests.yaml has 1 problem:\n  small.tests.yaml:1:1: kaohe-tests: this is a policy"
        + " test file (kaohe-tests), not a policy: run it with kaohe test POLICY small.tests.yaml (or"
        + " PolicyTestSuite.load)\n");
  }

  @Test
  void aPolicyReadsNoFileOutsideItsFolderAndQuotesNoFileThatIsNotAPolicy() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("county"));
    Path shadow = Files.writeString(dir.resolve("shadow.yaml"), "root:$6$secret:19000:0:99999:7:::\n");
    Path up = Files.writeString(sub.resolve("up.yaml"), "kaohe: 1\nextends: ../shadow.yaml\nid: x\nversion: \"1\"\n");
    Path abs = Files.writeString(sub.resolve("abs.yaml"), "kaohe: 1\nextends: " + shadow + "\nid: x\nversion: \"1\"\n");
    Files.copy(shadow, sub.resolve("beside.yaml"));
    Path beside = Files.writeString(sub.resolve("beside-ref.yaml"), "kaohe: 1\nextends: beside.yaml\nid: x\nversion: \"1\"\n");

    Cli.Run upRun = run("validate", up.toString());
    Cli.Run absRun = run("validate", abs.toString());
    Cli.Run besideRun = run("validate", beside.toString());

    assertThat(upRun.exitCode()).isEqualTo(1);
    assertThat(upRun.out()).contains("up.yaml:2:10: extends: '../shadow.yaml' is outside this policy's folder");
    assertThat(absRun.out()).contains("is outside this policy's folder");
    assertThat(besideRun.out()).contains("extends: beside.yaml is not a Kaohe policy");
    for (Cli.Run r : List.of(upRun, absRun, besideRun)) {
      assertThat(r.out() + r.err()).doesNotContain("secret").doesNotContain("root");
    }
  }

  @Test
  void aTestFileReadsNoDataOutsideItsFolder() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("tests"));
    Files.copy(policy, sub.resolve("small.yaml"));
    Files.writeString(dir.resolve("shadow.csv"), "root:$6$secret:19000\n");
    Path tests = Files.writeString(sub.resolve("small.tests.yaml"), """
        kaohe-tests: 1
        policy: small.yaml
        cases:
          - name: steals
            given: {data: ../shadow.csv}
            expect: [{entity: a, rank: 1}]
        """);

    Cli.Run run = run("test", sub.resolve("small.yaml").toString(), tests.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("'../shadow.csv' is outside the test file's folder").doesNotContain("secret");
  }

  @Test
  void anUnknownTagIsAnErrorAtItsLine() throws IOException {
    Path tagged = Files.writeString(dir.resolve("tagged.yaml"),
        Files.readString(policy).replace("version: \"1.0\"", "version: !include version.txt"));

    Cli.Run run = run("validate", tagged.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("tagged.yaml:5:10: version: the YAML tag !include is not understood");
  }

  @Test
  void aNegativeToleranceSaysWhatIsWrong() throws IOException {
    Path t = Files.writeString(dir.resolve("t.yaml"),
        Files.readString(policy).replace("    total: 20\n", "    total: 20\n    tolerance: -1\n"));

    Cli.Run run = run("validate", t.toString());

    assertThat(run.out()).contains("tolerance must be 0 or more, but is -1").doesNotContain("weighs");
  }

  @Test
  void aWrongEncodingGivenIsNotAnsweredWithAdviceToGiveOne() throws IOException {
    Path gbk = dir.resolve("gbk.csv");
    Files.write(gbk, (HEADER + "甲,2015,100,1,10,1\n").getBytes(Charset.forName("GBK")));

    Cli.Run run = score(gbk, "--encoding", "UTF-8");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("the file is not UTF-8 text: is the encoding given the file's? Leave it out")
        .doesNotContain("--encoding GBK");
    assertThat(score(gbk).exitCode()).isZero(); // detected
  }

  @Test
  void anUnterminatedQuoteIsReportedWhereItStarts() throws IOException {
    Path data = csv("quote.csv", HEADER + "甲,2015,\"100,1,10,1\nb,2015,80,3,20,2\n");

    Cli.Run run = score(data);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("quote.csv has 1 problem:\n  quote.csv, row 2, column 3: an unterminated quote"
        + " starting at row 2, column 3: the file ends before its closing quote (\"); close it, or remove the quote\n");
  }

  @Test
  void aMegabyteNumberFailsFastAndIsQuotedInPart() throws IOException {
    Path data = csv("long.csv", HEADER + "甲,2015,1" + "0".repeat(30_000) + ",1,10,1\n");

    long start = System.nanoTime();
    Cli.Run run = score(data);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).hasSizeLessThan(400).contains("'1" + "0".repeat(39) + "…' is not a number the data can hold");
  }

  @Test
  void aRowThatLostCellsIsAnErrorNotAShiftedRanking() throws IOException {
    Path data = csv("short.csv", HEADER + "甲,2015,100,1\nb,2015,80,3,20,2\n");

    Cli.Run run = score(data);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("short.csv has 1 problem:\n  short.csv, row 2, column 5: the row has 4 cells but the"
        + " header 6 columns: cells are missing (an empty cell is still written, as a comma)\n");
  }

  @Test
  void aLongFilesUnitsAreConvertedOrRefused() throws IOException {
    Path good = csv("long.csv", "entity,period,indicator,value,unit\n甲,2015,tax,0.01,亿元\nb,2015,tax,80,万元\n");
    Path bad = csv("kg.csv", "entity,period,indicator,value,unit\n甲,2015,tax,13.5,kg\n");

    Cli.Run converted = score(good, "--format", "json");
    Cli.Run refused = score(bad);

    assertThat(converted.exitCode()).isZero();
    assertThat(converted.out()).contains("\"value\" : 100");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("kg.csv, row 2, column 5 (unit): the unit 'kg' is not the unit of 'tax' (万元)");
  }

  @Test
  void anEmptyColumnIsWarnedOfAndMissingValuesAreMarkedInTheTable() throws IOException {
    Path data = csv("empty.csv", HEADER + "甲,2015,,1,10,1\nb,2015,,3,20,2\nGamma,2015,,11,5,\n");

    Cli.Run run = score(data);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEqualTo("Warning: empty.csv: column tax (税收) has no values in 2015: every entity scores 0"
        + " points by rule zero-points\n");
    assertThat(run.out()).contains("2.00*", "* 含缺失数据：按该指标的缺失值规则计分");
    assertThat(score(Path.of(file("firms.csv"))).out()).doesNotContain("*");
  }

  @Test
  void implausibleValuesAreListedWithTheirRowsAndColumnsAllAtOnce() throws IOException {
    Path data = csv("wild.csv", HEADER + "甲,2015,-300,1,10,1\nb,2015,80,500,20,2\nGamma,2015,50,11,-150,\n");

    Cli.Run run = score(data);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("wild.csv has 3 problems:\n")
        .contains("wild.csv, row 2, column 3 (tax): -300 万元 is not a plausible value of 'tax': it must be at least 0 万元",
            "wild.csv, row 3, column 4 (place): 500 is not a plausible value of 'place': it must be 1 to 11 (a place in"
                + " a field of 11)",
            "wild.csv, row 4, column 5 (税收增速): -150 % is not a plausible value of 'tax-growth': it must be -100 to"
                + " 10000 %");
  }

  @Test
  void aWorkbookFormulaWithoutASavedValueIsReportedNotReadAsMissing() throws IOException {
    Path book = dir.resolve("formulas.xlsx");
    try (OutputStream out = Files.newOutputStream(book)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet ws = wb.newWorksheet("2015");
      ws.value(0, 0, "名称");
      ws.value(0, 1, "税收");
      ws.value(1, 0, "甲");
      ws.formula(1, 1, "100*2");
      wb.finish();
    }

    Cli.Run run = score(book);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("formulas.xlsx, sheet 2015, cell B2: the cell has a formula but no saved value:"
        + " open and save the file in Excel");
  }

  /** Large inputs in a JVM of 512 MB, as the command line runs: an error or a result in seconds, never out of memory. */
  @Test
  void largeInputsEndInAResultOrAnErrorInAHeapOf512Mb() throws Exception {
    Path big = dir.resolve("big.csv");
    try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      w.write("entity,period,tax\n");
      for (int i = 0; i < 50_000; i++) {
        w.write("firm-" + i + ",2015," + (i % 9973) + "." + (i % 100) + "\n");
      }
    }
    String open = Files.readString(policy)
        .replaceFirst("(?s)    entities:\n.*?    categories:\n", "    categories:\n")
        .replace("    attributes: [county]\n", "")
        .replace("      groups: [county]\n", "");
    Path openPolicy = Files.writeString(dir.resolve("open.yaml"), open);
    Path quote = dir.resolve("quote.csv");
    try (BufferedWriter w = Files.newBufferedWriter(quote, StandardCharsets.UTF_8)) {
      w.write("entity,period,tax\nx,2015,\"");
      for (int i = 0; i < 1_000_000; i++) {
        w.write("0123456789");
      }
    }

    Child ranked = child("score", "--policy", openPolicy.toString(), "--data", big.toString(), "--format", "csv",
        "-o", dir.resolve("ranked.csv").toString());
    Child unterminated = child("score", "--policy", openPolicy.toString(), "--data", quote.toString());

    assertThat(ranked.exitCode()).as(ranked.err()).isZero();
    assertThat(Files.readAllLines(dir.resolve("ranked.csv"))).hasSize(50_001);
    assertThat(unterminated.exitCode()).isEqualTo(2);
    assertThat(unterminated.err()).contains("an unterminated quote starting at row 2, column 3").hasSizeLessThan(1000);
  }

  private record Child(int exitCode, String err) {}

  /** The command line in a JVM of its own with -Xmx512m. */
  private Child child(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), KaoheCli.class.getName()));
    command.addAll(List.of(args));
    Path err = dir.resolve("child.err");
    Process p = new ProcessBuilder(command).redirectError(err.toFile()).redirectOutput(dir.resolve("child.out").toFile())
        .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("no answer within 120 s: " + command);
    }
    return new Child(p.exitValue(), Files.readString(err));
  }
}
