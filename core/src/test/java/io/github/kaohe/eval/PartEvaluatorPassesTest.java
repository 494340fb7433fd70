package io.github.kaohe.eval;

import static io.github.kaohe.eval.PartEvaluatorPolicies.cutoffs;
import static io.github.kaohe.eval.PartEvaluatorPolicies.policy;
import static io.github.kaohe.eval.PartEvaluatorPolicies.shares;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which passes a scheme needs in parts, as a cluster asks before running them: rules after places
 * ({@link PartEvaluator#rulesAfterPlaces}), figures of the whole population ({@link
 * PartEvaluator#readsFigures}), parts by group ({@link PartEvaluator#partedBy}) and the groups'
 * points between the passes ({@link PartEvaluator#imputesPoints}).
 */
class PartEvaluatorPassesTest {
  private static PartEvaluator evaluator(String extra) {
    return PartEvaluator.of(policy(extra), "firms");
  }

  @Test
  void aSchemeWithoutRulesNeedsNoExtraPass() {
    PartEvaluator e = evaluator("");

    assertThat(e.rulesAfterPlaces()).isFalse();
    assertThat(e.readsFigures()).isFalse();
    assertThat(e.partedBy()).isEmpty();
    assertThat(e.imputesPoints()).isFalse();
  }

  @Test
  void classesByCutOffsOfAPlaceRunAfterPlacesButThoseOfATotalDoNot() {
    assertThat(evaluator("classes:\n" + cutoffs("grade", "result.place").indent(2)).rulesAfterPlaces()).isTrue();
    assertThat(evaluator("classes:\n" + cutoffs("grade", "result.place.county").indent(2)).rulesAfterPlaces()).isTrue();
    assertThat(evaluator("classes:\n" + cutoffs("grade", "result.total").indent(2)).rulesAfterPlaces()).isFalse();
    assertThat(evaluator("classes:\n" + shares("by-county", "county").indent(2)).rulesAfterPlaces()).isFalse();
  }

  @Test
  void checksAndMeasuresRunAfterPlaces() {
    String check = """
        checks:
          - id: floor
            name: {zh: 税收下限, en: Tax floor}
            inputs: [{id: tax, of: tax}]
            require: {tax: {ge: 15}}
            message: {zh: 税收过低, en: Tax too low}
        """;
    String measure = """
        measures:
          - {id: g, name: {zh: 增速, en: Growth}, formula: {type: growth, of: tax}}
        """;

    assertThat(evaluator(check).rulesAfterPlaces()).isTrue();
    assertThat(evaluator(measure).rulesAfterPlaces()).isTrue();
  }

  @Test
  void onlyAFigureOfThePopulationIsReadBeforeTheRules() {
    String growth = """
        measures:
          - {id: g, name: {zh: 增速, en: Growth}, formula: {type: growth, of: tax}}
        """;
    String mean = growth + "  - {id: mean, name: {zh: 平均, en: Mean}, formula: {type: population, statistic: mean, of: g}}\n";

    assertThat(evaluator(growth).readsFigures()).isFalse();
    assertThat(evaluator(mean).readsFigures()).isTrue();
  }

  @Test
  void partsHoldWholeGroupsOfTheClassesBySharesNotOfOtherClasses() {
    // the class by cut-offs comes first, and takes no part in how parts are cut
    String extra = "classes:\n" + cutoffs("grade", "result.total").indent(2) + shares("by-zone", "zone").indent(2);

    assertThat(evaluator(extra).partedBy()).contains("zone");
    assertThat(evaluator("classes:\n" + cutoffs("grade", "result.total").indent(2)).partedBy()).isEmpty();
  }

  @Test
  void onlyPointsImputedFromTheGroupNeedTheirOwnPass() {
    String points = """
        categories:
          - id: size
            name: {zh: 规模, en: Size}
            weight: 10
            indicators:
              - {id: tax, name: {zh: 税收, en: Tax}, unit: 万元, weight: 5, method: proportional-to-best}
              - {id: jobs, name: {zh: 就业, en: Jobs}, unit: 人, weight: 5, method: proportional-to-best,
                 missing: {rule: impute, statistic: mean, of: %s, within: county}}
        """;

    assertThat(PartEvaluator.of(policy(points.formatted("points"), ""), "firms").imputesPoints()).isTrue();
    assertThat(PartEvaluator.of(policy(points.formatted("values"), ""), "firms").imputesPoints()).isFalse();
  }
}
