package io.github.kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.eval.CheckResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.eval.TargetResult;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The page's targets, thresholds, registers and tax sharing on the Kaifeng sample in 2015 (with
 * 2013–2014 as history): what {@code kaohe report} shows of §7 (targets), §8 (land thresholds) and
 * §9 (the 5 : 5 tax split).
 */
class HtmlSectionsTest {
  private static final Report REPORT = Fixtures.kaifeng();
  private static final String PAGE = HtmlReport.write(REPORT);

  /** One scheme's section of the page. */
  private static String section(String scheme) {
    String start = "<section class=\"scheme\" id=\"s-" + scheme + "\">";
    int from = PAGE.indexOf(start);
    assertThat(from).as("section of " + scheme).isNotNegative();
    return PAGE.substring(from, PAGE.indexOf("</section>", from));
  }

  /** The part of a section from one heading to the next of the same level or above. */
  private static String part(String section, String zhHeading) {
    String start = "<h3><span class=\"zh\">" + zhHeading + "</span>";
    int from = section.indexOf(start);
    assertThat(from).as("heading " + zhHeading).isNotNegative();
    int to = section.indexOf("<h3>", from + start.length());
    return section.substring(from, to < 0 ? section.length() : to);
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  @Test
  void theFundsSectionFollowsTheSchemesWithABadgeAndEachSchemesPart() {
    int from = PAGE.indexOf("<section class=\"scheme\" id=\"funds\">");
    assertThat(from).isGreaterThan(PAGE.indexOf("id=\"s-cross-area-firms\""));
    String funds = PAGE.substring(from, PAGE.indexOf("</section>", from));

    assertThat(count(funds, "<tr><td>20")).isEqualTo(2); // 2014 and 2015: 2013 is before the fund's first year
    assertThat(funds).contains("<span class=\"st st-achieved\"><span class=\"zh\">在额度内</span>")
        .contains("服务业两区考核 1080 万元：龙亭区特色商业区 330 万元、鼓楼区特色商业区 350 万元")
        .contains("<td class=\"num\">≥ 2000</td>");
  }

  @Test
  void aRegisterShowsNoRankingPointsOrChartsButItsEntriesAndTheirClasses() {
    String projects = section("industrial-projects");

    assertThat(projects).doesNotContain("class=\"ranking\"", "id=\"categoryBars\"", "id=\"totalsOverPeriods\"",
        "<span class=\"zh\">总分</span>", "<span class=\"zh\">名次</span>", "<article class=\"entity\"");
    assertThat(projects).contains("登记 68 项；登记表只分类、检查和汇总，不评分、不排名", "68 entries; a register is classed");
    // The scored schemes keep theirs.
    assertThat(section("industrial-cluster-zones")).contains("class=\"ranking\"", "id=\"categoryBars\"", "<article class=\"entity\"");

    String entries = part(projects, "登记明细");
    assertThat(count(entries, "<tr")).as("a header row and a row per project").isEqualTo(1 + 68);
    assertThat(entries).contains("<th><span class=\"zh\">推动方式</span>", "<th><span class=\"zh\">重点项目管理</span>",
        "<th><span class=\"zh\">不达标</span>");
    // 2015-A: 9000 万元, below 1 亿元 in Kaifeng New District, on land of its own: regular, not key, failed.
    assertThat(entries).containsPattern("<tr class=\"failed\"><td class=\"num\">\\d+</td><td class=\"name\">黄龙小型零部件项目2015-A</td>"
        + "<td[^>]*><span class=\"zh\">常规推动</span>.*?<span class=\"zh\">非重点项目</span>.*?"
        + "<span class=\"fail\">✗</span> <span class=\"zh\">开封新区投资亿元以下（含亿元）的工业项目单独供地</span>");
    assertThat(count(entries, "<tr class=\"failed\">")).as("projects failing a threshold").isEqualTo(8);
  }

  @Test
  void aRegisterCountsItsEntriesInEachClass() {
    String classes = part(section("industrial-projects"), "分类统计");
    SchemeResult projects = Fixtures.latest(REPORT, "industrial-projects");
    long caseByCase = projects.entities().stream().filter(e -> e.classes().get("handling").tier().equals("case-by-case")).count();

    assertThat(caseByCase).isEqualTo(10);
    assertThat(classes).contains("<th rowspan=\"2\"><span class=\"zh\">推动方式</span><span class=\"en\">How the project is taken forward</span></th>"
        + "<td><span class=\"zh\">一事一议</span><span class=\"en\">One project, one discussion</span></td><td class=\"num\">10</td>");
    assertThat(classes).contains("<span class=\"zh\">常规推动</span><span class=\"en\">Regular procedure</span></td><td class=\"num\">58</td>");
    assertThat(classes).contains("<th rowspan=\"3\"><span class=\"zh\">重点项目管理</span>",
        "<span class=\"zh\">省重点项目</span><span class=\"en\">Provincial key project</span></td><td class=\"num\">18</td>");
    assertThat(classes).as("nobody unclassed, so no such row").doesNotContain("未报投资额");
  }

  @Test
  void listsEveryFailedThresholdWithTheValuesReadAndItsSource() {
    String checks = part(section("industrial-projects"), "达标检查");

    assertThat(checks).contains("<tr><td class=\"name\">黄龙小型零部件项目2015-A</td>"
        + "<td><span class=\"zh\">开封新区投资亿元以下（含亿元）的工业项目单独供地</span>"
        + "<span class=\"en\">Land of its own for a project of 100 million yuan or less in Kaifeng New District</span></td>"
        + "<td class=\"values\"><span class=\"zh\">单独供地 = 是，项目总投资（万元） = 9000</span>"
        + "<span class=\"en\">Land supplied to the project on its own = yes, Total investment of the project (10 000 yuan) = 9000</span>"
        + "</td><td class=\"src\">三(五)1</td></tr>");
    SchemeResult projects = Fixtures.latest(REPORT, "industrial-projects");
    long failed = projects.entities().stream().flatMap(e -> e.checks().stream()).filter(CheckResult::failed).count();
    long passed = projects.entities().stream().flatMap(e -> e.checks().stream())
        .filter(c -> c.status() == CheckResult.Status.PASSED).count();
    assertThat(failed).isEqualTo(9);
    assertThat(count(checks, "<td class=\"values\">")).isEqualTo(9);
    assertThat(checks).contains("<span class=\"st st-missed\"><span class=\"zh\">✗ 不达标</span><span class=\"en\">✗ failed</span></span> <b>9</b>",
        "<span class=\"st st-achieved\"><span class=\"zh\">✓ 符合</span><span class=\"en\">✓ passed</span></span> <b>" + passed + "</b>",
        "<span class=\"zh\">? 无法判定</span><span class=\"en\">? not evaluable</span></span> <b>0</b>");
    // The zones' own thresholds, on the scored scheme.
    assertThat(part(section("industrial-cluster-zones"), "达标检查"))
        .contains("<td class=\"name\"><span class=\"zh\">黄龙产业集聚区</span>",
            "<td class=\"values\"><span class=\"zh\">单位土地面积平均投资强度（万元/亩） = 495</span>");
    // A register without checks has no such section.
    assertThat(section("cross-area-firms")).doesNotContain("达标检查");
  }

  @Test
  void showsEachTargetWithAStatusThatReadsWithoutColour() {
    String targets = part(section("industrial-projects"), "目标");

    // 48 projects fitting the leading industries of 1 亿元 or more in 2015; 50 asked every year.
    assertThat(targets).contains("<tr><td><span class=\"st st-behind\"><span class=\"zh\">↘ 落后</span><span class=\"en\">↘ behind</span></span></td>"
        + "<td class=\"target\"><span class=\"zh\">每年实施50个以上符合主导产业的亿元以上重大项目</span>");
    assertThat(targets).containsPattern("每年实施50个以上符合主导产业的亿元以上重大项目.*?</td><td class=\"num\">48 个</td>"
        + "<td class=\"num goal\"><span class=\"zh\">每年 50 个（2014–2017 年）</span><span class=\"en\">50 个 a year \\(2014–2017\\)</span></td>"
        + "<td class=\"num\">96.00%</td><td><span class=\"zh\">本年 48个，目标 50个</span>.*?〔依据 三\\(一\\)3〕");
    assertThat(PAGE).contains(".st-behind { color: #9a5300;", ".st-achieved { color: #1a7f37;");
  }

  @Test
  void showsTheSchemesOwnTargetsFirstThenEachEntitysByTarget() {
    String targets = part(section("industrial-cluster-zones"), "目标");
    SchemeResult zones = Fixtures.latest(REPORT, "industrial-cluster-zones");

    assertThat(count(targets, "<td><span class=\"st st-")).as("a row per target result").isEqualTo(zones.targets().size());
    int schemeWide = targets.indexOf("全局目标");
    int perEntity = targets.indexOf("各单位目标");
    assertThat(schemeWide).isNotNegative().isLessThan(perEntity);
    assertThat(targets.substring(schemeWide, perEntity)).contains("2015年末固定资产投资1200亿元").doesNotContain("汴西产业集聚区");
    // A target of some entities: a group with what is asked and its source, then a row per entity.
    assertThat(targets.substring(perEntity)).containsPattern("<tr class=\"group\"><th colspan=\"\\d\"><span class=\"zh\">2017年末主营业务收入突破1000亿元</span>.*?"
        + "≥ 1000 亿元（2017 年）.*?〔依据 二\\(一\\)2〕.*?</tr>\n"
        + "<tr><td><span class=\"st st-on-track\"><span class=\"zh\">↗ 进度正常</span>.*?汴西产业集聚区");
    // Every status in the tally, with its count.
    for (TargetResult.Status status : TargetResult.Status.values()) {
      long n = zones.targets().stream().filter(t -> t.status() == status).count();
      if (n > 0) {
        assertThat(targets).contains(Labels.sign(status) + " " + status.label().zh() + "</span><span class=\"en\">"
            + Labels.sign(status) + " " + status.label().en() + "</span></span> <b>" + n + "</b>");
      }
    }
  }

  @Test
  void sharesEachFirmsTaxesAndTotalsWhatEachGovernmentAndZoneReceives() {
    String tax = part(section("cross-area-firms"), "税收分成");
    SchemeResult firms = Fixtures.latest(REPORT, "cross-area-firms");
    BigDecimal vat = Fixtures.received(firms, "尉氏县产业集聚区", "vat");
    BigDecimal business = Fixtures.received(firms, "尉氏县产业集聚区", "business-tax");
    BigDecimal income = Fixtures.received(firms, "尉氏县产业集聚区", "corporate-income-tax");

    // Two firms invest in 尉氏县产业集聚区 (from 通许县 and 兰考县): the zone receives their halves.
    assertThat(vat).isEqualByComparingTo(new BigDecimal("1038368.36").add(new BigDecimal("2392025.25")));
    assertThat(tax).contains("<tr><td class=\"name\">尉氏县产业集聚区</td><td class=\"num\">" + vat.toPlainString()
        + "</td><td class=\"num\">" + business.toPlainString() + "</td><td class=\"num\">" + income.toPlainString()
        + "</td><td class=\"num sum\">" + vat.add(business).add(income).toPlainString() + "</td></tr>");
    assertThat(vat.add(business).add(income).toPlainString()).isEqualTo("4618734.48");
    // Per firm and tax: what was paid, and each half, exact to the fen (the zone takes the odd fen).
    assertThat(tax).contains("<td><span class=\"zh\">营业税（元）</span><span class=\"en\">Business tax (yuan)</span></td>"
        + "<td class=\"num\">108139.71</td><td>兰考县</td><td class=\"num\">54069.85</td><td>尉氏县产业集聚区</td><td class=\"num\">54069.86</td>");
    assertThat(tax).contains("投资（招商引资）主体所在地政府 0.5 : 项目入驻集聚区 0.5；尾差归项目入驻集聚区〔依据 四(四)1〕");
    assertThat(count(tax, "<tr class=\"firm\">")).isEqualTo(5);
  }
}
