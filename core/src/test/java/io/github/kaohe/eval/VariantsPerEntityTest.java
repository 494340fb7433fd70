package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import org.junit.jupiter.api.Test;

/**
 * Parameters that vary by entity ({@link Variants}): each entity is scored with its own values when
 * two parameters vary together or its group has none, and an entity whose parameter cannot be
 * found or cannot be used is a problem named in full.
 */
class VariantsPerEntityTest {
  private static final Period YEAR = Period.year(2023);

  private static Policy policy(String method) {
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
            total: 10
            attributes: [county]
            defaults: {missing: zero-points}
            facts:
              - {id: top, name: {zh: 上限, en: Top}, type: number, unit: 万元/亩}
            categories:
              - id: all
                name: {zh: 全部, en: All}
                weight: 10
                indicators:
                  - {id: tax-per-mu, name: {zh: 亩均税收, en: Tax per mu}, unit: 万元/亩, weight: 10, method: %s}
        """.formatted(method), "per-mu.yaml");
  }

  private static SchemeResult evaluate(String method, String csv) {
    Policy p = policy(method);
    Dataset data = CsvDataReader.forScheme(p.scheme("firms")).withPeriod(YEAR).read(csv, "firms.csv");
    return Evaluator.of(p).evaluate("firms", data, YEAR);
  }

  private static String points(SchemeResult r, String entity) {
    return r.entity(entity).orElseThrow().indicator("tax-per-mu").orElseThrow().points().toPlainString();
  }

  @Test
  void twoParametersThatVaryAreTakenTogetherPerEntity() {
    // lower per county (东区 0, 西区 10), upper from the data: a and b share a county, not an upper.
    // a: 10 × (20 − 0) / (40 − 0) = 5.00; b: 10 × (20 − 0) / (80 − 0) = 2.50; c: 10 × (20 − 10) / (40 − 10) = 3.33
    SchemeResult r = evaluate("{type: goalposts, lower: {by: county, values: {东区: 0, 西区: 10}}, upper: {column: top}}", """
        entity,county,tax-per-mu,top
        a,东区,20,40
        b,东区,20,80
        c,西区,20,40
        """);
    assertThat(points(r, "a")).isEqualTo("5.00");
    assertThat(points(r, "b")).isEqualTo("2.50");
    assertThat(points(r, "c")).isEqualTo("3.33");
  }

  @Test
  void entitiesWithoutAGroupTakeOtherwiseWithTheirOwnFigures() {
    // neither a nor b has a county: lower is otherwise 0 for both, upper their own. a: 10 × 20 / 40 = 5.00,
    // b: 10 × 20 / 80 = 2.50
    SchemeResult r = evaluate("{type: goalposts, lower: {by: county, values: {东区: 10}, otherwise: 0},"
        + " upper: {column: top}}", """
        entity,county,tax-per-mu,top
        a,,20,40
        b,,20,80
        """);
    assertThat(points(r, "a")).isEqualTo("5.00");
    assertThat(points(r, "b")).isEqualTo("2.50");
  }

  @Test
  void oneParameterPerCountyScoresEachCountyByItsOwn() {
    // benchmark 东区 20, 西区 40: a: 10 × 20 / 20 = 10.00, b: 10 × 20 / 40 = 5.00, c (东区 again): 10 × 10 / 20 = 5.00
    SchemeResult r = evaluate("{type: ratio-to-benchmark, benchmark: {by: county, values: {东区: 20, 西区: 40}}}", """
        entity,county,tax-per-mu
        a,东区,20
        b,西区,20
        c,东区,10
        """);
    assertThat(points(r, "a")).isEqualTo("10.00");
    assertThat(points(r, "b")).isEqualTo("5.00");
    assertThat(points(r, "c")).isEqualTo("5.00");
  }

  @Test
  void aBenchmarkReadFromTheDataThatIsMissingIsAProblemOfThatEntityAlone() {
    assertThatThrownBy(() -> evaluate("{type: ratio-to-benchmark, benchmark: {column: top}}", """
        entity,county,tax-per-mu,top
        a,东区,20,40
        b,东区,20,
        """))
        .isInstanceOfSatisfying(EvaluationException.class, e -> assertThat(e.problems())
            .extracting(EvaluationProblem::message)
            .containsExactly("the benchmark is read from top, which has no value in 2023"));
  }

  @Test
  void aBenchmarkReadFromTheDataThatTheMethodRefusesIsAProblemOfThatEntityAlone() {
    // b's benchmark is 0: the method refuses it, and that was an IllegalArgumentException naming no entity
    assertThatThrownBy(() -> evaluate("{type: ratio-to-benchmark, benchmark: {column: top}}", """
        entity,county,tax-per-mu,top
        a,东区,20,40
        b,东区,20,0
        """))
        .isInstanceOfSatisfying(EvaluationException.class, e -> {
          assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.entity()).isEqualTo("b"));
          assertThat(e.problems()).extracting(EvaluationProblem::message)
              .singleElement().asString().contains("benchmark must be greater than 0, but was 0");
        });
  }

  @Test
  void aCountysStatisticWithoutValuesIsAProblemNamingTheCounty() {
    assertThatThrownBy(() -> evaluate("{type: ratio-to-benchmark, benchmark: {statistic: mean, within: county}, cap: none}", """
        entity,county,tax-per-mu
        a,东区,20
        b,西区,
        c,,20
        """))
        .isInstanceOfSatisfying(EvaluationException.class, e -> assertThat(e.problems())
            .extracting(EvaluationProblem::message)
            .containsExactly(
                "the benchmark is the mean of county '西区', but no value is there",
                "the benchmark is the mean of a group the entity has no county for, but no value is there"));
  }

  @Test
  void theStatisticOfEveryEntityWithoutAnyValueIsAProblem() {
    assertThatThrownBy(() -> evaluate("{type: ratio-to-benchmark, benchmark: {statistic: mean}, cap: none}", """
        entity,county,tax-per-mu
        a,东区,
        """))
        .isInstanceOfSatisfying(EvaluationException.class, e -> assertThat(e.problems())
            .extracting(EvaluationProblem::message)
            .containsExactly("the benchmark is the mean of every entity's value, but no value is there"));
  }
}
