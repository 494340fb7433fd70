package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Period;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Policy;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What a table reads ({@link Values}) and why a value is missing, in the words of the policy: a
 * derived fact (tax per 亩 of land), a ratio to a measure that is 0, a growth from a base of 0, a
 * count and a mean of the values of at least a bound, and a change shown with the two values it
 * is the difference of. Worked by hand for 2024:
 *
 * <pre>
 *      tax 2023  tax 2024  land  density (tax / land)  growth            change       titles
 * a    0         100       4     25.0000               none (base 0)     100 (0→100)  1
 * b    50        40        0     none (÷ 0)            −20               −10          —
 * </pre>
 *
 * Taxes of at least 100: a's only, so the count is 1 (a 100 is counted: at least); of at least
 * 1000: none, so their mean is missing; prizes (the second item of a layer) of at least 5: none
 * either; and no one has a grant.
 */
class ValuesReasonsTest {
  private static final Policy POLICY = PartEvaluatorPolicies.policy("""
      facts:
        - {id: land, name: {zh: 用地, en: Land}, type: number, unit: 亩}
        - {id: density, name: {zh: 密度, en: Density}, type: number, unit: 万元/亩,
           formula: {of: tax / land, ifZeroDivisor: missing}}
        - {id: grant, name: {zh: 补助, en: Grant}, type: number}
      adjustments:
        - id: honours
          name: {zh: 荣誉, en: Honours}
          items:
            - {id: titles, name: {zh: 称号, en: Titles}, pointsPerUnit: 1}
            - {id: prizes, name: {zh: 奖项, en: Prizes}, pointsPerUnit: 2}
      measures:
        - {id: zero, name: {zh: 零, en: Zero}, formula: {type: weighted-sum, terms: [{of: land, weight: 0}]}}
        - {id: per-zero, name: {zh: 每零, en: Per zero}, formula: {type: ratio, numerator: tax, denominator: zero}}
        - {id: growth, name: {zh: 税收增速, en: Tax growth}, formula: {type: growth, of: tax}}
        - {id: big, name: {zh: 大户数, en: Big ones}, formula: {type: population, statistic: count, of: tax, atLeast: 100}}
        - {id: big-mean, name: {zh: 特大均值, en: Mean of the very big},
           formula: {type: population, statistic: mean, of: tax, atLeast: 1000}}
        - {id: prized, name: {zh: 多奖项均值, en: Mean of many prizes},
           formula: {type: population, statistic: mean, of: prizes, atLeast: 5}}
        - {id: moved, name: {zh: 税收变化, en: Change of tax}, formula: {type: change, of: tax}}
        - {id: granted, name: {zh: 平均补助, en: Mean grant}, formula: {type: population, statistic: mean, of: grant}}
      tables:
        - id: look
          name: {zh: 查看, en: Look}
          hitPolicy: collect-sum
          unit: 元
          inputs: [{id: d, of: density}, {id: p, of: per-zero}, {id: g, of: growth}, {id: b, of: big},
                   {id: bm, of: big-mean}, {id: t, of: prized}, {id: m, of: moved}, {id: mg, of: granted}]
          rows:
            - {id: dense, name: {zh: 密度, en: Dense}, when: {d: {ge: 0}}, then: {money: 1}}
            - {id: ratio, name: {zh: 比值, en: Ratio}, when: {p: {ge: 0}}, then: {money: 1}}
            - {id: growing, name: {zh: 增长, en: Growing}, when: {g: {ge: 0}}, then: {money: 1}}
            - {id: very-big, name: {zh: 特大, en: Very big}, when: {bm: {ge: 0}}, then: {money: 1}}
            - {id: many-prizes, name: {zh: 多奖项, en: Many prizes}, when: {t: {ge: 0}}, then: {money: 1}}
            - {id: moved-up, name: {zh: 上升, en: Moved up}, when: {m: {ge: 0}, b: {ge: 1}}, then: {money: 1}}
            - {id: granted, name: {zh: 受补助, en: Granted}, when: {mg: {ge: 0}}, then: {money: 1}}
      """);

  /** Each outcome of the entity in 2024: row → its reason in English. */
  private static Map<String, String> reasons(String entity) {
    return reasons(entity, Language.EN);
  }

  private static Map<String, String> reasons(String entity, Language lang) {
    SchemeResult r = Evaluator.of(POLICY).evaluate("firms", PartEvaluatorPolicies.data(POLICY, """
        entity,period,tax,land,titles,prizes
        a,2023,0,2,0,0
        a,2024,100,4,1,1
        b,2023,50,0,,
        b,2024,40,0,,
        """), List.of(Period.year(2023), Period.year(2024))).get(1);
    return r.entity(entity).orElseThrow().outcomes().stream()
        .collect(Collectors.toMap(OutcomeResult::row, o -> o.reason().in(lang)));
  }

  @Test
  void aDerivedFactIsReadFromItsFormula() {
    assertThat(reasons("a")).containsEntry("dense", "matched 'Dense': Density (25.0000) ≥ 0");
    assertThat(reasons("b")).containsEntry("dense", "not evaluable: no value of Density in 2024");
  }

  @Test
  void aRatioToAMeasureOfZeroNamesTheMeasure() {
    assertThat(reasons("a")).containsEntry("ratio", "not evaluable: Per zero: Zero is 0, so the ratio has no value");
  }

  @Test
  void aGrowthFromABaseOfZeroNamesTheIndicator() {
    assertThat(reasons("a"))
        .containsEntry("growing", "not evaluable: Tax growth: the growth of Tax has no meaning: its value in 2023 is 0");
  }

  @Test
  void aFigureOfValuesOfAtLeastABoundCountsTheBoundAndSaysWhenNoneReachIt() {
    assertThat(reasons("a")).containsEntry("moved-up", "matched 'Moved up': Change of tax (100 (0 → 100)) ≥ 0, Big ones (1) ≥ 1");
    assertThat(reasons("b")).containsEntry("very-big",
        "not evaluable: Mean of the very big: no entity has a value of Tax of at least 1000 in 2024");
    assertThat(reasons("b")).containsEntry("many-prizes",
        "not evaluable: Mean of many prizes: no entity has a value of Prizes of at least 5 in 2024");
    assertThat(reasons("a")).containsEntry("granted", "not evaluable: Mean grant: no entity has a value of Grant in 2024");
  }

  @Test
  void theReasonsAreInChineseToo() {
    assertThat(reasons("b", Language.ZH)).containsEntry("very-big", "无法判定：特大均值：2024 年没有任何对象有税收不低于 1000 的值");
    assertThat(reasons("a", Language.ZH)).containsEntry("granted", "无法判定：平均补助：2024 年没有任何对象有补助的值");
  }
}
