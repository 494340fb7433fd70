package io.github.kaohe.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Where {@link DataReader} looks for the header (the first ten rows that are not blank) and what
 * it says of a header it cannot read. Scheme {@code zones} of {@code zones.yaml}: see
 * {@link CsvDataReaderTest}.
 */
class DataReaderHeaderTest {
  private static final Scheme ZONES =
      PolicyLoader.create().load(DataReaderHeaderTest.class.getResource("/policies/zones.yaml"), "zones.yaml").scheme("zones");
  private static final Period Y2015 = Period.year(2015);

  /** A sheet of {@code book.xlsx} named 2015; rows are lines of comma-separated cells, numbered from 1. */
  private static DataSheet sheet(List<String> lines) {
    List<DataSheet.Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      rows.add(new DataSheet.Row(i + 1, Arrays.asList(lines.get(i).split(",", -1))));
    }
    return new DataSheet("book.xlsx", "2015", Optional.of(Y2015), rows);
  }

  private static List<String> titlesThen(int titles, String... rest) {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= titles; i++) {
      lines.add("说明" + i + ",");
    }
    lines.addAll(List.of(rest));
    return lines;
  }

  private static List<DataProblem> problems(RowSource... sheets) {
    AtomicReference<List<DataProblem>> problems = new AtomicReference<>();
    assertThatThrownBy(() -> DataReader.forScheme(ZONES).read(List.of(sheets)))
        .isInstanceOfSatisfying(DataException.class, e -> problems.set(e.problems()));
    return problems.get();
  }

  @Test
  void hasHeaderFindsAHeaderBelowNineTitleRows() {
    assertThat(DataReader.hasHeader(sheet(titlesThen(9, "entity,tax", "bianxi,1")))).isTrue();
  }

  @Test
  void hasHeaderLooksNoFurtherThanTenRowsThatAreNotBlank() {
    assertThat(DataReader.hasHeader(sheet(titlesThen(10, "entity,tax", "bianxi,1")))).isFalse();
  }

  @Test
  void hasHeaderDoesNotCountBlankRows() {
    List<String> lines = new ArrayList<>(List.of(",", " , "));
    lines.addAll(titlesThen(9, ",", "名称,税收"));

    assertThat(DataReader.hasHeader(sheet(lines))).isTrue();
  }

  @Test
  void hasHeaderIsFalseForASheetOfNoRowsOrOnlyBlankOnes() {
    assertThat(DataReader.hasHeader(sheet(List.of()))).isFalse();
    assertThat(DataReader.hasHeader(sheet(List.of(",", "")))).isFalse();
    assertThat(DataReader.hasHeader(sheet(List.of("a,b", "1,2")))).isFalse();
  }

  @Test
  void isEntityColumnKnowsEveryNameInAnyCaseAndSpacing() {
    assertThat(DataReader.isEntityColumn(" Entity ")).isTrue();
    assertThat(DataReader.isEntityColumn("单位名称")).isTrue();
    assertThat(DataReader.isEntityColumn("实体")).isTrue();
    assertThat(DataReader.isEntityColumn("tax")).isFalse();
  }

  @Test
  void theHeaderIsFoundBelowNineTitleRows() {
    Dataset data = DataReader.forScheme(ZONES).read(List.of(sheet(titlesThen(9, "entity,tax", "bianxi,1"))));

    assertThat(data.value("bianxi", Y2015, "tax")).contains(BigDecimal.ONE);
  }

  @Test
  void blankRowsAmongTheTitlesDoNotCountTowardsTheTen() {
    List<String> lines = new ArrayList<>(List.of(",", ""));
    lines.addAll(titlesThen(9, ",", "entity,tax", "bianxi,1"));
    DataSheet sheet = sheet(lines);

    assertThat(DataReader.hasHeader(sheet)).isTrue();
    assertThat(DataReader.forScheme(ZONES).read(List.of(sheet)).value("bianxi", Y2015, "tax")).contains(BigDecimal.ONE);
  }

  @Test
  void withoutAnEntityColumnInTheFirstTenRowsTheFirstRowIsTakenAsTheHeader() {
    List<DataProblem> all = problems(sheet(titlesThen(10, "entity,tax", "bianxi,1")));

    assertThat(all).extracting(DataProblem::toString).containsExactly(
        "book.xlsx, sheet 2015, cell A1 (说明1): no indicator, adjustment item, fact or attribute of scheme 'zones'"
            + " is called '说明1'",
        "book.xlsx, sheet 2015, row 1: the header has no entity column: name one 'entity' (or 名称)");
  }

  @Test
  void anEmptySheetIsAProblemOfTheSheet() {
    DataSheet empty = new DataSheet("book.xlsx", "2015", Optional.of(Y2015), List.of(new DataSheet.Row(1, List.of(" ", ""))));

    assertThat(problems(empty)).extracting(DataProblem::toString)
        .containsExactly("book.xlsx, sheet 2015: the sheet is empty: it needs a header row");
  }

  @Test
  void everySheetIsReadEvenAfterAnEmptyOne() {
    DataSheet empty = new DataSheet("book.xlsx", "空", Optional.empty(), List.of());

    assertThat(problems(empty, sheet(List.of("entity,tax", "bianxi,x")))).extracting(DataProblem::toString)
        .containsExactly("book.xlsx, sheet 空: the sheet is empty: it needs a header row",
            "book.xlsx, sheet 2015, cell B2 (tax): 'x' is not a number (write a plain number such as 1234.5)");
  }

  @Test
  void noSheetsAtAllIsAnError() {
    assertThatThrownBy(() -> DataReader.forScheme(ZONES).read(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("give at least one sheet to read");
  }

  @Test
  void aLongSheetWithAValueColumnButNoIndicatorColumnSaysSo() {
    assertThat(problems(sheet(List.of("entity,value", "bianxi,1")))).extracting(DataProblem::toString).containsExactly(
        "book.xlsx, sheet 2015, row 1: a long sheet needs both an indicator column ('indicator' or 指标) and a value"
            + " column ('value' or 数值)");
  }

  @Test
  void aCsvFileWithoutAPeriodIsNotToldToNameItsSheet() {
    assertThat(problems(CsvSheet.parse("entity,tax\nbianxi,1\n", "data.csv"))).extracting(DataProblem::toString)
        .containsExactly("data.csv, row 1: the header has no period column: add one headed 'period' (2015, 2015Q3) or"
            + " give a default period (--period)");
  }

  @Test
  void everyProblemOfTheHeaderIsListed() {
    assertThat(problems(CsvSheet.parse("tax,税收,unit,nothing\n1,2,3,4\n", "data.csv")))
        .extracting(DataProblem::toString)
        .containsExactly(
            "data.csv, row 1, column 2 (税收): this column repeats column 1 (both are 'tax')",
            "data.csv, row 1, column 4 (nothing): no indicator, adjustment item, fact or attribute of scheme 'zones' is"
                + " called 'nothing'",
            "data.csv, row 1: the header has no entity column: name one 'entity' (or 名称)",
            "data.csv, row 1: the header has no period column: add one headed 'period' (2015, 2015Q3) or give a"
                + " default period (--period)",
            "data.csv, row 1, column 3 (unit): a unit column belongs to a long sheet (indicator, value and unit"
                + " columns): in a wide sheet the units are the policy's; remove the column");
  }
}
