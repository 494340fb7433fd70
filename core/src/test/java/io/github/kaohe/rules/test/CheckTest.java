package io.github.kaohe.rules.test;

import static io.github.kaohe.rules.test.RuleFixture.entity;
import static io.github.kaohe.rules.test.RuleFixture.evaluate;
import static io.github.kaohe.rules.test.RuleFixture.load;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.eval.CheckResult;
import io.github.kaohe.eval.CheckResult.Status;
import io.github.kaohe.eval.Explanation;
import io.github.kaohe.eval.ResultJson;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Policy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Checks: where {@code when} holds, {@code require} must; a check may start in a later year and
 * apply to some entities only.
 */
class CheckTest {
  private static final String SCHEME =
      """
      entities:
        - {id: a, name: {zh: 甲, en: A}, attributes: {kind: new-district}}
        - {id: b, name: {zh: 乙, en: B}, attributes: {kind: new-district}}
        - {id: c, name: {zh: 丙, en: C}, attributes: {kind: old-town}}
        - {id: d, name: {zh: 丁, en: D}}
        - {id: e, name: {zh: 戊, en: E}, attributes: {kind: old-town}}
      facts:
        - {id: invest, name: {zh: 投资额, en: Investment}, type: number}
        - {id: area, name: {zh: 占地, en: Area}, type: number}
        - {id: industrial, name: {zh: 工业项目, en: Industrial}, type: boolean}
      measures:
        - {id: per-mu, name: {zh: 投资强度, en: Investment per mu}, formula: {type: ratio, numerator: invest, denominator: area}}
      checks:
        - id: intensity
          name: {zh: 投资强度, en: Investment intensity}
          inputs:
            - {id: industrial, of: industrial}
            - {id: per-mu, of: per-mu}
          when: {industrial: true}
          require: {per-mu: {ge: 500}}
          message: {zh: 投资强度低于每亩 500 万元, en: invests less than 500 万元 a mu}
          source: "§5"
        - id: new-district-floor
          name: {zh: 新区投资下限, en: New district floor}
          inputs: [{id: invest, of: invest}]
          appliesTo: {attribute: kind, in: [new-district]}
          require: {invest: {ge: 5000}}
          message: {zh: 新区项目投资不足 5000 万元, en: a new district project invests less than 5000 万元}
          from: 2016
      """;

  // per-mu = invest / area:
  //   a: 6000 / 10 = 600 (≥ 500: passes)     b: 4000 / 10 = 400 (fails)
  //   c: not industrial (does not apply)     d: no area (not evaluable)
  //   e: industrial unknown, 5000 / 10 = 500, exactly the floor (passes if it applies)
  private static final String DATA =
      """
      entity,period,tax,invest,area,industrial
      a,2015,100,6000,10,true
      b,2015,100,4000,10,true
      c,2015,100,100,10,false
      d,2015,100,6000,,true
      e,2015,100,5000,10,
      a,2016,100,6000,10,true
      b,2016,100,4000,10,true
      c,2016,100,100,10,false
      d,2016,100,6000,,true
      e,2016,100,5000,10,
      """;

  private static final Policy POLICY = load(SCHEME);
  private static final SchemeResult Y2015 = evaluate(POLICY, DATA, 2015);
  private static final SchemeResult Y2016 = evaluate(POLICY, DATA, 2016);

  private static Optional<CheckResult> check(SchemeResult r, String entity, String check) {
    return entity(r, entity).checks().stream().filter(c -> c.check().equals(check)).findFirst();
  }

  private static CheckResult intensity(String entity) {
    return check(Y2015, entity, "intensity").orElseThrow();
  }

  @Nested
  class WhenAndRequire {
    @Test
    void passesWhenTheRequirementHolds() {
      CheckResult r = intensity("a");

      assertThat(r.status()).isEqualTo(Status.PASSED);
      assertThat(r.failed()).isFalse();
      assertThat(r.message().en()).isEqualTo("passed");
      assertThat(r.message().zh()).isEqualTo("符合");
    }

    @Test
    void failsWithItsMessageInBothLanguages() {
      CheckResult r = intensity("b");

      assertThat(r.status()).isEqualTo(Status.FAILED);
      assertThat(r.failed()).isTrue();
      assertThat(r.message().zh()).isEqualTo("投资强度低于每亩 500 万元");
      assertThat(r.message().en()).isEqualTo("invests less than 500 万元 a mu");
      assertThat(r.source()).contains("§5");
    }

    @Test
    void doesNotApplyWhereWhenIsFalse() {
      CheckResult r = intensity("c");

      // c invests 100 / 10 = 10 a mu, far below 500, but it is no industrial project
      assertThat(r.status()).isEqualTo(Status.NOT_APPLICABLE);
      assertThat(r.message().en()).isEqualTo("does not apply");
      assertThat(r.message().zh()).isEqualTo("不适用");
    }

    @Test
    void isNotEvaluableWhenARequiredValueIsMissingAndSaysWhich() {
      CheckResult r = intensity("d");

      assertThat(r.status()).isEqualTo(Status.NOT_EVALUABLE);
      assertThat(r.message().en()).isEqualTo("not evaluable: Investment per mu: no value of Area in 2015");
      assertThat(r.message().zh()).isEqualTo("无法判定：投资强度：2015 年无占地的数据");
    }

    @Test
    void isNotEvaluableWhenItIsUnknownWhetherItApplies() {
      CheckResult r = intensity("e");

      // the requirement holds (500 ≥ 500), but whether the check applies at all is unknown
      assertThat(r.status()).isEqualTo(Status.NOT_EVALUABLE);
      assertThat(r.message().en()).isEqualTo("not evaluable: no value of Industrial in 2015");
    }

    @Test
    void atExactlyTheFloorItPasses() {
      String data =
          """
          entity,period,tax,invest,area,industrial
          e,2015,100,5000,10,true
          """;

      // 5000 / 10 = 500, and ge 500 holds
      assertThat(check(evaluate(POLICY, data, 2015), "e", "intensity").orElseThrow().status()).isEqualTo(Status.PASSED);
    }

    @Test
    void showsItsInputsAsAPersonReadsThem() {
      assertThat(intensity("a").inputs()).containsExactly(Map.entry("industrial", "true"), Map.entry("per-mu", "600"));
      assertThat(intensity("d").inputs()).containsExactly(Map.entry("industrial", "true"), Map.entry("per-mu", "?"));
    }

    @Test
    void theFailedChecksAreTheFailuresOnly() {
      assertThat(entity(Y2015, "b").failedChecks()).extracting(CheckResult::check).containsExactly("intensity");
      assertThat(entity(Y2015, "a").failedChecks()).isEmpty();
      assertThat(entity(Y2015, "d").failedChecks()).isEmpty();
    }
  }

  @Nested
  class FromAYear {
    @Test
    void isNotAppliedBeforeItsFirstYear() {
      CheckResult r = check(Y2015, "b", "new-district-floor").orElseThrow();

      // b invests 4000 < 5000, but the check applies only from 2016
      assertThat(r.status()).isEqualTo(Status.NOT_APPLICABLE);
      assertThat(r.message().en()).isEqualTo("applies from 2016");
      assertThat(r.message().zh()).isEqualTo("2016年起适用");
    }

    @Test
    void isAppliedFromItsFirstYear() {
      assertThat(check(Y2016, "b", "new-district-floor").orElseThrow().status()).isEqualTo(Status.FAILED);
      assertThat(check(Y2016, "a", "new-district-floor").orElseThrow().status()).isEqualTo(Status.PASSED);
    }
  }

  @Nested
  class AppliesTo {
    @Test
    void givesNoResultForEntitiesOutsideTheFilter() {
      // c and e are old-town, d has no kind at all
      for (String outside : List.of("c", "d", "e")) {
        assertThat(check(Y2016, outside, "new-district-floor")).as(outside).isEmpty();
      }
      assertThat(check(Y2016, "c", "intensity")).isPresent();
    }

    @Test
    void listsAnEntitysChecksInTheSchemesOrder() {
      assertThat(entity(Y2016, "a").checks()).extracting(CheckResult::check).containsExactly("intensity", "new-district-floor");
      assertThat(entity(Y2016, "c").checks()).extracting(CheckResult::check).containsExactly("intensity");
    }
  }

  @Nested
  class Output {
    @Test
    void explainsAFailureInEitherLanguage() {
      CheckResult r = intensity("b");

      assertThat(Explanation.check(r, Language.EN))
          .isEqualTo("[failed] Investment intensity: invests less than 500 万元 a mu (industrial = true, per-mu = 400) [source §5]");
      assertThat(Explanation.check(r, Language.ZH))
          .isEqualTo("【不符合】投资强度：投资强度低于每亩 500 万元 (industrial = true, per-mu = 400)〔依据 §5〕");
    }

    @Test
    void theEntitysExplanationHasALinePerCheck() {
      String text = Explanation.of(Y2016, entity(Y2016, "b"), Language.EN);

      assertThat(text).contains("[failed] Investment intensity: invests less than 500 万元 a mu");
      assertThat(text).contains("[failed] New district floor: a new district project invests less than 5000 万元 (Investment = 4000)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJsonHasEachChecksStatusMessageAndInputs() {
      Map<String, Object> tree = ResultJson.tree(Y2015);
      Map<String, Object> b = ((List<Map<String, Object>>) tree.get("results")).stream()
          .filter(e -> e.get("entity").equals("b")).findFirst().orElseThrow();
      List<Map<String, Object>> checks = (List<Map<String, Object>>) b.get("checks");

      assertThat(checks).hasSize(2);
      assertThat(checks.get(0)).containsEntry("check", "intensity").containsEntry("status", "failed")
          .containsEntry("message", Map.of("zh", "投资强度低于每亩 500 万元", "en", "invests less than 500 万元 a mu"))
          .containsEntry("inputs", Map.of("industrial", "true", "per-mu", "400"))
          .containsEntry("source", "§5");
      assertThat(checks.get(1)).containsEntry("status", "not-applicable");
      assertThat(ResultJson.write(Y2015)).contains("\"status\" : \"not-evaluable\"");
    }
  }
}
