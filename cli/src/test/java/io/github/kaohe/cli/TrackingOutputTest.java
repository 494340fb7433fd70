package io.github.kaohe.cli;

import static io.github.kaohe.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Targets, failed checks, registers and tax shares in the console and the JSON, on the Kaifeng
 * sample for 2015 (the figures are worked by hand in policy-kaifeng's KaifengTrackingGoldenTest).
 */
class TrackingOutputTest {
  private static final String KAIFENG = "kaifeng-2014";

  @Test
  void targetsAndFailedChecksFollowTheRanking() {
    Cli.Run run = run("score", "--policy", KAIFENG, "--scheme", "industrial-cluster-zones", "--period", "2015");

    assertThat(run.exitCode()).isZero();
    String out = run.out();
    assertThat(out).contains("目标 · Targets · 2015\n")
        .contains("  未实现 2015年末固定资产投资1200亿元：现为 510.3亿元，目标 ≥ 1200亿元（2015年）\n")
        .contains("  已实现 2015年末进入全省前10位　汴西产业集聚区：现为 第10位，目标 ≤ 第10位（2015年）\n")
        .contains("达标检查 · Thresholds · 2015\n")
        .contains("  黄龙产业集聚区：开封新区单位土地面积平均投资强度低于500万元/亩（单位土地面积平均投资强度（万元/亩） = 495）〔三(五)1〕\n")
        .contains("  符合 20 项\n");
    // the ranking comes first, the targets after the rewards and sanctions
    assertThat(out.indexOf("名次")).isLessThan(out.indexOf("奖惩")).isLessThan(out.indexOf("目标 · Targets"));
  }

  @Test
  void aRegisterIsSummarisedNotRanked() {
    Cli.Run run = run("score", "--policy", KAIFENG, "--scheme", "industrial-projects", "--period", "2015");

    assertThat(run.exitCode()).isZero();
    assertThat(Cli.body(run.out())).startsWith("产业集聚区重大项目 · Major projects in the industrial cluster zones · 2015\n  共 68 项\n")
        .contains("  推动方式：一事一议 10，常规推动 58\n")
        .contains("  落后 每年实施50个以上符合主导产业的亿元以上重大项目：本年 48个，目标 50个\n")
        .contains("  黄龙小型零部件项目2015-A：开封新区投资亿元以下（含亿元）的工业项目单独供地（单独供地 = 是，项目总投资（万元） = 9000）〔三(五)1〕\n")
        .doesNotContain("名次")
        .doesNotContain("总分");
  }

  @Test
  void taxTotalsPerGovernmentInEnglish() {
    Cli.Run run = run("score", "--policy", KAIFENG, "--scheme", "cross-area-firms", "--period", "2014", "--lang", "en");

    assertThat(run.exitCode()).isZero();
    // 天成化工 was not yet in production in 2014: 精细化工 receives nothing.
    assertThat(run.out()).contains("  5 entries\n", "  Shares in all:\n", "    兰考县: ")
        .doesNotContain("精细化工产业集聚区");
  }

  @Test
  void jsonCarriesTargetsChecksAndShares() throws IOException {
    Cli.Run run = run("score", "--policy", KAIFENG, "--period", "2015", "--format", "json");

    JsonNode all = new ObjectMapper().readTree(run.out());
    JsonNode zones = all.get(0);
    assertThat(zones.get("scored").asBoolean()).isTrue();
    JsonNode investment = zones.get("targets").get(0);
    assertThat(investment.get("target").asText()).isEqualTo("investment-2015");
    assertThat(investment.get("status").asText()).isEqualTo("missed");
    assertThat(investment.get("entity").isNull()).isTrue();
    assertThat(investment.get("attainment").decimalValue()).isEqualByComparingTo("42.53");
    assertThat(investment.get("entityName").isNull()).isTrue();
    JsonNode topTen = zones.get("targets").findParents("target").stream()
        .filter(t -> t.get("target").asText().equals("province-top-10")).findFirst().orElseThrow();
    assertThat(topTen.get("entityName").get("zh").asText()).isEqualTo("汴西产业集聚区");
    JsonNode huanglong = zones.get("results").findParents("entity").stream()
        .filter(r -> r.get("entity").asText().equals("huanglong")).findFirst().orElseThrow();
    assertThat(huanglong.get("checks").get(0).get("name").get("en").asText())
        .isEqualTo("Investment of at least 5 million yuan per mu in Kaifeng New District");

    JsonNode firms = all.get(4);
    assertThat(firms.get("scored").asBoolean()).isFalse();
    JsonNode vat = firms.get("results").findValues("taxShares").get(0).get(0);
    assertThat(vat.get("tax").asText()).isEqualTo("vat");
    assertThat(vat.get("shares").get(1).get("remainder").asBoolean()).isTrue();
    assertThat(firms.get("taxTotals").get("尉氏县产业集聚区").get("vat").decimalValue()).isEqualByComparingTo("3430393.61");
  }
}
