package io.github.kaohe.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.DataException;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.load.PolicyException;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.load.PolicyWriter;
import io.github.kaohe.model.Policy;
import org.junit.jupiter.api.Test;

/**
 * One table of firms feeds two schemes: above-scale firms of at least 3 亩 on tax and energy per
 * mu, below-scale firms on tax per mu alone. Each scheme assesses only its own firms, and a firm
 * outside a scheme counts in none of its best values.
 */
class SharedTableTest {
  static final Period YEAR = Period.year(2023);

  static final String POLICY = """
      kaohe: 1
      id: per-mu
      name: {zh: 亩均, en: Per mu}
      version: "1"
      source: {title: {zh: 测试, en: Test}, issuer: 测试, date: 2023-01-01}
      arithmetic:
        points: {scale: 2, rounding: half-up}
        totals: {scale: 2, rounding: half-up}
      schemes:
        - id: above
          name: {zh: 规上企业, en: Above-scale firms}
          total: 20
          attributes: [scale]
          appliesTo:
            - {attribute: scale, in: [规上]}
            - {fact: land, atLeast: %s}
          defaults: {missing: zero-points}
          facts:
            - {id: tax, name: {zh: 税收, en: Tax}, type: number, unit: 万元}
            - {id: land, name: {zh: 用地面积, en: Land}, type: number, unit: 亩}
            - {id: energy, name: {zh: 综合能耗, en: Energy}, type: number, unit: 吨标准煤}
          categories:
            - id: all
              name: {zh: 全部, en: All}
              weight: 20
              indicators:
                - {id: tax-per-mu, name: {zh: 亩均税收, en: Tax per mu}, unit: 万元/亩, weight: 10,
                   method: proportional-to-best, formula: {of: tax / land, ifZeroDivisor: missing}}
                - {id: tax-per-energy, name: {zh: 单位能耗税收, en: Tax per energy}, unit: 万元/吨标准煤, weight: 10,
                   method: proportional-to-best, formula: {of: tax / energy, ifZeroDivisor: missing}}
        - id: below
          name: {zh: 规下企业, en: Below-scale firms}
          total: 10
          attributes: [scale]
          appliesTo: [{attribute: scale, in: [规下]}]
          defaults: {missing: zero-points}
          facts:
            - {id: tax, name: {zh: 税收, en: Tax}, type: number, unit: 万元}
            - {id: land, name: {zh: 用地面积, en: Land}, type: number, unit: 亩}
          categories:
            - id: all
              name: {zh: 全部, en: All}
              weight: 10
              indicators:
                - {id: tax-per-mu, name: {zh: 亩均税收, en: Tax per mu}, unit: 万元/亩, weight: 10,
                   method: proportional-to-best, formula: {of: tax / land, ifZeroDivisor: missing}}
      """;

  // a, b: above-scale; c: above-scale but 2 亩; d, e: below-scale (d has the best tax per mu of all)
  static final String FIRMS = """
      entity,scale,tax,land,energy
      a,规上,100,10,50
      b,规上,50,10,10
      c,规上,90,2,30
      d,规下,200,4,
      e,规下,20,4,
      """;

  static Policy policy(String floor) {
    return PolicyLoader.create().load(POLICY.formatted(floor), "per-mu.yaml");
  }

  static SchemeResult evaluate(Policy p, String scheme) {
    Dataset data = CsvDataReader.forScheme(p.scheme(scheme)).withPeriod(YEAR).ignoringColumnsOfOtherSchemes(p)
        .read(FIRMS, "firms.csv");
    return Evaluator.of(p).evaluate(scheme, data, YEAR);
  }

  @Test
  void eachSchemeAssessesItsOwnFirmsFromTheSameTable() {
    Policy p = policy("3");
    SchemeResult above = evaluate(p, "above");
    SchemeResult below = evaluate(p, "below");
    assertThat(above.entities()).extracting(EntityResult::id).containsExactlyInAnyOrder("a", "b");
    assertThat(below.entities()).extracting(EntityResult::id).containsExactlyInAnyOrder("d", "e");
    // above: tax per mu a 10, b 5 (c's 45 is out of scope and sets no best): a 10.00, b 5.00;
    // tax per energy a 2, b 5: a 10 × 2 / 5 = 4.00, b 10.00
    assertThat(above.entity("a").orElseThrow().total()).isEqualByComparingTo("14.00");
    assertThat(above.entity("b").orElseThrow().total()).isEqualByComparingTo("15.00");
    // below: d 50, e 5 per mu: d 10.00, e 1.00
    assertThat(below.entity("e").orElseThrow().total()).isEqualByComparingTo("1.00");
  }

  @Test
  void theFloorIsInclusive() {
    SchemeResult above = evaluate(policy("2"), "above");
    // c (2 亩) is assessed now and sets the best tax per mu, 45: a 10 × 10 / 45 = 2.22
    assertThat(above.entities()).extracting(EntityResult::id).containsExactlyInAnyOrder("a", "b", "c");
    assertThat(above.entity("a").orElseThrow().indicator("tax-per-mu").orElseThrow().points()).isEqualByComparingTo("2.22");
  }

  @Test
  void withoutTheSharedReadingAnotherSchemesColumnIsStillAnError() {
    Policy p = policy("3");
    assertThatThrownBy(() -> CsvDataReader.forScheme(p.scheme("below")).withPeriod(YEAR).read(FIRMS, "firms.csv"))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("firms.csv, row 1, column 5")
        .hasMessageContaining("'energy'");
    assertThatThrownBy(() -> CsvDataReader.forScheme(p.scheme("below")).withPeriod(YEAR).ignoringColumnsOfOtherSchemes(p)
            .read("entity,scale,tax,land,enrgy\nd,规下,200,4,\n", "firms.csv"))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("'enrgy'");
  }

  @Test
  void theScopeIsWrittenBack() {
    Policy p = policy("3");
    Policy again = PolicyLoader.create().load(PolicyWriter.toYaml(p), "again.yaml");
    assertThat(again.scheme("above").scope()).isEqualTo(p.scheme("above").scope());
    assertThat(again.scheme("below").scope()).isEqualTo(p.scheme("below").scope());
  }

  @Test
  void aScopeNamesAnAttributeOrAFactTheSchemeHas() {
    assertThatThrownBy(() -> PolicyLoader.create().load(
            POLICY.formatted("3").replace("{attribute: scale, in: [规下]}", "{attribute: size, in: [规下]}"), "p.yaml"))
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining("p.yaml:")
        .hasMessageContaining("schemes[1]")
        .hasMessageContaining("attribute 'size', which is not among its attributes [scale]");
    assertThatThrownBy(() -> PolicyLoader.create().load(
            POLICY.formatted("3").replace("{fact: land, atLeast: 3}", "{fact: tax-per-mu, atLeast: 3}"), "p.yaml"))
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining("fact 'tax-per-mu', which it does not declare");
    assertThatThrownBy(() -> PolicyLoader.create().load(
            POLICY.formatted("3").replace("{fact: land, atLeast: 3}", "{fact: land, atLeast: many}"), "p.yaml"))
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining("schemes[0].appliesTo[1].atLeast");
  }
}
