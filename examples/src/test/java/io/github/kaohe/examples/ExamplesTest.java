package io.github.kaohe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every example program runs and says what its documentation says. */
class ExamplesTest {
  @TempDir Path dir;

  private static String output(Consumer<PrintStream> program) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    program.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void kaifengAnnualReportPrintsThe2015PlacesAndWritesTheHtmlReport() throws Exception {
    Path html = dir.resolve("kaifeng.html");

    String out = output(o -> KaifengAnnualReport.run(html, o));

    assertThat(out).startsWith("产业集聚区发展考核 2015\n  1. 汴西产业集聚区 104.46\n").contains("服务业两区考核 2015\n");
    assertThat(Files.readString(html)).contains("id=\"totalsOverPeriods\"", "全市年度综合考评第一名");
  }

  @Test
  void townshipAssessmentRanksWithAPolicyWrittenInYamlAlone() {
    String out = output(TownshipAssessment::run);

    assertThat(out).isEqualTo(
        """
        某县乡镇年度综合考核 2023
        1. 城关镇 95.59 优秀
           综合考核第一名 20 万元
           全县通报表彰
        2. 东坝镇 90.21 优秀
           综合考核第二名 10 万元
        3. 西河乡 64.24 一般
           综合考核第三名 5 万元
        4. 南山乡 58.55 一般
        5. 北岭镇 57.76 一般
        6. 清水镇 44.42 一般
           约谈乡镇主要负责人
        """);
  }

  @Test
  void excelWorkbookExampleReadsTheSheetPerYearAndWritesTheRankingToExcel() throws Exception {
    Path xlsx = dir.resolve("ranking.xlsx");

    String out = output(o -> ExcelWorkbookExample.run(xlsx, o));

    assertThat(out).startsWith("Sheets read: [2022, 2023]; not read: [填表说明]\n1. 城关镇 95.59\n2. 东坝镇 90.21\n");
    try (ReadableWorkbook book = new ReadableWorkbook(xlsx.toFile())) {
      assertThat(book.getSheets().map(Sheet::getName).toList()).containsExactly("排名", "指标得分", "奖惩", "历期");
    }
  }
}
