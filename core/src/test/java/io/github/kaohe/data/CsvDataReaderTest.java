package io.github.kaohe.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scheme {@code zones} of {@code zones.yaml}: entities bianxi (汴西新区, Bianxi, alias 汴西) and
 * kaifeng; indicators tax (税收, Tax revenue, 万元) and growth (增速, %); adjustment item title
 * (称号); attribute county. Scheme {@code firms} names no entities.
 */
class CsvDataReaderTest {
  private static final Policy POLICY =
      PolicyLoader.create().load(CsvDataReaderTest.class.getResource("/policies/zones.yaml"), "zones.yaml");
  private static final Scheme ZONES = POLICY.scheme("zones");
  private static final Period YEAR = Period.year(2015);

  private static Dataset read(String csv) {
    return CsvDataReader.forScheme(ZONES).withPeriod(YEAR).read(csv, "data.csv");
  }

  private static Optional<BigDecimal> value(Dataset data, String entity, String key) {
    return data.value(entity, YEAR, key);
  }

  private static List<DataProblem> problems(CsvDataReader reader, String csv) {
    AtomicReference<List<DataProblem>> problems = new AtomicReference<>();
    assertThatThrownBy(() -> reader.read(csv, "data.csv"))
        .isInstanceOfSatisfying(DataException.class, e -> problems.set(e.problems()));
    return problems.get();
  }

  private static DataProblem problem(String csv) {
    List<DataProblem> all = problems(CsvDataReader.forScheme(ZONES).withPeriod(YEAR), csv);
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  @Test
  void readsValuesUnderIndicatorIds() {
    Dataset data = read("entity,tax,growth\nbianxi,100,5.5\n");

    assertThat(value(data, "bianxi", "tax")).contains(new BigDecimal("100"));
    assertThat(value(data, "bianxi", "growth")).contains(new BigDecimal("5.5"));
  }

  @Test
  void emptyCellIsAMissingValue() {
    Dataset data = read("entity,tax,growth\nbianxi,,5\n");

    assertThat(value(data, "bianxi", "tax")).isEmpty();
    assertThat(data.hasRow("bianxi", YEAR)).isTrue();
  }

  @Test
  void byteOrderMarkIsIgnored() {
    assertThat(value(read("\uFEFFentity,tax\nbianxi,100\n"), "bianxi", "tax")).contains(new BigDecimal("100"));
  }

  @Test
  void tabSeparatedFileIsRead() {
    assertThat(value(read("entity\ttax\nbianxi\t1,234\n"), "bianxi", "tax")).contains(new BigDecimal("1234"));
  }

  @Test
  void headersMayBeChineseNames() {
    Dataset data = read("名称,税收,增速,称号\n汴西新区,100,5,1\n");

    assertThat(value(data, "bianxi", "tax")).contains(new BigDecimal("100"));
    assertThat(value(data, "bianxi", "growth")).contains(new BigDecimal("5"));
    assertThat(value(data, "bianxi", "title")).contains(new BigDecimal("1"));
  }

  @Test
  void headersMayBeEnglishNames() {
    assertThat(value(read("entity,Tax revenue\nbianxi,7\n"), "bianxi", "tax")).contains(new BigDecimal("7"));
  }

  @Test
  void entityMayBeNamedByAlias() {
    assertThat(read("entity,tax\n汴西,1\n").entities()).containsExactly("bianxi");
  }

  @Test
  void entityMayBeNamedByItsChineseOrEnglishName() {
    assertThat(read("entity,tax\n开封经开区,1\nBianxi,2\n").entities()).containsExactly("kaifeng", "bianxi");
  }

  @Test
  void unknownEntityIsAnErrorWithASuggestion() {
    DataProblem p = problem("entity,tax\n汴西新,1\n");

    assertThat(p.row()).isEqualTo(2);
    assertThat(p.column()).isEqualTo(1);
    assertThat(p.field()).isEqualTo("entity");
    assertThat(p.message()).isEqualTo("scheme 'zones' has no entity '汴西新': did you mean '汴西'?");
  }

  @Test
  void schemeWithoutEntitiesTakesThemFromTheData() {
    Dataset data = CsvDataReader.forScheme(POLICY.scheme("firms")).withPeriod(YEAR).read("entity,tax\n某公司,1\n", "f.csv");

    assertThat(data.entities()).containsExactly("某公司");
  }

  @Test
  void unknownColumnIsAnErrorWithASuggestion() {
    DataProblem p = problem("entity,tax,growht\nbianxi,1,2\n");

    assertThat(p.row()).isEqualTo(1);
    assertThat(p.column()).isEqualTo(3);
    assertThat(p.field()).isEqualTo("growht");
    assertThat(p.message()).isEqualTo("no indicator, adjustment item, fact or attribute of scheme 'zones' is called 'growht': did you mean 'growth'?");
  }

  @Test
  void columnGivenTwiceIsAnError() {
    DataProblem p = problem("entity,tax,税收\nbianxi,1,1\n");

    assertThat(p.column()).isEqualTo(3);
    assertThat(p.message()).isEqualTo("this column repeats column 2 (both are 'tax')");
  }

  @Test
  void headerWithoutAnEntityColumnIsAnError() {
    assertThat(problem("tax\n1\n").message()).isEqualTo("the header has no entity column: name one 'entity' (or 名称)");
  }

  @Test
  void unparseableNumberIsAnErrorAtItsRowAndColumn() {
    DataProblem p = problem("entity,tax,growth\nbianxi,100,5\nkaifeng,1O0,5\n");

    assertThat(p.row()).isEqualTo(3);
    assertThat(p.column()).isEqualTo(2);
    assertThat(p.field()).isEqualTo("tax");
    assertThat(p.message()).isEqualTo("'1O0' is not a number (write a plain number such as 1234.5)");
    assertThat(p).hasToString("data.csv, row 3, column 2 (tax): '1O0' is not a number (write a plain number such as 1234.5)");
  }

  @Test
  void numberTooLargeForMemoryIsAnError() {
    DataProblem p = problem("entity,tax\nbianxi,1e999999999\n");

    assertThat(p.message()).isEqualTo("'1e999999999' is out of range: write at most 18 digits before and 18 after the decimal point");
  }

  @Test
  void numberInScientificNotationIsRead() {
    assertThat(value(read("entity,tax\nbianxi,1.5E+3\n"), "bianxi", "tax").orElseThrow()).isEqualByComparingTo("1500");
  }

  @Test
  void secondRowForTheSameEntityAndPeriodIsAnError() {
    DataProblem p = problem("entity,tax\nbianxi,1\nkaifeng,2\n汴西,3\n");

    assertThat(p.row()).isEqualTo(4);
    assertThat(p.message()).isEqualTo("entity 'bianxi' in 2015 already has a row (row 2)");
  }

  @Test
  void missingPeriodColumnWithoutADefaultIsAnError() {
    List<DataProblem> all = problems(CsvDataReader.forScheme(ZONES), "entity,tax\nbianxi,1\n");

    assertThat(all).singleElement().satisfies(p -> {
      assertThat(p.row()).isEqualTo(1);
      assertThat(p.message()).startsWith("the header has no period column: add one headed 'period' (2015, 2015Q3)");
    });
  }

  @Test
  void periodColumnPutsEachRowInItsPeriod() {
    Dataset data = CsvDataReader.forScheme(ZONES).read("entity,期间,tax\nbianxi,2015Q3,1\nbianxi,2015年第四季度,2\n", "q.csv");

    assertThat(data.periods()).containsExactly(Period.quarter(2015, 3), Period.quarter(2015, 4));
    assertThat(data.value("bianxi", Period.quarter(2015, 4), "tax")).contains(new BigDecimal("2"));
  }

  @Test
  void unreadablePeriodIsAnError() {
    List<DataProblem> all = problems(CsvDataReader.forScheme(ZONES), "entity,period,tax\nbianxi,2015Q5,1\n");

    assertThat(all).singleElement().satisfies(p -> {
      assertThat(p.row()).isEqualTo(2);
      assertThat(p.column()).isEqualTo(2);
      assertThat(p.message()).isEqualTo("'2015Q5' is not a period: write a year (2015) or a quarter (2015Q3)");
    });
  }

  @Test
  void percentSignIsReadForPercentUnits() {
    assertThat(value(read("entity,growth\nbianxi,12.5%\n"), "bianxi", "growth")).contains(new BigDecimal("12.5"));
  }

  @Test
  void percentSignIsAnErrorForOtherUnits() {
    assertThat(problem("entity,tax\nbianxi,12%\n").message())
        .isEqualTo("'12%' is not a number (a percent sign is only understood for indicators whose unit is %)");
  }

  @Test
  void thousandsSeparatorsAreRead() {
    assertThat(value(read("entity,tax\nbianxi,\"1,234,567.5\"\n"), "bianxi", "tax")).contains(new BigDecimal("1234567.5"));
  }

  @Test
  void misplacedThousandsSeparatorIsAnError() {
    assertThat(problem("entity,tax\nbianxi,\"1,23\"\n").message()).startsWith("'1,23' is not a number");
  }

  @Test
  void quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
    Dataset data = read("entity,county,tax\nbianxi,\"尉氏县, \"\"东\"\"\nA区\",1\nkaifeng,祥符区,2\n");

    assertThat(data.attributes("bianxi")).containsExactly(Map.entry("county", "尉氏县, \"东\"\nA区"));
    assertThat(value(data, "kaifeng", "tax")).contains(new BigDecimal("2"));
  }

  @Test
  void problemAfterAQuotedLineBreakNamesItsLine() {
    DataProblem p = problem("entity,county,tax\nbianxi,\"a\nb\",1\nkaifeng,x,bad\n");

    assertThat(p.row()).isEqualTo(4);
  }

  @Test
  void windowsLineEndingsAreRead() {
    assertThat(value(read("entity,tax\r\nbianxi,3\r\n"), "bianxi", "tax")).contains(new BigDecimal("3"));
  }

  @Test
  void blankLinesAreSkipped() {
    assertThat(read("entity,tax\n\nbianxi,3\n,\n").entities()).containsExactly("bianxi");
  }

  @Test
  void rowWithMoreCellsThanTheHeaderIsAnError() {
    DataProblem p = problem("entity,tax\nbianxi,1,2\n");

    assertThat(p.column()).isEqualTo(3);
    assertThat(p.message()).isEqualTo("the row has 3 cells but the header only 2 columns");
  }

  @Test
  void emptyFileIsAnError() {
    assertThat(problem("").message()).isEqualTo("the file is empty: it needs a header row");
  }

  @Test
  void everyProblemOfTheFileIsReportedAtOnce() {
    List<DataProblem> all = problems(CsvDataReader.forScheme(ZONES).withPeriod(YEAR), "entity,tax\nnobody,1\nbianxi,x\nkaifeng,1\nkaifeng,2\n");

    assertThat(all).extracting(DataProblem::row).containsExactly(2, 3, 5);
  }

  @Test
  void utf8FileIsRead(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("ok.csv");
    Files.writeString(file, "名称,税收\n汴西新区,1\n");

    assertThat(CsvDataReader.forScheme(ZONES).withPeriod(YEAR).read(file).entities()).containsExactly("bianxi");
  }

  @Test
  void exceptionMessageCountsAndListsTheProblems() {
    assertThatThrownBy(() -> read("entity,tax\nbianxi,x\n"))
        .hasMessage("data.csv has 1 problem:\n  data.csv, row 2, column 2 (tax): 'x' is not a number (write a plain number such as 1234.5)");
  }
}
