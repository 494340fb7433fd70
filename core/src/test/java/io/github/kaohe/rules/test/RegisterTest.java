package io.github.kaohe.rules.test;

import static io.github.kaohe.rules.test.RegisterFixture.entity;
import static io.github.kaohe.rules.test.RegisterFixture.evaluate;
import static io.github.kaohe.rules.test.RegisterFixture.load;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.Explanation;
import io.github.kaohe.eval.ResultJson;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.eval.TargetResult;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Policy;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.load.Problem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A register (a scheme without categories, total 0) scores nothing and ranks nobody, but its
 * entities have facts, measures, classes, checks and targets.
 */
class RegisterTest {
  private static final String SCHEME =
      """
      attributes: [zone]
      ranking: {groups: [zone]}
      facts:
        - {id: invest, name: {zh: 投资额, en: Investment}, type: number}
      measures:
        - {id: total-invest, name: {zh: 总投资, en: Total investment}, formula: {type: population, statistic: sum, of: invest}}
      classes:
        - id: size
          name: {zh: 规模, en: Size}
          basis: cutoffs
          of: invest
          over: assessed
          tiers:
            - {id: big, name: {zh: 大, en: Big}, from: 500}
            - {id: small, name: {zh: 小, en: Small}}
          unclassed: {id: none, name: {zh: 不分类, en: Not classified}}
        - id: ranked-size
          name: {zh: 排序规模, en: Ranked size}
          basis: cutoffs
          of: invest
          tiers:
            - {id: big, name: {zh: 大, en: Big}, from: 500}
            - {id: small, name: {zh: 小, en: Small}}
          unclassed: {id: none, name: {zh: 不分类, en: Not classified}}
      checks:
        - id: floor
          name: {zh: 投资下限, en: Investment floor}
          inputs: [{id: invest, of: invest}]
          require: {invest: {ge: 300}}
          message: {zh: 投资不足, en: invests too little}
      targets:
        - {id: register-total, name: {zh: 总投资目标, en: Total investment target}, kind: level, of: total-invest, target: 2000, from: 2015, deadline: 2016}
      """;

  private static final String DATA =
      """
      entity,period,zone,invest
      p1,2015,east,600
      p2,2015,east,200
      p3,2015,west,400
      """;

  private static final Policy POLICY = load(SCHEME);
  private static final SchemeResult RESULT = evaluate(POLICY, DATA, 2015);

  @Test
  void everyEntityOfTheDataIsAssessedWithoutPointsOrPlace() {
    assertThat(RESULT.entities()).extracting(EntityResult::id).containsExactly("p1", "p2", "p3");
    for (EntityResult e : RESULT.entities()) {
      assertThat(e.total()).as(e.id()).isEqualByComparingTo("0");
      assertThat(e.base()).as(e.id()).isEqualByComparingTo("0");
      assertThat(e.categories()).as(e.id()).isEmpty();
      assertThat(e.place()).as(e.id()).isEmpty();
      assertThat(e.ranked()).as(e.id()).isFalse();
    }
    assertThat(RESULT.ranked()).isEmpty();
  }

  @Test
  void ranksNobodyWithinGroupsEither() {
    // all three "tie" at 0 within their zone, but a register gives no place at all
    for (EntityResult e : RESULT.entities()) {
      assertThat(e.groupPlaces()).as(e.id()).isEmpty();
    }
  }

  @Test
  void classifiesEveryAssessedEntityWhenAsked() {
    // p1 600 ≥ 500 big; p2 200 and p3 400 small
    assertThat(entity(RESULT, "p1").classes().get("size").tier()).isEqualTo("big");
    assertThat(entity(RESULT, "p2").classes().get("size").tier()).isEqualTo("small");
    // a classification of the ranked (the default) classifies nobody in a register
    assertThat(entity(RESULT, "p1").classes().get("ranked-size").tier()).isEqualTo("none");
    assertThat(entity(RESULT, "p1").classes().get("ranked-size").reason().en()).isEqualTo("takes no place, so is not classified");
  }

  @Test
  void checksAndTargetsApply() {
    // p2: 200 < 300
    assertThat(entity(RESULT, "p2").failedChecks()).hasSize(1);
    assertThat(entity(RESULT, "p1").failedChecks()).isEmpty();
    // 600 + 200 + 400 = 1200 of 2000, the first year: on the path by definition; 1200 / 2000 = 60.00 %
    TargetResult t = RESULT.targets().get(0);
    assertThat(t.value()).contains(new BigDecimal("1200"));
    assertThat(t.status()).isEqualTo(TargetResult.Status.ON_TRACK);
    assertThat(t.attainment()).contains(new BigDecimal("60.00"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void theOutputShowsNoPlace() {
    Map<String, Object> p1 = ((List<Map<String, Object>>) ResultJson.tree(RESULT).get("results")).get(0);

    assertThat(p1).containsEntry("rank", null).containsEntry("score", BigDecimal.ZERO.setScale(2));
    assertThat(Explanation.of(RESULT, entity(RESULT, "p1"), Language.EN)).contains("Register entry: neither scored nor ranked")
        .doesNotContain("Place:");
  }

  @Test
  void aRegisterOfDeclaredEntitiesWithoutRulesListsThem() {
    var data = CsvDataReader.forScheme(POLICY.scheme("zones")).read("entity,period\neast,2015\n", "zones.csv");
    SchemeResult zones = Evaluator.of(POLICY).evaluate("zones", data, Period.year(2015));

    assertThat(POLICY.scheme("zones").scored()).isFalse();
    assertThat(zones.entities()).extracting(EntityResult::id).containsExactlyInAnyOrder("east", "west");
    assertThat(zones.ranked()).isEmpty();
  }

  @Test
  void aClassificationOfRankedEntitiesInARegisterIsWarnedAbout() {
    List<Problem> warnings = PolicyLoader.create().validate(RegisterFixture.yaml(SCHEME), RegisterFixture.FILE).warnings();

    // 'size' says over: assessed; 'ranked-size' keeps the default (ranked), so it classifies nobody.
    assertThat(warnings).singleElement().satisfies(w -> {
      assertThat(w.path()).isEqualTo("schemes[1].classes[1]"); // the fixture's second scheme, firms
      assertThat(w.line()).isEqualTo(RegisterFixture.lineOf(SCHEME, "- id: ranked-size"));
      assertThat(w.message()).contains("a register ranks none, so it classifies nothing: write over: assessed");
    });
  }
}
