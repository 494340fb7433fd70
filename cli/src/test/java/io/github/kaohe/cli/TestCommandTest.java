package io.github.kaohe.cli;

import static io.github.kaohe.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.policy.kaifeng.KaifengPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandTest {
  @TempDir Path dir;

  private static String text(URL url) {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Kaifeng suite and its sample data, copied to the temporary directory. */
  private Path kaifengTests() throws IOException {
    Files.createDirectories(dir.resolve("sample"));
    for (String scheme : KaifengPolicy.sampleData().keySet()) {
      Files.writeString(dir.resolve("sample/" + scheme + ".csv"), text(KaifengPolicy.sampleData().get(scheme)));
    }
    Path tests = dir.resolve("kaifeng-2014.tests.yaml");
    Files.writeString(tests, text(KaifengPolicy.tests()));
    return tests;
  }

  @Test
  void theBundledPolicysOwnSuitePassesAndCoversEverything() {
    Cli.Run run = run("test", "kaifeng-2014");

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("kaifeng-2014.tests.yaml\n  PASS 汴西, 尉氏县 and 杞县 take the first three places")
        .doesNotContain("FAIL")
        .contains("kaifeng-2014.tests.yaml: 40 passed, 0 failed\n")
        .endsWith("Coverage of kaifeng-2014: indicators 27/27, adjustment items 6/6, table rows 35/35, classes 10/10,"
            + " checks 14/14, targets 64/64, tax sharing rules 1/1\n"
            + "Everything is exercised.\n");
  }

  @Test
  void aWrongWeightFailsTheCasesThatSeeItWithExitCode1() throws IOException {
    Path tests = kaifengTests();
    Path changed = dir.resolve("kaifeng-changed.yaml");
    String yaml = text(KaifengPolicy.yaml());
    // Table A item 2: tax total 8 → 7 and tax growth 8 → 9; the category still weighs 16.
    String total = "            unit: 万元\n            weight: 8\n            method: proportional-to-best\n"
        + "            source: 表一 第2项 总量";
    String growth = "            weight: 8\n            method: {type: min-max, floor: 0.6, ceiling: 1}\n"
        + "            source: 表一 第2项 增长速度";
    assertThat(yaml).contains(total, growth);
    Files.writeString(changed, yaml.replace(total, total.replace("weight: 8", "weight: 7"))
        .replace(growth, growth.replace("weight: 8", "weight: 9")));

    Cli.Run run = run("test", changed.toString(), tests.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("  FAIL the 2015 ranking of the industrial cluster zones on the sample data\n")
        .contains(": 汴东 points of tax-total: expected 1.96, got 1.71 (7 × 33000 / 135000 = 1.71)")
        .contains(": 通许县 rank: expected 4, got 5 — total 47.86 vs 48.11 (黄龙)")
        // the hand-worked ranking of a zone best on every indicator holds whatever the weights
        .contains("  PASS a zone best on every indicator is first, the next best second, and so on, whatever the method\n")
        .contains("kaifeng-2014.tests.yaml: 38 passed, 2 failed\n");
  }

  @Test
  void aPolicyFileFindsTheTestsBesideIt() throws IOException {
    Files.writeString(dir.resolve("firms.yaml"), text(Cli.class.getResource("/small.yaml")));
    Files.writeString(dir.resolve("firms.tests.yaml"), """
        kaohe-tests: 1
        policy: firms.yaml
        cases:
          - name: a alone
            given: {values: {a: {2015: {tax: 1}}}}
            expect: [{entity: a, rank: 1}]
        """);

    Cli.Run run = run("test", dir.resolve("firms.yaml").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("  PASS a alone\n", "firms.tests.yaml: 1 passed, 0 failed\n",
        "Coverage of small-test: indicators 1/3");
  }

  @Test
  void aTestFileWithProblemsIsBadInputWithExitCode2() throws IOException {
    Path broken = dir.resolve("broken.tests.yaml");
    Files.writeString(broken, "kaohe-tests: 1\npolicy: kaifeng-2014\ncases:\n  - nmae: x\n");

    Cli.Run run = run("test", "kaifeng-2014", broken.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("broken.tests.yaml:4:5: cases[0].nmae: unknown key 'nmae': did you mean 'name'?");
  }

  @Test
  void badUsageHasExitCode2() {
    assertThat(run("test").exitCode()).isEqualTo(2);
    Cli.Run unknown = run("test", "no-such-policy");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("no bundled policy or policy file 'no-such-policy'");
    Cli.Run noTests = run("test", "kaifeng-2014", dir.resolve("none.tests.yaml").toString());
    assertThat(noTests.exitCode()).isEqualTo(2);
    assertThat(noTests.err()).startsWith("the test file ").endsWith("none.tests.yaml does not exist\n");
    Cli.Run folder = run("test", "kaifeng-2014", dir.toString());
    assertThat(folder.exitCode()).isEqualTo(2);
    assertThat(folder.err()).startsWith("the test file " + dir + " is a folder, not a file");
  }

  @Test
  void aBundledPolicyWithoutASuiteNeedsTestFiles() {
    Cli.Run run = run("test", "small-test");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("policy small-test ships no test suite");
  }
}
