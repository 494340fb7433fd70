package io.github.kaohe.eval;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;

/**
 * Policies for the tests of {@link ScoringRun}: a scheme {@code firms} with the attribute
 * {@code county}, the facts and indicators given (a missing value scores zero unless they say
 * otherwise), and data read from CSV text for 2023.
 */
final class ScoringRunPolicies {
  private ScoringRunPolicies() {}

  static final Period YEAR = Period.year(2023);

  /**
   * @param totals the totals' arithmetic, e.g. {@code {scale: 2, rounding: half-up}}
   * @param facts the facts' lines, or an empty string
   * @param indicators the indicators' lines of the one category {@code all}, whose weight is {@code weight}
   * @param extra lines of the scheme after its categories (adjustments), or an empty string
   */
  static Policy policy(String totals, String facts, String weight, String indicators, String extra) {
    return PolicyLoader.create().load("""
        kaohe: 1
        id: run
        name: {zh: 评价, en: Run}
        version: "1"
        source: {title: {zh: 测试, en: Test}, issuer: 测试, date: 2023-01-01}
        arithmetic:
          points: {scale: 2, rounding: half-up}
          totals: %s
        schemes:
          - id: firms
            name: {zh: 企业, en: Firms}
            total: %s
            attributes: [county]
            defaults: {missing: zero-points}
            facts:
        %s
            categories:
              - id: all
                name: {zh: 全部, en: All}
                weight: %s
                indicators:
        %s
        %s
        """.formatted(totals, weight, facts.isEmpty() ? "      []" : facts.indent(6).stripTrailing(), weight,
        indicators.indent(10).stripTrailing(), extra.indent(4).stripTrailing()), "run.yaml");
  }

  static Dataset data(Policy p, String csv) {
    return CsvDataReader.forScheme(p.scheme("firms")).withPeriod(YEAR).read(csv, "firms.csv");
  }

  static SchemeResult evaluate(Policy p, String csv) {
    return Evaluator.of(p).evaluate("firms", data(p, csv), YEAR);
  }

  static String points(SchemeResult r, String entity, String indicator) {
    return r.entity(entity).orElseThrow().indicator(indicator).orElseThrow().points().toPlainString();
  }

  static String total(SchemeResult r, String entity) {
    return r.entity(entity).orElseThrow().total().toPlainString();
  }
}
