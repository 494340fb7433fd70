package io.github.kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The page's content; {@link HtmlReportInChromiumTest} renders it. */
class HtmlReportTest {
  private static final String SMALL = HtmlReport.write(Fixtures.small());
  private static final String KAIFENG = HtmlReport.write(Fixtures.kaifeng());

  @Test
  void isOneSelfContainedPageWithoutScriptsOrFetchedResources() {
    assertThat(KAIFENG).startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">").endsWith("</html>\n");
    assertThat(KAIFENG).contains("<style>", "@media print", "@page { size: A4");
    assertThat(KAIFENG).doesNotContain("<script", "<link ", "src=\"http", "url(http", "@import");
  }

  @Test
  void showsThePolicyItsVersionAndItsSource() {
    assertThat(KAIFENG).contains("开封市产业集聚区和服务业两区考核", "kaifeng-2014", "1.0.0", "中共开封市委", "2014-08-26");
    assertThat(KAIFENG).contains("示例数据仅作演示");
  }

  @Test
  void ranksEveryEntityWithPlacesTotalsCategoriesAndChangeArrows() {
    assertThat(SMALL).contains("<th class=\"num\"><span class=\"zh\">变化</span><span class=\"en\">Change</span></th>");
    assertThat(SMALL).contains("<span class=\"zh\">乙</span><span class=\"en\">Beta</span>", "24.93", "6.93");
    // 乙's place in the province (an indicator scored by its place) in its own column, before 规模's points
    assertThat(SMALL).contains("<td class=\"num\"><span class=\"zh\">第3位</span><span class=\"en\">3</span></td><td class=\"num\">6.93</td>");
    assertThat(SMALL).contains("<span class=\"same\" title=\"0\">＝</span>");
    assertThat(KAIFENG).contains("<span class=\"up\" title=\"+1\">▲1</span>");
  }

  @Test
  void drawsTheCategoryBarsAndTheTotalsOverThePeriods() {
    assertThat(SMALL).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"categoryBars\"");
    assertThat(SMALL).contains("id=\"totalsOverPeriods\"", "<polyline");
  }

  @Test
  void listsRewardsAndSanctionsAndExplainsEveryEntity() {
    assertThat(KAIFENG).contains("全市年度综合考评第一名", "300 万元", "通报批评");
    assertThat(KAIFENG).contains("<pre class=\"zh\">汴西产业集聚区 · 产业集聚区发展考核 · 2015\n名次：第 1 名");
    assertThat(KAIFENG).contains("<pre class=\"en\">Bianxi");
  }

  @Test
  void escapesText() {
    assertThat(Html.esc("<a href=\"x\">&'")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
  }
}
