package io.github.kaohe.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EvaluationException;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.load.PolicyWriter;
import io.github.kaohe.model.Policy;
import org.junit.jupiter.api.Test;

/** Parameters that vary by entity: per group, from the data, or the group's average; ratios without a cap. */
class GroupParameterTest {
  static final Period YEAR = Period.year(2023);

  static Policy policy(String method) {
    return PolicyLoader.create().load("""
        kaohe: 1
        id: per-mu
        name: {zh: 亩均, en: Per mu}
        version: "1"
        source: {title: {zh: 测试, en: Test}, issuer: 测试, date: 2023-01-01}
        arithmetic:
          points: {scale: 2, rounding: half-up}
          totals: {scale: 2, rounding: half-up}
        schemes:
          - id: firms
            name: {zh: 企业, en: Firms}
            total: 40
            attributes: [county]
            defaults: {missing: zero-points}
            facts:
              - {id: bench, name: {zh: 基准值, en: Benchmark}, type: number, unit: 万元/亩}
            categories:
              - id: all
                name: {zh: 全部, en: All}
                weight: 40
                indicators:
                  - {id: tax-per-mu, name: {zh: 亩均税收, en: Tax per mu}, unit: 万元/亩, weight: 40, method: %s}
        """.formatted(method), "per-mu.yaml");
  }

  static final String DATA = """
      entity,county,tax-per-mu,bench
      a,东区,30,20
      b,东区,10,20
      c,西区,15,10
      d,西区,5,10
      """;

  static SchemeResult evaluate(Policy p) {
    Dataset data = CsvDataReader.forScheme(p.scheme("firms")).withPeriod(YEAR).read(DATA, "firms.csv");
    return Evaluator.of(p).evaluate("firms", data, YEAR);
  }

  static String points(SchemeResult r, String entity) {
    return r.entity(entity).orElseThrow().indicator("tax-per-mu").orElseThrow().points().toPlainString();
  }

  @Test
  void theBenchmarkIsTheCountysAverage() {
    // 东区: mean (30 + 10) / 2 = 20, so a: 40 × 30 / 20 = 60 without a cap, b: 40 × 10 / 20 = 20;
    // 西区: mean 10, so c: 40 × 15 / 10 = 60, d: 20
    SchemeResult r = evaluate(policy("{type: ratio-to-benchmark, benchmark: {statistic: mean, within: county}, cap: none}"));
    assertThat(points(r, "a")).isEqualTo("60.00");
    assertThat(points(r, "b")).isEqualTo("20.00");
    assertThat(points(r, "c")).isEqualTo("60.00");
    assertThat(points(r, "d")).isEqualTo("20.00");
    assertThat(r.entity("a").orElseThrow().indicator("tax-per-mu").orElseThrow().formula()).isEqualTo("40 × 30 / 20 = 60.00");
    assertThat(r.entity("a").orElseThrow().indicator("tax-per-mu").orElseThrow().rule().zh()).isEqualTo("与基准值 20 之比，不封顶");
  }

  @Test
  void aCapStillCapsWhenTheBenchmarkVaries() {
    SchemeResult r = evaluate(policy("{type: ratio-to-benchmark, benchmark: {statistic: mean, within: county}, cap: 1.2}"));
    assertThat(points(r, "a")).isEqualTo("48.00"); // 60 capped at 1.2 × 40
  }

  @Test
  void theBenchmarkIsGivenPerCounty() {
    SchemeResult r = evaluate(policy("{type: ratio-to-benchmark, benchmark: {by: county, values: {东区: 30, 西区: 15}}}"));
    assertThat(points(r, "a")).isEqualTo("40.00");
    assertThat(points(r, "b")).isEqualTo("13.33");
    assertThat(points(r, "d")).isEqualTo("13.33");
  }

  @Test
  void theBenchmarkIsReadFromTheData() {
    SchemeResult r = evaluate(policy("{type: ratio-to-benchmark, benchmark: {column: bench}, cap: none}"));
    assertThat(points(r, "a")).isEqualTo("60.00"); // 40 × 30 / 20
    assertThat(points(r, "c")).isEqualTo("60.00"); // 40 × 15 / 10
  }

  @Test
  void aCountyWithoutABenchmarkIsAProblemOfEachOfItsFirms() {
    assertThatThrownBy(() -> evaluate(policy("{type: ratio-to-benchmark, benchmark: {by: county, values: {东区: 30}}}")))
        .isInstanceOf(EvaluationException.class)
        .hasMessageContaining("firms 2023 c tax-per-mu: no benchmark for county '西区': add it to the values, or give otherwise")
        .hasMessageContaining("firms 2023 d tax-per-mu: no benchmark for county '西区'");
  }

  @Test
  void goalpostsTakeConstantFormulas() {
    // lower ln(1) = 0, upper ln(100): a value of ln(100) / 2 scores half
    Policy p = policy("{type: goalposts, lower: ln(1), upper: ln(100)}");
    assertThat(p.scheme("firms").indicator("tax-per-mu").method().toString()).contains("4.605170185988091368035982909368728");
  }

  @Test
  void varyingParametersAreWrittenBack() {
    Policy p = policy("{type: ratio-to-benchmark, benchmark: {statistic: median, within: county}, cap: none}");
    Policy again = PolicyLoader.create().load(PolicyWriter.toYaml(p), "again.yaml");
    assertThat(again.scheme("firms").indicator("tax-per-mu").method()).isEqualTo(p.scheme("firms").indicator("tax-per-mu").method());
  }
}
