package io.github.kaohe.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.data.DataException;
import io.github.kaohe.data.DataProblem;
import io.github.kaohe.data.DataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Scheme;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks shaped as analysts keep them: a sheet per year with a title above the header, a
 * percent-formatted column, a totals row, a notes sheet; and one with mistakes in several sheets.
 * Scheme {@code firms} of {@code small.yaml}: entities 甲 乙 丙 丁, indicators tax (税收), place
 * (全省位次) and tax-growth (税收增速, %), adjustment item title.
 */
class XlsxDataReaderTest {
  private static final Scheme FIRMS =
      PolicyLoader.create().load(XlsxDataReaderTest.class.getResource("/small.yaml"), "small.yaml").scheme("firms");

  @TempDir Path dir;

  private Path workbook(String name, SheetWriter... sheets) throws Exception {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook book = new Workbook(out, "test", "1.0");
      for (SheetWriter s : sheets) {
        s.write(book);
      }
      book.finish();
    }
    return file;
  }

  interface SheetWriter {
    void write(Workbook book);
  }

  /** A sheet of a year: a title, the header, rows of 甲 and 乙, a totals row. */
  private static SheetWriter year(String name, double taxA, double growthA) {
    return book -> {
      Worksheet ws = book.newWorksheet(name);
      ws.value(0, 0, name + "年重点企业考核数据");
      ws.value(2, 0, "名称");
      ws.value(2, 1, "税收");
      ws.value(2, 2, "税收增速");
      ws.value(2, 3, "全省位次");
      ws.value(3, 0, "甲");
      ws.value(3, 1, taxA);
      ws.value(3, 2, growthA / 100);
      ws.style(3, 2).format("0.0%").set();
      ws.value(3, 3, 2);
      ws.value(4, 0, "乙");
      ws.value(4, 1, 1234.5);
      ws.value(4, 2, 0.08);
      ws.style(4, 2).format("0%").set();
      ws.value(5, 0, "合计");
      ws.value(5, 1, taxA + 1234.5);
    };
  }

  @Test
  void readsASheetPerYearWithPercentFormatsAndIgnoresNotes() throws Exception {
    Path file = workbook("firms.xlsx", year("2014", 90, 12.5), year("2015", 100.1 * 3, 10), book -> {
      Worksheet notes = book.newWorksheet("说明");
      notes.value(0, 0, "数据来源：县统计局");
    });

    DataWorkbook book = XlsxDataReader.read(file);
    Dataset data = DataReader.forScheme(FIRMS).read(book.sheets());

    assertThat(book.ignored()).containsExactly("说明");
    assertThat(data.periods()).containsExactly(Period.year(2014), Period.year(2015));
    assertThat(data.entities()).containsExactly("a", "b");
    assertThat(data.value("a", Period.year(2014), "tax-growth")).contains(new BigDecimal("12.5"));
    assertThat(data.value("b", Period.year(2015), "tax-growth")).contains(new BigDecimal("8"));
    assertThat(data.value("b", Period.year(2015), "tax")).contains(new BigDecimal("1234.5"));
    // 100.1 × 3 is 300.29999999999995 in binary; Excel shows, and Kaohe reads, 300.3.
    assertThat(data.value("a", Period.year(2015), "tax")).contains(new BigDecimal("300.3"));
    assertThat(data.value("a", Period.year(2015), "place")).contains(new BigDecimal("2"));
  }

  @Test
  void readsALongSheetWithAPeriodColumn() throws Exception {
    Path file = workbook("long.xlsx", book -> {
      Worksheet ws = book.newWorksheet("数据");
      String[][] rows = {{"单位", "年度", "指标", "数值"}, {"甲", "2015", "税收", "100"}, {"乙", "2015", "税收", "80"},
          {"甲", "2015", "title", "1"}};
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < rows[r].length; c++) {
          if (r > 0 && c == 3) {
            ws.value(r, c, Double.parseDouble(rows[r][c]));
          } else {
            ws.value(r, c, rows[r][c]);
          }
        }
      }
    });

    Dataset data = DataReader.forScheme(FIRMS).read(XlsxDataReader.read(file).sheets());

    assertThat(data.value("a", Period.year(2015), "tax")).contains(new BigDecimal("100"));
    assertThat(data.value("a", Period.year(2015), "title")).contains(BigDecimal.ONE);
  }

  @Test
  void reportsEveryBadCellOfEverySheetWithSheetAndCell() throws Exception {
    Path file = workbook("bad.xlsx", book -> {
      Worksheet ws = book.newWorksheet("2014");
      ws.value(0, 0, "名称");
      ws.value(0, 1, "税收");
      ws.value(1, 0, "甲");
      ws.value(1, 1, "九十");
      ws.value(2, 0, "戊");
      ws.value(2, 1, 5);
    }, book -> {
      Worksheet ws = book.newWorksheet("2015");
      ws.value(0, 0, "名称");
      ws.value(0, 1, "税收");
      ws.value(0, 2, "税收增速");
      ws.value(1, 0, "乙");
      ws.value(1, 1, 7);
      ws.value(1, 2, "12%%");
    });

    assertThatThrownBy(() -> DataReader.forScheme(FIRMS).read(XlsxDataReader.read(file).sheets()))
        .isInstanceOfSatisfying(DataException.class, e -> assertThat(e.problems()).extracting(DataProblem::toString)
            .containsExactly(
                "bad.xlsx, sheet 2014, cell B2 (税收): '九十' is not a number (write a plain number such as 1234.5)",
                "bad.xlsx, sheet 2014, cell A3 (entity): scheme 'firms' has no entity '戊'",
                "bad.xlsx, sheet 2015, cell C2 (税收增速): '12%%' is not a number (write a plain number such as 1234.5)"));
  }

  @Test
  void aFileThatIsNotAWorkbookIsOneProblem() throws Exception {
    Path file = dir.resolve("fake.xlsx");
    Files.writeString(file, "entity,tax\n甲,1\n");

    assertThatThrownBy(() -> XlsxDataReader.read(file))
        .isInstanceOfSatisfying(DataException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> assertThat(p.message()).startsWith("cannot read the workbook").endsWith(
                "save it in Excel as \"Excel Workbook (*.xlsx)\"")));
  }

  @Test
  void aStreamThatIsNotAWorkbookIsAProblemOfTheNameGiven() {
    // Found by the fuzzing (kaohe-fuzz): the problem named the temporary copy, not the caller's name.
    byte[] notAZip = "entity,tax\n甲,1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertThatThrownBy(() -> XlsxDataReader.read(new java.io.ByteArrayInputStream(notAZip), "upload.xlsx"))
        .isInstanceOfSatisfying(DataException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> assertThat(p.file()).isEqualTo("upload.xlsx"))
            .satisfies(p -> assertThat(p.message()).doesNotContain("kaohe-")));
  }

  @Test
  void aSheetWhoseXmlIsDamagedIsAProblemWithoutJavaClassNames() throws Exception {
    // Found by the fuzzing (kaohe-fuzz): the XML parser's exception class was part of the message.
    Path good = workbook("good.xlsx", book -> book.newWorksheet("2015").value(0, 0, "entity"));
    Path damaged = dir.resolve("damaged.xlsx");
    try (var in = new java.util.zip.ZipFile(good.toFile());
        var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(damaged))) {
      for (var entry : java.util.Collections.list(in.entries())) {
        byte[] bytes = in.getInputStream(entry).readAllBytes();
        out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
        out.write(entry.getName().contains("worksheets/") ? "?<worksheet".getBytes(java.nio.charset.StandardCharsets.UTF_8)
            : bytes);
        out.closeEntry();
      }
    }

    assertThatThrownBy(() -> XlsxDataReader.read(damaged))
        .isInstanceOfSatisfying(DataException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> assertThat(p.message()).startsWith("cannot read the workbook (")
                .doesNotContain("Exception", "com.fasterxml")));
  }

  @Test
  void aWorkbookWithoutADataSheetSaysWhatItNeeds() throws Exception {
    Path file = workbook("notes.xlsx", book -> book.newWorksheet("Sheet1").value(0, 0, "nothing here"));

    assertThatThrownBy(() -> XlsxDataReader.read(file))
        .hasMessageContaining("no sheet has a header with an entity column")
        .hasMessageContaining("Sheet1");
  }

  @Test
  void sheetNamesThatArePeriodsGiveTheirPeriod() {
    assertThat(XlsxDataReader.period("2015Q3")).contains(Period.quarter(2015, 3));
    assertThat(XlsxDataReader.period("2015年")).contains(Period.year(2015));
    assertThat(XlsxDataReader.period("数据")).isEmpty();
    assertThat(List.of()).isEmpty();
  }
}
