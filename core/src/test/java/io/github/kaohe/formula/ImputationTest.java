package io.github.kaohe.formula;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.Explanation;
import io.github.kaohe.eval.IndicatorResult;
import io.github.kaohe.eval.IndicatorStatus;
import io.github.kaohe.eval.ResultJson;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.load.PolicyWriter;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Policy;
import org.junit.jupiter.api.Test;

/** A missing value takes the others' mean or median value or points, overall or in the entity's group. */
class ImputationTest {
  static final Period YEAR = Period.year(2023);

  static Policy policy(String missing) {
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
            total: 20
            attributes: [county]
            categories:
              - id: all
                name: {zh: 全部, en: All}
                weight: 20
                indicators:
                  - {id: tax, name: {zh: 税收, en: Tax}, unit: 万元, weight: 10, method: proportional-to-best, missing: zero-points}
                  - {id: emission, name: {zh: 单位排放增加值, en: Value added per emission}, unit: 万元/吨, weight: 10,
                     method: proportional-to-best, missing: %s}
        """.formatted(missing), "per-mu.yaml");
  }

  static final String DATA = """
      entity,county,tax,emission
      a,东区,10,40
      b,东区,10,10
      c,东区,10,
      d,西区,10,20
      e,西区,10,
      """;

  static SchemeResult evaluate(Policy p) {
    return Evaluator.of(p).evaluate("firms", CsvDataReader.forScheme(p.scheme("firms")).withPeriod(YEAR).read(DATA, "f.csv"), YEAR);
  }

  static IndicatorResult emission(SchemeResult r, String entity) {
    return r.entity(entity).orElseThrow().indicator("emission").orElseThrow();
  }

  @Test
  void aFirmWithoutEmissionDataGetsTheAveragePointsOfTheOthersInItsCounty() {
    // points of the others: a 10 × 40/40 = 10.00, b 10 × 10/40 = 2.50 (东区); d 10 × 20/40 = 5.00 (西区)
    // c (东区): (10.00 + 2.50) / 2 = 6.25; e (西区): 5.00
    SchemeResult r = evaluate(policy("{rule: impute, statistic: mean, of: points, within: county}"));
    assertThat(emission(r, "c").points()).isEqualByComparingTo("6.25");
    assertThat(emission(r, "c").status()).isEqualTo(IndicatorStatus.MISSING_IMPUTED);
    assertThat(emission(r, "e").points()).isEqualByComparingTo("5.00");
    EntityResult c = r.entity("c").orElseThrow();
    assertThat(c.total()).isEqualByComparingTo("16.25"); // 10.00 + 6.25
    assertThat(Explanation.of(r, c, Language.ZH)).contains("数据缺失，按county「东区」内其他对象的平均得分计（2 个，6.25）");
    assertThat(ResultJson.write(r)).contains("\"status\" : \"missing-imputed\"");
  }

  @Test
  void theGroupIsCalledByTheAttributesNameWhereThePolicyNamesIt() {
    Policy p = PolicyLoader.create().load(PolicyWriter.toYaml(policy("{rule: impute, statistic: mean, of: points, within: county}"))
        .replace("- county\n", "- {id: county, name: {zh: 所在县, en: County}}\n"), "named.yaml");
    SchemeResult r = evaluate(p);
    EntityResult c = r.entity("c").orElseThrow();

    assertThat(p.scheme("firms").attributeName("county")).isEqualTo(Label.of("所在县", "County"));
    assertThat(Explanation.of(r, c, Language.ZH)).contains("数据缺失，按所在县「东区」内其他对象的平均得分计（2 个，6.25）")
        .doesNotContain("county");
    assertThat(Explanation.of(r, c, Language.EN)).contains("the others in County 东区");
  }

  @Test
  void aFirmWithoutAValueGetsTheMedianValueOfEveryOtherFirmScored() {
    // the others' values 40, 10, 20: median 20, scored 10 × 20 / 40 = 5.00; imputed values take no part in the best
    SchemeResult r = evaluate(policy("{rule: impute, statistic: median, of: values}"));
    assertThat(emission(r, "c").value()).contains(new java.math.BigDecimal("20"));
    assertThat(emission(r, "c").points()).isEqualByComparingTo("5.00");
    assertThat(emission(r, "c").rule().en()).startsWith("value missing: the median value of the others stands in (3, 20)");
  }

  @Test
  void theRuleIsWrittenBack() {
    Policy p = policy("{rule: impute, statistic: mean, of: points, within: county}");
    assertThat(PolicyLoader.create().load(PolicyWriter.toYaml(p), "again.yaml").scheme("firms").indicator("emission").missing())
        .isEqualTo(p.scheme("firms").indicator("emission").missing());
  }
}
