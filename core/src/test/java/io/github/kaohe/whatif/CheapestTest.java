package io.github.kaohe.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The cheapest combination on the tax-and-growth scheme of {@link WhatIfTest}, worked by hand: tax a
 * 100, b 80, c 60, d 40; growth 10, 10, 10, 1; each 10 points × value / best (points to 2 places).
 * c (16.00) wants place 2, held by b (18.00); a tie shares it.
 *
 * <pre>
 * tax costs 1 per 万元, growth 5 per %:
 *   tax alone: +20 (c 18.00 ties b)                                       cost 20
 *   growth alone: at 13 the best is 13, b = 8 + 7.69 = 15.69 &lt; c 16.00;
 *     at 12, b = 8 + 8.33 = 16.33 &gt; 16.00                                 +3, cost 15
 *   growth 11 (b = 8 + 9.09 = 17.09): c needs tax 0.1 × t ≥ 1.09, t = 11   cost 5 + 11 = 16
 *   growth 12 (b = 16.33): c needs 0.1 × t ≥ 0.33, t = 4 (16.40)          cost 10 + 4 = 14  ← cheapest
 * </pre>
 */
class CheapestTest {
  private static final Policy POLICY = TaxAndGrowth.POLICY;

  private static final Period YEAR = TaxAndGrowth.YEAR;

  private static Dataset data() {
    return TaxAndGrowth.data();
  }

  private static Costs costs(String tax, String growth) {
    return TaxAndGrowth.costs(tax, growth);
  }

  @Test
  void aCombinationCheaperThanEitherValueAloneIsFound() {
    Combination c = WhatIf.of(POLICY, "firms", data(), YEAR).cheapest("c", Goal.place(2), costs("1", "5"));

    assertThat(c.status()).isEqualTo(Combination.Status.REACHED);
    assertThat(c.cost()).contains(new BigDecimal("14"));
    assertThat(c.optimal()).isTrue();
    assertThat(c.leastCost()).contains(new BigDecimal("14"));
    assertThat(c.changes()).extracting(Combination.Change::change).containsExactly(new BigDecimal("4"), new BigDecimal("2"));
    assertThat(c.singles()).extracting(s -> s.change().orElseThrow()).containsExactly(new BigDecimal("20"), new BigDecimal("3"));
    assertThat(c.standing().en()).isEqualTo("place 2");
    assertThat(c.reason().zh()).isEqualTo(
        "最省的组合：税收由 60 万元 变为 64 万元（+4，成本 4 万元）、增速由 10% 变为 12%（+2，成本 10 万元）；成本合计 14 万元，即进入前 2 名（第 2 名）");
    assertThat(c.reason().en()).isEqualTo("Cheapest combination: Tax from 60 万元 to 64 万元 (+4, cost 4 万元), Growth from 10% to 12%"
        + " (+2, cost 10 万元); cost 14 万元 in all, reaches place 2 or better (place 2)");
  }

  @Test
  void whereOneValueAloneIsCheapestTheCombinationIsThatValue() {
    Combination c = WhatIf.of(POLICY, "firms", data(), YEAR).cheapest("c", Goal.place(2), costs("1", "100"));

    assertThat(c.cost()).contains(new BigDecimal("20"));
    assertThat(c.changes()).extracting(Combination.Change::change).containsExactly(new BigDecimal("20"), new BigDecimal("0"));
  }

  @Test
  void anEntityAlreadyThereCostsNothing() {
    Combination c = WhatIf.of(POLICY, "firms", data(), YEAR).cheapest("a", Goal.place(1), costs("1", "1"));

    assertThat(c.status()).isEqualTo(Combination.Status.ALREADY);
    assertThat(c.cost()).contains(BigDecimal.ZERO);
  }

  @Test
  void aGoalNoCombinationReachesIsUnreachable() {
    // d (5.00) with tax alone, kept to the data (40 to 100): at 100 it ties a's tax points and has
    // 10 + 1 = 11 against a's 20. No tax within the range tried makes it first.
    Combination c = WhatIf.of(POLICY, "firms", data(), YEAR).beyondTheData(BigDecimal.ZERO)
        .cheapest("d", Goal.place(1), Costs.of(Map.of("tax", BigDecimal.ONE)));

    assertThat(c.status()).isEqualTo(Combination.Status.UNREACHABLE);
    assertThat(c.cost()).isEmpty();
    assertThat(c.reason().zh()).isEqualTo("试过的组合都未能进入前 1 名，即使同时改到范围尽头（税收 40→100 万元）");
  }

  @Test
  void aSearchStoppedAtItsLimitSaysHowFarFromProvenItIs() {
    Combination c = WhatIf.of(POLICY, "firms", data(), YEAR).cheapest("c", Goal.place(2), costs("1", "5"), 3);

    assertThat(c.cost()).isPresent();
    assertThat(c.leastCost().orElseThrow()).isLessThanOrEqualTo(c.cost().orElseThrow());
    assertThat(c.leastCost().orElseThrow()).isLessThanOrEqualTo(new BigDecimal("14"));
    assertThat(c.cost().orElseThrow()).isLessThanOrEqualTo(new BigDecimal("15"));
  }

  @Test
  void costsAreCheckedAllAtOnce() {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    m.put("tax", new BigDecimal("-1"));
    m.put("growth", BigDecimal.ONE);
    m.put("land", BigDecimal.ONE);
    m.put("staff", BigDecimal.ONE);
    assertThatThrownBy(() -> Costs.of(m))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at most 3 values may be changed together, not 4 ([tax, growth, land, staff]);"
            + " the cost of 'tax' is -1: a cost is 0 or more");
    assertThatThrownBy(() -> WhatIf.of(POLICY, "firms", data(), YEAR).cheapest("c", Goal.place(2), Costs.of(Map.of("land", BigDecimal.ONE))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'land' has a cost but is not a value the scheme reads; it reads: [tax, growth]");
  }

  /**
   * Taxes per mu (tax / land, 0 land giving no value and so no points) and taxes, 10 points each
   * proportional to the best. a 100 万元 on 10 亩, b 80 on 10, c 60 on 10: a 20, b 16, c 12. c to
   * place 2: land 6 gives 60 / 6 = 10 per mu, the best, so c 6 + 10 = 16 ties b (land 7: 8.57, 14.57);
   * tax 80 gives 8 + 8. At 1 per 亩 and 1 per 万元, land alone is cheapest: 4. The range tried for
   * land reaches 0 亩, where c has no taxes per mu: the search must not take that end for the whole.
   */
  @Test
  void aValueWhoseFarEndCannotBeScoredStillTakesPartUpToItsSingleAnswer() {
    Policy policy = PolicyLoader.create().load("""
        kaohe: 1
        id: per-mu
        name: {zh: 亩均, en: Per mu}
        version: "1.0"
        source: {title: {zh: 测试, en: Test}, issuer: 测试, date: 2020-01-15}
        schemes:
          - id: firms
            name: {zh: 企业, en: Firms}
            total: 20
            defaults: {missing: zero-points}
            facts:
              - {id: tax, name: {zh: 税收, en: Tax}, type: number, unit: 万元}
              - {id: land, name: {zh: 用地, en: Land}, type: number, unit: 亩}
            categories:
              - id: all
                name: {zh: 全部, en: All}
                weight: 20
                indicators:
                  - id: per-mu
                    name: {zh: 亩均税收, en: Tax per mu}
                    unit: 万元/亩
                    weight: 10
                    formula: {of: tax / land, ifZeroDivisor: missing}
                    method: proportional-to-best
                  - id: taxes
                    name: {zh: 税收总量, en: Taxes}
                    unit: 万元
                    weight: 10
                    formula: {of: tax}
                    method: proportional-to-best
            ranking: {ties: competition}
        """, "per-mu.yaml");
    Dataset data = CsvDataReader.forScheme(policy.scheme("firms")).withPeriod(YEAR)
        .read("entity,tax,land\na,100,10\nb,80,10\nc,60,10\n", "firms.csv");
    Map<String, BigDecimal> perUnit = new LinkedHashMap<>();
    perUnit.put("tax", BigDecimal.ONE);
    perUnit.put("land", BigDecimal.ONE);

    Combination c = WhatIf.of(policy, "firms", data, YEAR).cheapest("c", Goal.place(2), Costs.of(perUnit));

    assertThat(c.cost()).contains(new BigDecimal("4"));
    assertThat(c.optimal()).isTrue();
    assertThat(c.changes()).extracting(Combination.Change::change).containsExactly(new BigDecimal("0"), new BigDecimal("-4"));
  }
}
