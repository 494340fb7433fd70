package io.github.kaohe.rules.test;

import static io.github.kaohe.rules.test.RuleFixture.evaluate;
import static io.github.kaohe.rules.test.RuleFixture.load;
import static io.github.kaohe.rules.test.RuleFixture.outcomes;
import static io.github.kaohe.rules.test.RuleFixture.rowsAndStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.data.Period;
import io.github.kaohe.eval.OutcomeResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.load.PolicyException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Eligibilities revoked by one table and required by later ones; tables limited to some entities or periods. */
class EligibilityTest {
  /**
   * 'gate' revokes awards from a zone whose growth is below the city average (and criticises it);
   * 'rewards', after it, requires awards; 'before' stands before the gate and requires nothing.
   */
  private static final String GATED =
      """
      facts:
        - {id: growth, name: {zh: 增速, en: Growth}, type: number}
        - {id: average, name: {zh: 平均增速, en: Average growth}, type: number}
      eligibilities:
        - {id: awards, name: {zh: 评先资格, en: eligibility for awards}}
      tables:
        - id: before
          name: {zh: 门槛之前, en: Before the gate}
          hitPolicy: rule-order
          inputs: [{id: place, of: result.place}]
          rows:
            - {id: everyone, when: {place: any}, then: {money: 1}}
        - id: gate
          name: {zh: 增速门槛, en: Growth gate}
          hitPolicy: rule-order
          inputs:
            - {id: growth, of: growth}
            - {id: average, of: average}
          rows:
            - id: below-average
              when: {growth: {lt: {input: average}}}
              then: [{revoke: awards}, {action: criticism}]
        - id: rewards
          name: {zh: 奖励, en: Rewards}
          hitPolicy: collect-max
          requires: [awards]
          inputs: [{id: place, of: result.place}]
          rows:
            - {id: first, name: {zh: 第一名, en: First place}, when: {place: 1}, then: {money: 300}}
            - {id: top-two, name: {zh: 前两名, en: Top two}, when: {place: {le: 2}}, then: [{money: 100}, {action: commendation}]}
      """;

  // places: a 1 (300), b 2 (200), c 3 (100)
  private static final String DATA =
      """
      entity,period,tax,growth,average
      a,2014,300,5,4
      b,2014,200,3,4
      c,2014,100,,4
      a,2015,300,1,4
      b,2015,200,5,4
      c,2015,100,,4
      """;

  private final List<SchemeResult> results =
      evaluate(load(GATED), DATA, Period.year(2014), Period.year(2015));

  private List<OutcomeResult> rewards(int period, String entity) {
    return outcomes(results.get(period), entity, "rewards");
  }

  @Nested
  class Revoked {
    @Test
    void aZoneThatKeepsItsEligibilityIsGivenTheReward() {
      // 2014: a's growth 5 ≥ 4
      assertThat(rowsAndStatus(rewards(0, "a"))).containsExactlyInAnyOrder("first:GIVEN", "top-two:SUPPRESSED",
          "top-two:SUPPRESSED");
      assertThat(RuleFixture.entity(results.get(0), "a").money()).isEqualByComparingTo("301");
    }

    @Test
    void aLaterTableThatRequiresItWithholdsItsMatchesNamingTheCause() {
      // 2014: b's growth 3 < 4: the gate revokes awards; b is second, so 'top-two' matches
      List<OutcomeResult> out = rewards(0, "b");

      assertThat(rowsAndStatus(out)).containsExactly("top-two:WITHHELD", "top-two:WITHHELD");
      assertThat(out.get(0).reason().en()).isEqualTo("withheld: lost eligibility for awards (Growth gate)");
      assertThat(out.get(0).reason().zh()).isEqualTo("已取消评先资格（增速门槛）");
      assertThat(RuleFixture.entity(results.get(0), "b").money()).isEqualByComparingTo("1");
    }

    @Test
    void theRevocationIsItselfAnOutcome() {
      assertThat(rowsAndStatus(outcomes(results.get(0), "b", "gate")))
          .containsExactly("below-average:GIVEN", "below-average:GIVEN");
      assertThat(outcomes(results.get(0), "b", "gate").get(0).kind()).isEqualTo(OutcomeResult.Kind.ELIGIBILITY);
    }

    @Test
    void anEarlierTableIsNotAffected() {
      assertThat(rowsAndStatus(outcomes(results.get(0), "b", "before"))).containsExactly("everyone:GIVEN");
    }

    @Test
    void aRevocationHoldsForItsPeriodOnly() {
      // a is revoked in 2015 (1 < 4) but not in 2014; b the other way round
      assertThat(rowsAndStatus(rewards(1, "a"))).containsOnly("first:WITHHELD", "top-two:SUPPRESSED");
      assertThat(rowsAndStatus(rewards(1, "b"))).containsExactly("top-two:GIVEN", "top-two:GIVEN");
    }

    @Test
    void anUndecidableRevocationMakesTheRequiringTablesMatchesNotEvaluable() {
      // c has no growth, so whether it loses awards is not known; c is third: nothing matches in
      // 'rewards' for it, so make c second in a variant of the data
      String data =
          """
          entity,period,tax,growth,average
          a,2015,300,5,4
          c,2015,200,,4
          """;
      SchemeResult r = evaluate(load(GATED), data, 2015);

      assertThat(rowsAndStatus(outcomes(r, "c", "gate")))
          .containsExactly("below-average:NOT_EVALUABLE", "below-average:NOT_EVALUABLE");
      List<OutcomeResult> out = outcomes(r, "c", "rewards");
      assertThat(rowsAndStatus(out)).containsExactly("top-two:NOT_EVALUABLE", "top-two:NOT_EVALUABLE");
      assertThat(out.get(0).reason().en())
          .isEqualTo("not evaluable: whether it keeps eligibility for awards is not known:"
              + " not evaluable: no value of Growth in 2015");
      assertThat(RuleFixture.entity(r, "c").money()).isEqualByComparingTo("1");
    }
  }

  @Nested
  class Order {
    @Test
    void requiringAnEligibilityThatALaterTableRevokesIsALoadError() {
      String scheme =
          """
          eligibilities:
            - {id: awards, name: {zh: 评先资格, en: eligibility for awards}}
          tables:
            - id: rewards
              name: {zh: 奖励, en: Rewards}
              hitPolicy: first
              requires: [awards]
              inputs: [{id: place, of: result.place}]
              rows:
                - {when: {place: 1}, then: {money: 300}}
            - id: gate
              name: {zh: 门槛, en: Gate}
              hitPolicy: first
              inputs: [{id: place, of: result.place}]
              rows:
                - {when: {place: {ge: 5}}, then: {revoke: awards}}
          """;

      assertThatThrownBy(() -> load(scheme))
          .isInstanceOf(PolicyException.class)
          .satisfies(e -> assertThat(((PolicyException) e).problems())
              .singleElement()
              .satisfies(p -> {
                assertThat(p.line()).isEqualTo(RuleFixture.lineOf(scheme, "id: rewards"));
                assertThat(p.message())
                    .isEqualTo("table 'rewards': requires eligibility 'awards', but a table at or after it"
                        + " revokes it: put the tables that revoke an eligibility before the tables that require it");
              }));
    }
  }

  @Nested
  class AppliesTo {
    private static final String SCHEME =
        """
        tables:
          - id: commercial
            name: {zh: 特色商业区, en: Commercial zones}
            hitPolicy: rule-order
            appliesTo: {attribute: kind, in: [commercial-zone, cbd]}
            inputs: [{id: place, of: result.place}]
            rows:
              - {id: all, when: {place: any}, then: {action: criticism}}
        """;

    private final SchemeResult result =
        evaluate(
            load(SCHEME),
            """
            entity,period,tax,kind
            shop,2015,100,commercial-zone
            centre,2015,100,cbd
            factory,2015,100,industrial
            plain,2015,100,
            """,
            2015);

    @Test
    void aTableAppliesToEntitiesWithOneOfTheValues() {
      assertThat(rowsAndStatus(outcomes(result, "shop", "commercial"))).containsExactly("all:GIVEN");
      assertThat(rowsAndStatus(outcomes(result, "centre", "commercial"))).containsExactly("all:GIVEN");
    }

    @Test
    void aTableGivesNothingToEntitiesWithAnotherValue() {
      assertThat(outcomes(result, "factory", "commercial")).isEmpty();
    }

    @Test
    void aTableGivesNothingToEntitiesWithoutTheAttribute() {
      assertThat(outcomes(result, "plain", "commercial")).isEmpty();
    }
  }

  @Nested
  class Periods {
    private static final String SCHEME =
        """
        tables:
          - id: yearly
            name: {zh: 年度, en: Yearly}
            hitPolicy: first
            periods: years
            inputs: [{id: place, of: result.place}]
            rows:
              - {id: first, when: {place: 1}, then: {money: 300}}
          - id: quarterly
            name: {zh: 季度, en: Quarterly}
            hitPolicy: first
            periods: quarters
            inputs: [{id: place, of: result.place}]
            rows:
              - {id: first, when: {place: 1}, then: {money: 30}}
          - id: always
            name: {zh: 每期, en: Every period}
            hitPolicy: first
            inputs: [{id: place, of: result.place}]
            rows:
              - {id: first, when: {place: 1}, then: {money: 3}}
        """;

    private final List<SchemeResult> results =
        evaluate(
            load(SCHEME),
            """
            entity,period,tax
            a,2015Q1,100
            a,2015,400
            """,
            Period.quarter(2015, 1),
            Period.year(2015));

    @Test
    void aYearlyTableAppliesInYearsOnly() {
      assertThat(outcomes(results.get(1), "a", "yearly")).hasSize(1);
      assertThat(outcomes(results.get(0), "a", "yearly")).isEmpty();
    }

    @Test
    void aQuarterlyTableAppliesInQuartersOnly() {
      assertThat(outcomes(results.get(0), "a", "quarterly")).hasSize(1);
      assertThat(outcomes(results.get(1), "a", "quarterly")).isEmpty();
    }

    @Test
    void aTableWithoutPeriodsAppliesInBoth() {
      // quarter: 30 + 3; year: 300 + 3
      assertThat(RuleFixture.entity(results.get(0), "a").money()).isEqualByComparingTo("33");
      assertThat(RuleFixture.entity(results.get(1), "a").money()).isEqualByComparingTo("303");
    }
  }
}
