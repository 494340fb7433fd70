package io.github.kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The workbook read back cell by cell: values, types and number formats. */
class XlsxReportTest {
  /** Every non-empty cell of a sheet by its address, e.g. {@code B3}. */
  private static Map<String, Cell> cells(Sheet sheet) throws Exception {
    Map<String, Cell> cells = new TreeMap<>();
    for (Row row : sheet.read()) {
      for (Cell cell : row) {
        if (cell != null && cell.getType() != CellType.EMPTY) {
          cells.put(cell.getAddress().toString(), cell);
        }
      }
    }
    return cells;
  }

  private static List<Sheet> sheets(byte[] bytes) throws Exception {
    ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false));
    return book.getSheets().toList();
  }

  @Test
  void hasARankingAnIndicatorAnOutcomeAndAHistorySheet() throws Exception {
    assertThat(sheets(XlsxReport.write(Fixtures.small(), Language.ZH))).extracting(Sheet::getName)
        .containsExactly("排名", "指标得分", "奖惩", "历期");
    assertThat(sheets(XlsxReport.write(Fixtures.small(), Language.EN))).extracting(Sheet::getName)
        .containsExactly("Ranking", "Indicators", "Outcomes", "History");
  }

  @Test
  void rankingSheetHoldsNumbersWithTheirFormats() throws Exception {
    Map<String, Cell> c = cells(sheets(XlsxReport.write(Fixtures.small(), Language.ZH)).get(0));

    assertThat(c.get("A1").asString()).isEqualTo("企业 · 2015");
    // the place an indicator scores (全省位次) in a column of its own, before the points of its category
    assertThat(List.of("A2", "B2", "C2", "D2", "E2", "F2", "G2", "H2", "I2", "J2")).extracting(a -> c.get(a).asString())
        .containsExactly("名次", "变化", "编号", "名称", "总分", "全省位次", "规模", "增长", "加分", "奖励");
    // Row 3: 乙 first, as in 2014; total 24.93 = 6.93 + 10.00 + 8.00.
    assertThat(c.get("A3").asNumber()).isEqualByComparingTo("1");
    assertThat(c.get("B3").asNumber()).isEqualByComparingTo("0");
    assertThat(c.get("B3").getDataFormatString()).isEqualTo("+0;-0;0");
    assertThat(c.get("C3").asString()).isEqualTo("b");
    assertThat(c.get("D3").asString()).isEqualTo("乙");
    assertThat(c.get("E3").getType()).isEqualTo(CellType.NUMBER);
    assertThat(c.get("E3").asNumber()).isEqualByComparingTo("24.93");
    assertThat(c.get("E3").getDataFormatString()).isEqualTo("0.00");
    // 乙 is third in the province in 2015: a number, shown as the text writes it
    assertThat(c.get("F3").asNumber()).isEqualByComparingTo("3");
    assertThat(c.get("F3").getDataFormatString()).isEqualTo("\\第0\\位");
    assertThat(c.get("G3").asNumber()).isEqualByComparingTo("6.93");
    assertThat(c.get("H3").asNumber()).isEqualByComparingTo("10.00");
    assertThat(c.get("I3").asNumber()).isEqualByComparingTo("8.00");
    // 甲 second, as in 2014; 丁 takes no place and has no change.
    assertThat(c.get("B4").asNumber()).isEqualByComparingTo("0");
    assertThat(c.get("A6").asString()).isEqualTo("—");
    assertThat(c).doesNotContainKey("B6");
    assertThat(c.get("D6").asString()).isEqualTo("丁");
  }

  @Test
  void indicatorSheetHoldsEachIndicatorsValueAndPoints() throws Exception {
    Map<String, Cell> c = cells(sheets(XlsxReport.write(Fixtures.small(), Language.EN)).get(1));

    assertThat(c.get("A1").asString()).isEqualTo("Firms · 2015");
    assertThat(c.get("C2").asString()).isEqualTo("Tax value (万元)");
    assertThat(c.get("D2").asString()).isEqualTo("Tax points /8");
    assertThat(c.get("B3").asString()).isEqualTo("Beta");
    assertThat(c.get("C3").asNumber()).isEqualByComparingTo("80");
    assertThat(c.get("D3").asNumber()).isEqualByComparingTo(new BigDecimal("5.33")); // 8 × 80 / 120, 丁's 120 the best
    assertThat(c.get("D3").getDataFormatString()).isEqualTo("0.00");
  }

  @Test
  void historySheetHoldsEveryPeriod() throws Exception {
    Map<String, Cell> c = cells(sheets(XlsxReport.write(Fixtures.small(), Language.ZH)).get(3));

    assertThat(List.of("A1", "B1", "C1", "D1", "E1")).extracting(a -> c.get(a).asString())
        .containsExactly("考核表", "期间", "名次", "名称", "总分");
    assertThat(c.get("B2").asString()).isEqualTo("2014");
    assertThat(c.get("B6").asString()).isEqualTo("2015");
    assertThat(c.keySet().stream().filter(k -> k.startsWith("A")).count()).isEqualTo(1 + 8);
  }

  @Test
  void outcomesSheetListsEveryRewardAndSanctionWithItsReason() throws Exception {
    Map<String, Cell> c = cells(sheets(XlsxReport.write(Fixtures.kaifeng(), Language.ZH)).get(2));

    assertThat(List.of("A1", "D1", "E1", "F1", "J1")).extracting(a -> c.get(a).asString())
        .containsExactly("考核表", "结果", "事项", "金额", "理由");
    int row = 2;
    while (!(c.containsKey("E" + row) && c.get("E" + row).asString().equals("全市年度综合考评第一名"))) {
      row++;
    }
    assertThat(c.get("C" + row).asString()).isEqualTo("汴西产业集聚区");
    assertThat(c.get("D" + row).asString()).isEqualTo("奖励");
    assertThat(c.get("F" + row).asNumber()).isEqualByComparingTo("300");
    assertThat(c.get("G" + row).asString()).isEqualTo("万元");
    assertThat(c.get("J" + row).asString()).contains("名次 (1) = 1");
  }
}
