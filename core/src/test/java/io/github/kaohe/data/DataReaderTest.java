package io.github.kaohe.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Sheets as a workbook holds them (a sheet per period, titles above the header, totals rows) and
 * the long shape; skipping bad rows. Scheme {@code zones} of {@code zones.yaml}: see
 * {@link CsvDataReaderTest}.
 */
class DataReaderTest {
  private static final Scheme ZONES =
      PolicyLoader.create().load(DataReaderTest.class.getResource("/policies/zones.yaml"), "zones.yaml").scheme("zones");
  private static final Period Y2014 = Period.year(2014);
  private static final Period Y2015 = Period.year(2015);

  /** A sheet of a workbook {@code book.xlsx}; rows are lines of comma-separated cells, numbered from 1. */
  private static DataSheet sheet(String name, String... lines) {
    List<DataSheet.Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      rows.add(new DataSheet.Row(i + 1, Arrays.asList(lines[i].split(",", -1))));
    }
    Optional<Period> period;
    try {
      period = Optional.of(Period.parse(name));
    } catch (IllegalArgumentException e) {
      period = Optional.empty();
    }
    return new DataSheet("book.xlsx", name, period, rows);
  }

  private static List<DataProblem> problems(DataSheet... sheets) {
    AtomicReference<List<DataProblem>> problems = new AtomicReference<>();
    assertThatThrownBy(() -> DataReader.forScheme(ZONES).read(List.of(sheets)))
        .isInstanceOfSatisfying(DataException.class, e -> problems.set(e.problems()));
    return problems.get();
  }

  @Test
  void sheetNamedAfterAPeriodPutsItsRowsInThatPeriod() {
    Dataset data =
        DataReader.forScheme(ZONES).read(List.of(sheet("2014", "名称,税收", "汴西,90"), sheet("2015", "名称,税收", "汴西,100")));

    assertThat(data.periods()).containsExactly(Y2014, Y2015);
    assertThat(data.value("bianxi", Y2014, "tax")).contains(new BigDecimal("90"));
    assertThat(data.value("bianxi", Y2015, "tax")).contains(new BigDecimal("100"));
  }

  @Test
  void titleRowsAboveTheHeaderAndTotalsRowsAreIgnored() {
    Dataset data =
        DataReader.forScheme(ZONES)
            .read(List.of(sheet("2015", "2015年园区考核数据,", ",", "单位,税收", "汴西,100", "开封经开区,50", "合计,150")));

    assertThat(data.entities()).containsExactly("bianxi", "kaifeng");
  }

  @Test
  void periodColumnThatContradictsTheSheetNameIsAnError() {
    DataProblem p = problems(sheet("2015", "entity,period,tax", "bianxi,2014,1")).get(0);

    assertThat(p).hasToString(
        "book.xlsx, sheet 2015, cell B2 (period): the row is in 2014, but its sheet is named after 2015:"
            + " move the row, or correct its period");
  }

  @Test
  void sameEntityAndPeriodInTwoSheetsIsAnErrorNamingTheOtherSheet() {
    DataProblem p = problems(sheet("甲", "entity,period,tax", "bianxi,2015,1"), sheet("乙", "entity,period,tax", "bianxi,2015,2")).get(0);

    assertThat(p).hasToString("book.xlsx, sheet 乙, row 2: entity 'bianxi' in 2015 already has a row (sheet 甲, row 2)");
  }

  @Test
  void sheetWithoutAPeriodSaysHowToGiveOne() {
    assertThat(problems(sheet("数据", "entity,tax", "bianxi,1")).get(0).message())
        .isEqualTo("the header has no period column: add one headed 'period' (2015, 2015Q3), name the sheet after"
            + " its period or give a default period (--period)");
  }

  @Test
  void everyBadCellOfEverySheetIsReportedAtOnceWithItsSheetRowAndColumn() {
    List<DataProblem> all =
        problems(sheet("2014", "entity,tax,growth", "bianxi,x,1", "kaifeng,1,y"), sheet("2015", "entity,tax", "nobody,1"));

    assertThat(all).extracting(p -> p.sheet() + "!" + DataProblem.columnLetters(p.column()) + p.row())
        .containsExactly("2014!B2", "2014!C3", "2015!A2");
  }

  @Test
  void columnWithoutHeaderIsIgnoredUntilItHasAValue() {
    assertThat(DataReader.forScheme(ZONES).read(List.of(sheet("2015", "entity,tax,", "bianxi,1,"))).entities())
        .containsExactly("bianxi");
    assertThat(problems(sheet("2015", "entity,tax,", "bianxi,1,9")).get(0).message())
        .isEqualTo("the cell has a value, but its column has no header: name the column");
  }

  @Test
  void longSheetHasARowPerValue() {
    Dataset data =
        DataReader.forScheme(ZONES)
            .read(List.of(sheet("long", "单位,年度,指标,数值,计量单位", "汴西,2014,税收,90,万元", "汴西,2015,税收,100,万元",
                "汴西,2015,增速,12.5%,%", "汴西,2015,county,祥符区,", "开封经开区,2015,称号,1,")));

    assertThat(data.value("bianxi", Y2014, "tax")).contains(new BigDecimal("90"));
    assertThat(data.value("bianxi", Y2015, "tax")).contains(new BigDecimal("100"));
    assertThat(data.value("bianxi", Y2015, "growth")).contains(new BigDecimal("12.5"));
    assertThat(data.value("kaifeng", Y2015, "title")).contains(BigDecimal.ONE);
    assertThat(data.attributes("bianxi")).containsExactly(Map.entry("county", "祥符区"));
  }

  @Test
  void longCsvFileIsRead() {
    Dataset data =
        CsvDataReader.forScheme(ZONES)
            .read("entity,period,indicator,value\nbianxi,2015,tax,\"1,234\"\nbianxi,2015,growth,5\nkaifeng,2015,tax,7\n", "long.csv");

    assertThat(data.value("bianxi", Y2015, "tax")).contains(new BigDecimal("1234"));
    assertThat(data.value("kaifeng", Y2015, "tax")).contains(new BigDecimal("7"));
  }

  @Test
  void longSheetReportsUnknownIndicatorsAndValuesGivenTwice() {
    List<DataProblem> all =
        problems(sheet("2015", "entity,indicator,value", "bianxi,taxs,1", "bianxi,tax,1", "bianxi,税收,2"));

    assertThat(all).extracting(DataProblem::toString).containsExactly(
        "book.xlsx, sheet 2015, cell B2 (indicator): no indicator, adjustment item, fact or attribute of scheme"
            + " 'zones' is called 'taxs': did you mean 'tax'?",
        "book.xlsx, sheet 2015, cell C4 (税收): the value of 'tax' for 'bianxi' in 2015 is already given (row 3)");
  }

  @Test
  void longSheetMayNotHaveIndicatorColumnsBesideItsOwn() {
    assertThat(problems(sheet("2015", "entity,indicator,value,tax", "bianxi,tax,1,2")).get(0).message())
        .isEqualTo("a long sheet has entity, period, indicator and value columns only: give 'tax' in rows, with its"
            + " name in the indicator column");
  }

  @Test
  void longSheetNeedsBothItsIndicatorAndValueColumns() {
    assertThat(problems(sheet("2015", "entity,指标", "bianxi,tax")).get(0).message())
        .startsWith("a long sheet needs both an indicator column");
  }

  @Test
  void skippingBadRowsReturnsTheGoodRowsAndListsTheBadOnes() {
    DataRead read =
        DataReader.forScheme(ZONES)
            .readSkippingBadRows(List.of(sheet("2015", "entity,tax", "bianxi,x", "kaifeng,2", "nobody,3")));

    assertThat(read.dataset().entities()).containsExactly("kaifeng");
    assertThat(read.skipped()).extracting(DataProblem::row).containsExactly(2, 4);
  }

  @Test
  void skippingBadRowsLeavesOutAnEntitysWholePeriodInALongSheet() {
    DataRead read =
        DataReader.forScheme(ZONES)
            .readSkippingBadRows(List.of(sheet("2015", "entity,indicator,value", "bianxi,tax,1", "bianxi,growth,x",
                "kaifeng,tax,2")));

    assertThat(read.dataset().hasRow("bianxi", Y2015)).isFalse();
    assertThat(read.dataset().value("kaifeng", Y2015, "tax")).contains(new BigDecimal("2"));
    assertThat(read.skipped()).singleElement().extracting(DataProblem::row).isEqualTo(3);
  }

  @Test
  void skippingBadRowsLeavesOutBothRowsOfAnEntityGivenTwice() {
    DataRead read =
        DataReader.forScheme(ZONES).readSkippingBadRows(List.of(sheet("2015", "entity,tax", "bianxi,1", "bianxi,2", "kaifeng,3")));

    assertThat(read.dataset().entities()).containsExactly("kaifeng");
  }

  @Test
  void skippingBadRowsStillFailsOnABadHeader() {
    assertThatThrownBy(() -> DataReader.forScheme(ZONES).readSkippingBadRows(List.of(sheet("2015", "entity,taks", "bianxi,1"))))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("cell B1 (taks): no indicator");
  }

  @Test
  void skippingBadRowsOfAGoodFileSkipsNothing() {
    DataRead read = CsvDataReader.forScheme(ZONES).withPeriod(Y2015).readSkippingBadRows("entity,tax\nbianxi,1\n", "ok.csv");

    assertThat(read.skipped()).isEmpty();
    assertThat(read.dataset().entities()).containsExactly("bianxi");
  }

  @Test
  void columnLettersAreTheSpreadsheets() {
    assertThat(DataProblem.columnLetters(1)).isEqualTo("A");
    assertThat(DataProblem.columnLetters(26)).isEqualTo("Z");
    assertThat(DataProblem.columnLetters(27)).isEqualTo("AA");
    assertThat(DataProblem.columnLetters(703)).isEqualTo("AAA");
  }
}
