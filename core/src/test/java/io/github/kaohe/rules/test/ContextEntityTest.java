package io.github.kaohe.rules.test;

import static io.github.kaohe.rules.test.RuleFixture.entity;
import static io.github.kaohe.rules.test.RuleFixture.evaluate;
import static io.github.kaohe.rules.test.RuleFixture.load;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.eval.CheckResult;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.eval.TargetResult;
import io.github.kaohe.model.Policy;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Context entities: rows of scheme-wide figures (the city as a whole) that measures read through
 * the {@code entity} formula, and that are neither assessed, ranked nor counted in populations.
 */
class ContextEntityTest {
  private static final String MEASURES =
      """
      context:
        - {id: city, name: {zh: 全市, en: The city}, aliases: [开封市]}
      facts:
        - {id: invest, name: {zh: 投资额, en: Investment}, type: number}
      measures:
        - {id: city-invest, name: {zh: 全市投资, en: City investment}, formula: {type: entity, entity: city, of: invest}}
        - {id: city-by-alias, name: {zh: 开封市投资, en: Kaifeng investment}, formula: {type: entity, entity: 开封市, of: invest}}
        - {id: share, name: {zh: 占全市比重, en: Share of the city}, formula: {type: ratio, numerator: invest, denominator: city-invest, factor: 100}}
        - {id: zones-invest, name: {zh: 园区投资, en: Zones' investment}, formula: {type: population, statistic: sum, of: invest}}
        - {id: zones-share, name: {zh: 园区占全市比重, en: Zones' share}, formula: {type: ratio, numerator: zones-invest, denominator: city-invest, factor: 100}}
      checks:
        - id: share-floor
          name: {zh: 比重下限, en: Share floor}
          inputs: [{id: share, of: share}]
          require: {share: {ge: 10}}
          message: {zh: 比重过低, en: too small a share}
      targets:
        - {id: zones-share-target, name: {zh: 园区比重目标, en: Zones' share target}, kind: share, of: zones-share, target: 65, from: 2014, deadline: 2016}
      """;

  private static final String ENTITIES =
      """
      entities:
        - {id: a, name: {zh: 甲, en: A}}
        - {id: b, name: {zh: 乙, en: B}}
      """;

  // The city's row is written by its id in 2015 and by its alias in 2014; it has no row in 2016.
  private static final String DATA =
      """
      entity,period,tax,invest
      a,2014,100,200
      b,2014,100,100
      开封市,2014,,600
      a,2015,300,300
      b,2015,100,200
      city,2015,,800
      a,2016,300,300
      b,2016,100,200
      """;

  private static final Policy DECLARED = load(ENTITIES + MEASURES);
  private static final Policy FROM_DATA = load(MEASURES);

  private static Map<String, BigDecimal> measures(SchemeResult r, String entity) {
    return entity(r, entity).measures();
  }

  @Test
  void isNotAssessedWhetherTheEntitiesAreDeclaredOrComeFromTheData() {
    for (Policy policy : new Policy[] {DECLARED, FROM_DATA}) {
      SchemeResult r = evaluate(policy, DATA, 2015);

      assertThat(r.entities()).extracting(EntityResult::id).containsExactly("a", "b");
      assertThat(r.ranked()).hasSize(2);
      assertThat(r.excluded()).isEmpty();
    }
  }

  @Test
  void isReadByTheEntityFormulaTheSameForEveryEntity() {
    SchemeResult r = evaluate(DECLARED, DATA, 2015);

    assertThat(measures(r, "a").get("city-invest")).isEqualByComparingTo("800");
    assertThat(measures(r, "b").get("city-invest")).isEqualByComparingTo("800");
    assertThat(measures(r, "a").get("city-by-alias")).isEqualByComparingTo("800");
  }

  @Test
  void aRowWrittenByTheAliasIsTheContextEntitys() {
    assertThat(measures(evaluate(FROM_DATA, DATA, 2014), "a").get("city-invest")).isEqualByComparingTo("600");
  }

  @Test
  void isNotCountedInPopulations() {
    SchemeResult r = evaluate(FROM_DATA, DATA, 2015);

    // a 300 + b 200 = 500, without the city's 800
    assertThat(measures(r, "a").get("zones-invest")).isEqualByComparingTo("500");
    // a: 300 / 800 × 100 = 37.5; zones: 500 / 800 × 100 = 62.5
    assertThat(measures(r, "a").get("share")).isEqualByComparingTo("37.5");
    assertThat(measures(r, "b").get("zones-share")).isEqualByComparingTo("62.5");
  }

  @Test
  void withoutTheContextRowAMeasureOnItIsNotEvaluableAndSaysWhose() {
    CheckResult c = entity(evaluate(DECLARED, DATA, 2016), "a").checks().get(0);

    assertThat(c.status()).isEqualTo(CheckResult.Status.NOT_EVALUABLE);
    assertThat(c.message().en()).isEqualTo("not evaluable: Share of the city: The city: no value of Investment in 2016");
    assertThat(c.message().zh()).isEqualTo("无法判定：占全市比重：全市：2016 年无投资额的数据");
  }

  @Test
  void aTargetForTheSchemeAsAWholeMayMeasureAShareOfTheCity() {
    TargetResult t = evaluate(DECLARED, DATA, 2015).targets().get(0);

    // 2014: 300 / 600 × 100 = 50; path in 2015: 50 + (65 − 50) × 1/2 = 57.5; 2015: 62.5 ≥ 57.5
    assertThat(t.entity()).isEmpty();
    assertThat(t.value()).contains(new BigDecimal("62.5"));
    assertThat(t.status()).isEqualTo(TargetResult.Status.ON_TRACK);
    assertThat(t.reason().en()).isEqualTo("now 62.5, target ≥ 65 by 2016; the steady path is at 57.5");
  }
}
