package io.github.kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Markdown report on the Kaifeng sample: rankings, and the targets, thresholds, registers and tax sharing as tables. */
class MarkdownReportTest {
  private static final Report REPORT = Fixtures.kaifeng();
  private static final String ZH = MarkdownReport.write(REPORT, Language.ZH);
  private static final String EN = MarkdownReport.write(REPORT, Language.EN);

  /** One scheme's part of the text, from its heading to the next scheme's. */
  private static String scheme(String text, String heading) {
    int from = text.indexOf("\n## " + heading + " · ");
    assertThat(from).as("scheme " + heading).isNotNegative();
    int to = text.indexOf("\n## ", from + 1);
    return text.substring(from, to < 0 ? text.length() : to);
  }

  /** The cells of a table row, with escaped pipes kept in their cell. */
  private static int cells(String row) {
    return row.split("(?<!\\\\)\\|", -1).length - 2;
  }

  @Test
  void aCategoryThatScoresAPlaceShowsThePlaceApartFromItsPoints() {
    // 表一 第7项 全省产业集聚区考核排名: the place (第N位), then the points it earns
    assertThat(ZH).contains("| 全省产业集聚区考核位次 | 全省产业集聚区考核排名 |");
    assertThat(ZH).containsPattern("\\| 第\\d+位 \\| \\d+\\.\\d\\d \\|");
    assertThat(EN).contains("| Place in the provincial assessment | Place in the provincial assessment of industrial cluster zones |");
  }

  @Test
  void moneyATablePaysToTheFirmSaysSo() {
    // 四(五)2(3): a key firm's technology centre is rewarded to the firm, not the zone
    assertThat(ZH).contains("省级技术中心、实验室（每个）（奖给所在企业） 30 万元");
    assertThat(EN).contains("(each) (to the firm) 30 万元");
  }

  @Test
  void theFundComesLastYearByYear() {
    // 2014: 700 (cluster zones) + 630 (service zones) = 1330 of 2000; the firms' 60 is not paid from it.
    assertThat(ZH).contains("## 奖励资金").contains("| 2014 | 在额度内 | 1330 | 2000 | 670 | 2014年奖励 1330 万元，资金 2000 万元，"
        + "余 670 万元；另奖所在企业 60 万元，不由本资金支付 |");
    assertThat(EN).contains("| 2015 | within | 1780 | ≥ 2000 | ≥ 220 |");
    assertThat(ZH.indexOf("## 奖励资金")).isGreaterThan(ZH.lastIndexOf("## 异地投资企业税收分享"));
  }

  @Test
  void everyTableHasAHeaderARuleAndRowsOfTheSameWidth() {
    for (String text : List.of(ZH, EN)) {
      List<List<String>> tables = new ArrayList<>();
      List<String> current = null;
      for (String line : text.split("\n")) {
        if (line.startsWith("|")) {
          if (current == null) {
            current = new ArrayList<>();
            tables.add(current);
          }
          current.add(line);
        } else {
          current = null;
        }
      }
      // 2 rankings; targets of 4 schemes; thresholds of 3; 2 class counts and 3 entry lists; shares and totals;
      // the reward fund.
      assertThat(tables).hasSize(2 + 4 + 3 + 2 + 3 + 2 + 1);
      for (List<String> table : tables) {
        assertThat(table.get(1)).as("the rule under " + table.get(0)).matches("\\|( -{3}:? \\|)+");
        for (String row : table) {
          assertThat(cells(row)).as(row).isEqualTo(cells(table.get(0)));
        }
      }
    }
  }

  @Test
  void aRegisterHasItsClassCountsAndEntriesInsteadOfARanking() {
    String projects = scheme(ZH, "产业集聚区重大项目");

    assertThat(projects).doesNotContain("| 名次 |", "| 总分 |", "### 逐项说明", "```");
    assertThat(projects).contains("登记 68 项；登记表只分类、检查和汇总，不评分、不排名。",
        "### 分类统计\n\n| 分类 | 类别 | 数量 |\n| --- | --- | ---: |\n| 推动方式 | 一事一议 | 10 |\n|  | 常规推动 | 58 |\n",
        "### 登记明细\n\n| # | 名称 | 推动方式 | 重点项目管理 | 不达标 |\n| ---: | --- | --- | --- | --- |\n");
    assertThat(projects).containsPattern("\\| \\d+ \\| 杞县低密度项目2015-G \\| 常规推动 \\| 市重点项目 \\| "
        + "✗ 项目工业用地建筑密度未高于60%；✗ 项目工业用地容积率未大于1 \\|\n");
    assertThat(scheme(ZH, "产业集聚区发展考核")).contains("| 名次 | 变化 | 名称 | 总分 |", "### 逐项说明");
  }

  @Test
  void listsTargetsTheSchemesOwnFirstAndFailedThresholds() {
    String projects = scheme(ZH, "产业集聚区重大项目");

    assertThat(projects).contains("### 目标\n\n↘ 落后 1\n\n| 结果 | 目标 | 单位 | 现值 | 目标值 | 完成度 | 说明 | 依据 |\n",
        "| ↘ 落后 | 每年实施50个以上符合主导产业的亿元以上重大项目 | （全局） | 48 个 | 每年 50 个（2014–2017 年） | 96.00% | 本年 48个，目标 50个 | 三(一)3 |");
    assertThat(projects).contains("| 黄龙小型零部件项目2015-A | 开封新区投资亿元以下（含亿元）的工业项目单独供地 | 单独供地 = 是，项目总投资（万元） = 9000 | 三(五)1 |",
        "✗ 不达标 9 · ✓ 符合 202 · ? 无法判定 0（另有 197 项不适用）");
    String zones = scheme(ZH, "产业集聚区发展考核");
    int lastSchemeWide = zones.lastIndexOf("| （全局） |");
    // revenue in 万元 data, shown in 亿元 as the text writes it (display: {unit: 亿元, factor: 10000})
    int firstEntity = zones.indexOf("| 汴西产业集聚区 | 912.912 亿元 |");
    assertThat(lastSchemeWide).isNotNegative().isLessThan(firstEntity);
    assertThat(zones).contains("| ↘ 落后 | 2017年末固定资产投资2100亿元 | （全局） | 510.3 亿元 | ≥ 2100 亿元（2017 年） | 24.30% | 102.86% |");
    // a rate is no amount: not shown in 亿元 (35 / 10000 = 0.0035 %)
    assertThat(zones).contains("| 固定资产投资年均增长35%以上 | （全局） | ", " | 年均 ≥ 35%（2013–2017 年） | ").doesNotContain("0.0035%");
  }

  @Test
  void sharesTaxesPerFirmAndTotalsThemPerGovernmentAndZone() {
    SchemeResult firms = Fixtures.latest(REPORT, "cross-area-firms");
    BigDecimal vat = Fixtures.received(firms, "尉氏县产业集聚区", "vat");
    BigDecimal business = Fixtures.received(firms, "尉氏县产业集聚区", "business-tax");
    BigDecimal income = Fixtures.received(firms, "尉氏县产业集聚区", "corporate-income-tax");

    String tax = scheme(EN, "Tax sharing of firms investing across counties");
    assertThat(tax).contains("### Tax sharing\n\nCross-area investment tax split 5 : 5: Investing (attracting) government 0.5 : "
        + "Zone the project entered 0.5; the rounding remainder goes to the zone the project entered [source 四(四)1]\n");
    assertThat(tax).contains("| Firm | Tax | Paid | Investing (attracting) government: Recipient | Investing (attracting) government: Amount |",
        "| 开封金源机械有限公司 | Business tax (yuan) | 108139.71 | 兰考县 | 54069.85 | 尉氏县产业集聚区 | 54069.86 |");
    assertThat(tax).contains("#### What each government and zone receives\n\n"
        + "| Recipient | Value-added tax (yuan) | Business tax (yuan) | Corporate income tax (yuan) | Total |\n",
        "| 尉氏县产业集聚区 | " + vat.toPlainString() + " | " + business.toPlainString() + " | " + income.toPlainString()
            + " | **" + vat.add(business).add(income).toPlainString() + "** |");
    assertThat(vat.add(business).add(income)).isEqualByComparingTo("4618734.48");
  }

  @Test
  void writesTheHeadingsInTheReportsLanguage() {
    assertThat(EN).contains("### Targets\n", "### Thresholds\n", "### Classes\n", "### Entries\n", "| Status | Target | Entity |",
        "| ↘ behind | 50 or more major projects", "✗ failed 9 · ✓ passed 202 · ? not evaluable 0 (197 more do not apply)");
    assertThat(EN).doesNotContain("### 目标", "登记 68 项");
  }
}
