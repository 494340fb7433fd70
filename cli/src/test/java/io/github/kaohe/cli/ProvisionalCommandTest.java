package io.github.kaohe.cli;

import static io.github.kaohe.cli.Cli.file;
import static io.github.kaohe.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code kaohe whatif --pending} on {@code small.yaml} (worked in core's SmallPolicyTest): b 24.93,
 * 甲 22.07, 丙 9.33. With b's tax pending between 0 and 80, b scores 8 × b / 120 + 19.60: 19.60 at
 * 0, below 甲's 22.07 (甲's tax points stay 6.67: the best is d's 120), and 24.93 at 80. So b and
 * 甲 may end first or second; 丙, third either way, is final.
 */
class ProvisionalCommandTest {
  @Test
  void listsThePendingValuesAndEachEntitysBestAndWorstPlace() {
    Cli.Run run = run("whatif", "--pending", "b:tax=0..80", "--policy", file("small.yaml"), "--data", file("firms.csv"));

    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("【暂定】企业 · 2015：1 项数据待定\n  待定：乙 的 税收，可能为 0～80 万元\n")
        .contains("     1  乙  24.93  可能第 1～2 名\n")
        .contains("     2  甲  22.07  可能第 1～2 名\n")
        .contains("     3  丙  9.33  名次已确定\n");
  }

  @Test
  void asJsonTheResultIsFlaggedProvisionalWithEachEntitysBounds() throws Exception {
    Cli.Run run = run("whatif", "--pending", "b:tax=0..80", "--format", "json", "--policy", file("small.yaml"),
        "--data", file("firms.csv"));

    assertThat(run.err()).isEmpty();
    com.fasterxml.jackson.databind.JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).get(0);
    assertThat(doc.get("provisional").asBoolean()).isTrue();
    assertThat(doc.get("pending").get(0).get("key").asText()).isEqualTo("tax");
    assertThat(doc.get("pending").get(0).get("greatest").decimalValue()).isEqualByComparingTo("80");
    java.util.Map<String, String> bounds = new java.util.LinkedHashMap<>();
    for (com.fasterxml.jackson.databind.JsonNode e : doc.get("results")) {
      com.fasterxml.jackson.databind.JsonNode b = e.get("bounds");
      bounds.put(e.get("entity").asText(), b.get("best").asInt() + "-" + b.get("worst").asInt() + (b.get("final").asBoolean() ? " final" : ""));
    }
    // d (丁) is assessed but never ranked: no place either way (0)
    assertThat(bounds.values()).containsExactly("1-2", "1-2", "3-3 final", "0-0 final");
  }

  @Test
  void aFormatOtherThanTableOrJsonIsBadUsage() {
    Cli.Run run = run("whatif", "--pending", "b:tax", "--format", "csv", "--policy", file("small.yaml"), "--data", file("firms.csv"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--format is table or json, not 'csv'");
  }

  @Test
  void pendingWithAnEntityIsBadUsage() {
    Cli.Run run = run("whatif", "甲", "--pending", "b:tax", "--policy", file("small.yaml"), "--data", file("firms.csv"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("--pending gives the provisional ranking of every entity: leave out ENTITY and the goal\n");
  }

  @Test
  void aBadRangeSaysHowToWriteIt() {
    Cli.Run run = run("whatif", "--pending", "b:tax=70", "--policy", file("small.yaml"), "--data", file("firms.csv"));

    assertThat(run.err()).isEqualTo("--pending b:tax=70: the range is LO..HI, two numbers, e.g. 70..90\n");
  }

  @Test
  void scoreFlagsTheRankingProvisionalWithThePendingValuesAndWhereEachCanStillEnd() {
    Cli.Run run = run("score", "--pending", "b:tax=0..80", "--policy", file("small.yaml"), "--data", file("firms.csv"));

    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("【暂定】企业 · Firms · 2015\n")
        .contains("可能名次")
        .containsPattern("1 +乙 +24\\.93 +可能第 1～2 名")
        .containsPattern("3 +丙 +9\\.33 +名次已确定")
        .contains("待定：乙 的 税收，可能为 0～80 万元\n");
  }

  @Test
  void scoreInEnglishAndAsJson() throws Exception {
    Cli.Run en = run("score", "--pending", "b:tax=0..80", "--lang", "en", "--policy", file("small.yaml"), "--data", file("firms.csv"));
    Cli.Run json = run("score", "--pending", "b:tax=0..80", "--format", "json", "--policy", file("small.yaml"),
        "--data", file("firms.csv"));

    assertThat(en.out()).contains("[provisional] 企业 · Firms · 2015\n").contains("may end place 1 to 2").contains("final")
        .contains("Pending: Tax of Beta, 0 to 80 万元\n");
    com.fasterxml.jackson.databind.JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
    assertThat(doc.get("provisional").asBoolean()).isTrue();
    assertThat(doc.get("results").get(2).get("bounds").get("final").asBoolean()).isTrue();
  }

  @Test
  void theMarkdownReportSaysProvisionalAndWhereEachCanStillEnd(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path md = dir.resolve("r.md");
    Cli.Run run = run("report", "--pending", "b:tax=0..80", "--policy", file("small.yaml"), "--data", file("firms.csv"),
        "-o", md.toString());

    assertThat(run.err()).isEmpty();
    assertThat(java.nio.file.Files.readString(md))
        .contains("## 企业 · 2015（暂定）")
        .contains("> **暂定** 暂定：1 项数据待定（乙 的 税收，可能为 0～80 万元），名次可能变动；标“名次已确定”者不再变动。")
        .contains("| 可能名次 |")
        .contains("| 名次已确定 |");
  }

  @Test
  void aPendingValueNoSchemeHasIsBadInputAndEveryProblemIsSaidAtOnce() {
    Cli.Run run = run("score", "--pending", "z:tax", "--pending", "b:nothing", "--pending", "b", "--policy", file("small.yaml"),
        "--data", file("firms.csv"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("""
        --pending takes ENTITY:KEY or ENTITY:KEY=LO..HI, e.g. 甲:tax=70..90, not 'b'
        """);
    Cli.Run unknown = run("score", "--pending", "z:tax", "--pending", "b:nothing", "--policy", file("small.yaml"),
        "--data", file("firms.csv"));
    assertThat(unknown.err()).isEqualTo("""
        --pending z:tax: no scheme evaluated has an entity 'z' and a value 'tax'
        --pending b:nothing: no scheme evaluated has an entity 'b' and a value 'nothing'
        """);
  }

  @Test
  void explainSaysWhereTheEntityCanStillEndAndWhatIsPending() {
    Cli.Run zh = run("explain", "甲", "--pending", "b:tax=0..80", "--policy", file("small.yaml"), "--data", file("firms.csv"));
    Cli.Run en = run("explain", "Gamma", "--pending", "b:tax=0..80", "--lang", "en", "--policy", file("small.yaml"),
        "--data", file("firms.csv"));

    assertThat(zh.err()).isEmpty();
    assertThat(zh.out()).contains("【暂定】可能第 1～2 名；待定：乙 的 税收，可能为 0～80 万元\n甲 · 企业 · 2015\n");
    assertThat(en.out()).contains("[provisional] final; pending: Tax of Beta, 0 to 80 万元\nGamma · Firms · 2015\n");
  }
}
