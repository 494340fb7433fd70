package io.github.kaohe.load;

import static io.github.kaohe.load.LoaderFixture.VALID;
import static io.github.kaohe.load.LoaderFixture.problem;
import static io.github.kaohe.load.LoaderFixture.problems;
import static io.github.kaohe.load.LoaderFixture.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.model.Policy;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text that is not a policy at all: syntax, encodings, sizes and hostile documents. */
class PolicyLoaderInputTest {
  @Test
  void invalidYamlSyntaxIsReportedWithItsPosition() {
    Problem p = problem(with("name: {zh: 税收, en: Tax}", "name: {zh: 税收, en: Tax"));

    assertThat(p.message()).startsWith("this is not valid YAML: while parsing a flow mapping");
    assertThat(p.line()).isEqualTo(22);
    assertThat(p.column()).isEqualTo(19);
    assertThat(p.path()).isEmpty();
  }

  @Test
  void anAliasWhereAKeyIsExpectedIsNamedInYamlsWordsNotJavas() {
    // Found by the fuzzing (kaohe-fuzz): the message named SnakeYAML's event class.
    Problem p = problem("kaohe: &a 1\n*a : 2\n");

    assertThat(p.message()).startsWith("this is not valid YAML: ").contains("the alias *a").doesNotContain("org.yaml");
  }

  @Test
  void tabIndentationIsInvalidYaml() {
    Problem p = problem("kaohe: 1\n\tid: x\n");

    assertThat(p.message()).contains("found character '\\t(TAB)' that cannot start any token");
  }

  @Test
  void emptyFileIsAnError() {
    Problem p = problem("");

    assertThat(p.message()).isEqualTo("the file is empty: a policy starts with 'kaohe: 1' and 'id: ...'");
    assertThat(p.line()).isZero();
    assertThat(p.path()).isEmpty();
  }

  @Test
  void fileWithOnlyCommentsIsEmpty() {
    assertThat(problem("# a policy, some day\n\n").message()).startsWith("the file is empty");
  }

  @Test
  void twoDocumentsAreAnError() {
    Problem p = problem(VALID + "---\nkaohe: 1\n");

    assertThat(p.message()).isEqualTo("the file holds more than one YAML document ('---'): put one policy in each file");
    assertThat(p.line()).isEqualTo(33);
    assertThat(p.column()).isEqualTo(1);
  }

  @Test
  void listInsteadOfAPolicyIsAnError() {
    Problem p = problem("- kaohe: 1\n");

    assertThat(p.message()).isEqualTo("expected a map of keys (kaohe, id, name, version, source, arithmetic, actions, schemes, funds), but found a list");
    assertThat(p.line()).isEqualTo(1);
  }

  @Test
  void textThatIsNotUtf8IsAnError() {
    byte[] gbk = VALID.getBytes(Charset.forName("GBK"));

    assertThatThrownBy(() -> PolicyLoader.create().load(new ByteArrayInputStream(gbk), "gbk.yaml"))
        .isInstanceOfSatisfying(
            PolicyException.class,
            e -> assertThat(e.problems()).singleElement().satisfies(p -> {
              assertThat(p.file()).isEqualTo("gbk.yaml");
              assertThat(p.line()).isZero();
              assertThat(p.message()).isEqualTo("the file is not UTF-8 text: save it as UTF-8 (policies are UTF-8, like all YAML)");
            }));
  }

  @Test
  void utf8StreamLoads() {
    InputStream in = new ByteArrayInputStream(VALID.getBytes(StandardCharsets.UTF_8));

    assertThat(PolicyLoader.create().load(in, "t.yaml").id()).isEqualTo("test");
  }

  @Test
  void byteOrderMarkIsIgnored() {
    assertThat(PolicyLoader.create().load("\uFEFF" + VALID, "bom.yaml")).isEqualTo(PolicyLoader.create().load(VALID, "t"));
  }

  @Test
  void fileIsNamedInItsProblems(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("broken.yaml");
    Files.writeString(file, with("kaohe: 1", "kaohe: 2"));

    assertThatThrownBy(() -> PolicyLoader.create().load(file))
        .isInstanceOf(PolicyException.class)
        .hasMessageStartingWith("broken.yaml has 1 problem:\n  broken.yaml:1:8: kaohe:");
  }

  @Test
  void textLongerThanTheLimitIsRejected() {
    PolicyLoader small = PolicyLoader.withLimits(new LoadLimits(100, 64, 200, 500_000));

    assertThatThrownBy(() -> small.load(VALID, "big.yaml"))
        .isInstanceOfSatisfying(
            PolicyException.class,
            e -> assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("the file has " + VALID.length() + " characters, more than the limit of 100")));
  }

  @Test
  void streamLoadsUnderTheLargestLimit() {
    PolicyLoader unlimited = PolicyLoader.withLimits(new LoadLimits(Integer.MAX_VALUE, 64, 200, 500_000));

    assertThat(unlimited.load(new ByteArrayInputStream(VALID.getBytes(StandardCharsets.UTF_8)), "t.yaml").id()).isEqualTo("test");
  }

  @Test
  void streamLongerThanTheLimitIsRejected() {
    PolicyLoader small = PolicyLoader.withLimits(new LoadLimits(100, 64, 200, 500_000));

    assertThatThrownBy(() -> small.load(new ByteArrayInputStream(VALID.getBytes(StandardCharsets.UTF_8)), "big.yaml"))
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining("the input is larger than the limit of 100 characters");
  }

  @Test
  void billionLaughsAreRejected() {
    // nine levels of nine aliases each would expand to 9⁹ = 387,420,489 strings
    StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char c = 'b'; c <= 'i'; c++) {
      String previous = "*" + (char) (c - 1);
      yaml.append(c).append(": &").append(c).append(" [").append(String.join(", ", java.util.Collections.nCopies(9, previous))).append("]\n");
    }

    Problem p = problem(yaml.toString());

    assertThat(p.message()).isEqualTo("the document expands to more than 500000 nodes (check its aliases)");
    assertThat(p.path()).isEqualTo("f");
  }

  @Test
  void tooManyAliasesAreRejected() {
    String yaml = "x: &x 1\nl: [" + String.join(", ", java.util.Collections.nCopies(201, "*x")) + "]\n";

    Problem p = problem(yaml);

    assertThat(p.message()).isEqualTo("more than 200 aliases: the file expands too much");
    assertThat(p.path()).isEqualTo("l[200]");
  }

  @Test
  void aliasOfAMapIsExpanded() {
    String yaml =
        with("method: proportional-to-best", "method: &posts {type: goalposts, lower: 0, upper: 10}")
            .replace("method: {type: goalposts, lower: 0, upper: 10}", "method: *posts");

    Policy p = PolicyLoader.create().load(yaml, "t");

    assertThat(p.scheme("firms").indicator("tax").method()).isEqualTo(p.scheme("firms").indicator("growth").method());
  }

  @Test
  void aliasOfAScalarIsExpanded() {
    String yaml = with("weight: 8", "weight: &w 8").replace("lower: 0, upper: 10", "lower: 0, upper: *w");

    Policy p = PolicyLoader.create().load(yaml, "t");

    assertThat(p.scheme("firms").indicator("growth").method()).hasToString("Goalposts[lower=0, upper=8]");
  }

  @Test
  void aliasBeforeItsAnchorIsAnError() {
    Problem p = problem(with("weight: 8", "weight: *w"));

    assertThat(p.message()).isEqualTo("alias *w refers to no anchor &w before it");
    assertThat(p.line()).isEqualTo(22);
  }

  @Test
  void deepNestingIsRejected() {
    Problem p = problem("[".repeat(100_000) + "]".repeat(100_000));

    assertThat(p.message()).isEqualTo("nesting deeper than 64 levels: a policy never needs this");
    assertThat(p.line()).isEqualTo(1);
    assertThat(p.column()).isEqualTo(66);
  }

  @Test
  void deepBlockNestingIsRejected() {
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      yaml.append("  ".repeat(i)).append("a:\n");
    }

    assertThat(problem(yaml.toString()).message()).isEqualTo("nesting deeper than 64 levels: a policy never needs this");
  }

  @Test
  void numberTooLargeForMemoryIsRejected() {
    Problem p = problem(with("weight: 8", "weight: 8e+999999999"));

    assertThat(p.message())
        .isEqualTo("the number 8e+999999999 is out of range: write at most 18 digits before and 18 after the decimal point");
    assertThat(p.path()).isEqualTo("schemes[0].categories[0].indicators[0].weight");
    assertThat(p.line()).isEqualTo(22);
  }

  @Test
  void numberWithTooManyDecimalsIsRejected() {
    assertThat(problem(with("total: 10", "total: 1e-999999999")).message()).startsWith("the number 1e-999999999 is out of range");
  }

  @Test
  void zeroWithAHugeExponentIsRejected() {
    assertThat(problem(with("lower: 0,", "lower: 0e-999999999,")).message()).startsWith("the number 0e-999999999 is out of range");
  }

  @Test
  void numberWithAnExponentReadsAsThePlainNumber() {
    Policy p = PolicyLoader.create().load(with("weight: 8", "weight: 0.8e+1"), "t");

    assertThat(p.scheme("firms").indicator("tax").weight()).isEqualTo(new BigDecimal("8"));
  }

  @Test
  void severalInputProblemsDoNotHideEachOther() {
    assertThat(problems(with("kaohe: 1", "kaohe: 2").replace("total: 10", "total: ten"))).hasSize(2);
  }
}
