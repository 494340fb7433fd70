package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Period;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Policy;
import org.junit.jupiter.api.Test;

/**
 * The values a check read, named as the policy names what they read ({@link
 * Explanation#checkValues}): a measure, a fact or an indicator by its name, with its unit (a
 * percent sign right after the number, another unit after a space, none where the name already
 * says it), booleans as 是/否 and yes/no. The inputs' ids differ from what they read, and the two
 * checks read different things under their own ids.
 */
class CheckInputNamesTest {
  private static final Policy POLICY = PartEvaluatorPolicies.policy("""
      facts:
        - {id: separate, name: {zh: 单独供地, en: Separate land}, type: boolean}
        - {id: investment, name: {zh: 项目总投资（万元）, en: Investment (万元)}, unit: 万元, type: number}
        - {id: density, name: {zh: 建筑密度, en: Density}, unit: "%", type: number}
        - {id: plots, name: {zh: 地块数, en: Plots}, type: number}
        - {id: star, name: {zh: 星级, en: Star level}, type: enumeration, values: [none, one-star, two-stars]}
      measures:
        - {id: share, name: {zh: 税收占比, en: Tax share}, unit: "%",
           formula: {type: ratio, numerator: tax, denominator: investment, factor: 100}}
      checks:
        - id: land
          name: {zh: 用地, en: Land}
          inputs: [{id: alone, of: separate}, {id: money, of: investment}]
          require: {money: {ge: 5000}}
          message: {zh: 投资不足, en: Too little investment}
        - id: use
          name: {zh: 利用, en: Use}
          inputs: [{id: built, of: density}, {id: paid, of: share}, {id: taxed, of: tax}, {id: many, of: plots}]
          require: {built: {ge: 40}}
          message: {zh: 密度不足, en: Too sparse}
        - id: rated
          name: {zh: 评级, en: Rated}
          inputs: [{id: stars, of: star}]
          require: {stars: {ge: one-star}}
          message: {zh: 未评星, en: No star}
      """);

  private static String values(String check, Language lang) {
    return values("a", check, lang);
  }

  private static String values(String entity, String check, Language lang) {
    SchemeResult r = Evaluator.of(POLICY).evaluate("firms", PartEvaluatorPolicies.data(POLICY, """
        entity,period,tax,separate,investment,density,plots,star
        a,2024,450,true,9000,68.50,3,two-stars
        b,2024,300,false,4000,30,1,none
        """), Period.year(2024));
    CheckResult c = r.entity(entity).orElseThrow().checks().stream().filter(x -> x.check().equals(check)).findFirst()
        .orElseThrow();
    return Explanation.checkValues(r.scheme(), c, lang);
  }

  @Test
  void aBooleanIsYesOrNoAndAUnitInTheNameIsNotRepeated() {
    assertThat(values("land", Language.ZH)).isEqualTo("单独供地 = 是，项目总投资（万元） = 9000");
    assertThat(values("land", Language.EN)).isEqualTo("Separate land = yes, Investment (万元) = 9000");
  }

  @Test
  void factsMeasuresAndIndicatorsAreNamedWithTheirUnits() {
    // share = 450 × 100 / 9000 = 5; tax's unit is 万元; plots have none
    assertThat(values("use", Language.ZH)).isEqualTo("建筑密度 = 68.50%，税收占比 = 5%，税收 = 450 万元，地块数 = 3");
    assertThat(values("use", Language.EN)).isEqualTo("Density = 68.50%, Tax share = 5%, Tax = 450 万元, Plots = 3");
  }

  @Test
  void aFalseIsNoAndAValueThatIsNoNumberIsShownAsItIs() {
    assertThat(values("b", "land", Language.ZH)).isEqualTo("单独供地 = 否，项目总投资（万元） = 4000");
    assertThat(values("b", "land", Language.EN)).isEqualTo("Separate land = no, Investment (万元) = 4000");
    assertThat(values("b", "rated", Language.EN)).isEqualTo("Star level = none");
  }
}
