package io.github.kaohe.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data that a careless or hostile hand wrote: cells and files past their limits, unterminated
 * quotes, numbers of a million digits, rows that lost cells, values in other units, implausible
 * values. Each is one clear problem at its row and column, found fast; never a hang, never a
 * multi-megabyte message. Scheme {@code zones} of {@code zones.yaml} (see {@link CsvDataReaderTest}).
 */
class BadDataTest {
  private static final Policy POLICY =
      PolicyLoader.create().load(BadDataTest.class.getResource("/policies/zones.yaml"), "zones.yaml");
  private static final Scheme ZONES = POLICY.scheme("zones");
  private static final Scheme FIRMS = POLICY.scheme("firms");
  private static final Period YEAR = Period.year(2015);

  @TempDir Path dir;

  private static List<DataProblem> problems(Scheme scheme, String csv) {
    AtomicReference<List<DataProblem>> problems = new AtomicReference<>();
    assertThatThrownBy(() -> CsvDataReader.forScheme(scheme).withPeriod(YEAR).read(csv, "data.csv"))
        .isInstanceOfSatisfying(DataException.class, e -> problems.set(e.problems()));
    return problems.get();
  }

  private static String message(Scheme scheme, String csv) {
    List<DataProblem> all = problems(scheme, csv);
    assertThat(all).hasSize(1);
    return all.get(0).toString();
  }

  @Test
  void anUnterminatedQuoteIsReportedWhereItStartsNotAsAHugeNumber() {
    assertThat(message(ZONES, "entity,tax\nbianxi,\"100\nkaifeng,7\n"))
        .isEqualTo("data.csv, row 2, column 2: an unterminated quote starting at row 2, column 2: the file ends"
            + " before its closing quote (\"); close it, or remove the quote");
  }

  @Test
  void anUnterminatedQuoteInALargeFileStopsAtTheLimitOfACell() throws IOException {
    Path file = dir.resolve("quote.csv");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("entity,tax\nbianxi,\"1");
      for (int i = 0; i < 200_000; i++) {
        w.write("0000000000\n");
      }
    }
    assertThatThrownBy(() -> CsvDataReader.forScheme(ZONES).withPeriod(YEAR).read(file))
        .isInstanceOf(DataException.class)
        .hasMessage("quote.csv has 1 problem:\n  quote.csv, row 2, column 2: an unterminated quote starting at row 2,"
            + " column 2: no closing quote (\") within 32767 characters, the most a cell holds; close it, or remove"
            + " the quote");
  }

  @Test
  void aCellLongerThanExcelAllowsIsAProblemAtItsRowAndColumn() {
    String csv = "entity,tax\nbianxi," + "x".repeat(40_000) + "\n";

    assertThat(message(ZONES, csv)).isEqualTo(
        "data.csv, row 2, column 2: the cell has more than 32767 characters, the most a cell holds (Excel's limit)");
  }

  @Test
  void aRowOfMoreCellsThanExcelHasColumnsIsAProblem() {
    String csv = "entity,tax\nbianxi,1" + ",".repeat(20_000) + "\n";

    assertThat(message(ZONES, csv)).startsWith("data.csv, row 2, column 16385: the row has more than 16384 cells");
  }

  @Test
  void aMillionDigitNumberIsTurnedDownAtOnceAndQuotedInPart() {
    String digits = "9".repeat(1_000_000);
    long start = System.nanoTime();
    String message = message(ZONES, "entity,tax\nbianxi," + digits.substring(0, 30_000) + "\n");
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(took).isLessThan(Duration.ofSeconds(2));
    assertThat(message).isEqualTo("data.csv, row 2, column 2 (tax): '" + "9".repeat(40) + "…' is not a number the data"
        + " can hold: it has 30000 characters; write at most 18 digits before and 18 after the decimal point");
    assertThat(CellText.shown("9".repeat(1_000_000))).hasSize(41);
  }

  @Test
  void aLongFactOrEntityIsQuotedInPart() {
    String name = "某".repeat(5_000);
    assertThat(message(ZONES, "entity,tax\n" + name + ",1\n"))
        .contains("has no entity '" + "某".repeat(40) + "…'")
        .hasSizeLessThan(300);
  }

  @Test
  void aRowWithFewerCellsThanTheHeaderIsAProblemAsOneWithMoreIs() {
    List<DataProblem> problems = problems(ZONES, "entity,tax,growth,title\nbianxi,100\nkaifeng,1,2,3,4\n");

    assertThat(problems).extracting(DataProblem::toString).containsExactly(
        "data.csv, row 2, column 3: the row has 2 cells but the header 4 columns: cells are missing (an empty cell is"
            + " still written, as a comma)",
        "data.csv, row 3, column 5: the row has 5 cells but the header only 4 columns");
  }

  @Test
  void emptyCellsAtTheEndOfARowAreWrittenAndABlankRowIsSkipped() {
    Dataset data = CsvDataReader.forScheme(ZONES).withPeriod(YEAR)
        .read("entity,tax,growth,title,\nbianxi,100,,\n\n,,,\nkaifeng,1,2,3\n", "data.csv");

    // a header's empty last column needs no cell; a blank row (also ",,,") is no row
    assertThat(data.entities()).containsExactly("bianxi", "kaifeng");
    assertThat(data.value("bianxi", YEAR, "growth")).isEmpty();
  }

  @Test
  void aWorkbookRowMayEndEarlyAsExcelStoresNoEmptyCells() {
    DataSheet sheet = new DataSheet("book.xlsx", "2015", java.util.Optional.of(YEAR),
        List.of(new DataSheet.Row(1, List.of("entity", "tax", "growth")), new DataSheet.Row(2, List.of("bianxi", "9"))));

    assertThat(DataReader.forScheme(ZONES).read(List.of(sheet)).value("bianxi", YEAR, "tax")).contains(BigDecimal.valueOf(9));
  }

  @Test
  void aLongSheetsValuesInAnotherUnitAreConverted() {
    Dataset data = CsvDataReader.forScheme(ZONES).withPeriod(YEAR).read("""
        entity,indicator,value,unit
        bianxi,tax,13.5,亿元
        kaifeng,tax,2500,元
        bianxi,growth,12.5,%
        kaifeng,growth,5,‰
        bianxi,title,2,项
        """, "long.csv");

    assertThat(data.value("bianxi", YEAR, "tax")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("135000"));
    assertThat(data.value("kaifeng", YEAR, "tax")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.25"));
    assertThat(data.value("bianxi", YEAR, "growth")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("12.5"));
    assertThat(data.value("kaifeng", YEAR, "growth")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.5"));
    assertThat(data.value("bianxi", YEAR, "title")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2"));
  }

  @Test
  void aUnitThatDoesNotConvertIsAProblemAtTheUnitCell() {
    List<DataProblem> problems = problems(ZONES, """
        entity,indicator,value,unit
        bianxi,tax,13.5,kg
        kaifeng,county,祥符区,万元
        """);

    assertThat(problems).extracting(DataProblem::toString).containsExactly(
        "data.csv, row 2, column 4 (unit): the unit 'kg' is not the unit of 'tax' (万元) and does not convert to it:"
            + " write the value in 万元",
        "data.csv, row 3, column 4 (unit): 'county' has no unit in the policy, so the unit '万元' cannot be checked:"
            + " leave the unit cell empty, or write the value as the policy expects it");
  }

  @Test
  void aWideSheetHasNoUnitColumn() {
    assertThat(message(ZONES, "entity,tax,unit\nbianxi,1,万元\n"))
        .startsWith("data.csv, row 1, column 3 (unit): a unit column belongs to a long sheet");
  }

  @Test
  void implausibleValuesAreProblemsAtTheirCellsAllAtOnce() {
    List<DataProblem> problems = problems(ZONES, """
        entity,tax,growth,title
        bianxi,-5,12,1
        kaifeng,100,-150,-1
        """);

    assertThat(problems).extracting(DataProblem::toString).containsExactly(
        "data.csv, row 2, column 2 (tax): -5 万元 is not a plausible value of 'tax': it must be at least 0 万元 (the"
            + " default for 万元); correct the value, or declare another range in the policy (valid: {min: …, max: …})",
        "data.csv, row 3, column 3 (growth): -150 % is not a plausible value of 'growth': it must be -100 to 10000 %"
            + " (the default for a growth rate in %); correct the value, or declare another range in the policy"
            + " (valid: {min: …, max: …})",
        "data.csv, row 3, column 4 (title): -1 is not a plausible value of 'title': it must be at least 0 (a count);"
            + " correct the value, or declare another range in the policy (valid: {min: …, max: …})");
  }

  @Test
  void aDeclaredRangeReplacesTheDefaultsOfTheUnit() {
    Scheme shares = PolicyLoader.create().load("""
        kaohe: 1
        id: shares
        name: {zh: 比重, en: Shares}
        version: "1"
        source: {title: {zh: 测试, en: Test}, issuer: 测试, date: 2020-01-15}
        schemes:
          - id: s
            name: {zh: 比重, en: Shares}
            total: 10
            defaults: {missing: zero-points}
            categories:
              - id: all
                name: {zh: 全部, en: All}
                weight: 10
                indicators:
                  - {id: share, name: {zh: 比重, en: Share}, unit: "%", weight: 5, method: min-max}
                  - {id: margin, name: {zh: 利润率, en: Margin}, unit: "%", weight: 5, method: min-max, valid: {min: -100}}
                  - {id: place, name: {zh: 位次, en: Place}, weight: 0, direction: lower-is-better,
                     method: {type: place-points, mode: linear, fieldSize: 180}}
        """, "shares.yaml").scheme("s");

    assertThat(problems(shares, "entity,share,margin,place\na,150,-20,500\nb,50,250,180\n"))
        .extracting(p -> p.row() + ":" + p.column() + " " + p.message().substring(0, p.message().indexOf(':')))
        .containsExactly(
            "2:2 150 % is not a plausible value of 'share'",
            "2:4 500 is not a plausible value of 'place'");
    assertThat(problems(shares, "entity,share,margin,place\na,150,-20,500\n").get(1).message())
        .contains("it must be 1 to 180 (a place in a field of 180)");
  }

  @Test
  void manyEntitiesAreFoundByNameWithoutScanningTheListForEachRow() throws IOException {
    StringBuilder yaml = new StringBuilder("""
        kaohe: 1
        id: many
        name: {zh: 多, en: Many}
        version: "1"
        source: {title: {zh: 测试, en: Test}, issuer: 测试, date: 2020-01-15}
        schemes:
          - id: s
            name: {zh: 多, en: Many}
            total: 10
            defaults: {missing: zero-points}
            entities:
        """);
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      yaml.append("      - {id: e").append(i).append(", name: {zh: 实体").append(i).append(", en: E").append(i).append("}}\n");
    }
    yaml.append("""
            categories:
              - id: all
                name: {zh: 全部, en: All}
                weight: 10
                indicators:
                  - {id: tax, name: {zh: 税收, en: Tax}, unit: 万元, weight: 10, method: proportional-to-best}
        """);
    Scheme many = PolicyLoader.create().load(yaml.toString(), "many.yaml").scheme("s");
    StringBuilder csv = new StringBuilder("entity,tax\n");
    for (int i = 0; i < n; i++) {
      csv.append("实体").append(i).append(',').append(i).append('\n');
    }
    long start = System.nanoTime();
    Dataset data = CsvDataReader.forScheme(many).withPeriod(YEAR).read(csv.toString(), "many.csv");

    assertThat(data.entities()).hasSize(n);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void aMillionBadRowsListTenThousandProblemsAndCountTheRest() {
    StringBuilder csv = new StringBuilder("entity,tax\n");
    for (int i = 0; i < 30_000; i++) {
      csv.append("bianxi,x\n");
    }
    List<DataProblem> problems = problems(ZONES, csv.toString());

    assertThat(problems).hasSize(DataReader.MAX_PROBLEMS + 1);
    assertThat(problems.get(problems.size() - 1).message())
        .isEqualTo("and 20000 more problems, not listed: correct those above first");
  }

  @Test
  void aFileOfMoreRowsThanExcelHoldsIsAProblem() throws IOException {
    Path file = dir.resolve("rows.csv");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("entity,tax\n");
      for (int i = 0; i < CsvRecords.MAX_ROWS + 5; i++) {
        w.write("f,1\n");
      }
    }
    try (CsvSheet.Rows rows = CsvSheet.open(file, null)) {
      assertThatThrownBy(() -> rows.forEach(r -> { }))
          .isInstanceOf(DataException.class)
          .hasMessageEndingWith("rows.csv, row 1048577: the file has more than 1048576 rows, the most a sheet has"
              + " (Excel's limit): split it");
    }
  }

  @Test
  void unitsConvertOnlyWithinTheirKindAndExactly() {
    assertThat(Units.factor("亿元", "万元")).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("10000"));
    assertThat(Units.factor("万元", "亿元")).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("0.0001"));
    assertThat(Units.factor("亿元/亩", "万元/亩")).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("10000"));
    assertThat(Units.factor("平方公里", "平方米")).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("1000000"));
    assertThat(Units.factor("亩", "平方米")).isEmpty(); // 666.66… m²: no exact conversion
    assertThat(Units.factor("kg", "万元")).isEmpty();
    assertThat(Units.factor("万元/亩", "万元")).isEmpty();
    assertThat(Units.notNegative("万元/亩")).isTrue();
    assertThat(Units.notNegative("%")).isFalse();
    assertThat(Units.notNegative("万千瓦时")).isTrue();
  }

  @Test
  void aHundredDigitValueIsTurnedDownBeforeItIsParsed() {
    assertThat(FIRMS.id()).isEqualTo("firms");
    assertThat(message(FIRMS, "entity,tax\nf," + "1".repeat(100) + "\n"))
        .contains("'" + "1".repeat(40) + "…' is not a number the data can hold: it has 100 characters");
  }
}
