package io.github.kaohe.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test file reads only files beside it or below it, unless its runner gives a wider base
 * directory: {@code data: ../../etc/shadow} fails its case, and quotes nothing of the file.
 */
class TestFileReferencesTest {
  @TempDir Path dir;
  private Path tests;

  @BeforeEach
  void writePolicyAndData() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/policies/small.yaml")) {
      Files.write(dir.resolve("small.yaml"), in.readAllBytes());
    }
    try (InputStream in = getClass().getResourceAsStream("/testing/firms-2015.csv")) {
      Path data = Files.createDirectories(dir.resolve("data"));
      Files.write(data.resolve("firms-2015.csv"), in.readAllBytes());
    }
    tests = Files.createDirectories(dir.resolve("suite"));
    Files.writeString(dir.resolve("secret.csv"), "root:x:0:0:root:/root:/bin/bash\n", StandardCharsets.UTF_8);
  }

  private Path suite(String policy, String data) throws IOException {
    return Files.writeString(tests.resolve("t.tests.yaml"), """
        kaohe-tests: 1
        policy: %s
        cases:
          - name: one
            given: {data: %s}
            expect: [{entity: a, rank: 1}]
        """.formatted(policy, data));
  }

  @Test
  void dataAboveTheTestFilesFolderIsRefused() throws IOException {
    Files.copy(dir.resolve("small.yaml"), tests.resolve("small.yaml"));
    Path file = suite("small.yaml", "../secret.csv");

    CaseResult result = PolicyTestSuite.load(file).run().cases().get(0);

    assertThat(result.passed()).isFalse();
    assertThat(result.message()).startsWith("t.tests.yaml:5:").endsWith(": '../secret.csv' is outside the test file's"
        + " folder: a test file refers only to files beside it or in folders below it (a runner may allow a wider"
        + " folder: PolicyTestSuite.withBaseDirectory)");
    assertThat(result.message()).doesNotContain("root:");
  }

  @Test
  void anAbsolutePathOrAnotherUrlIsRefusedToo() throws IOException {
    Files.copy(dir.resolve("small.yaml"), tests.resolve("small.yaml"));

    for (String data : new String[] {"/etc/passwd", "file:/etc/passwd", "http://example.invalid/x.csv"}) {
      CaseResult result = PolicyTestSuite.load(suite("small.yaml", "\"" + data + "\"")).run().cases().get(0);
      assertThat(result.message()).as(data).contains("is outside the test file's folder");
    }
  }

  @Test
  void aPolicyAboveTheFolderIsRefusedUnlessTheRunnerAllowsIt() throws IOException {
    Path file = suite("../small.yaml", "../data/firms-2015.csv");

    CaseResult refused = PolicyTestSuite.load(file).run().cases().get(0);
    PolicyTestResults allowed = PolicyTestSuite.load(file).withBaseDirectory(dir).run();

    assertThat(refused.message()).contains("policy: '../small.yaml' is outside the test file's folder");
    assertThat(allowed.failures()).isEmpty();
  }

  @Test
  void aFileWhoseNameHasASpaceIsReadInAFolderWhoseNameHasOneToo() throws IOException {
    // the reference resolves to file:/…/my%20suite/my data.csv, which is no URI: its path is read as a file URL's
    Path folder = Files.createDirectories(dir.resolve("my suite"));
    Files.copy(dir.resolve("small.yaml"), folder.resolve("small policy.yaml"));
    Files.copy(dir.resolve("data/firms-2015.csv"), folder.resolve("my data.csv"));
    Path file = Files.writeString(folder.resolve("t.tests.yaml"), """
        kaohe-tests: 1
        policy: small policy.yaml
        cases:
          - name: one
            given: {data: my data.csv}
            expect: [{entity: a, rank: 1, total: 19.00}]
          - name: above
            given: {data: ../secret.csv}
            expect: [{entity: a, rank: 1}]
        """);

    PolicyTestResults results = PolicyTestSuite.load(file).run();

    assertThat(results.cases().get(0).failures()).isEmpty();
    assertThat(results.cases().get(1).message()).contains("'../secret.csv' is outside the test file's folder");
  }

  @Test
  void aFileNameIsAPathNotAUrlSoPercentHashAndQuestionMarkAreItsOwnCharacters() throws IOException {
    // "100%.csv" was refused as outside the folder: "%.c" is no escape, and "#1" was read as a fragment
    Files.copy(dir.resolve("small.yaml"), tests.resolve("small 100%.yaml"));
    Files.copy(dir.resolve("data/firms-2015.csv"), tests.resolve("100% #1?.csv"));
    Files.copy(dir.resolve("data/firms-2015.csv"), tests.resolve("a%20b.csv"));
    Path file = Files.writeString(tests.resolve("t.tests.yaml"), """
        kaohe-tests: 1
        policy: small 100%.yaml
        cases:
          - name: odd characters
            given: {data: "100% #1?.csv"}
            expect: [{entity: a, rank: 1, total: 19.00}]
          - name: an escape is two characters of the name
            given: {data: a%20b.csv}
            expect: [{entity: a, rank: 1, total: 19.00}]
          - name: missing
            given: {data: 200%.csv}
            expect: [{entity: a, rank: 1}]
        """);

    PolicyTestResults results = PolicyTestSuite.load(file).run();

    assertThat(results.cases().get(0).failures()).isEmpty();
    assertThat(results.cases().get(1).failures()).isEmpty();
    assertThat(results.cases().get(2).message()).contains(": cannot read " + tests.resolve("200%.csv") + ": ")
        .doesNotContain("outside");
  }

  @Test
  void aReferenceIsEscapedOnlyWhereAUrlWouldReadItOtherwise() {
    assertThat(Sources.escaped("数据/100% #1?.csv")).isEqualTo("数据/100%25%20%231%3F.csv");
    assertThat(Sources.escaped("../a.csv")).isEqualTo("../a.csv");
  }
}
