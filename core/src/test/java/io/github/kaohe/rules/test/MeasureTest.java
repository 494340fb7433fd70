package io.github.kaohe.rules.test;

import static io.github.kaohe.rules.test.RuleFixture.entity;
import static io.github.kaohe.rules.test.RuleFixture.evaluate;
import static io.github.kaohe.rules.test.RuleFixture.load;
import static io.github.kaohe.rules.test.RuleFixture.outcomes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.eval.OutcomeResult;
import io.github.kaohe.eval.OutcomeResult.Status;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.load.PolicyException;
import io.github.kaohe.load.Problem;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Derived measures, read from {@code EntityResult.measures()} (where a measure without a value is
 * absent) and through a table that reads them (where the reason is given).
 */
class MeasureTest {
  /** Four zones; hq is assessed but takes no place. */
  private static final String SCHEME =
      """
      entities:
        - {id: a, name: {zh: 甲, en: A}}
        - {id: b, name: {zh: 乙, en: B}}
        - {id: c, name: {zh: 丙, en: C}}
        - {id: hq, name: {zh: 总部, en: Headquarters}, ranked: false}
      facts:
        - {id: p, name: {zh: 甲值, en: P}, type: number}
        - {id: q, name: {zh: 乙值, en: Q}, type: number}
        - {id: r, name: {zh: 丙值, en: R}, type: number}
      measures:
        - id: mix
          name: {zh: 加权, en: Mix}
          formula: {type: weighted-sum, terms: [{of: p, weight: 0.5}, {of: q, weight: 0.25}, {of: r, weight: 0.25}]}
        - {id: growth-p, name: {zh: 甲增速, en: P growth}, unit: "%", formula: {type: growth, of: p}}
        - id: growth-p-or-zero
          name: {zh: 甲增速（基数非正为零）, en: P growth (0 when the base is not positive)}
          formula: {type: growth, of: p, whenBaseNotPositive: zero}
        - id: growth-q
          name: {zh: 乙增速, en: Q growth}
          formula: {type: growth, of: q}
          rounding: {scale: 2, rounding: half-up}
        - {id: share, name: {zh: 占比, en: Share}, formula: {type: ratio, numerator: p, denominator: q, factor: 100}}
        - {id: change-p, name: {zh: 甲变化, en: Change of P}, formula: {type: change, of: p}}
        - {id: mean-all, name: {zh: 平均, en: Mean}, formula: {type: population, statistic: mean, of: p}}
        - {id: median-all, name: {zh: 中位数, en: Median}, formula: {type: population, statistic: median, of: p}}
        - {id: sum-all, name: {zh: 合计, en: Sum}, formula: {type: population, statistic: sum, of: p}}
        - {id: min-all, name: {zh: 最小, en: Min}, formula: {type: population, statistic: min, of: p}}
        - {id: max-all, name: {zh: 最大, en: Max}, formula: {type: population, statistic: max, of: p}}
        - id: mean-ranked
          name: {zh: 参与排序者平均, en: Mean of the ranked}
          formula: {type: population, statistic: mean, of: p, over: ranked}
          rounding: {scale: 2, rounding: half-up}
        - {id: median-ranked, name: {zh: 参与排序者中位数, en: Median of the ranked}, formula: {type: population, statistic: median, of: p, over: ranked}}
        - {id: sum-ranked, name: {zh: 参与排序者合计, en: Sum of the ranked}, formula: {type: population, statistic: sum, of: p, over: ranked}}
        - {id: max-ranked, name: {zh: 参与排序者最大, en: Max of the ranked}, formula: {type: population, statistic: max, of: p, over: ranked}}
        - id: composite
          name: {zh: 综合增速, en: Composite growth}
          formula: {type: weighted-sum, terms: [{of: growth-p, weight: 0.5}, {of: growth-q, weight: 0.5}]}
      tables:
        - id: t
          name: {zh: 表, en: Table}
          hitPolicy: rule-order
          inputs:
            - {id: growth, of: growth-p}
            - {id: share, of: share}
          rows:
            - {id: growing, when: {growth: {gt: 0}}, then: {action: commendation}}
            - {id: big-share, when: {share: {ge: 50}}, then: {action: commendation}}
      """;

  private static final String DATA =
      """
      entity,period,tax,p,q,r
      a,2014,100,100,300,
      b,2014,100,0,100,
      c,2014,100,-50,100,
      hq,2014,100,200,100,
      a,2015,100,120,400,80
      b,2015,100,10,0,0
      c,2015,100,30,100,0
      hq,2015,100,300,200,
      """;

  private final SchemeResult result = evaluate(load(SCHEME), DATA, 2015);

  private Map<String, BigDecimal> measures(String entity) {
    return entity(result, entity).measures();
  }

  @Nested
  class PerEntity {
    @Test
    void aWeightedSumAddsTheWeightedTerms() {
      // a: 0.5 × 120 + 0.25 × 400 + 0.25 × 80 = 60 + 100 + 20 = 180
      assertThat(measures("a").get("mix")).isEqualByComparingTo("180");
    }

    @Test
    void aWeightedSumWithAMissingTermHasNoValue() {
      // hq has no r in 2015; b has all three: 0.5 × 10 + 0.25 × 0 + 0.25 × 0 = 5
      assertThat(measures("hq")).doesNotContainKey("mix");
      assertThat(measures("b").get("mix")).isEqualByComparingTo("5");
    }

    @Test
    void growthIsTheChangeInPercentOfThePreviousValue() {
      // a: (120 − 100) / 100 × 100 = 20; hq: (300 − 200) / 200 × 100 = 50
      assertThat(measures("a").get("growth-p")).isEqualByComparingTo("20");
      assertThat(measures("hq").get("growth-p")).isEqualByComparingTo("50");
    }

    @Test
    void growthFromAZeroOrNegativeBaseIsUnknownByDefault() {
      // b: 0 → 10; c: −50 → 30
      assertThat(measures("b")).doesNotContainKey("growth-p");
      assertThat(measures("c")).doesNotContainKey("growth-p");
    }

    @Test
    void growthFromAZeroOrNegativeBaseIsZeroWhenDeclared() {
      assertThat(measures("b").get("growth-p-or-zero")).isEqualByComparingTo("0");
      assertThat(measures("c").get("growth-p-or-zero")).isEqualByComparingTo("0");
      assertThat(measures("a").get("growth-p-or-zero")).isEqualByComparingTo("20");
    }

    @Test
    void aRowOnAnUnknownGrowthIsNotEvaluableAndSaysWhy() {
      OutcomeResult o = outcomes(result, "b", "t").get(0);

      assertThat(o.row()).isEqualTo("growing");
      assertThat(o.status()).isEqualTo(Status.NOT_EVALUABLE);
      assertThat(o.reason().en()).isEqualTo("not evaluable: P growth: the growth of P has no meaning: its value in 2014 is 0");
      assertThat(o.reason().zh()).isEqualTo("无法判定：甲增速：甲值的增速无意义：2014 年的值为 0");
    }

    @Test
    void theDeclaredRoundingApplies() {
      // a: (400 − 300) / 300 × 100 = 33.333… → 33.33
      assertThat(measures("a").get("growth-q")).isEqualTo(new BigDecimal("33.33"));
    }

    @Test
    void aMeasureReadsAnotherMeasureAfterItsRounding() {
      // a: 0.5 × 20 + 0.5 × 33.33 = 10 + 16.665 = 26.665 (not 26.6666… from the unrounded 33.333…)
      assertThat(measures("a").get("composite")).isEqualByComparingTo("26.665");
    }

    @Test
    void aRatioDividesAndScales() {
      // a: 120 / 400 × 100 = 30
      assertThat(measures("a").get("share")).isEqualByComparingTo("30");
    }

    @Test
    void aRatioWithADenominatorOfZeroIsUnknown() {
      // b: q = 0
      assertThat(measures("b")).doesNotContainKey("share");
      OutcomeResult o = outcomes(result, "b", "t").stream().filter(x -> x.row().equals("big-share")).findFirst().orElseThrow();
      assertThat(o.status()).isEqualTo(Status.NOT_EVALUABLE);
      assertThat(o.reason().en()).contains("Q is 0, so the ratio has no value");
    }

    @Test
    void changeIsNowMinusBefore() {
      // a: 120 − 100 = 20; c: 30 − (−50) = 80
      assertThat(measures("a").get("change-p")).isEqualByComparingTo("20");
      assertThat(measures("c").get("change-p")).isEqualByComparingTo("80");
    }
  }

  @Nested
  class Population {
    // p in 2015: a 120, b 10, c 30 (ranked); hq 300 (assessed, takes no place)

    @Test
    void overTheAssessedEntities() {
      // 10, 30, 120, 300: sum 460, mean 460 / 4 = 115, median (30 + 120) / 2 = 75, min 10, max 300
      Map<String, BigDecimal> m = measures("a");
      assertThat(m.get("sum-all")).isEqualByComparingTo("460");
      assertThat(m.get("mean-all")).isEqualByComparingTo("115");
      assertThat(m.get("median-all")).isEqualByComparingTo("75");
      assertThat(m.get("min-all")).isEqualByComparingTo("10");
      assertThat(m.get("max-all")).isEqualByComparingTo("300");
    }

    @Test
    void overTheRankedEntitiesOnly() {
      // 10, 30, 120: sum 160, mean 160 / 3 = 53.333… → 53.33 (declared rounding), median 30, max 120
      Map<String, BigDecimal> m = measures("a");
      assertThat(m.get("sum-ranked")).isEqualByComparingTo("160");
      assertThat(m.get("mean-ranked")).isEqualTo(new BigDecimal("53.33"));
      assertThat(m.get("median-ranked")).isEqualByComparingTo("30");
      assertThat(m.get("max-ranked")).isEqualByComparingTo("120");
    }

    @Test
    void isTheSameForEveryEntityIncludingOnesThatTakeNoPlace() {
      assertThat(measures("b").get("mean-all")).isEqualByComparingTo("115");
      assertThat(measures("hq").get("mean-ranked")).isEqualByComparingTo("53.33");
    }

    @Test
    void leavesOutEntitiesWithoutTheValue() {
      String data =
          """
          entity,period,tax,p
          a,2015,100,1
          b,2015,100,
          c,2015,100,4
          hq,2015,100,
          """;
      SchemeResult r = evaluate(load(SCHEME), data, 2015);

      // 1 and 4: mean 2.5, median (1 + 4) / 2 = 2.5
      assertThat(entity(r, "b").measures().get("mean-all")).isEqualByComparingTo("2.5");
      assertThat(entity(r, "b").measures().get("median-all")).isEqualByComparingTo("2.5");
    }
  }

  @Nested
  class Cycles {
    @Test
    void aCycleAmongMeasuresIsALoadErrorAtEachMeasure() {
      String scheme =
          """
          measures:
            - {id: m1, name: {zh: 一, en: One}, formula: {type: weighted-sum, terms: [{of: m2, weight: 1}]}}
            - {id: m2, name: {zh: 二, en: Two}, formula: {type: growth, of: m1}}
            - {id: m3, name: {zh: 三, en: Three}, formula: {type: change, of: m3}}
          """;

      assertThatThrownBy(() -> load(scheme))
          .isInstanceOf(PolicyException.class)
          .satisfies(e -> assertThat(((PolicyException) e).problems())
              .extracting(Problem::line, Problem::message)
              .containsExactly(
                  org.assertj.core.groups.Tuple.tuple(RuleFixture.lineOf(scheme, "id: m1"),
                      "measure 'm1': is defined in terms of itself (a cycle among measures)"),
                  org.assertj.core.groups.Tuple.tuple(RuleFixture.lineOf(scheme, "id: m2"),
                      "measure 'm2': is defined in terms of itself (a cycle among measures)"),
                  org.assertj.core.groups.Tuple.tuple(RuleFixture.lineOf(scheme, "id: m3"),
                      "measure 'm3': is defined in terms of itself (a cycle among measures)")));
    }
  }
}
