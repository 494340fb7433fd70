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
 * The rows {@link DataReader} reads under a header: columns in any order (the entity, period,
 * indicator or value column first), missing cells, entities and periods, and where each problem
 * is. Scheme {@code zones} of {@code zones.yaml}: see {@link CsvDataReaderTest}.
 */
class DataReaderRowsTest {
  private static final Scheme ZONES =
      PolicyLoader.create().load(DataReaderRowsTest.class.getResource("/policies/zones.yaml"), "zones.yaml").scheme("zones");
  private static final Scheme POLICY_FIRMS =
      PolicyLoader.create().load(DataReaderRowsTest.class.getResource("/policies/zones.yaml"), "zones.yaml").scheme("firms");
  private static final Period Y2014 = Period.year(2014);
  private static final Period Y2015 = Period.year(2015);

  private static Dataset read(String csv) {
    return CsvDataReader.forScheme(ZONES).withPeriod(Y2015).read(csv, "data.csv");
  }

  private static List<String> problems(CsvDataReader reader, String csv) {
    AtomicReference<List<DataProblem>> problems = new AtomicReference<>();
    assertThatThrownBy(() -> reader.read(csv, "data.csv"))
        .isInstanceOfSatisfying(DataException.class, e -> problems.set(e.problems()));
    return problems.get().stream().map(DataProblem::toString).toList();
  }

  private static List<String> problems(String csv) {
    return problems(CsvDataReader.forScheme(ZONES).withPeriod(Y2015), csv);
  }

  private static DataSheet sheet(String name, String... lines) {
    List<DataSheet.Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      rows.add(new DataSheet.Row(i + 1, Arrays.asList(lines[i].split(",", -1))));
    }
    return new DataSheet("book.xlsx", name, Optional.empty(), rows);
  }

  @Test
  void aPeriodColumnFirstIsRead() {
    Dataset data = read("period,entity,tax\n2014,bianxi,1\n");

    assertThat(data.value("bianxi", Y2014, "tax")).contains(BigDecimal.ONE);
    assertThat(data.periods()).containsExactly(Y2014);
    assertThat(CsvDataReader.forScheme(ZONES).read("period,entity,tax\n2014,bianxi,1\n", "p.csv").entities())
        .containsExactly("bianxi");
  }

  @Test
  void aLongSheetWithItsIndicatorColumnFirstIsRead() {
    Dataset data = read("indicator,value,unit,entity\ntax,1.5,亿元,bianxi\ngrowth,3,,kaifeng\n");

    assertThat(data.value("bianxi", Y2015, "tax")).contains(new BigDecimal("15000"));
    assertThat(data.value("kaifeng", Y2015, "growth")).contains(BigDecimal.valueOf(3));
  }

  @Test
  void aLongSheetWithItsValueColumnFirstIsRead() {
    assertThat(read("value,indicator,entity\n2,tax,bianxi\n").value("bianxi", Y2015, "tax")).contains(BigDecimal.valueOf(2));
  }

  @Test
  void aLongSheetWithItsIndicatorColumnFirstMayNotHaveAnIndicatorsColumn() {
    assertThat(problems("indicator,value,entity,tax\ntax,1,bianxi,2\n")).containsExactly(
        "data.csv, row 1, column 4 (tax): a long sheet has entity, period, indicator and value columns only: give"
            + " 'tax' in rows, with its name in the indicator column");
    assertThat(problems("value,indicator,entity,growth\n1,tax,bianxi,2\n")).containsExactly(
        "data.csv, row 1, column 4 (growth): a long sheet has entity, period, indicator and value columns only: give"
            + " 'growth' in rows, with its name in the indicator column");
  }

  @Test
  void aUnitColumnFirstInAWideSheetIsAProblem() {
    assertThat(problems("unit,entity,tax\n万元,bianxi,1\n")).containsExactly(
        "data.csv, row 1, column 1 (unit): a unit column belongs to a long sheet (indicator, value and unit columns):"
            + " in a wide sheet the units are the policy's; remove the column");
  }

  @Test
  void aValueInAColumnWithoutAHeaderIsAProblemAtItsColumn() {
    assertThat(problems("entity,,tax\nbianxi,9,1\n"))
        .containsExactly("data.csv, row 2, column 2: the cell has a value, but its column has no header: name the column");
  }

  @Test
  void blankCellsPastTheHeaderAreNoProblemButAValueIsAtItsColumn() {
    assertThat(read("entity,tax\nbianxi,1,, \n").value("bianxi", Y2015, "tax")).contains(BigDecimal.ONE);
    assertThat(problems("entity,tax\nbianxi,1,,x\n"))
        .containsExactly("data.csv, row 2, column 4: the row has 4 cells but the header only 2 columns");
  }

  @Test
  void aLongCsvRowWithFewerCellsThanTheHeaderIsAProblemAndTheRestIsRead() {
    assertThat(problems("entity,indicator,value\nbianxi,tax\nkaifeng,tax,x\n")).containsExactly(
        "data.csv, row 2, column 3: the row has 2 cells but the header 3 columns: cells are missing (an empty cell is"
            + " still written, as a comma)",
        "data.csv, row 3, column 3 (tax): 'x' is not a number (write a plain number such as 1234.5)");
  }

  @Test
  void aLongWorkbookRowMayEndEarly() {
    DataSheet sheet = new DataSheet("book.xlsx", "2015", Optional.of(Y2015), List.of(
        new DataSheet.Row(1, List.of("entity", "indicator", "value", "unit")),
        new DataSheet.Row(2, List.of("bianxi", "tax", "4"))));

    assertThat(DataReader.forScheme(ZONES).read(List.of(sheet)).value("bianxi", Y2015, "tax")).contains(BigDecimal.valueOf(4));
  }

  @Test
  void aLongRowWithoutAnIndicatorIsAProblemAtItsIndicatorCell() {
    assertThat(problems("entity,indicator,value\nbianxi,,1\n"))
        .containsExactly("data.csv, row 2, column 2 (indicator): the indicator is missing");
  }

  @Test
  void aLongRowWithoutAValueStillGivesTheEntityARow() {
    Dataset data = read("entity,indicator,value\nbianxi,tax,\n");

    assertThat(data.hasRow("bianxi", Y2015)).isTrue();
    assertThat(data.value("bianxi", Y2015, "tax")).isEmpty();
  }

  @Test
  void skippingLeavesOutTheEntitysPeriodOfALongRowWithoutAnIndicator() {
    DataRead read = CsvDataReader.forScheme(ZONES).withPeriod(Y2015)
        .readSkippingBadRows("entity,indicator,value\nbianxi,tax,1\nbianxi,,2\nkaifeng,tax,3\n", "data.csv");

    assertThat(read.dataset().entities()).containsExactly("kaifeng");
    assertThat(read.skipped()).extracting(DataProblem::row).containsExactly(3);
  }

  @Test
  void aLongRowForAnEntitysPeriodThatAWideRowGaveIsAProblemNamingThatRow() {
    List<DataProblem> problems = new ArrayList<>();
    try {
      DataReader.forScheme(ZONES).withPeriod(Y2015)
          .read(List.of(sheet("宽", "entity,tax", "bianxi,1", "kaifeng,2"), sheet("长", "entity,indicator,value", "bianxi,growth,3")));
    } catch (DataException e) {
      problems.addAll(e.problems());
    }

    assertThat(problems).extracting(DataProblem::toString)
        .containsExactly("book.xlsx, sheet 长, row 2: entity 'bianxi' in 2015 already has a row (sheet 宽, row 2)");
  }

  @Test
  void skippingLeavesOutAnEntitysPeriodGivenByAWideAndALongRow() {
    DataRead read = DataReader.forScheme(ZONES).withPeriod(Y2015)
        .readSkippingBadRows(List.of(sheet("宽", "entity,tax", "bianxi,1", "kaifeng,2"), sheet("长", "entity,indicator,value", "bianxi,growth,3")));

    assertThat(read.dataset().entities()).containsExactly("kaifeng");
  }

  @Test
  void aBadValueOfALongRowIsAProblemAtItsValueCell() {
    assertThat(problems("entity,indicator,unit,value\nbianxi,tax,万元,-1\n")).containsExactly(
        "data.csv, row 2, column 4 (tax): -1 万元 is not a plausible value of 'tax': it must be at least 0 万元 (the"
            + " default for 万元); correct the value, or declare another range in the policy (valid: {min: …, max: …})");
  }

  @Test
  void anEmptyPeriodCellIsAProblemWithoutADefaultPeriod() {
    assertThat(problems(CsvDataReader.forScheme(ZONES), "entity,period,tax\nbianxi,,1\nkaifeng,2015,2\n")).containsExactly(
        "data.csv, row 2, column 2 (period): the period is missing: write a year (2015) or a quarter (2015Q3)");
  }

  @Test
  void anEmptyPeriodCellTakesTheDefaultPeriod() {
    Dataset data = read("entity,period,tax\nbianxi,,1\nkaifeng,2014,2\n");

    assertThat(data.value("bianxi", Y2015, "tax")).contains(BigDecimal.ONE);
    assertThat(data.value("kaifeng", Y2014, "tax")).contains(BigDecimal.valueOf(2));
  }

  @Test
  void rowsOfOnePeriodAfterAnotherAreEachInTheirOwn() {
    Dataset data = read("entity,period,tax\nbianxi,2014,1\nkaifeng,2014,2\nbianxi,2015,3\nkaifeng,2015,4\n");

    assertThat(data.value("kaifeng", Y2014, "tax")).contains(BigDecimal.valueOf(2));
    assertThat(data.value("kaifeng", Y2015, "tax")).contains(BigDecimal.valueOf(4));
  }

  @Test
  void anEmptyEntityCellIsAProblemAtItsCell() {
    assertThat(problems("tax,entity\n1,\n2,bianxi\n"))
        .containsExactly("data.csv, row 2, column 2 (entity): the entity is missing");
  }

  @Test
  void aCellThatLooksLikeAHeaderBelowTheHeaderIsData() {
    Dataset data = read("entity,county\nbianxi,单位\nkaifeng,名称\n");

    assertThat(data.attributes("bianxi")).containsExactly(Map.entry("county", "单位"));
    assertThat(data.attributes("kaifeng")).containsExactly(Map.entry("county", "名称"));
  }

  @Test
  void onlyTheFirstHundredProblemsSuggestAnEntity() {
    StringBuilder csv = new StringBuilder("entity,tax\n");
    for (int i = 0; i < 99; i++) {
      csv.append("nobody").append(i).append(",\n"); // a problem each
    }
    String hundredth = problems(csv + "汴西新,1\n").get(99);
    String hundredAndFirst = problems(csv + "kaifeng,x\n汴西新,1\n").get(100);

    assertThat(hundredth).endsWith("scheme 'zones' has no entity '汴西新': did you mean '汴西'?");
    assertThat(hundredAndFirst).endsWith("scheme 'zones' has no entity '汴西新'");
  }

  @Test
  void aTotalsRowIsIgnoredInAnyCaseButNotAnEntityOfThatName() {
    Scheme withTotal = PolicyLoader.create().load("""
        kaohe: 1
        id: totals
        name: {zh: 合计, en: Totals}
        version: "1"
        source: {title: {zh: 测试, en: Test}, issuer: 测试, date: 2020-01-15}
        schemes:
          - id: s
            name: {zh: 合计, en: Totals}
            total: 10
            defaults: {missing: zero-points}
            entities:
              - {id: a, name: {zh: 甲, en: A}}
              - {id: whole, name: {zh: 合计, en: Whole}}
            categories:
              - id: all
                name: {zh: 全部, en: All}
                weight: 10
                indicators:
                  - {id: tax, name: {zh: 税收, en: Tax}, unit: 万元, weight: 10, method: proportional-to-best}
        """, "totals.yaml").scheme("s");

    Dataset data = CsvDataReader.forScheme(withTotal).withPeriod(Y2015).read("entity,tax\n甲,1\n合计,5\nTOTAL,6\nSum,6\n", "t.csv");

    assertThat(data.entities()).containsExactly("a", "whole");
    assertThat(data.value("whole", Y2015, "tax")).contains(BigDecimal.valueOf(5));
    assertThat(read("entity,tax\nbianxi,1\nTotal,9\n小计,9\n").entities()).containsExactly("bianxi");
  }

  @Test
  void skippingLeavesOutARowWithoutAnEntity() {
    DataRead read = CsvDataReader.forScheme(POLICY_FIRMS).withPeriod(Y2015)
        .readSkippingBadRows("entity,tax\n,1\n某公司,2\n", "f.csv");

    assertThat(read.dataset().entities()).containsExactly("某公司");
    assertThat(read.skipped()).extracting(DataProblem::toString).containsExactly("f.csv, row 2, column 1 (entity): the entity is missing");
  }
}
