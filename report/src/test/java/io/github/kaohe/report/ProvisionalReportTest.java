package io.github.kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.model.Language;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * A provisional ranking in every report ({@link Fixtures#smallProvisional()}: b's tax pending
 * between 0 and 80; 乙 and 甲 may end first or second, 丙 is final): flagged as such, with the value
 * pending and, after the total, where each entity can still end.
 */
class ProvisionalReportTest {
  private static final String LINE_ZH = "暂定：1 项数据待定（乙 的 税收，可能为 0～80 万元），名次可能变动；标“名次已确定”者不再变动。";
  private static final String LINE_EN =
      "Provisional: 1 value pending (Tax of Beta, 0 to 80 万元); places may change, except those marked final.";

  @Test
  void html() {
    String html = HtmlReport.write(Fixtures.smallProvisional());

    assertThat(html)
        .contains("<span class=\"provisional\">")
        .contains(LINE_ZH)
        .contains(LINE_EN)
        .contains("可能名次")
        .contains("可能第 1～2 名")
        .contains("名次已确定");
    assertThat(HtmlReport.write(Fixtures.small())).doesNotContain("可能名次").doesNotContain("暂定");
  }

  @Test
  void markdownInEnglish() {
    String md = MarkdownReport.write(Fixtures.smallProvisional(), Language.EN);

    assertThat(md)
        .contains("## Firms · 2015 (provisional)")
        .contains("> **provisional** " + LINE_EN)
        .contains("| Places still possible |")
        .contains("| may end place 1 to 2 |")
        .contains("| final |");
  }

  @Test
  void workbook() throws Exception {
    byte[] bytes = XlsxReport.write(Fixtures.smallProvisional(), Language.ZH);
    ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false));
    List<Row> rows = new ArrayList<>();
    book.getSheets().findFirst().orElseThrow().read().forEach(rows::add);

    assertThat(rows.get(0).getCell(0).asString()).isEqualTo("企业 · 2015 · " + LINE_ZH);
    assertThat(rows.get(1).getCell(5).asString()).isEqualTo("可能名次");
    assertThat(rows.get(2).getCell(5).asString()).isEqualTo("可能第 1～2 名");
    assertThat(rows.get(4).getCell(5).asString()).isEqualTo("名次已确定");
    assertThat(rows.get(2).getCell(6).asNumber()).isEqualByComparingTo("3"); // then the place 全省位次
    assertThat(rows.get(2).getCell(7).asNumber()).isEqualByComparingTo("6.93"); // the categories after it, as before
    List<Row> indicators = new ArrayList<>();
    book.getSheets().toList().get(1).read().forEach(indicators::add);
    assertThat(indicators.get(0).getCell(0).asString()).isEqualTo("企业 · 2015 · 暂定");
  }

  @Test
  void jsonFlagsTheLatestPeriodOnly() {
    String json = JsonReport.write(Fixtures.smallProvisional());

    assertThat(json).containsOnlyOnce("\"provisional\" : true").contains("\"pending\"").contains("\"bounds\"");
  }

  @Test
  void csvHasTheBoundsAfterTheTotalOnTheProvisionalPeriodsRows() {
    String csv = CsvReport.write(Fixtures.smallProvisional(), Language.ZH);

    assertThat(csv)
        .contains("Period,Place,Entity,Name,Total,Provisional,Best,Worst,size,")
        .contains("2014,1,b,乙,")
        .contains("2015,1,b,乙,24.93,true,1,2,")
        .contains("2015,3,c,丙,9.33,true,3,3,");
  }
}
