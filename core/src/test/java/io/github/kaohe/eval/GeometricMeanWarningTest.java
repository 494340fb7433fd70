package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import org.junit.jupiter.api.Test;

/** A geometric mean that meets a part of 0 points or fewer scores 0, and the result says so. */
class GeometricMeanWarningTest {
  private static final Period YEAR = Period.year(2023);

  private static SchemeResult evaluate(String aggregation, String data) {
    Policy p = PolicyLoader.create().load("""
        kaohe: 1
        id: index
        name: {zh: 指数, en: Index}
        version: "1"
        source: {title: {zh: 测试, en: Test}, issuer: 测试, date: 2023-01-01}
        arithmetic: {points: {scale: 2, rounding: half-up}, totals: {scale: 2, rounding: half-up}}
        schemes:
          - id: firms
            name: {zh: 企业, en: Firms}
            total: 10
            defaults: {missing: zero-points}
            categories:
              - id: growth
                name: {zh: 发展, en: Growth}
                weight: 10
                aggregation: %s
                indicators:
                  - {id: output, name: {zh: 产出, en: Output}, weight: 5, method: {type: direct-points, outOfRange: clamp}}
                  - {id: green, name: {zh: 绿色, en: Green}, weight: 5, method: {type: direct-points, outOfRange: clamp}}
        """.formatted(aggregation), "index.yaml");
    Dataset d = CsvDataReader.forScheme(p.scheme("firms")).withPeriod(YEAR).read(data, "firms.csv");
    return Evaluator.of(p).evaluate("firms", d, YEAR);
  }

  @Test
  void aZeroInAGeometricMeanIsWarnedOfWithTheEntityTheCategoryAndTheValue() {
    SchemeResult r = evaluate("geometric-mean", "entity,output,green\na,5,0\nb,5,5\nc,0,0\n");

    assertThat(r.entity("a").orElseThrow().category("growth").orElseThrow().points()).isEqualByComparingTo("0");
    assertThat(r.warnings()).extracting(EvaluationProblem::toString).containsExactly(
        "firms 2023 a growth: the geometric mean of 'growth' (发展) meets a value of 0 or less"
            + " ('green' (绿色) has 0.00 points): it is taken as 0, so the category scores 0",
        "firms 2023 c growth: the geometric mean of 'growth' (发展) meets a value of 0 or less"
            + " ('output' (产出) has 0.00 points, 'green' (绿色) has 0.00 points): it is taken as 0, so the category scores 0");
  }

  @Test
  void noWarningWhenEveryPartIsPositiveOrTheMeanIsArithmetic() {
    assertThat(evaluate("geometric-mean", "entity,output,green\na,5,1\nb,5,5\n").warnings()).isEmpty();
    assertThat(evaluate("arithmetic-mean", "entity,output,green\na,5,0\nb,5,5\n").warnings()).isEmpty();
  }
}
