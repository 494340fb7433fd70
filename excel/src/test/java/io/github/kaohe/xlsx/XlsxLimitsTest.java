package io.github.kaohe.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.data.DataException;
import io.github.kaohe.data.DataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Scheme;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks past the limits ({@link XlsxLimits}): each is a {@link DataException} that names the
 * limit, found within seconds and in little memory, never an {@code OutOfMemoryError}.
 */
class XlsxLimitsTest {
  private static final Scheme FIRMS =
      PolicyLoader.create().load(XlsxLimitsTest.class.getResource("/small.yaml"), "small.yaml").scheme("firms");

  @TempDir Path dir;

  private static String header() {
    return "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>entity</t></is></c>"
        + "<c r=\"B1\" t=\"inlineStr\"><is><t>tax</t></is></c></row>";
  }

  @Test
  void aSheetOfSixMillionRowsStopsAtExcelsLimitOfRows() throws Exception {
    Path file = RawXlsx.write(dir.resolve("rows.xlsx"), "2015", w -> {
      w.write(header());
      for (int r = 2; r <= 6_000_000; r++) {
        w.write("<row r=\"");
        w.write(Integer.toString(r));
        w.write("\"/>");
      }
    }, null);
    assertThat(Files.size(file)).isLessThan(30L << 20);

    long start = System.nanoTime();
    assertThatThrownBy(() -> {
      try (XlsxSheets book = XlsxDataReader.open(file)) {
        DataReader.forScheme(FIRMS).read(book.sheets());
      }
    }).isInstanceOf(DataException.class)
        .hasMessage("rows.xlsx has 1 problem:\n  rows.xlsx, sheet 2015, row 1048577: the sheet has more than 1048576"
            + " rows, the limit (Excel's own): split the data, or save it as CSV");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void sharedStringsPastTheirLimitStopTheReadBeforeAnyIsHeld() throws Exception {
    // 40 MiB of shared strings in a file of well under a megabyte; a gigabyte stops at the same place
    Path many = RawXlsx.write(dir.resolve("strings.xlsx"), "2015", w -> w.write(header()), w -> {
      for (int i = 0; i < 2_000_000; i++) {
        w.write("<si><t>甲乙丙丁戊</t></si>");
      }
    });
    Path huge = RawXlsx.write(dir.resolve("huge.xlsx"), "2015", w -> w.write(header()), w -> {
      w.write("<si><t>");
      for (int i = 0; i < 100_000; i++) {
        w.write("0123456789");
      }
      w.write("</t></si>");
    });
    assertThat(Files.size(many)).isLessThan(1L << 20);

    assertThatThrownBy(() -> XlsxDataReader.open(many)).isInstanceOf(DataException.class)
        .hasMessageEndingWith("strings.xlsx: the workbook has more than 1000000 shared strings (distinct texts), the limit");
    assertThatThrownBy(() -> XlsxDataReader.read(huge)).isInstanceOf(DataException.class)
        .hasMessageEndingWith("huge.xlsx: a cell (or XML tag) in xl/sharedStrings.xml is longer than 32767 characters,"
            + " the most a cell holds");
    XlsxLimits few = new XlsxLimits(256L << 20, 1_048_576, 16_384, 32_767, 10_000_000, 1L << 20, 10_000);
    assertThatThrownBy(() -> XlsxDataReader.open(many, few)).isInstanceOf(DataException.class)
        .hasMessageEndingWith("strings.xlsx: the workbook's shared strings (its distinct texts) unzip to more than 1 MiB,"
            + " the limit");
  }

  @Test
  void aZipBombStopsAtTheLimitOfBytesUnzipped() throws Exception {
    Path bomb = RawXlsx.write(dir.resolve("bomb.xlsx"), "2015", w -> {
      w.write(header());
      for (int i = 0; i < 300_000; i++) {
        w.write("<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>");
      }
    }, null);
    XlsxLimits small = new XlsxLimits(1L << 20, 1_048_576, 16_384, 32_767, 1_000_000, 32L << 20, 10_000);

    assertThatThrownBy(() -> XlsxDataReader.open(bomb, small)).isInstanceOf(DataException.class)
        .hasMessageEndingWith("bomb.xlsx: the workbook unzips to more than 1 MiB of XML, the limit (is it a zip bomb?"
            + " or save the data as CSV, which is read as it streams)");
  }

  @Test
  void aCellPastTheLastColumnIsAProblem() throws Exception {
    Path wide = RawXlsx.write(dir.resolve("wide.xlsx"), "2015",
        w -> w.write(header() + "<row r=\"2\"><c r=\"XFE2\"><v>1</v></c></row>"), null);

    assertThatThrownBy(() -> XlsxDataReader.read(wide)).isInstanceOf(DataException.class)
        .hasMessageEndingWith("wide.xlsx, sheet 2015, row 2: the row has a cell beyond column 16384, the limit (Excel's own)");
  }

  @Test
  void aFormulaWithoutASavedValueIsAProblemAtItsCellNotAMissingValue() throws Exception {
    Path file = dir.resolve("formulas.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook book = new Workbook(out, "test", "1.0");
      Worksheet ws = book.newWorksheet("2015");
      ws.value(0, 0, "名称");
      ws.value(0, 1, "税收");
      ws.value(1, 0, "甲");
      ws.formula(1, 1, "C2*2");
      ws.value(2, 0, "乙");
      ws.value(2, 1, 80);
      book.finish();
    }

    assertThatThrownBy(() -> {
      try (XlsxSheets book = XlsxDataReader.open(file)) {
        DataReader.forScheme(FIRMS).read(book.sheets());
      }
    }).isInstanceOf(DataException.class)
        .hasMessage("formulas.xlsx has 1 problem:\n  formulas.xlsx, sheet 2015, cell B2: the cell has a formula but no"
            + " saved value: open and save the file in Excel (or LibreOffice), which saves each formula's value");
  }

  @Test
  void aWorkbookIsStreamedSheetBySheetIntoTheColumns() throws Exception {
    Path file = RawXlsx.write(dir.resolve("firms.xlsx"), "2015", w -> {
      w.write(header());
      w.write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>甲</t></is></c><c r=\"B2\"><v>90</v></c></row>");
      w.write("<row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v></c><c r=\"B3\"><v>80</v></c></row>");
    }, w -> w.write("<si><t>乙</t></si>"));

    Dataset data;
    try (XlsxSheets book = XlsxDataReader.open(file)) {
      assertThat(book.sheets()).extracting(s -> s.sheet()).containsExactly("2015");
      data = DataReader.forScheme(FIRMS).read(book.sheets());
    }
    assertThat(data.value("a", Period.year(2015), "tax")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("90"));
    assertThat(data.value("b", Period.year(2015), "tax")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("80"));
  }
}
