package io.github.kaohe.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.CsvSheet;
import io.github.kaohe.data.DataReader;
import io.github.kaohe.data.DataSheet;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.Explanation;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.policy.kaifeng.KaifengPolicy;
import io.github.kaohe.policy.permu.PerMuPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two real policies on Spark, every value of every row against the in-memory engine reading
 * the same cells as the command line does. Per-mu: each county's mean is the benchmark, a firm
 * without emissions takes its county's mean points, and classes A–D are by shares within the
 * county; the 360 firms and 40 twins (the same figures under another name, so totals tie) are
 * spread over 9 partitions. Kaifeng: the zones schemes declare their entities and have rules over
 * earlier periods, evaluated on the driver.
 */
class RealPoliciesTest {

  @ParameterizedTest
  @ValueSource(strings = {PerMuPolicy.ABOVE_SCALE, PerMuPolicy.BELOW_SCALE})
  void perMuFirmsGetTheEnginesPointsPlacesAndClasses(String schemeId) throws IOException {
    Policy policy = PerMuPolicy.load();
    DataSheet file = sheet(PerMuPolicy.sampleData().get(schemeId), "firms-2022.csv");
    List<List<String>> cells = new ArrayList<>();
    file.forEach(r -> cells.add(r.cells()));
    for (int i = 1; i <= 40; i++) { // twins of the first 40 firms: ties in every county
      List<String> twin = new ArrayList<>(cells.get(i));
      twin.set(0, twin.get(0) + "-twin");
      cells.add(twin);
    }
    Period year = Period.year(2022);
    Dataset<Row> frame = Frames.of(DataSheet.of("input", cells), 9).cache();
    try {
      Scheme scheme = policy.scheme(schemeId);
      SchemeResult expected = Evaluator.of(policy).evaluate(schemeId,
          DataReader.forScheme(scheme).ignoringColumnsOfOtherSchemes(policy).read(List.of(Frames.sheet(frame))), year);
      assertThat(expected.entities()).hasSizeGreaterThan(60);
      try (SparkEvaluation spark = KaoheSpark.of(policy, schemeId).partitions(9).evaluate(frame, List.of(year))) {
        SameResults.assertSame(scheme, expected, spark.results());
        assertThat(spark.results().select("`Class grade`").distinct().count()).as("classes A to D").isEqualTo(4);
        // explained as kaohe explain does: a firm whose emissions stand in by its county's mean points, and a twin
        int emissions = cells.get(0).indexOf("emissions");
        List<String> chosen = new ArrayList<>();
        cells.stream().skip(1).filter(c -> c.get(emissions).isEmpty()).map(c -> c.get(0))
            .filter(id -> expected.entity(id).isPresent()).findFirst().ifPresent(chosen::add);
        chosen.add(cells.get(1).get(0) + "-twin");
        chosen.removeIf(id -> expected.entity(id).isEmpty());
        assertThat(chosen).isNotEmpty();
        Map<String, String> text = spark.explain(year, chosen, Language.ZH);
        for (String id : chosen) {
          assertThat(text.get(id)).as("explanation of %s", id)
              .isEqualTo(Explanation.of(expected, expected.entity(id).orElseThrow(), Language.ZH));
        }
      }
    } finally {
      frame.unpersist();
    }
  }

  @org.junit.jupiter.api.Test
  void perMuFirmsInTwoYearsGetEachYearsResults() throws IOException {
    Policy policy = PerMuPolicy.load();
    DataSheet file = sheet(PerMuPolicy.sampleData().get(PerMuPolicy.ABOVE_SCALE), "firms-2022.csv");
    List<List<String>> cells = new ArrayList<>();
    file.forEach(r -> cells.add(r.cells()));
    int tax = cells.get(0).indexOf("tax");
    int rows = cells.size();
    for (int i = 1; i < rows; i++) { // 2023: the same firms, a cent more tax every third one
      List<String> next = new ArrayList<>(cells.get(i));
      next.set(1, "2023");
      if (i % 3 == 0 && !next.get(tax).isEmpty()) {
        next.set(tax, new java.math.BigDecimal(next.get(tax)).add(new java.math.BigDecimal("0.01")).toPlainString());
      }
      cells.add(next);
    }
    List<Period> years = List.of(Period.year(2022), Period.year(2023));
    Dataset<Row> frame = Frames.of(DataSheet.of("input", cells), 7).cache();
    try {
      Scheme scheme = policy.scheme(PerMuPolicy.ABOVE_SCALE);
      List<SchemeResult> expected = Evaluator.of(policy).evaluate(PerMuPolicy.ABOVE_SCALE,
          DataReader.forScheme(scheme).ignoringColumnsOfOtherSchemes(policy).read(List.of(Frames.sheet(frame))), years);
      try (SparkEvaluation spark = KaoheSpark.of(policy, PerMuPolicy.ABOVE_SCALE).partitions(7).evaluate(frame, years)) {
        for (SchemeResult e : expected) {
          SameResults.assertSame(scheme, e, spark.results());
        }
      }
    } finally {
      frame.unpersist();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {KaifengPolicy.INDUSTRIAL_CLUSTER_ZONES, KaifengPolicy.SERVICE_ZONES})
  void kaifengZonesGetTheEnginesResultsInEveryPeriod(String schemeId) throws IOException {
    Policy policy = KaifengPolicy.load();
    DataSheet file = sheet(KaifengPolicy.sampleData().get(schemeId), schemeId + ".csv");
    Dataset<Row> frame = Frames.of(file, 5).cache();
    try {
      Scheme scheme = policy.scheme(schemeId);
      List<SchemeResult> expected = inEveryPeriod(policy, schemeId, frame);
      List<Period> periods = expected.stream().map(SchemeResult::period).toList();
      try (SparkEvaluation spark = KaoheSpark.of(policy, schemeId).partitions(5).evaluate(frame, periods)) {
        for (SchemeResult e : expected) {
          SameResults.assertSame(scheme, e, spark.results());
        }
        assertThat(spark.results().count()).isEqualTo(expected.stream().mapToLong(r -> r.entities().size()).sum());
      }
    } finally {
      frame.unpersist();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {KaifengPolicy.INDUSTRIAL_PROJECTS, KaifengPolicy.SERVICE_PROJECTS})
  void kaifengProjectRegistersGetTheEnginesClassesChecksMeasuresAndTargets(String schemeId) throws IOException {
    Policy policy = KaifengPolicy.load();
    Scheme scheme = policy.scheme(schemeId);
    assertThat(scheme.entities()).as("evaluated in parts, not on the driver").isEmpty();
    DataSheet file = sheet(KaifengPolicy.sampleData().get(schemeId), schemeId + ".csv");
    Dataset<Row> frame = Frames.of(file, 4).cache();
    try {
      List<SchemeResult> expected = inEveryPeriod(policy, schemeId, frame);
      List<Period> periods = expected.stream().map(SchemeResult::period).toList();
      try (SparkEvaluation spark = KaoheSpark.of(policy, schemeId).partitions(6).evaluate(frame, periods)) {
        for (SchemeResult e : expected) {
          SameResults.assertSame(scheme, e, spark.results());
        }
        // the yearly count of major projects against its target: a figure of every project of the year
        List<Row> targets = expected.stream().flatMap(r -> r.targets().stream()).map(RuleColumns::targetRow).toList();
        assertThat(targets).isNotEmpty();
        assertThat(spark.targets().collectAsList()).containsExactlyInAnyOrderElementsOf(targets);
      }
    } finally {
      frame.unpersist();
    }
  }

  @Test
  void kaifengCrossAreaFirmsShareTheirTaxesInParts() throws IOException {
    Policy policy = KaifengPolicy.load();
    String schemeId = KaifengPolicy.CROSS_AREA_FIRMS;
    Scheme scheme = policy.scheme(schemeId);
    DataSheet file = sheet(KaifengPolicy.sampleData().get(schemeId), schemeId + ".csv");
    Dataset<Row> frame = Frames.of(file, 3).cache();
    try {
      List<SchemeResult> expected = inEveryPeriod(policy, schemeId, frame);
      List<Period> periods = expected.stream().map(SchemeResult::period).toList();
      KaoheSpark kaohe = KaoheSpark.of(policy, schemeId);
      assertThat(kaohe.onDriverBecause()).as("evaluated in parts").isEmpty();
      try (SparkEvaluation spark = kaohe.partitions(4).evaluate(frame, periods)) {
        for (SchemeResult e : expected) {
          SameResults.assertSame(scheme, e, spark.results());
        }
        // worked from the sample's first row: 4056890.56 yuan of VAT in 2014, split 5 : 5, rounded down to the fen
        Row first = spark.results().filter("Entity = '开封金源机械有限公司' and Period = '2014'").first();
        assertThat((String) first.getAs("Tax shares")).startsWith("five-five/vat 4056890.56: investing 兰考县 2028445.28,"
            + " receiving 尉氏县产业集聚区 2028445.28 (remainder); five-five/business-tax 32483.93: investing 兰考县 16241.96,"
            + " receiving 尉氏县产业集聚区 16241.97 (remainder)");
      }
    } finally {
      frame.unpersist();
    }
  }

  @Test
  void aSchemeThatNeedsTheWholePopulationGetsTheEnginesResultsOnTheDriver() {
    Policy policy = BadInputTest.medianPolicy();
    Scheme scheme = policy.scheme("firms");
    Dataset<Row> frame = TiesAcrossPartitionsTest.frame(TiesAcrossPartitionsTest.cells(), 5);
    io.github.kaohe.data.Dataset data =
        DataReader.forScheme(scheme).read(List.of(Frames.sheet(frame)));
    List<Period> years = List.of(TiesAcrossPartitionsTest.YEAR);
    SchemeResult expected = Evaluator.of(policy).evaluate("firms", data, years).get(0);
    assertThat(expected.entities().get(0).measures()).containsKey("median-tax");
    try (SparkEvaluation spark = KaoheSpark.of(policy, "firms").onDriverUpTo(600).evaluate(frame, years)) {
      SameResults.assertSame(scheme, expected, spark.results());
    }
  }

  /** The in-memory engine's results of the scheme in every period of the frame's cells, read as a CSV file is. */
  private static List<SchemeResult> inEveryPeriod(Policy policy, String schemeId, Dataset<Row> frame) {
    io.github.kaohe.data.Dataset data = DataReader.forScheme(policy.scheme(schemeId))
        .ignoringColumnsOfOtherSchemes(policy).read(List.of(Frames.sheet(frame)));
    return Evaluator.of(policy).evaluate(schemeId, data, data.periods().stream().sorted().toList());
  }

  private static DataSheet sheet(URL url, String name) throws IOException {
    try (InputStream in = url.openStream()) {
      return CsvSheet.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
    }
  }
}
