package io.github.kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Language;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** The Kaifeng workbook's registers, targets, thresholds and tax sharing sheets, read back cell by cell. */
class XlsxSheetsTest {
  private static final Report REPORT = Fixtures.kaifeng();
  private static final byte[] ZH = XlsxReport.write(REPORT, Language.ZH);

  private static List<Sheet> sheets(byte[] bytes) throws Exception {
    ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false));
    return book.getSheets().toList();
  }

  /** Every non-empty cell of the named sheet by its address, e.g. {@code B3}. */
  private static Map<String, Cell> cells(String sheet) throws Exception {
    Map<String, Cell> cells = new TreeMap<>();
    Sheet found = sheets(ZH).stream().filter(s -> s.getName().equals(sheet)).findFirst().orElseThrow();
    for (Row row : found.read()) {
      for (Cell cell : row) {
        if (cell != null && cell.getType() != CellType.EMPTY) {
          cells.put(cell.getAddress().toString(), cell);
        }
      }
    }
    return cells;
  }

  /** The first row, from the given one on, whose cell in the column holds the text. */
  private static int row(Map<String, Cell> c, String column, String text, int from) {
    for (int r = from; r < 1000; r++) {
      Cell cell = c.get(column + r);
      if (cell != null && cell.getType() == CellType.STRING && cell.asString().equals(text)) {
        return r;
      }
    }
    throw new AssertionError("no row with " + text + " in column " + column);
  }

  private static List<String> texts(Map<String, Cell> c, int row, String... columns) {
    return java.util.Arrays.stream(columns).map(col -> c.containsKey(col + row) ? c.get(col + row).getRawValue() : "").toList();
  }

  @Test
  void hasASheetForRegistersTargetsThresholdsTaxSharingAndFunds() throws Exception {
    assertThat(sheets(ZH)).extracting(Sheet::getName)
        .containsExactly("排名", "指标得分", "奖惩", "历期", "登记", "目标", "达标检查", "税收分成", "奖励资金");
    assertThat(sheets(XlsxReport.write(REPORT, Language.EN))).extracting(Sheet::getName)
        .containsExactly("Ranking", "Indicators", "Outcomes", "History", "Registers", "Targets", "Thresholds", "Tax sharing",
            "Funds");
    // A register alone has no ranking, indicators or history to show.
    Report projects = new Report(REPORT.policy(), REPORT.schemes().stream()
        .filter(s -> s.scheme().id().equals("industrial-projects")).toList(), true);
    assertThat(sheets(XlsxReport.write(projects, Language.ZH))).extracting(Sheet::getName)
        .containsExactly("登记", "目标", "达标检查");
  }

  @Test
  void fundsSheetHoldsEachYearsRewardsAgainstTheFundAsNumbers() throws Exception {
    Map<String, Cell> c = cells("奖励资金");

    assertThat(texts(c, 2, "A", "B", "C", "D", "E", "F", "G", "H", "I", "J")).containsExactly(
        "奖励资金", "年度", "结果", "奖励合计", "资金额度", "额度", "结余", "需年均增长", "单位", "说明");
    // 2015 (worked in KaifengFundTest): 700 of the cluster zones + 1080 of the service zones; the
    // fund holds 2000 in 2014 and grows after, so at least 2000 and at least 220 left.
    int r = 4; // the title, the header, 2014, then 2015
    assertThat(texts(c, r, "B", "C", "F", "I")).containsExactly("2015", "在额度内", "至少（首年额度，此后递增）", "万元");
    assertThat(c.get("D" + r).asNumber()).isEqualByComparingTo("1780");
    assertThat(c.get("E" + r).asNumber()).isEqualByComparingTo("2000");
    assertThat(c.get("G" + r).asNumber()).isEqualByComparingTo("220");
    assertThat(c.get("J" + r).asString()).endsWith("另奖所在企业 170 万元，不由本资金支付");
    assertThat(c.get("F3").asString()).isEqualTo("当年额度"); // 2014, the first year
  }

  @Test
  void rankingAndHistoryHoldTheScoredSchemesOnly() throws Exception {
    Map<String, Cell> ranking = cells("排名");
    Map<String, Cell> history = cells("历期");

    assertThat(ranking.values()).extracting(Cell::getRawValue).filteredOn(v -> v.contains(" · 2015"))
        .containsExactly("产业集聚区发展考核 · 2015 · 示例数据仅作演示，并非官方统计。",
            "服务业两区考核 · 2015 · 示例数据仅作演示，并非官方统计。");
    assertThat(history.values()).extracting(Cell::getRawValue).doesNotContain("产业集聚区重大项目", "异地投资企业税收分享")
        .contains("产业集聚区发展考核");
  }

  @Test
  void registersSheetCountsTheClassesAndListsTheEntries() throws Exception {
    Map<String, Cell> c = cells("登记");

    assertThat(c.get("A1").asString()).startsWith("产业集聚区重大项目 · 2015");
    assertThat(c.get("A2").asString()).isEqualTo("登记 68 项；登记表只分类、检查和汇总，不评分、不排名");
    assertThat(texts(c, 4, "A", "B", "C")).containsExactly("分类", "类别", "数量");
    assertThat(texts(c, 5, "A", "B", "C")).containsExactly("推动方式", "一事一议", "10");
    assertThat(c.get("C5").getType()).isEqualTo(CellType.NUMBER);
    int header = row(c, "B", "名称", 6);
    assertThat(texts(c, header, "A", "B", "C", "D", "E", "F", "G", "H"))
        .containsExactly("编号", "名称", "所在产业集聚区", "是否符合主导产业", "所在区域", "推动方式", "重点项目管理", "不达标");
    int project = row(c, "A", "黄龙小型零部件项目2015-A", header);
    // the area as the data says it (§11.7), in the text's words
    assertThat(texts(c, project, "C", "E", "F", "G", "H"))
        .containsExactly("黄龙", "开封新区", "常规推动", "非重点项目", "开封新区投资亿元以下（含亿元）的工业项目单独供地");
    assertThat(project - header).isBetween(1, 68);
    assertThat(row(c, "A", "产业集聚区重大项目 · 2015 · 示例数据仅作演示，并非官方统计。".replace("产业集聚区", "服务业两区"), project))
        .isGreaterThan(header + 68);
  }

  @Test
  void targetsSheetHoldsValuesTargetsAndPercentagesAsNumbers() throws Exception {
    Map<String, Cell> c = cells("目标");

    assertThat(texts(c, 1, "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N")).containsExactly(
        "考核表", "期间", "目标", "单位", "结果", "现值", "计量单位", "目标值", "上限", "期限", "完成度", "尚需年增速", "说明", "依据");
    int r = row(c, "C", "每年实施50个以上符合主导产业的亿元以上重大项目", 2);
    assertThat(texts(c, r, "A", "B", "D", "E", "G", "J", "M", "N"))
        .containsExactly("产业集聚区重大项目", "2015", "（全局）", "↘ 落后", "个", "2017", "本年 48个，目标 50个", "三(一)3");
    assertThat(c.get("F" + r).asNumber()).isEqualByComparingTo("48");
    assertThat(c.get("F" + r).getDataFormatString()).isEqualTo("#,##0");
    assertThat(c.get("H" + r).asNumber()).isEqualByComparingTo("50");
    assertThat(c.get("K" + r).asNumber()).isEqualByComparingTo("0.96");
    assertThat(c.get("K" + r).getDataFormatString()).isEqualTo("0.00%");

    // The 2017 investment target of the zones: 102.86% a year still needed; growth in percent.
    int investment = row(c, "C", "2017年末固定资产投资2100亿元", 2);
    assertThat(c.get("L" + investment).asNumber()).isEqualByComparingTo("1.0286");
    // 万元 data shown in 亿元, as the text writes the target: 5,103,000 万元 = 510.3 亿元, 2100 亿元 asked
    assertThat(texts(c, investment, "F", "G", "H")).containsExactly("510.3", "亿元", "2100");
    int growth = row(c, "C", "固定资产投资年均增长35%以上", 2);
    assertThat(texts(c, growth, "F", "G")).containsExactly("32.19", "%");
    // Two or three leading firms a year: the range's upper end.
    int range = row(c, "C", "每年引进2–3个龙头企业或10亿元以上龙头项目", 2);
    assertThat(c.get("H" + range).asNumber()).isEqualByComparingTo("2");
    assertThat(c.get("I" + range).asNumber()).isEqualByComparingTo("3");
    // A star level reads as the policy names it.
    int star = row(c, "C", "晋级为三星级产业集聚区", 2);
    assertThat(texts(c, star, "D", "E", "F", "H")).containsExactly("汴西产业集聚区", "✗ 未实现", "二星级", "三星级");

    // Each scheme's own targets come before its entities'.
    SchemeResult zones = Fixtures.latest(REPORT, "industrial-cluster-zones");
    int first = row(c, "A", "产业集聚区发展考核", 2);
    long own = zones.targets().stream().filter(t -> t.entity().isEmpty()).count();
    for (int i = 0; i < zones.targets().size(); i++) {
      assertThat(c.get("D" + (first + i)).asString().equals("（全局）")).as("row " + (first + i)).isEqualTo(i < own);
    }
  }

  @Test
  void thresholdsSheetCountsAndListsTheFailedChecks() throws Exception {
    Map<String, Cell> c = cells("达标检查");

    assertThat(texts(c, 1, "A", "B", "C", "D", "E", "F")).containsExactly("考核表", "期间", "不达标", "符合", "无法判定", "不适用");
    int projects = row(c, "A", "产业集聚区重大项目", 2);
    assertThat(texts(c, projects, "B", "C", "D", "E", "F")).containsExactly("2015", "9", "202", "0", "197");
    assertThat(c.get("C" + projects).getType()).isEqualTo(CellType.NUMBER);
    int header = row(c, "A", "考核表", 2);
    assertThat(texts(c, header, "A", "B", "C", "D", "E", "F", "G", "H"))
        .containsExactly("考核表", "期间", "编号", "单位", "检查", "不达标情形", "读取的值", "依据");
    int failed = row(c, "C", "黄龙小型零部件项目2015-A", header);
    assertThat(texts(c, failed, "A", "E", "F", "G", "H")).containsExactly("产业集聚区重大项目",
        "开封新区投资亿元以下（含亿元）工业项目不单独供地", "开封新区投资亿元以下（含亿元）的工业项目单独供地", "单独供地 = 是，项目总投资（万元） = 9000", "三(五)1");
    assertThat(c.keySet().stream().filter(k -> k.startsWith("G") && !k.equals("G" + header)).count())
        .as("a row per failed check: 4 zones (通许县 without a quality centre, 三(三)4), 2 service zones, 9 projects")
        .isEqualTo(4 + 2 + 9);
  }

  @Test
  void taxSharingSheetTotalsEachRecipientExactly() throws Exception {
    Map<String, Cell> c = cells("税收分成");
    SchemeResult firms = Fixtures.latest(REPORT, "cross-area-firms");

    assertThat(texts(c, 3, "A", "B", "C", "D", "E", "F", "G", "H")).containsExactly("编号", "企业", "税种", "缴纳",
        "投资（招商引资）主体所在地政府：接收方", "投资（招商引资）主体所在地政府：金额", "项目入驻集聚区：接收方", "项目入驻集聚区：金额");
    int header = row(c, "A", "接收方", 4);
    assertThat(texts(c, header, "B", "C", "D", "E")).containsExactly("增值税（元）", "营业税（元）", "企业所得税（元）", "合计");
    int weishi = row(c, "A", "尉氏县产业集聚区", header);
    BigDecimal all = BigDecimal.ZERO;
    String[] columns = {"B", "C", "D"};
    String[] taxes = {"vat", "business-tax", "corporate-income-tax"};
    for (int i = 0; i < 3; i++) {
      BigDecimal received = Fixtures.received(firms, "尉氏县产业集聚区", taxes[i]);
      assertThat(c.get(columns[i] + weishi).asNumber()).as(taxes[i]).isEqualByComparingTo(received);
      assertThat(c.get(columns[i] + weishi).getDataFormatString()).isEqualTo("#,##0.00");
      all = all.add(received);
    }
    assertThat(c.get("E" + weishi).asNumber()).isEqualByComparingTo(all).isEqualByComparingTo("4618734.48");
    // A firm's half, to the fen.
    int firm = row(c, "B", "开封金源机械有限公司", 4);
    assertThat(texts(c, firm + 1, "C", "D", "E", "F", "G", "H"))
        .containsExactly("营业税（元）", "108139.71", "兰考县", "54069.85", "尉氏县产业集聚区", "54069.86");
  }
}
