package io.github.kaohe.rules.test;

import static io.github.kaohe.rules.test.RuleFixture.entity;
import static io.github.kaohe.rules.test.RuleFixture.evaluate;
import static io.github.kaohe.rules.test.RuleFixture.load;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.eval.CheckResult;
import io.github.kaohe.eval.SchemeResult;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Population statistics that count, and that keep only values of at least {@code atLeast} and entities {@code where} an attribute has given values. */
class CountTest {
  private static final String SCHEME =
      """
      entities:
        - {id: a, name: {zh: 甲, en: A}, attributes: {kind: industrial, county: weishi}}
        - {id: b, name: {zh: 乙, en: B}, attributes: {kind: industrial, county: tongxu}}
        - {id: c, name: {zh: 丙, en: C}, attributes: {kind: service, county: weishi}}
        - {id: d, name: {zh: 丁, en: D}}
        - {id: e, name: {zh: 戊, en: E}, attributes: {kind: service}}
        - {id: hq, name: {zh: 总部, en: Headquarters}, ranked: false, attributes: {kind: industrial}}
      facts:
        - {id: invest, name: {zh: 投资额, en: Investment}, type: number}
      measures:
        - {id: with-invest, name: {zh: 有投资, en: With investment}, formula: {type: population, statistic: count, of: invest}}
        - {id: big, name: {zh: 大项目, en: Big}, formula: {type: population, statistic: count, of: invest, atLeast: 100}}
        - id: big-industrial
          name: {zh: 工业大项目, en: Big industrial}
          formula: {type: population, statistic: count, of: invest, atLeast: 100, where: {attribute: kind, in: [industrial]}}
        - {id: ranked-count, name: {zh: 参与排序, en: Ranked}, formula: {type: population, statistic: count, of: invest, over: ranked}}
        - {id: huge, name: {zh: 特大项目, en: Huge}, formula: {type: population, statistic: count, of: invest, atLeast: 100000}}
        - id: big-sum
          name: {zh: 大项目投资, en: Big investment}
          formula: {type: population, statistic: sum, of: invest, atLeast: 100, where: {attribute: county, in: [weishi, tongxu]}}
        - {id: huge-sum, name: {zh: 特大项目投资, en: Huge investment}, formula: {type: population, statistic: sum, of: invest, atLeast: 100000}}
      checks:
        - id: enough-big
          name: {zh: 大项目数, en: Big projects}
          inputs: [{id: n, of: big}, {id: huge-sum, of: huge-sum}]
          require: {n: {ge: 3}, huge-sum: {ge: 0}}
          message: {zh: 大项目不足, en: too few big projects}
      """;

  // a 150, b 100 (exactly the least), c 300, d 99, e none, hq 500 (assessed, takes no place)
  private static final String DATA =
      """
      entity,period,tax,invest
      a,2015,100,150
      b,2015,100,100
      c,2015,100,300
      d,2015,100,99
      e,2015,100,
      hq,2015,100,500
      """;

  private static final SchemeResult RESULT = evaluate(load(SCHEME), DATA, 2015);
  private static final Map<String, BigDecimal> MEASURES = entity(RESULT, "a").measures();

  @Test
  void countsTheEntitiesWithAValue() {
    // a, b, c, d, hq; e has none
    assertThat(MEASURES.get("with-invest")).isEqualByComparingTo("5");
  }

  @Test
  void countsOnlyValuesOfAtLeastTheLeast() {
    // a 150, b 100, c 300, hq 500; not d (99 < 100)
    assertThat(MEASURES.get("big")).isEqualByComparingTo("4");
  }

  @Test
  void countsOnlyEntitiesWhereTheAttributeHasAListedValue() {
    // industrial and ≥ 100: a, b, hq; c is a service zone, d has no kind
    assertThat(MEASURES.get("big-industrial")).isEqualByComparingTo("3");
  }

  @Test
  void countsOverTheRankedOnlyWhenAsked() {
    // a, b, c, d; hq takes no place
    assertThat(MEASURES.get("ranked-count")).isEqualByComparingTo("4");
  }

  @Test
  void aCountOfNothingIsZero() {
    assertThat(MEASURES.get("huge")).isEqualByComparingTo("0");
  }

  @Test
  void otherStatisticsFilterTheSameWay() {
    // ≥ 100 in weishi or tongxu: a 150 + b 100 + c 300 = 550; hq (500) has no county, d (99) is too small
    assertThat(MEASURES.get("big-sum")).isEqualByComparingTo("550");
  }

  @Test
  void aSumOfNothingHasNoValueAndSaysWhy() {
    CheckResult check = entity(RESULT, "a").checks().get(0);

    assertThat(MEASURES).doesNotContainKey("huge-sum");
    assertThat(check.status()).isEqualTo(CheckResult.Status.NOT_EVALUABLE);
    assertThat(check.message().en())
        .isEqualTo("not evaluable: Huge investment: no entity has a value of Investment of at least 100000 in 2015");
    assertThat(check.message().zh()).isEqualTo("无法判定：特大项目投资：2015 年没有任何对象有投资额不低于 100000 的值");
  }

  @Test
  void isTheSameForEveryEntity() {
    for (String id : new String[] {"b", "d", "e", "hq"}) {
      assertThat(entity(RESULT, id).measures().get("big-industrial")).as(id).isEqualByComparingTo("3");
    }
  }
}
