package io.github.kaohe.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.DataReader;
import io.github.kaohe.data.DataSheet;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * 600 firms whose values take three levels each, so that runs of tied totals hundreds long
 * straddle the borders of 8 sorted partitions: competition, dense and ordinal places, and places
 * within counties, equal the in-memory engine's, in wide and in long form.
 */
class TiesAcrossPartitionsTest {
  static final Period YEAR = Period.year(2024);
  private static final int FIRMS = 600;

  static Policy policy(String ties) {
    return PolicyLoader.create().load(yaml(ties), "ties.yaml");
  }

  /** The policy's text: firms by tax and growth, placed overall and within counties. */
  static String yaml(String ties) {
    return """
        kaohe: 1
        id: ties
        name: {zh: 并列, en: Ties}
        version: "1"
        source: {title: {zh: 文件, en: Document}, issuer: 办公室, date: 2024-01-15}
        schemes:
          - id: firms
            name: {zh: 企业, en: Firms}
            total: 10
            attributes: [county]
            defaults: {missing: zero-points}
            categories:
              - id: size
                name: {zh: 规模, en: Size}
                weight: 10
                indicators:
                  - {id: tax, name: {zh: 税收, en: Tax}, unit: 万元, weight: 6, method: proportional-to-best}
                  - {id: growth, name: {zh: 增速, en: Growth}, unit: "%%", weight: 4,
                     method: {type: goalposts, lower: 0, upper: 10}}
            ranking:
              ties: %s
              groups: [county]
        """.formatted(ties);
  }

  /** Firm i: tax 10, 20 or 30; growth 0, 5 or 10; one of five counties; every 50th has no growth. */
  static List<List<String>> cells() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("entity", "period", "tax", "growth", "county"));
    for (int i = 0; i < FIRMS; i++) {
      rows.add(List.of("f" + i, YEAR.toString(), String.valueOf(10 * (1 + i % 3)),
          i % 50 == 0 ? "" : String.valueOf(5 * ((i / 3) % 3)), "c" + (i % 5)));
    }
    return rows;
  }

  static Dataset<Row> frame(List<List<String>> cells, int partitions) {
    StructType schema = DataTypes.createStructType(
        cells.get(0).stream().map(h -> DataTypes.createStructField(h, DataTypes.StringType, true)).toList());
    List<Row> rows = cells.subList(1, cells.size()).stream().map(r -> RowFactory.create(r.toArray())).toList();
    return LocalSpark.session().createDataFrame(rows, schema).repartition(partitions);
  }

  static SchemeResult expected(Policy policy, List<List<String>> cells) {
    return Evaluator.of(policy).evaluate("firms",
        DataReader.forScheme(policy.scheme("firms")).read(List.of(DataSheet.of("input", cells))), YEAR);
  }

  @ParameterizedTest
  @ValueSource(strings = {"competition", "dense", "ordinal"})
  void tiesStraddlingPartitionBordersShareTheirPlace(String ties) {
    Policy policy = policy(ties);
    List<List<String>> cells = cells();
    try (SparkEvaluation e = KaoheSpark.of(policy, "firms").partitions(8).evaluate(frame(cells, 5), List.of(YEAR))) {
      SameResults.assertSame(policy.scheme("firms"), expected(policy, cells), e.results());
      // the test means something only if runs of ties are long: fewer distinct places than firms
      assertThat(e.results().select("Total").distinct().count()).isLessThan(20);
    }
  }

  @Test
  void longFormGivesTheSameAsWideForm() {
    Policy policy = policy("competition");
    List<List<String>> wide = cells();
    List<List<String>> longForm = new ArrayList<>();
    longForm.add(List.of("entity", "period", "indicator", "value"));
    for (List<String> r : wide.subList(1, wide.size())) {
      longForm.add(List.of(r.get(0), r.get(1), "tax", r.get(2)));
      if (!r.get(3).isEmpty()) {
        longForm.add(List.of(r.get(0), r.get(1), "growth", r.get(3)));
      }
    }
    Policy noGroups = PolicyLoader.create().load(
        io.github.kaohe.load.PolicyWriter.toYaml(policy).replace("groups: [county]", "groups: []"), "ties.yaml");
    try (SparkEvaluation e = KaoheSpark.of(noGroups, "firms").partitions(3).evaluate(frame(longForm, 4), List.of(YEAR))) {
      SameResults.assertSame(noGroups.scheme("firms"), expected(noGroups, longForm), e.results());
    }
  }

  @Test
  void explainsAnEntityWithItsPlaceInTheWholePopulation() {
    Policy policy = policy("competition");
    List<List<String>> cells = cells();
    SchemeResult expected = expected(policy, cells);
    try (SparkEvaluation e = KaoheSpark.of(policy, "firms").partitions(6).evaluate(frame(cells, 3), List.of(YEAR))) {
      Map<String, String> text = e.explain(YEAR, List.of("f7", "f0"), Language.ZH);
      assertThat(text).containsOnlyKeys("f7", "f0");
      for (String id : List.of("f7", "f0")) {
        String inMemory = io.github.kaohe.eval.Explanation.of(expected, expected.entity(id).orElseThrow(), Language.ZH);
        assertThat(text.get(id)).isEqualTo(inMemory);
      }
    }
  }
}
