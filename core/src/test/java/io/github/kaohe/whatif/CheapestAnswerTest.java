package io.github.kaohe.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The cheapest combination's work and words: how many evaluations the search takes, what it says
 * when its limit stops it, the most values it may change, and which way it moves a value that
 * reaches the goal in no single answer. On {@link TaxAndGrowth} unless said otherwise; the worked
 * example of {@link CheapestTest} (c to place 2, tax 1 and growth 5 per unit: tax +4, growth +2,
 * cost 14).
 */
class CheapestAnswerTest {
  private static Costs costs(String tax, String growth) {
    return TaxAndGrowth.costs(tax, growth);
  }

  /**
   * The evaluations are the distinct points of the grid of steps the search evaluates (each once):
   * a regression guard on the search's work as much as on the count it reports.
   */
  @Test
  void theSearchCountsTheEvaluationsItMakes() {
    Combination c = TaxAndGrowth.whatIf().cheapest("c", Goal.place(2), costs("1", "5"));

    assertThat(c.evaluations()).isEqualTo(27);
  }

  /**
   * Stopped after 3 evaluations (it makes 9 before it checks again), the search has growth +3 alone
   * (15), and can only say that any combination costs at least one step of tax (1).
   */
  @Test
  void aSearchStoppedAtItsLimitSaysWhatAnyCombinationCostsAtLeast() {
    Combination c = TaxAndGrowth.whatIf().cheapest("c", Goal.place(2), costs("1", "5"), 3);

    assertThat(c.status()).isEqualTo(Combination.Status.REACHED);
    assertThat(c.optimal()).isFalse();
    assertThat(c.cost()).contains(new BigDecimal("15"));
    assertThat(c.leastCost()).contains(new BigDecimal("1"));
    assertThat(c.evaluations()).isEqualTo(9);
    assertThat(c.reason().en()).isEqualTo("Cheapest combination: Growth from 10% to 13% (+3, cost 15 万元); cost 15 万元 in all,"
        + " reaches place 2 or better (place 2); not proven cheapest (limit of 3 evaluations): any combination costs at least 1 万元");
    assertThat(c.reason().zh()).isEqualTo("最省的组合：增速由 10% 变为 13%（+3，成本 15 万元）；成本合计 15 万元，即进入前 2 名（第 2 名）"
        + "；未能证明最省（计算上限 3 次）：任何组合成本至少 1 万元");
  }

  @Test
  void aGoalNoCombinationReachesSaysWhereEveryValueWasTakenTo() {
    // d (5.00) kept to the data, with a cost on growth only: at growth 10 it has 4 + 10 = 14, fourth.
    Combination c = TaxAndGrowth.whatIf().beyondTheData(BigDecimal.ZERO)
        .cheapest("d", Goal.place(1), Costs.of(Map.of("growth", BigDecimal.ONE)));

    assertThat(c.status()).isEqualTo(Combination.Status.UNREACHABLE);
    assertThat(c.optimal()).isTrue();
    assertThat(c.changes()).isEmpty();
    assertThat(c.leastCost()).isEmpty();
    assertThat(c.standing().en()).isEqualTo("place 4");
    assertThat(c.reason().en()).isEqualTo("no combination tried reaches place 1 or better, not even all at the end of their ranges"
        + " (Growth 1 → 10%)");
  }

  @Test
  void threeValuesMayBeChangedTogether() {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    m.put("tax", BigDecimal.ONE);
    m.put("growth", BigDecimal.ONE);
    m.put("land", BigDecimal.ONE);

    assertThat(Costs.of(m).perUnit()).containsOnlyKeys("tax", "growth", "land");
    assertThat(Costs.of(m).in("万元").unit()).isEqualTo("万元");
  }

  /**
   * Tax and staff, 10 points each proportional to the best, fewer staff being better (10 × least /
   * staff). a: tax 80, staff 5; b: 70, 20; c: 50, 30 (a 20, b 11.25, c 6.25 + 1.67 = 7.92). c wants
   * place 1, the values kept to the data. Neither alone reaches it: tax 80 gives c 10 + 1.67, staff
   * 5 gives c 6.25 + 10, against a's 20. Both at a's values tie a: tax +30, staff −25, cost 55.
   * Staff has no single answer to say which way helps, so it moves the way the entity's total is the
   * greater at the end of its range: down (at 5, c has 16.25; at 30, as now, 7.92).
   */
  @Test
  void aValueWithNoSingleAnswerMovesTheWayThatRaisesTheTotal() {
    Policy policy = PolicyLoader.create().load("""
        kaohe: 1
        id: staff
        name: {zh: 精简, en: Lean}
        version: "1.0"
        source: {title: {zh: 测试, en: Test}, issuer: 测试, date: 2020-01-15}
        schemes:
          - id: firms
            name: {zh: 企业, en: Firms}
            total: 20
            defaults: {missing: zero-points}
            categories:
              - id: all
                name: {zh: 全部, en: All}
                weight: 20
                indicators:
                  - {id: tax, name: {zh: 税收, en: Tax}, unit: 万元, weight: 10, method: proportional-to-best}
                  - {id: staff, name: {zh: 人数, en: Staff}, weight: 10, direction: lower-is-better, method: proportional-to-best}
            ranking: {ties: competition}
        """, "staff.yaml");
    Dataset data = Dataset.builder()
        .value("a", TaxAndGrowth.YEAR, "tax", BigDecimal.valueOf(80)).value("a", TaxAndGrowth.YEAR, "staff", BigDecimal.valueOf(5))
        .value("b", TaxAndGrowth.YEAR, "tax", BigDecimal.valueOf(70)).value("b", TaxAndGrowth.YEAR, "staff", BigDecimal.valueOf(20))
        .value("c", TaxAndGrowth.YEAR, "tax", BigDecimal.valueOf(50)).value("c", TaxAndGrowth.YEAR, "staff", BigDecimal.valueOf(30))
        .build();
    Map<String, BigDecimal> perUnit = new LinkedHashMap<>();
    perUnit.put("tax", BigDecimal.ONE);
    perUnit.put("staff", BigDecimal.ONE);

    Combination c = WhatIf.of(policy, "firms", data, TaxAndGrowth.YEAR).beyondTheData(BigDecimal.ZERO)
        .cheapest("c", Goal.place(1), Costs.of(perUnit));

    assertThat(c.singles()).extracting(Counterfactual::status)
        .containsExactly(Counterfactual.Status.UNREACHABLE, Counterfactual.Status.UNREACHABLE);
    assertThat(c.status()).isEqualTo(Combination.Status.REACHED);
    assertThat(c.changes()).extracting(Combination.Change::change).containsExactly(new BigDecimal("30"), new BigDecimal("-25"));
    assertThat(c.cost()).contains(new BigDecimal("55"));
    assertThat(c.reason().en()).isEqualTo("Cheapest combination: Tax from 50 万元 to 80 万元 (+30, cost 30), Staff from 30 to 5 (-25, cost 25);"
        + " cost 55 in all, reaches place 1 or better (place 1)");
  }
}
