// Over 500 lines: one nested class per form of condition, each short, so that one file lists every form a row can take.
package io.github.kaohe.rules.test;

import static io.github.kaohe.rules.test.RuleFixture.evaluate;
import static io.github.kaohe.rules.test.RuleFixture.load;
import static io.github.kaohe.rules.test.RuleFixture.outcomes;
import static io.github.kaohe.rules.test.RuleFixture.rowsAndStatus;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Period;
import io.github.kaohe.eval.OutcomeResult;
import io.github.kaohe.eval.OutcomeResult.Status;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Policy;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The forms a row's condition takes, and how inputs read values, checked through a rule-order table. */
class ConditionTest {
  private static final String FACTS =
      """
      facts:
        - {id: x, name: {zh: 数值, en: A number}, type: number}
        - {id: y, name: {zh: 另一数值, en: Another number}, type: number}
        - {id: top-ten, name: {zh: 十强, en: Top ten}, type: boolean, fallback: "false"}
        - {id: star, name: {zh: 星级, en: Star level}, type: enumeration, values: [none, one, two, three]}
        - {id: province-place, name: {zh: 全省位次, en: Provincial place}, type: place}
      """;

  /** A rule-order table 't' with these inputs and rows, each row giving a commendation. */
  static String table(String inputs, String rows) {
    return FACTS
        + """
        tables:
          - id: t
            name: {zh: 表, en: Table}
            hitPolicy: rule-order
            inputs:
        %s
            rows:
        %s"""
            .formatted(inputs.stripIndent().indent(4).stripTrailing(), rows.stripIndent().indent(4));
  }

  private static List<String> matched(SchemeResult r, String entity) {
    return rowsAndStatus(outcomes(r, entity, "t"));
  }

  /** Each outcome's reason, in Chinese, then in English. */
  private static List<String> reasons(SchemeResult r, String entity) {
    return outcomes(r, entity, "t").stream().map(o -> o.reason().zh() + " | " + o.reason().en()).toList();
  }

  @Nested
  class Comparisons {
    private final SchemeResult result =
        evaluate(
            load(table(
                "- {id: x, of: x}",
                """
                - {id: eq, when: {x: 5}, then: {action: commendation}}
                - {id: ne, when: {x: {ne: 5}}, then: {action: commendation}}
                - {id: lt, when: {x: {lt: 5}}, then: {action: commendation}}
                - {id: le, when: {x: {le: 5}}, then: {action: commendation}}
                - {id: gt, when: {x: {gt: 5}}, then: {action: commendation}}
                - {id: ge, when: {x: {ge: 5}}, then: {action: commendation}}
                """)),
            """
            entity,period,tax,x
            at,2015,100,5.00
            below,2015,100,4.99
            above,2015,100,5.01
            """,
            2015);

    @Test
    void theReasonNamesTheFactItsValueAsWrittenAndTheComparison() {
      assertThat(reasons(result, "at")).containsExactly(
          "符合第 1 行：数值 (5.00) = 5 | matched row 1: A number (5.00) = 5",
          "符合第 4 行：数值 (5.00) ≤ 5 | matched row 4: A number (5.00) ≤ 5",
          "符合第 6 行：数值 (5.00) ≥ 5 | matched row 6: A number (5.00) ≥ 5");
    }

    @Test
    void atTheBoundaryEqualLessOrEqualAndGreaterOrEqualHold() {
      // 5.00 = 5 as numbers, whatever the scale
      assertThat(matched(result, "at")).containsExactly("eq:GIVEN", "le:GIVEN", "ge:GIVEN");
    }

    @Test
    void justBelowTheBoundaryNotEqualLessAndLessOrEqualHold() {
      assertThat(matched(result, "below")).containsExactly("ne:GIVEN", "lt:GIVEN", "le:GIVEN");
    }

    @Test
    void justAboveTheBoundaryNotEqualGreaterAndGreaterOrEqualHold() {
      assertThat(matched(result, "above")).containsExactly("ne:GIVEN", "gt:GIVEN", "ge:GIVEN");
    }
  }

  @Nested
  class RangesAndSets {
    private final SchemeResult result =
        evaluate(
            load(table(
                "- {id: x, of: x}",
                """
                - {id: between, when: {x: {between: [2, 4]}}, then: {action: commendation}}
                - {id: in, when: {x: {in: [1, 3]}}, then: {action: commendation}}
                """)),
            """
            entity,period,tax,x
            low-end,2015,100,2
            high-end,2015,100,4
            under,2015,100,1.99
            over,2015,100,4.01
            three,2015,100,3
            one,2015,100,1
            """,
            2015);

    @Test
    void theReasonShowsTheRangeOrTheSetInEachLanguagesPunctuation() {
      assertThat(reasons(result, "three")).containsExactly(
          "符合第 1 行：数值 (3) ∈ [2, 4] | matched row 1: A number (3) ∈ [2, 4]",
          "符合第 2 行：数值 (3) ∈ [1、3] | matched row 2: A number (3) ∈ [1, 3]");
    }

    @Test
    void betweenIncludesBothEnds() {
      assertThat(matched(result, "low-end")).containsExactly("between:GIVEN");
      assertThat(matched(result, "high-end")).containsExactly("between:GIVEN");
    }

    @Test
    void betweenExcludesValuesJustOutside() {
      assertThat(matched(result, "under")).isEmpty();
      assertThat(matched(result, "over")).isEmpty();
    }

    @Test
    void inHoldsForEachListedValueOnly() {
      assertThat(matched(result, "one")).containsExactly("in:GIVEN");
      assertThat(matched(result, "three")).containsExactly("between:GIVEN", "in:GIVEN");
      assertThat(matched(result, "low-end")).doesNotContain("in:GIVEN");
    }
  }

  @Nested
  class Booleans {
    private final SchemeResult result =
        evaluate(
            load(table(
                "- {id: top-ten, of: top-ten}",
                """
                - {id: yes, when: {top-ten: true}, then: {action: commendation}}
                - {id: no, when: {top-ten: false}, then: {action: criticism}}
                """)),
            """
            entity,period,tax,top-ten
            english-true,2015,100,true
            chinese-true,2015,100,是
            chinese-false,2015,100,否
            english-false,2015,100,false
            not-given,2015,100,
            """,
            2015);

    @Test
    void theReasonSaysYesOrNoInWords() {
      assertThat(reasons(result, "english-true")).containsExactly("符合第 1 行：十强 (是) = 是 | matched row 1: Top ten (yes) = yes");
      assertThat(reasons(result, "chinese-false")).containsExactly("符合第 2 行：十强 (否) = 否 | matched row 2: Top ten (no) = no");
    }

    @Test
    void trueInDataAsTrueOrShiMatchesTrue() {
      assertThat(matched(result, "english-true")).containsExactly("yes:GIVEN");
      assertThat(matched(result, "chinese-true")).containsExactly("yes:GIVEN");
    }

    @Test
    void falseInDataAsFalseOrFouMatchesFalse() {
      assertThat(matched(result, "english-false")).containsExactly("no:GIVEN");
      assertThat(matched(result, "chinese-false")).containsExactly("no:GIVEN");
    }

    @Test
    void aMissingFactWithAFallbackTakesTheFallback() {
      // fallback "false"
      assertThat(matched(result, "not-given")).containsExactly("no:GIVEN");
    }

    @Test
    void theInputIsShownAsTrueOrFalse() {
      assertThat(outcomes(result, "chinese-true", "t").get(0).inputs()).containsEntry("top-ten", "true");
    }
  }

  @Nested
  class Enumerations {
    private final SchemeResult result =
        evaluate(
            load(table(
                "- {id: star, of: star}",
                """
                - {id: is-two, when: {star: two}, then: {action: commendation}}
                - {id: below-two, when: {star: {lt: two}}, then: {action: commendation}}
                - {id: two-or-more, when: {star: {ge: two}}, then: {action: commendation}}
                - {id: one-or-three, when: {star: {in: [one, three]}}, then: {action: commendation}}
                """)),
            """
            entity,period,tax,star
            none,2015,100,none
            one,2015,100,one
            two,2015,100,two
            three,2015,100,three
            """,
            2015);

    @Test
    void theReasonShowsTheValuesByTheirNamesWhichHereAreTheirIds() {
      assertThat(reasons(result, "one")).containsExactly(
          "符合第 2 行：星级 (one) < two | matched row 2: Star level (one) < two",
          "符合第 4 行：星级 (one) ∈ [one、three] | matched row 4: Star level (one) ∈ [one, three]");
    }

    @Test
    void equalityOnAValue() {
      assertThat(matched(result, "two")).contains("is-two:GIVEN");
      assertThat(matched(result, "three")).doesNotContain("is-two:GIVEN");
    }

    @Test
    void lessThanFollowsTheDeclaredOrder() {
      assertThat(matched(result, "none")).containsExactly("below-two:GIVEN");
      assertThat(matched(result, "one")).containsExactly("below-two:GIVEN", "one-or-three:GIVEN");
    }

    @Test
    void atLeastFollowsTheDeclaredOrder() {
      assertThat(matched(result, "two")).containsExactly("is-two:GIVEN", "two-or-more:GIVEN");
      assertThat(matched(result, "three")).containsExactly("two-or-more:GIVEN", "one-or-three:GIVEN");
    }

    @Test
    void theInputIsShownAsItsValue() {
      assertThat(outcomes(result, "three", "t").get(0).inputs()).containsEntry("star", "three");
    }
  }

  @Nested
  class OtherInputs {
    private final SchemeResult result =
        evaluate(
            load(table(
                """
                - {id: x, of: x}
                - {id: y, of: y}
                """,
                """
                - {id: below, when: {x: {lt: {input: y}}}, then: {action: criticism}}
                - {id: anything, when: {x: any}, then: {action: commendation}}
                """)),
            """
            entity,period,tax,x,y
            lower,2015,100,1,2
            equal,2015,100,2,2
            no-y,2015,100,1,
            no-x,2015,100,,2
            """,
            2015);

    @Test
    void theReasonNamesTheOtherInputWithItsValueAndAnyInWords() {
      assertThat(reasons(result, "lower")).containsExactly(
          "符合第 1 行：数值 (1) < 另一数值 (2) | matched row 1: A number (1) < Another number (2)",
          "符合第 2 行：数值 (1) 任意 | matched row 2: A number (1) any");
    }

    @Test
    void comparesWithTheOtherInputsValue() {
      assertThat(matched(result, "lower")).containsExactly("below:GIVEN", "anything:GIVEN");
      assertThat(matched(result, "equal")).containsExactly("anything:GIVEN");
    }

    @Test
    void theReasonShowsBothValues() {
      assertThat(outcomes(result, "lower", "t").get(0).reason().en()).contains("A number (1) < Another number (2)");
    }

    @Test
    void aMissingValueToCompareWithIsNotEvaluable() {
      assertThat(matched(result, "no-y")).containsExactly("below:NOT_EVALUABLE", "anything:GIVEN");
    }

    @Test
    void anyHoldsEvenWithoutAValue() {
      assertThat(matched(result, "no-x")).containsExactly("below:NOT_EVALUABLE", "anything:GIVEN");
    }
  }

  @Nested
  class MissingValues {
    private final SchemeResult result =
        evaluate(
            load(table(
                "- {id: x, of: x}",
                """
                - {id: big, when: {x: {ge: 10}}, then: {money: 5}}
                - {id: small, when: {x: {lt: 10}}, then: {money: 1}}
                """)),
            """
            entity,period,tax,x
            known,2015,100,3
            unknown,2015,100,
            """,
            2015);

    @Test
    void aMissingFactWithoutFallbackMakesEveryRowOnItNotEvaluableNeverFalse() {
      assertThat(matched(result, "unknown")).containsExactly("big:NOT_EVALUABLE", "small:NOT_EVALUABLE");
      assertThat(RuleFixture.entity(result, "unknown").money()).isEqualByComparingTo("0");
      assertThat(matched(result, "known")).containsExactly("small:GIVEN");
    }

    @Test
    void theReasonNamesTheInputAndPeriodInBothLanguages() {
      OutcomeResult o = outcomes(result, "unknown", "t").get(0);

      assertThat(o.reason().en()).isEqualTo("not evaluable: no value of A number in 2015");
      assertThat(o.reason().zh()).isEqualTo("无法判定：2015 年无数值的数据"); // what is missing by the fact's name, once
      assertThat(o.inputs()).containsEntry("x", "?");
    }
  }

  @Nested
  class AdjustmentItems {
    private final SchemeResult result =
        evaluate(
            load(
                """
                adjustments:
                  - id: bonus
                    name: {zh: 加分, en: Bonus}
                    items:
                      - {id: titles, name: {zh: 称号数, en: Titles}, pointsPerUnit: 1}
                """
                    + table(
                        "- {id: titles, of: titles}",
                        """
                        - {id: none, when: {titles: 0}, then: {action: criticism}}
                        - {id: per-title, when: {titles: {ge: 1}}, then: {moneyPerUnit: 30, of: titles}}
                        """)),
            """
            entity,period,tax,titles
            two,2015,100,2
            blank,2015,100,
            """,
            2015);

    @Test
    void theReasonNamesTheItemAndWorksOutTheMoney() {
      assertThat(reasons(result, "two")).containsExactly(
          "符合第 2 行：称号数 (2) ≥ 1；2 × 30 | matched row 2: Titles (2) ≥ 1; 2 × 30");
    }

    @Test
    void anItemIsReadAsItsCount() {
      // 2 × 30 = 60; the bonus is 2 × 1 point
      assertThat(matched(result, "two")).containsExactly("per-title:GIVEN");
      assertThat(RuleFixture.entity(result, "two").money()).isEqualByComparingTo("60");
      assertThat(RuleFixture.entity(result, "two").adjustments()).isEqualByComparingTo("2");
    }

    @Test
    void anItemWithoutAValueCountsZeroAsItDoesInTheScore() {
      assertThat(RuleFixture.entity(result, "blank").adjustments()).isEqualByComparingTo("0");
      assertThat(matched(result, "blank")).containsExactly("none:GIVEN");
    }
  }

  @Nested
  class History {
    private static final String DATA =
        """
        entity,period,tax,star,province-place
        a,2014,300,one,10
        b,2014,100,two,20
        c,2014,200,one,30
        a,2015,300,two,16
        b,2015,200,two,24
        c,2015,100,three,
        """;

    private final Policy policy =
        load(table(
            """
            - {id: place, of: result.place}
            - {id: star, of: star}
            - {id: star-before, of: star, timing: previous}
            - {id: change, of: province-place, timing: change}
            """,
            """
            - {id: twice-top-two, when: {place: {eachOfLast: 2, is: {le: 2}}}, then: {action: promotion}}
            - {id: upgraded-to-two, when: {star: two, star-before: {lt: two}}, then: {money: 200}}
            - {id: five-worse, when: {change: {ge: 5}}, then: {action: criticism}}
            """));

    // places 2014: a 1 (300), c 2 (200), b 3 (100); 2015: a 1 (300), b 2 (200), c 3 (100)
    private final List<SchemeResult> results = evaluate(policy, DATA, Period.year(2014), Period.year(2015));

    private List<String> rows(int index, String entity, String row) {
      return matched(results.get(index), entity).stream().filter(s -> s.startsWith(row + ":")).toList();
    }

    @Test
    void theReasonNamesEachPeriodAndTimingInWordsAndJoinsConditionsInEachLanguagesWay() {
      assertThat(reasons(results.get(1), "a")).containsExactly(
          "符合第 1 行：名次 (1) ≤ 2（2015年 1、2014年 1：最近 2 期均如此） | matched row 1: place (1) ≤ 2 (2015 1, 2014 1:"
              + " in each of the last 2 periods)",
          "符合第 2 行：星级 (two) = two，上年星级 (one) < two | matched row 2: Star level (two) = two, Star level the"
              + " period before (one) < two",
          "符合第 3 行：全省位次较上年变化 (6（10 → 16）) ≥ 5 | matched row 3: change in Provincial place from the period"
              + " before (6 (10 → 16)) ≥ 5");
    }

    @Test
    void eachOfLastHoldsWhenEveryPeriodHolds() {
      // a: place 1 in 2014 and 2015
      assertThat(rows(1, "a", "twice-top-two")).containsExactly("twice-top-two:GIVEN");
    }

    @Test
    void eachOfLastIsFalseWhenAnyPeriodFails() {
      // b: place 3 in 2014; c: place 3 in 2015
      assertThat(rows(1, "b", "twice-top-two")).isEmpty();
      assertThat(rows(1, "c", "twice-top-two")).isEmpty();
    }

    @Test
    void eachOfLastIsNotEvaluableWhenAPeriodIsMissing() {
      // 2014: a is first, but 2013 has no data
      assertThat(rows(0, "a", "twice-top-two")).containsExactly("twice-top-two:NOT_EVALUABLE");
      assertThat(outcomes(results.get(0), "a", "t").get(0).reason().en()).contains("no data for 2013");
    }

    @Test
    void eachOfLastIsFalseWhenAPeriodFailsEvenIfAnotherIsMissing() {
      // 2014: b is third (fails) and 2013 has no data
      assertThat(rows(0, "b", "twice-top-two")).isEmpty();
    }

    @Test
    void previousReadsThePeriodBefore() {
      // a: one (2014) → two (2015): upgraded; b: two → two: not
      assertThat(rows(1, "a", "upgraded-to-two")).containsExactly("upgraded-to-two:GIVEN");
      assertThat(rows(1, "b", "upgraded-to-two")).isEmpty();
      assertThat(outcomes(results.get(1), "a", "t").get(0).inputs())
          .containsEntry("star", "two")
          .containsEntry("star-before", "one");
    }

    @Test
    void previousWithoutThePeriodBeforeIsNotEvaluable() {
      // b in 2014 has two stars; 2013 is missing
      assertThat(rows(0, "b", "upgraded-to-two")).containsExactly("upgraded-to-two:NOT_EVALUABLE");
    }

    @Test
    void changeIsNowMinusBefore() {
      // a: 16 − 10 = 6 ≥ 5; b: 24 − 20 = 4
      assertThat(rows(1, "a", "five-worse")).containsExactly("five-worse:GIVEN");
      assertThat(outcomes(results.get(1), "a", "t").stream().filter(o -> o.row().equals("five-worse"))
              .findFirst().orElseThrow().inputs())
          .containsEntry("change", "6");
      assertThat(rows(1, "b", "five-worse")).isEmpty();
    }

    @Test
    void theReasonShowsEachPeriodTheRuleReadInWords() {
      // a: first in 2015 and in 2014; the reason names both years, not only "the last 2 periods"
      String zh = outcomes(results.get(1), "a", "t").stream().filter(o -> o.row().equals("twice-top-two"))
          .findFirst().orElseThrow().reason().zh();
      assertThat(zh).contains("名次 (1) ≤ 2（2015年 1、2014年 1：最近 2 期均如此）");
      String en = outcomes(results.get(1), "a", "t").stream().filter(o -> o.row().equals("twice-top-two"))
          .findFirst().orElseThrow().reason().en();
      assertThat(en).contains("place (1) ≤ 2 (2015 1, 2014 1: in each of the last 2 periods)");
    }

    @Test
    void theReasonNamesAChangeInWordsWithItsTwoValues() {
      // a: provincial place 10 (2014) → 16 (2015); the input's id 'change' is no word for a reader
      var o = outcomes(results.get(1), "a", "t").stream().filter(x -> x.row().equals("five-worse")).findFirst().orElseThrow();
      assertThat(o.reason().zh()).contains("全省位次较上年变化 (6（10 → 16）) ≥ 5").doesNotContain("change");
      assertThat(o.reason().en()).contains("change in Provincial place from the period before (6 (10 → 16)) ≥ 5");
      var star = outcomes(results.get(1), "a", "t").stream().filter(x -> x.row().equals("upgraded-to-two")).findFirst().orElseThrow();
      assertThat(star.reason().zh()).contains("上年星级 (");
    }

    @Test
    void changeWithoutTheValueNowIsNotEvaluable() {
      // c has no provincial place in 2015
      assertThat(rows(1, "c", "five-worse")).containsExactly("five-worse:NOT_EVALUABLE");
    }
  }

  @Nested
  class Quarters {
    private final List<SchemeResult> results =
        evaluate(
            load(table(
                """
                - {id: place, of: result.place}
                - {id: star, of: star}
                - {id: star-before, of: star, timing: previous}
                """,
                """
                - {id: upgraded, when: {star: {gt: {input: star-before}}}, then: {money: 1}}
                - {id: twice-first, when: {place: {eachOfLast: 2, is: 1}}, then: {money: 2}}
                """)),
            """
            entity,period,tax,star
            a,2014Q4,300,one
            b,2014Q4,200,one
            a,2015Q1,300,two
            b,2015Q1,400,one
            """,
            Period.quarter(2014, 4),
            Period.quarter(2015, 1));

    @Test
    void theQuarterBeforeTheFirstIsTheLastOfTheYearBefore() {
      // a: one (2014Q4) → two (2015Q1); first in both quarters
      assertThat(matched(results.get(1), "a")).containsExactly("upgraded:GIVEN");
      assertThat(matched(results.get(1), "b")).isEmpty();
    }

    @Test
    void eachOfLastCountsQuarters() {
      // a is first in 2014Q4 only; b in 2015Q1 only; 2014Q3 has no data
      assertThat(matched(results.get(0), "a")).containsExactly("upgraded:NOT_EVALUABLE", "twice-first:NOT_EVALUABLE");
      assertThat(outcomes(results.get(0), "a", "t").get(1).reason().en()).contains("no data for 2014Q3");
      assertThat(matched(results.get(1), "a")).doesNotContain("twice-first:GIVEN");
    }
  }

  @Nested
  class Results {
    private static final String RESULTS =
        """
        ranking:
          groups: [county]
        entities:
          - {id: a, name: {zh: 甲, en: A}, attributes: {county: east}}
          - {id: b, name: {zh: 乙, en: B}, attributes: {county: east}}
          - {id: c, name: {zh: 丙, en: C}, attributes: {county: west}}
          - {id: hq, name: {zh: 总部, en: Headquarters}, ranked: false, attributes: {county: west}}
        """;

    private final SchemeResult result =
        evaluate(
            load(RESULTS + table(
                """
                - {id: place, of: result.place}
                - {id: county-place, of: result.place.county}
                - {id: tax-points, of: result.points.tax}
                """,
                """
                - {id: top-two, when: {place: {le: 2}}, then: {action: commendation}}
                - {id: not-first, when: {place: {ne: 1}}, then: {action: criticism}}
                - {id: first-in-county, when: {county-place: 1}, then: {action: promotion}}
                - {id: half-points, when: {tax-points: {le: 5}}, then: {money: 1}}
                """)),
            // tax points: 10 × tax / 400: a 10, b 5, c 2.5, hq 0.5 (hq is scored but takes no place)
            """
            entity,period,tax
            a,2015,400
            b,2015,200
            c,2015,100
            hq,2015,20
            """,
            2015);

    @Test
    void thePlaceOfAnEntityThatTakesNoPlaceMakesEveryRowOnItFalseNotUnknown() {
      // 'not-first' would hold if the missing place were treated as unknown or as a number
      assertThat(matched(result, "hq")).containsExactly("half-points:GIVEN");
    }

    @Test
    void theReasonNamesThePlaceTheGroupsPlaceAndThePointsInWords() {
      // the group's place by the attribute it groups by (county has no name here, so its id)
      assertThat(reasons(result, "c")).containsExactly(
          "符合第 2 行：名次 (3) ≠ 1 | matched row 2: place (3) ≠ 1",
          "符合第 3 行：county内名次 (1) = 1 | matched row 3: place within county (1) = 1",
          "符合第 4 行：税收得分 (2.5) ≤ 5 | matched row 4: points for Tax (2.5) ≤ 5");
    }

    @Test
    void theGroupsPlaceIsNamedByTheAttributesNameWhereItHasOne() {
      SchemeResult named = evaluate(
          io.github.kaohe.load.PolicyLoader.create().load(
              RuleFixture.yaml(RESULTS + table("- {id: county-place, of: result.place.county}",
                      "- {id: first-in-county, when: {county-place: 1}, then: {action: promotion}}"))
                  .replace("attributes: [kind, county]", "attributes: [kind, {id: county, name: {zh: 县, en: County}}]"),
              RuleFixture.FILE),
          "entity,period,tax\na,2015,400\nb,2015,200\nc,2015,100\nhq,2015,20\n", 2015);

      assertThat(reasons(named, "c")).containsExactly("符合第 1 行：县内名次 (1) = 1 | matched row 1: place within County (1) = 1");
    }

    @Test
    void thePlaceWithinAGroupReadsTheGroupRanking() {
      // east: a 1, b 2; west: c 1 (hq takes no place)
      assertThat(matched(result, "a")).contains("first-in-county:GIVEN");
      assertThat(matched(result, "b")).doesNotContain("first-in-county:GIVEN");
      assertThat(matched(result, "c")).contains("first-in-county:GIVEN");
      assertThat(outcomes(result, "c", "t").get(0).inputs()).containsEntry("place", "3").containsEntry("county-place", "1");
    }

    @Test
    void pointsReadTheIndicatorsPoints() {
      // b: 10 × 200 / 400 = 5 ≤ 5; a: 10
      assertThat(matched(result, "b")).contains("half-points:GIVEN");
      assertThat(matched(result, "a")).doesNotContain("half-points:GIVEN");
      assertThat(outcomes(result, "c", "t").get(0).inputs()).containsEntry("tax-points", "2.5");
    }
  }
}
