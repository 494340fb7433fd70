package io.github.kaohe.rules.test;

import static io.github.kaohe.rules.test.RegisterFixture.entity;
import static io.github.kaohe.rules.test.RegisterFixture.evaluate;
import static io.github.kaohe.rules.test.RegisterFixture.load;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.eval.CheckResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Linked attributes: a firm's {@code new-district} is the {@code district} of the zone its
 * {@code zone} names (by id, name or alias), read wherever an attribute is: filters, population
 * statistics, classes within groups, and the result.
 */
class LinkTest {
  private static final String SCHEME =
      """
      attributes: [zone]
      links:
        - {id: new-district, via: zone, scheme: zones, attribute: district}
      facts:
        - {id: invest, name: {zh: 投资额, en: Investment}, type: number}
      measures:
        - id: new-district-invest
          name: {zh: 新区投资, en: New district investment}
          formula: {type: population, statistic: sum, of: invest, where: {attribute: new-district, in: [new]}}
      checks:
        - id: floor
          name: {zh: 新区投资下限, en: New district floor}
          inputs: [{id: invest, of: invest}]
          appliesTo: {attribute: new-district, in: [new]}
          require: {invest: {ge: 500}}
          message: {zh: 投资不足 500 万元, en: invests less than 500 万元}
      classes:
        - id: size
          name: {zh: 规模, en: Size}
          basis: cutoffs
          of: invest
          within: new-district
          over: assessed
          tiers:
            - {id: big, name: {zh: 大, en: Big}, from: 500}
            - {id: small, name: {zh: 小, en: Small}}
          unclassed: {id: none, name: {zh: 不分类, en: Not classified}}
      """;

  // p1 names its zone by id, p2 by alias (东园), p6 by English name: all three are in the new
  // district. p3 is in the old town; p4 names no zone of the zones scheme; p5 names none at all.
  private static final String DATA =
      """
      entity,period,zone,invest
      p1,2015,east,600
      p2,2015,东园,400
      p3,2015,west,900
      p4,2015,nowhere,700
      p5,2015,,800
      p6,2015,East zone,100
      """;

  private static final Policy POLICY = load(SCHEME);
  private static final SchemeResult RESULT = evaluate(POLICY, DATA, 2015);

  private static List<String> checks(String firm) {
    return entity(RESULT, firm).checks().stream().map(c -> c.check() + ":" + c.status()).toList();
  }

  @Test
  void theLinkedAttributeIsPartOfTheResult() {
    assertThat(entity(RESULT, "p1").attributes()).containsEntry("zone", "east").containsEntry("new-district", "new");
    assertThat(entity(RESULT, "p2").attributes()).containsEntry("new-district", "new");
    assertThat(entity(RESULT, "p6").attributes()).containsEntry("new-district", "new");
    assertThat(entity(RESULT, "p3").attributes()).containsEntry("new-district", "old");
    assertThat(entity(RESULT, "p4").attributes()).doesNotContainKey("new-district");
    assertThat(entity(RESULT, "p5").attributes()).doesNotContainKey("new-district");
  }

  @Test
  void aFilterOnTheLinkedAttributeSelectsTheFirmsOfTheNewDistrict() {
    // p1 600 ≥ 500, p2 400 < 500, p6 100 < 500; p3 (old town), p4 and p5 (no district) are outside
    assertThat(checks("p1")).containsExactly("floor:PASSED");
    assertThat(checks("p2")).containsExactly("floor:FAILED");
    assertThat(checks("p6")).containsExactly("floor:FAILED");
    for (String outside : List.of("p3", "p4", "p5")) {
      assertThat(entity(RESULT, outside).checks()).as(outside).extracting(CheckResult::check).isEmpty();
    }
  }

  @Test
  void aPopulationStatisticFiltersOnTheLinkedAttribute() {
    // p1 600 + p2 400 + p6 100 = 1100; not p3 (900, old town), p4 (700) or p5 (800)
    assertThat(entity(RESULT, "p3").measures().get("new-district-invest")).isEqualByComparingTo("1100");
  }

  @Test
  void classesWithinTheLinkedAttribute() {
    // new: p1 600 big, p2 400 small, p6 100 small; old: p3 900 big; p4 and p5 have no district
    assertThat(entity(RESULT, "p1").classes().get("size").tier()).isEqualTo("big");
    assertThat(entity(RESULT, "p2").classes().get("size").tier()).isEqualTo("small");
    assertThat(entity(RESULT, "p3").classes().get("size").tier()).isEqualTo("big");
    assertThat(entity(RESULT, "p4").classes().get("size").tier()).isEqualTo("none");
    assertThat(entity(RESULT, "p4").classes().get("size").reason().en()).isEqualTo("has no new-district, so is not classified");
  }

  @Test
  void theLinkFollowsTheOtherSchemesEntitiesAsAnOverlayMayChangeThem() {
    // move the west zone into the new district: p3 follows it
    String yaml = RegisterFixture.yaml(SCHEME).replace("attributes: {district: old}", "attributes: {district: new}");
    Policy changed = PolicyLoader.create().load(yaml, "changed.yaml");

    SchemeResult r = evaluate(changed, DATA, 2015);
    assertThat(entity(r, "p3").attributes()).containsEntry("new-district", "new");
    assertThat(entity(r, "p3").checks()).extracting(CheckResult::check).containsExactly("floor");
    // 1100 + p3 900 = 2000
    assertThat(entity(r, "p1").measures().get("new-district-invest")).isEqualByComparingTo("2000");
  }
}
