package io.github.kaohe.rules.test;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.OutcomeResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.load.Problem;
import io.github.kaohe.model.Policy;
import java.util.Arrays;
import java.util.List;

/**
 * A small policy to hang rule tables on: one scheme {@code zones} scored by one indicator,
 * {@code tax} (proportional to the best, 10 points), so that the zone with the most tax takes
 * place 1. Its total is {@code 10 × tax / best}, rounded to 2 decimals. Attributes {@code kind}
 * and {@code county}; actions {@code commendation}, {@code criticism} and {@code promotion}.
 */
final class RuleFixture {
  static final String FILE = "rules-fixture.yaml";

  private static final String HEAD =
      """
      kaohe: 1
      id: rules-fixture
      name: {zh: 规则测试, en: Rules fixture}
      version: "1.0"
      source:
        title: {zh: 测试文件, en: Test document}
        issuer: 测试办公室
        date: 2020-01-15
      arithmetic:
        points: {scale: 2, rounding: half-up}
        totals: {scale: 2, rounding: half-up}
      actions:
        - {id: commendation, name: {zh: 通报表彰, en: Public commendation}, kind: reward}
        - {id: criticism, name: {zh: 通报批评, en: Public criticism}, kind: sanction}
        - {id: promotion, name: {zh: 优先提拔, en: Considered first for promotion}, kind: reward}
      schemes:
        - id: zones
          name: {zh: 园区, en: Zones}
          total: 10
          attributes: [kind, county]
          defaults: {missing: zero-points}
          categories:
            - id: size
              name: {zh: 规模, en: Size}
              weight: 10
              indicators:
                - {id: tax, name: {zh: 税收, en: Tax}, unit: 万元, weight: 10, method: proportional-to-best}
      """;

  private RuleFixture() {}

  /** The policy's YAML with {@code scheme} (facts, measures, tables, … at no indentation) added to the scheme. */
  static String yaml(String scheme) {
    return HEAD + scheme.stripIndent().indent(4);
  }

  static Policy load(String scheme) {
    return PolicyLoader.create().load(yaml(scheme), FILE);
  }

  /** The problems of the policy with these rules. */
  static List<Problem> problems(String scheme) {
    return PolicyLoader.create().check(yaml(scheme), FILE);
  }

  /** The 1-based line of the first line of {@link #yaml} that contains {@code text}. */
  static int lineOf(String scheme, String text) {
    return YamlLines.lineOf(yaml(scheme), text);
  }

  static Dataset data(Policy policy, String csv) {
    return CsvDataReader.forScheme(policy.scheme("zones")).read(csv.stripIndent(), "data.csv");
  }

  /** The scheme evaluated in these periods, in order. */
  static List<SchemeResult> evaluate(Policy policy, String csv, Period... periods) {
    return Evaluator.of(policy).evaluate("zones", data(policy, csv), Arrays.asList(periods));
  }

  /** The scheme evaluated in one year. */
  static SchemeResult evaluate(Policy policy, String csv, int year) {
    return evaluate(policy, csv, Period.year(year)).get(0);
  }

  static EntityResult entity(SchemeResult result, String id) {
    return result.entity(id).orElseThrow(() -> new AssertionError("no result for " + id));
  }

  /** The entity's outcomes from one table, in order. */
  static List<OutcomeResult> outcomes(SchemeResult result, String entity, String table) {
    return entity(result, entity).outcomes().stream().filter(o -> o.table().equals(table)).toList();
  }

  /** "row:STATUS" for each outcome, for compact assertions. */
  static List<String> rowsAndStatus(List<OutcomeResult> outcomes) {
    return outcomes.stream().map(o -> o.row() + ":" + o.status()).toList();
  }
}
