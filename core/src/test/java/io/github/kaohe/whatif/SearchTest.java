package io.github.kaohe.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The range a single answer tries and how it searches it: the far ends, values that may be
 * negative, a goal reached both ways, and values written to several decimal places. Mostly on
 * {@link TaxAndGrowth} (tax a 100, b 80, c 60, d 40; growth 10, 10, 10, 1).
 */
class SearchTest {
  private static final Period YEAR = TaxAndGrowth.YEAR;

  @Test
  void aGoalOutOfReachSaysWhereEachEndOfTheRangeLeavesTheEntity() {
    // d's growth from 1 to 19 (the data's 1 to 10, widened by 9; not below 0): at 19 the best is d's,
    // d has 4 + 10 = 14, a 10 + 5.26, b 8 + 5.26, c 6 + 5.26: second, not first. At 0, fourth.
    Counterfactual c = TaxAndGrowth.whatIf().reach("d", Goal.place(1), "growth");

    assertThat(c.status()).isEqualTo(Counterfactual.Status.UNREACHABLE);
    assertThat(c.standing().en()).isEqualTo("place 2");
    assertThat(c.reason().zh()).isEqualTo("增速在 0～19% 之间试过的值都未能进入前 1 名：取 19 时为第 2 名，取 0 时为第 4 名");
  }

  @Test
  void aGoalReachedOnlyAtTheFarEndOfTheRangeIsFound() {
    // Kept to the data, c's tax goes as far as 100, where it ties a; 99 gives 19.9.
    Counterfactual c = TaxAndGrowth.whatIf().beyondTheData(BigDecimal.ZERO).reach("c", Goal.place(1), "tax");

    assertThat(c.status()).isEqualTo(Counterfactual.Status.REACHED);
    assertThat(c.to()).contains(new BigDecimal("100"));
  }

  @Test
  void aValueWrittenToSixPlacesIsAnsweredAtSixPlaces() {
    // c's tax of 60.000001 moves in steps of 0.000001, some 160 million of them up to 160: bisection
    // finds the first that ties b's 18.00 (tax points to 2 places, half up: 7.995 → 8.00).
    Dataset data = TaxAndGrowth.data("entity,tax,growth\na,100,10\nb,80,10\nc,60.000001,10\nd,40,1\n");

    Counterfactual c = WhatIf.of(TaxAndGrowth.POLICY, "firms", data, YEAR).reach("c", Goal.place(2), "tax");

    assertThat(c.to()).contains(new BigDecimal("79.950000"));
    assertThat(c.change()).contains(new BigDecimal("19.949999"));
  }

  /**
   * The what-if laws policy's growth has no unit, so no plausible range: its values may be
   * negative. e0 (tax 0) cannot be first on growth alone (8 points against e1's 12 for tax).
   */
  @Test
  void theRangeTriedStaysAtZeroOrMoreOnlyForValuesThatAreNeverNegative() {
    Period year = WhatIfProperties.YEAR;
    Dataset fromZero = Dataset.builder()
        .value("e0", year, "tax", BigDecimal.ZERO).value("e0", year, "growth", BigDecimal.ZERO)
        .value("e1", year, "tax", BigDecimal.valueOf(100)).value("e1", year, "growth", BigDecimal.valueOf(10))
        .value("e2", year, "tax", BigDecimal.valueOf(100)).value("e2", year, "growth", BigDecimal.valueOf(5))
        .build();
    Dataset belowZero = fromZero.withValue("e2", year, "growth", BigDecimal.valueOf(-5));

    Counterfactual zero = WhatIf.of(WhatIfProperties.POLICY, "firms", fromZero, year).reach("e0", Goal.place(1), "growth");
    Counterfactual negative = WhatIf.of(WhatIfProperties.POLICY, "firms", belowZero, year).reach("e0", Goal.place(1), "growth");

    // 0 to 10, widened by 10: −10 to 20, but never below the least, 0.
    assertThat(zero.reason().en()).startsWith("Growth: no value tried from 0 to 20 reaches");
    // −5 to 10, widened by 15 each side: −20 to 25.
    assertThat(negative.reason().en()).startsWith("Growth: no value tried from -20 to 25 reaches");
  }

  /**
   * A rule table that gives aid to a firm whose tax is 30 or more away from 50 (a derived fact,
   * abs(tax − 50)): x at 45 reaches it at 20 (−25) and at 80 (+35), and takes the nearer; y at 50
   * is as near to 20 as to 80, and rises.
   */
  @Test
  void aGoalReachedBothWaysTakesTheNearerValueAndRisesOnATie() {
    Policy policy = PolicyLoader.create().load("""
        kaohe: 1
        id: gap
        name: {zh: 偏离, en: Gap}
        version: "1.0"
        source: {title: {zh: 测试, en: Test}, issuer: 测试, date: 2020-01-15}
        schemes:
          - id: firms
            name: {zh: 企业, en: Firms}
            total: 10
            defaults: {missing: zero-points}
            facts:
              - {id: tax, name: {zh: 税收, en: Tax}, type: number, unit: 万元}
              - {id: gap, name: {zh: 偏离, en: Gap}, type: number, unit: 万元, formula: 'abs(tax - 50)'}
            categories:
              - id: all
                name: {zh: 全部, en: All}
                weight: 10
                indicators:
                  - {id: taxes, name: {zh: 税收总量, en: Taxes}, unit: 万元, weight: 10, formula: {of: tax}, method: proportional-to-best}
            tables:
              - id: aid
                name: {zh: 补助, en: Aid}
                hitPolicy: first
                unit: 万元
                inputs:
                  - {id: gap, of: gap}
                rows:
                  - {id: far, name: {zh: 偏离大, en: Far off}, when: {gap: {ge: 30}}, then: {money: 1}}
            ranking: {ties: competition}
        """, "gap.yaml");
    Dataset data = Dataset.builder().value("w", YEAR, "tax", BigDecimal.ZERO).value("x", YEAR, "tax", BigDecimal.valueOf(45))
        .value("y", YEAR, "tax", BigDecimal.valueOf(50)).value("z", YEAR, "tax", BigDecimal.valueOf(100)).build();
    WhatIf whatIf = WhatIf.of(policy, "firms", data, YEAR);

    Counterfactual x = whatIf.reach("x", Goal.given("aid", "far"), "tax");
    Counterfactual y = whatIf.reach("y", Goal.given("aid", "far"), "tax");

    assertThat(x.to()).contains(new BigDecimal("20"));
    assertThat(x.reason().en()).isEqualTo("Tax from 45 万元 to 20 万元 (-25) reaches receive aid/far (given)");
    assertThat(y.to()).contains(new BigDecimal("80"));
  }
}
