package io.github.kaohe.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kaohe.data.DataException;
import io.github.kaohe.data.DataReader;
import io.github.kaohe.data.DataSheet;
import io.github.kaohe.data.Period;
import io.github.kaohe.model.Policy;
import io.github.kaohe.policy.kaifeng.KaifengPolicy;
import io.github.kaohe.policy.permu.PerMuPolicy;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Bad rows give the command line's problem list; schemes a cluster cannot evaluate yet are refused up front. */
class BadInputTest {
  private static final Period YEAR = Period.year(2024);

  @Test
  void textInANumberColumnAndADuplicateRowGiveTheCommandLinesProblems() {
    Policy policy = TiesAcrossPartitionsTest.policy("competition");
    List<List<String>> cells = new ArrayList<>(TiesAcrossPartitionsTest.cells());
    cells.set(12, List.of("f11", "2024", "十二", "5", "c1")); // row 13: text where tax is a number
    cells.add(List.of("f300", "2024", "10", "5", "c0")); // f300 twice in 2024
    DataException cli = catchThrowableOfType(DataException.class,
        () -> DataReader.forScheme(policy.scheme("firms")).read(List.of(DataSheet.of("input", cells))));
    DataException spark = catchThrowableOfType(DataException.class,
        () -> KaoheSpark.of(policy, "firms").partitions(4).evaluate(TiesAcrossPartitionsTest.frame(cells, 1), List.of(YEAR)));
    assertThat(cli.problems()).hasSize(2);
    assertThat(spark.problems()).containsExactlyInAnyOrderElementsOf(cli.problems());
    assertThat(spark.getMessage()).contains("input, row 13, column 3 (tax): '十二' is not a number");
  }

  @Test
  void dataWithoutAnEntityColumnIsRefusedNamingItsColumns() {
    Policy policy = TiesAcrossPartitionsTest.policy("competition");
    assertThatThrownBy(() -> KaoheSpark.of(policy, "firms")
        .evaluate(LocalSpark.session().range(3).toDF("firm"), List.of(YEAR)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the data has no entity column (entity, 名称, 单位, 单位名称 or 实体): its columns are firm");
  }

  @Test
  void aSchemeThatNeedsTheWholePopulationIsRefusedBeyondTheDriversRowsNamingWhy() {
    Policy policy = medianPolicy();
    Dataset<Row> frame = TiesAcrossPartitionsTest.frame(TiesAcrossPartitionsTest.cells(), 3);
    KaoheSpark kaohe = KaoheSpark.of(policy, "firms");
    assertThat(kaohe.onDriverBecause()).containsExactly("schemes.firms.measures.median-tax: a median of the whole"
        + " population is not a figure that parts can summarise and merge");
    assertThatThrownBy(() -> kaohe.onDriverUpTo(599).evaluate(frame, List.of(YEAR)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the scheme firms is evaluated on the driver, as it needs the whole population in one place"
            + " (schemes.firms.measures.median-tax: a median of the whole population is not a figure that parts can"
            + " summarise and merge), but its data has more than 599 rows, the limit on the driver. Raise the limit"
            + " (KaoheSpark.onDriverUpTo, --driver-rows) if the driver has the memory, or evaluate on one machine"
            + " (kaohe score).");
    assertThatThrownBy(() -> kaohe.onDriverUpTo(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the rows on the driver must be 1 or more, but were 0");
  }

  /** The firms of {@link TiesAcrossPartitionsTest}, with the median tax of every firm as a measure. */
  static Policy medianPolicy() {
    String measure = "    measures:\n      - {id: median-tax, name: {zh: 税收中位数, en: Median tax},"
        + " formula: {type: population, statistic: median, of: tax}}\n    ranking:\n";
    return io.github.kaohe.load.PolicyLoader.create().load(
        TiesAcrossPartitionsTest.yaml("competition").replace("    ranking:\n", measure), "median.yaml");
  }

  @Test
  void classesBySharesWithinCountiesNeedTheCountyColumn() {
    assertThatThrownBy(() -> KaoheSpark.of(PerMuPolicy.load(), PerMuPolicy.ABOVE_SCALE).partitions(2)
        .evaluate(LocalSpark.session().sql("select 'f1' as entity, '2024' as period, '5' as land"), List.of(YEAR)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the classes of above-scale are by shares within county, so the data needs a column"
            + " county to keep each group in one part, but its columns are entity, period, land");
  }

  @Test
  void anEntityInTwoCountiesIsRefusedWhereClassesAreByCounty() {
    List<List<String>> cells = List.of(
        List.of("entity", "period", "county", "scale", "land", "tax"),
        List.of("a", "2022", "东区", "规上", "10", "5"),
        List.of("a", "2023", "西区", "规上", "10", "6"),
        List.of("b", "2022", "西区", "规上", "10", "7"));
    assertThatThrownBy(() -> KaoheSpark.of(PerMuPolicy.load(), PerMuPolicy.ABOVE_SCALE).partitions(3)
        .evaluate(TiesAcrossPartitionsTest.frame(cells, 2), List.of(Period.year(2022), Period.year(2023))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the classes of above-scale are by shares within county, so each part holds whole groups of county,"
            + " but these entities are in several: a. Give each entity one county in the data (the rows of one period,"
            + " say), or evaluate on one machine (kaohe score).");
  }

  @Test
  void aBadRowOfADeclaredEntitysSchemeEvaluatedOnTheDriverGivesTheCommandLinesProblems() throws Exception {
    Policy policy = KaifengPolicy.load();
    String scheme = KaifengPolicy.INDUSTRIAL_CLUSTER_ZONES;
    String csv;
    try (var in = KaifengPolicy.sampleData().get(scheme).openStream()) {
      csv = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    List<List<String>> cells = new ArrayList<>();
    io.github.kaohe.data.CsvSheet.parse(csv, "zones.csv").forEach(r -> cells.add(new ArrayList<>(r.cells())));
    cells.get(3).set(2, "一百万"); // row 4: text where value-added-total is a number
    DataSheet sheet = DataSheet.of("input", cells);
    DataException cli = catchThrowableOfType(DataException.class,
        () -> DataReader.forScheme(policy.scheme(scheme)).ignoringColumnsOfOtherSchemes(policy).read(List.of(sheet)));
    DataException spark = catchThrowableOfType(DataException.class,
        () -> KaoheSpark.of(policy, scheme).evaluate(Frames.of(sheet, 1), List.of(Period.year(2015))));
    assertThat(cli.problems()).hasSize(1);
    assertThat(spark.problems()).containsExactlyElementsOf(cli.problems());
  }
}
