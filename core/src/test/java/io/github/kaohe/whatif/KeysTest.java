package io.github.kaohe.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Policy;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The values a what-if answer can change: each indicator's own value, or the facts its formula
 * reads, through derived facts, negations, operators and calls, in the indicators' order, each
 * once; with the name and unit their indicator or fact declares.
 */
class KeysTest {
  private static final Period YEAR = TaxAndGrowth.YEAR;

  private static final Policy POLICY = PolicyLoader.create().load("""
      kaohe: 1
      id: keys
      name: {zh: 取值, en: Keys}
      version: "1.0"
      source: {title: {zh: 测试, en: Test}, issuer: 测试, date: 2020-01-15}
      schemes:
        - id: firms
          name: {zh: 企业, en: Firms}
          total: 50
          defaults: {missing: zero-points}
          facts:
            - {id: tax, name: {zh: 税收, en: Tax}, type: number, unit: 万元}
            - {id: land, name: {zh: 用地, en: Land}, type: number, unit: 亩}
            - {id: staff, name: {zh: 人数, en: Staff}, type: number, unit: 人}
            - {id: power, name: {zh: 用电, en: Power}, type: number, unit: 千瓦时}
            - {id: output, name: {zh: 产值, en: Output}, type: number, unit: 万元, formula: tax * 2}
          categories:
            - id: all
              name: {zh: 全部, en: All}
              weight: 50
              indicators:
                - {id: per-mu, name: {zh: 亩均产值, en: Output per mu}, unit: 万元/亩, weight: 10,
                   formula: {of: output / land, ifZeroDivisor: missing}, method: proportional-to-best}
                - {id: lean, name: {zh: 精简, en: Lean}, unit: 人, weight: 10, formula: {of: -staff}, method: {type: min-max, floor: 0}}
                - {id: energy, name: {zh: 能耗, en: Energy}, unit: 千瓦时, weight: 10, formula: {of: 'max(power, 1)'}, method: proportional-to-best}
                - {id: again, name: {zh: 人均产值, en: Output per head}, unit: 万元/人, weight: 10, formula: {of: output / staff, ifZeroDivisor: missing}, method: proportional-to-best}
                - {id: growth, name: {zh: 增速, en: Growth}, unit: "%", weight: 10, method: proportional-to-best}
          ranking: {ties: competition}
      """, "keys.yaml");

  private static Dataset data(boolean withPower) {
    Dataset.Builder b = Dataset.builder();
    int[][] rows = {{100, 10, 50, 7, 10}, {60, 10, 40, 5, 8}};
    for (int i = 0; i < rows.length; i++) {
      String id = i == 0 ? "a" : "b";
      b.value(id, YEAR, "tax", BigDecimal.valueOf(rows[i][0])).value(id, YEAR, "land", BigDecimal.valueOf(rows[i][1]))
          .value(id, YEAR, "staff", BigDecimal.valueOf(rows[i][2])).value(id, YEAR, "growth", BigDecimal.valueOf(rows[i][4]));
      if (withPower) {
        b.value(id, YEAR, "power", BigDecimal.valueOf(rows[i][3]));
      }
    }
    return b.build();
  }

  @Test
  void theKeysAreTheFactsTheFormulasReadThroughDerivedFactsInTheIndicatorsOrder() {
    assertThat(WhatIf.of(POLICY, "firms", data(true), YEAR).keys()).containsExactly("tax", "land", "staff", "power", "growth");
  }

  @Test
  void aKeyTheDataDoNotHoldIsNotOffered() {
    assertThat(WhatIf.of(POLICY, "firms", data(false), YEAR).keys()).containsExactly("tax", "land", "staff", "growth");
  }

  @Test
  void anAnswerNamesItsKeyAsItsFactOrIndicatorDoes() {
    WhatIf whatIf = WhatIf.of(POLICY, "firms", data(true), YEAR);

    Counterfactual land = whatIf.reach("b", Goal.place(1), "land");
    Counterfactual growth = whatIf.reach("b", Goal.place(1), "growth");

    assertThat(land.name()).isEqualTo(Label.of("用地", "Land"));
    assertThat(land.unit()).isEqualTo("亩");
    assertThat(growth.name()).isEqualTo(Label.of("增速", "Growth"));
    assertThat(growth.unit()).isEqualTo("%");
  }

  @Test
  void aKeyTheDataDoNotHoldHasNoValueToChangeAndIsNamedAsDeclared() {
    WhatIf whatIf = WhatIf.of(POLICY, "firms", data(true), YEAR);

    Counterfactual output = whatIf.reach("b", Goal.place(1), "output");
    Counterfactual perMu = whatIf.reach("b", Goal.place(1), "per-mu");

    assertThat(output.status()).isEqualTo(Counterfactual.Status.NO_VALUE);
    assertThat(output.reason()).isEqualTo(Label.of("产值：无数据，无从改变", "Output: no value to change"));
    assertThat(output.unit()).isEqualTo("万元");
    // An indicator with a formula is not a value of the data: its id is all there is to name it by.
    assertThat(perMu.status()).isEqualTo(Counterfactual.Status.NO_VALUE);
    assertThat(perMu.reason()).isEqualTo(Label.of("per-mu：无数据，无从改变", "per-mu: no value to change"));
    assertThat(perMu.unit()).isEmpty();
  }
}
