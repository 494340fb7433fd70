package io.github.kaohe.rules.test;

import static io.github.kaohe.rules.test.RuleFixture.entity;
import static io.github.kaohe.rules.test.RuleFixture.evaluate;
import static io.github.kaohe.rules.test.RuleFixture.load;
import static io.github.kaohe.rules.test.RuleFixture.outcomes;
import static io.github.kaohe.rules.test.RuleFixture.rowsAndStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.eval.EvaluationException;
import io.github.kaohe.eval.OutcomeResult;
import io.github.kaohe.eval.OutcomeResult.Status;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.load.PolicyException;
import io.github.kaohe.load.Problem;
import io.github.kaohe.model.Policy;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each hit policy's meaning, on four zones whose tax puts them at places 1 to 4: a (300),
 * b (200), c (100), d (50). Titles are a count fact (0 when not given), limit a number fact.
 */
class HitPolicyTest {
  private static final String DATA =
      """
      entity,period,tax,titles,limit
      a,2015,300,0,2
      b,2015,200,4,9
      c,2015,100,1,9
      d,2015,50,0,0
      """;

  private static final String FACTS =
      """
      facts:
        - {id: titles, name: {zh: 称号数, en: Titles}, type: count, fallback: "0"}
        - {id: limit, name: {zh: 限值, en: Limit}, type: number}
      """;

  private static SchemeResult run(String hitPolicy, String rows) {
    Policy policy = load(table(hitPolicy, rows));
    return evaluate(policy, DATA, 2015);
  }

  private static String table(String hitPolicy, String rows) {
    return FACTS
        + """
        tables:
          - id: t
            name: {zh: 表, en: Table}
            hitPolicy: %s
            inputs:
              - {id: place, of: result.place}
              - {id: titles, of: titles}
              - {id: limit, of: limit}
            rows:
        %s"""
            .formatted(hitPolicy, rows.stripIndent().indent(4));
  }

  @Nested
  class Unique {
    private static final String ROWS =
        """
        - {id: first, when: {place: 1}, then: {money: 300}}
        - {id: second, when: {place: 2}, then: {money: 200}}
        - {id: lower, when: {place: {ge: 3}}, then: {money: 50}}
        """;

    @Test
    void givesTheOneRowThatMatches() {
      SchemeResult r = run("unique", ROWS);

      assertThat(rowsAndStatus(outcomes(r, "b", "t"))).containsExactly("second:GIVEN");
      assertThat(entity(r, "b").money()).isEqualByComparingTo("200");
      assertThat(rowsAndStatus(outcomes(r, "d", "t"))).containsExactly("lower:GIVEN");
    }

    @Test
    void givesNothingWhenNoRowMatches() {
      SchemeResult r =
          run("unique", """
              - {id: first, when: {place: 1}, then: {money: 300}}
              """);

      assertThat(outcomes(r, "b", "t")).isEmpty();
      assertThat(entity(r, "b").money()).isEqualByComparingTo("0");
    }

    @Test
    void twoRowsMatchingAtEvaluationIsAnErrorNamingBoth() {
      // Comparisons with another input cannot be checked statically: a has place 1 and limit 2,
      // so 'within-limit' (1 ≤ 2) and 'first' (1 = 1) both match.
      String rows =
          """
          - {id: within-limit, when: {place: {le: {input: limit}}}, then: {money: 10}}
          - {id: first, when: {place: 1}, then: {money: 300}}
          """;
      Policy policy = load(table("unique", rows));

      assertThatThrownBy(() -> evaluate(policy, DATA, 2015))
          .isInstanceOf(EvaluationException.class)
          .satisfies(
              e -> assertThat(((EvaluationException) e).problems())
                  .singleElement()
                  .satisfies(p -> {
                    assertThat(p.entity()).isEqualTo("a");
                    assertThat(p.key()).isEqualTo("t");
                    assertThat(p.message()).contains("'within-limit'").contains("'first'").contains("unique");
                  }));
    }

    @Test
    void rowsThatOverlapStaticallyAreALoadErrorAtTheLaterRow() {
      String rows =
          """
          - {id: top-two, when: {place: {le: 2}}, then: {money: 300}}
          - {id: second-or-worse, when: {place: {ge: 2}}, then: {money: 200}}
          """;
      String scheme = table("unique", rows);

      assertThatThrownBy(() -> load(scheme))
          .isInstanceOf(PolicyException.class)
          .satisfies(e -> {
            Problem p = ((PolicyException) e).problems().get(0);
            assertThat(((PolicyException) e).problems()).hasSize(1);
            assertThat(p.line()).isEqualTo(RuleFixture.lineOf(scheme, "id: second-or-worse"));
            assertThat(p.message())
                .contains("'top-two' and 'second-or-worse' can both match")
                .contains("place = 2")
                .contains("unique");
          });
    }
  }

  @Nested
  class First {
    private static final String ROWS =
        """
        - {id: top-two, name: {zh: 前二, en: Top two}, when: {place: {le: 2}}, then: {money: 200}}
        - {id: top-three, when: {place: {le: 3}}, then: {money: 100}}
        """;

    @Test
    void givesTheFirstMatchingRowAndSuppressesTheLaterOnesWithTheReason() {
      SchemeResult r = run("first", ROWS);

      var out = outcomes(r, "a", "t");
      assertThat(rowsAndStatus(out)).containsExactlyInAnyOrder("top-two:GIVEN", "top-three:SUPPRESSED");
      OutcomeResult suppressed = out.stream().filter(o -> o.row().equals("top-three")).findFirst().orElseThrow();
      assertThat(suppressed.reason().en()).isEqualTo("hit policy first: 'Top two' matched earlier");
      assertThat(suppressed.reason().zh()).contains("「前二」");
      assertThat(entity(r, "a").money()).isEqualByComparingTo("200");
    }

    @Test
    void givesALaterRowWhenTheEarlierOnesDoNotMatch() {
      SchemeResult r = run("first", ROWS);

      assertThat(rowsAndStatus(outcomes(r, "c", "t"))).containsExactly("top-three:GIVEN");
      assertThat(outcomes(r, "d", "t")).isEmpty();
    }
  }

  @Nested
  class Priority {
    @Test
    void theMatchingRowWithTheHighestPriorityWinsWhereverItStands() {
      String rows =
          """
          - {id: low, when: {place: {le: 3}}, then: {money: 300}, priority: 1}
          - {id: high, when: {place: {le: 2}}, then: {money: 50}, priority: 5}
          - {id: middle, when: {place: {le: 2}}, then: {money: 70}, priority: 3}
          """;
      SchemeResult r = run("priority", rows);

      assertThat(rowsAndStatus(outcomes(r, "b", "t")))
          .containsExactlyInAnyOrder("low:SUPPRESSED", "high:GIVEN", "middle:SUPPRESSED");
      assertThat(entity(r, "b").money()).isEqualByComparingTo("50");
      assertThat(outcomes(r, "b", "t").stream().filter(o -> o.row().equals("low")).findFirst().orElseThrow()
              .reason().en())
          .isEqualTo("hit policy priority: row 2 has a higher priority");
      // c matches only 'low'
      assertThat(rowsAndStatus(outcomes(r, "c", "t"))).containsExactly("low:GIVEN");
    }

    @Test
    void amongEqualPrioritiesTheFirstWins() {
      String rows =
          """
          - {id: one, when: {place: {le: 3}}, then: {money: 10}, priority: 2}
          - {id: two, when: {place: {le: 2}}, then: {money: 20}, priority: 2}
          """;
      SchemeResult r = run("priority", rows);

      assertThat(rowsAndStatus(outcomes(r, "a", "t"))).containsExactlyInAnyOrder("one:GIVEN", "two:SUPPRESSED");
    }
  }

  @Nested
  class RuleOrder {
    @Test
    void givesEveryMatchingRowInTableOrder() {
      String rows =
          """
          - {id: r1, when: {place: {le: 3}}, then: {action: criticism}}
          - {id: r2, when: {place: 9}, then: {action: promotion}}
          - {id: r3, when: {titles: {ge: 1}}, then: [{action: commendation}, {money: 5}]}
          """;
      SchemeResult r = run("rule-order", rows);

      assertThat(rowsAndStatus(outcomes(r, "b", "t"))).containsExactly("r1:GIVEN", "r3:GIVEN", "r3:GIVEN");
      assertThat(outcomes(r, "b", "t")).extracting(o -> o.action().orElse("money"))
          .containsExactly("criticism", "commendation", "money");
      assertThat(rowsAndStatus(outcomes(r, "a", "t"))).containsExactly("r1:GIVEN");
    }
  }

  @Nested
  class CollectSum {
    @Test
    void givesEveryMatchingRowAndAddsTheirMoney() {
      String rows =
          """
          - {id: place, when: {place: {le: 2}}, then: {money: 100}}
          - {id: per-title, when: {titles: {ge: 1}}, then: {moneyPerUnit: 30, of: titles}}
          - {id: flat, when: {place: any}, then: {money: 7}}
          """;
      SchemeResult r = run("collect-sum", rows);

      // b: place 2 → 100; 4 titles × 30 = 120; flat 7: 100 + 120 + 7 = 227
      assertThat(rowsAndStatus(outcomes(r, "b", "t")))
          .containsExactly("place:GIVEN", "per-title:GIVEN", "flat:GIVEN");
      assertThat(outcomes(r, "b", "t")).extracting(o -> o.amount().orElseThrow())
          .usingElementComparator(BigDecimal::compareTo)
          .containsExactly(new BigDecimal("100"), new BigDecimal("120"), new BigDecimal("7"));
      assertThat(entity(r, "b").money()).isEqualByComparingTo("227");
      // d: only flat
      assertThat(entity(r, "d").money()).isEqualByComparingTo("7");
    }
  }

  @Nested
  class CollectMax {
    private static final String ROWS =
        """
        - {id: first, name: {zh: 第一名, en: First place}, when: {place: 1}, then: {money: 300}}
        - {id: second, name: {zh: 第二名, en: Second place}, when: {place: 2}, then: {money: 100}}
        - {id: top-three, name: {zh: 前三名, en: Top three}, when: {place: {le: 3}}, then: {money: 100}}
        - {id: per-title, name: {zh: 每项称号, en: Per title}, when: {titles: {ge: 1}}, then: {moneyPerUnit: 30, of: titles}}
        """;

    @Test
    void givesOnlyTheRowWithTheMostMoney() {
      SchemeResult r = run("collect-max", ROWS);

      // a: first (300) and top-three (100) match: 300 wins
      var out = outcomes(r, "a", "t");
      assertThat(rowsAndStatus(out)).containsExactlyInAnyOrder("first:GIVEN", "top-three:SUPPRESSED");
      assertThat(entity(r, "a").money()).isEqualByComparingTo("300");
      assertThat(out.stream().filter(o -> o.row().equals("top-three")).findFirst().orElseThrow().reason().en())
          .isEqualTo("highest reward only, no double rewards: 'First place' gives more (300 万元)");
    }

    @Test
    void countsUnitsBeforeComparing() {
      SchemeResult r = run("collect-max", ROWS);

      // b: second 100, top-three 100, per-title 4 × 30 = 120: per-title wins although 30 < 100
      assertThat(rowsAndStatus(outcomes(r, "b", "t")))
          .containsExactlyInAnyOrder("second:SUPPRESSED", "top-three:SUPPRESSED", "per-title:GIVEN");
      assertThat(entity(r, "b").money()).isEqualByComparingTo("120");
    }

    @Test
    void aTieForTheMostMoneyGoesToTheFirstRowAndTheOtherSaysSame() {
      SchemeResult r =
          run("collect-max", """
              - {id: second, name: {zh: 第二名, en: Second place}, when: {place: 2}, then: {money: 100}}
              - {id: top-three, name: {zh: 前三名, en: Top three}, when: {place: {le: 3}}, then: {money: 100}}
              """);

      var out = outcomes(r, "b", "t");
      assertThat(rowsAndStatus(out)).containsExactlyInAnyOrder("second:GIVEN", "top-three:SUPPRESSED");
      OutcomeResult loser = out.stream().filter(o -> o.status() == Status.SUPPRESSED).findFirst().orElseThrow();
      assertThat(loser.reason().en()).contains("same (100 万元)").contains("'Second place'");
      assertThat(loser.reason().zh()).contains("金额相同");
      assertThat(entity(r, "b").money()).isEqualByComparingTo("100");
    }

    @Test
    void aSingleMatchIsGivenAndNoMatchGivesNothing() {
      SchemeResult r = run("collect-max", ROWS);

      // c: top-three (100) and per-title (1 × 30 = 30): 100 wins; d: nothing
      assertThat(rowsAndStatus(outcomes(r, "c", "t")))
          .containsExactlyInAnyOrder("top-three:GIVEN", "per-title:SUPPRESSED");
      assertThat(outcomes(r, "d", "t")).isEmpty();
    }
  }

  /**
   * A row that cannot be decided (limit is missing) is never taken as false: under first, priority
   * and collect-max the row chosen is given only if the undecided row could not have taken
   * precedence over it.
   */
  @Nested
  class UndecidedRows {
    // a: place 1, no limit; b: place 2, no limit; c: place 3, limit 9
    private static final String UNDECIDED =
        """
        entity,period,tax,titles,limit
        a,2015,300,0,
        b,2015,200,0,
        c,2015,100,0,9
        """;

    private SchemeResult runUndecided(String hitPolicy, String rows) {
      return evaluate(load(table(hitPolicy, rows)), UNDECIDED, 2015);
    }

    @Test
    void underFirstAnUndecidedEarlierRowMakesTheMatchNotEvaluable() {
      SchemeResult r =
          runUndecided("first", """
              - {id: limited, when: {limit: {ge: 5}}, then: {money: 10}}
              - {id: first, when: {place: 1}, then: {money: 300}}
              """);

      var out = outcomes(r, "a", "t");
      assertThat(rowsAndStatus(out)).containsExactly("limited:NOT_EVALUABLE", "first:NOT_EVALUABLE");
      assertThat(out.get(1).reason().en())
          .isEqualTo("not evaluable: row 1 would take precedence if it matched, but could not be decided"
              + " (no value of Limit in 2015)");
      assertThat(out.get(1).reason().zh()).startsWith("无法判定：第 1 行若成立则优先");
      assertThat(entity(r, "a").money()).isEqualByComparingTo("0");
    }

    @Test
    void underFirstAnUndecidedLaterRowChangesNothing() {
      SchemeResult r =
          runUndecided("first", """
              - {id: first, when: {place: 1}, then: {money: 300}}
              - {id: limited, when: {limit: {ge: 5}}, then: {money: 10}}
              """);

      assertThat(rowsAndStatus(outcomes(r, "a", "t"))).containsExactlyInAnyOrder("first:GIVEN", "limited:NOT_EVALUABLE");
      assertThat(entity(r, "a").money()).isEqualByComparingTo("300");
    }

    @Test
    void underCollectMaxAnUndecidedRowThatMayGiveMoreMakesTheMatchNotEvaluable() {
      SchemeResult r =
          runUndecided("collect-max", """
              - {id: second, when: {place: 2}, then: {money: 200}}
              - {id: limited, when: {limit: {ge: 5}}, then: {money: 250}}
              """);

      assertThat(rowsAndStatus(outcomes(r, "b", "t"))).containsExactly("limited:NOT_EVALUABLE", "second:NOT_EVALUABLE");
    }

    @Test
    void underCollectMaxAnUndecidedRowThatGivesLessChangesNothing() {
      SchemeResult r =
          runUndecided("collect-max", """
              - {id: second, when: {place: 2}, then: {money: 200}}
              - {id: limited, when: {limit: {ge: 5}}, then: {money: 150}}
              """);

      assertThat(rowsAndStatus(outcomes(r, "b", "t"))).containsExactly("limited:NOT_EVALUABLE", "second:GIVEN");
      assertThat(entity(r, "b").money()).isEqualByComparingTo("200");
    }

    @Test
    void underCollectMaxAnUndecidedRowCountingMissingUnitsMayGiveMore() {
      // limit is missing, so 1 × limit is unknown and may exceed 200
      SchemeResult r =
          runUndecided("collect-max", """
              - {id: second, when: {place: 2}, then: {money: 200}}
              - {id: per-limit, when: {limit: {ge: 1}}, then: {moneyPerUnit: 1, of: limit}}
              """);

      assertThat(rowsAndStatus(outcomes(r, "b", "t"))).containsExactly("per-limit:NOT_EVALUABLE", "second:NOT_EVALUABLE");
    }

    @Test
    void underPriorityOnlyAnUndecidedRowOfHigherOrEqualEarlierPriorityCounts() {
      SchemeResult r =
          runUndecided("priority", """
              - {id: first, when: {place: 1}, then: {money: 300}, priority: 2}
              - {id: limited, when: {limit: {ge: 5}}, then: {money: 10}, priority: 1}
              - {id: second, when: {place: 2}, then: {money: 200}, priority: 1}
              """);

      // a: 'limited' has a lower priority than 'first'; b: 'limited' has the same as 'second' and comes first
      assertThat(rowsAndStatus(outcomes(r, "a", "t"))).containsExactly("limited:NOT_EVALUABLE", "first:GIVEN");
      assertThat(rowsAndStatus(outcomes(r, "b", "t"))).containsExactly("limited:NOT_EVALUABLE", "second:NOT_EVALUABLE");
    }

    @Test
    void underCollectSumAnUndecidedRowChangesNothingElse() {
      SchemeResult r =
          runUndecided("collect-sum", """
              - {id: limited, when: {limit: {ge: 5}}, then: {money: 10}}
              - {id: first, when: {place: 1}, then: {money: 300}}
              """);

      assertThat(rowsAndStatus(outcomes(r, "a", "t"))).containsExactly("limited:NOT_EVALUABLE", "first:GIVEN");
      assertThat(entity(r, "a").money()).isEqualByComparingTo("300");
    }
  }
}
