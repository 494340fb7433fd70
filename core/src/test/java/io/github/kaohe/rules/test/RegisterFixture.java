package io.github.kaohe.rules.test;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.load.Problem;
import io.github.kaohe.model.Policy;
import java.util.List;

/**
 * A policy of two registers (schemes without categories, that score nothing): {@code zones},
 * declared with their {@code district} ({@code east}, alias 东园, in the new district;
 * {@code west} in the old town), and {@code firms}, whose facts and rules each test supplies and
 * whose entities come from the data.
 */
final class RegisterFixture {
  static final String FILE = "register-fixture.yaml";

  private static final String HEAD =
      """
      kaohe: 1
      id: register-fixture
      name: {zh: 登记测试, en: Register fixture}
      version: "1.0"
      source:
        title: {zh: 测试文件, en: Test document}
        issuer: 测试办公室
        date: 2020-01-15
      schemes:
        - id: zones
          name: {zh: 园区, en: Zones}
          attributes: [district]
          entities:
            - {id: east, name: {zh: 东区, en: East zone}, aliases: [东园], attributes: {district: new}}
            - {id: west, name: {zh: 西区, en: West zone}, attributes: {district: old}}
        - id: firms
          name: {zh: 企业, en: Firms}
      """;

  private RegisterFixture() {}

  /** The policy's YAML with {@code scheme} (attributes, facts, … at no indentation) added to {@code firms}. */
  static String yaml(String scheme) {
    // the rounding last, so that the lines above keep their numbers
    return HEAD + scheme.stripIndent().indent(4) + "arithmetic: {points: {scale: 2, rounding: half-up}, totals: {scale: 2, rounding: half-up}}\n";
  }

  static Policy load(String scheme) {
    return PolicyLoader.create().load(yaml(scheme), FILE);
  }

  static List<Problem> problems(String scheme) {
    return PolicyLoader.create().check(yaml(scheme), FILE);
  }

  /** The 1-based line of the first line of {@link #yaml} that contains {@code text}. */
  static int lineOf(String scheme, String text) {
    return YamlLines.lineOf(yaml(scheme), text);
  }

  /** The firms evaluated in one year. */
  static SchemeResult evaluate(Policy policy, String csv, int year) {
    var data = CsvDataReader.forScheme(policy.scheme("firms")).read(csv.stripIndent(), "firms.csv");
    return Evaluator.of(policy).evaluate("firms", data, Period.year(year));
  }

  static EntityResult entity(SchemeResult result, String id) {
    return result.entity(id).orElseThrow(() -> new AssertionError("no result for " + id));
  }
}
