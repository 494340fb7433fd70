package io.github.kaohe.eval;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;

/**
 * One-scheme policies for the tests of {@link PartEvaluator}: firms scored on their tax alone
 * (proportional to the best, 10 points), in a county and a zone, with whatever rules a test adds.
 */
final class PartEvaluatorPolicies {
  private PartEvaluatorPolicies() {}

  private static final String TAX = """
      categories:
        - id: size
          name: {zh: 规模, en: Size}
          weight: 10
          indicators:
            - {id: tax, name: {zh: 税收, en: Tax}, unit: 万元, weight: 10, method: proportional-to-best}
      """;

  /** The policy whose scheme {@code firms} has these extra keys (rules, classes, ...), written at the scheme's level. */
  static Policy policy(String extra) {
    return policy(TAX, extra);
  }

  /** The policy whose scheme {@code firms} has these categories and extra keys. */
  static Policy policy(String categories, String extra) {
    return PolicyLoader.create().load("""
        kaohe: 1
        id: parts
        name: {zh: 分区, en: Parts}
        version: "1"
        source: {title: {zh: 文件, en: Document}, issuer: 办公室, date: 2024-01-15}
        actions:
          - {id: commendation, name: {zh: 通报表彰, en: Public commendation}, kind: reward}
        schemes:
          - id: firms
            name: {zh: 企业, en: Firms}
            total: 10
            attributes: [county, zone]
            defaults: {missing: zero-points}
        %s%s""".formatted(categories.indent(4), extra.indent(4)), "parts.yaml");
  }

  static Scheme scheme(String extra) {
    return policy(extra).scheme("firms");
  }

  /** Data of the scheme from CSV with a period column. */
  static Dataset data(Policy policy, String csv) {
    return CsvDataReader.forScheme(policy.scheme("firms")).read(csv, "parts.csv");
  }

  /** A class by cut-offs of {@code of}, in YAML, to put under {@code classes:}. */
  static String cutoffs(String id, String of) {
    return """
        - id: %s
          name: {zh: 等次, en: Grade}
          basis: cutoffs
          of: %s
          tiers:
            - {id: A, name: {zh: 优秀, en: Excellent}, from: 8}
            - {id: B, name: {zh: 一般, en: Fair}}
          unclassed: {id: none, name: {zh: 不参评, en: Not classified}}
        """.formatted(id, of);
  }

  /** A class by shares of the ranked, within an attribute or (null) of the whole population, to put under {@code classes:}. */
  static String shares(String id, String within) {
    return """
        - id: %s
          name: {zh: 比例等次, en: Grade by share}
          basis: shares
        %s  tiers:
            - {id: A, name: {zh: 优秀, en: Excellent}, share: 0.5}
            - {id: B, name: {zh: 一般, en: Fair}}
          unclassed: {id: none, name: {zh: 不参评, en: Not classified}}
        """.formatted(id, within == null ? "" : "  within: " + within + "\n");
  }
}
