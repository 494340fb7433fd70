package io.github.kaohe.rules.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.analysis.PolicyAnalysis;
import io.github.kaohe.analysis.PolicyAnalysis.Finding;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.load.Problem;
import io.github.kaohe.load.Validation;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Rules;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.Target;
import io.github.kaohe.model.TargetKind;
import java.util.Optional;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The static analysis of checks (analysed as a table of two rows, {@code when} and
 * {@code require}), and of the facts that checks, targets and tax sharing read.
 */
class ChecksAnalysisTest {
  private static final String FACTS =
      """
      attributes: [zone]
      facts:
        - {id: invest, name: {zh: 投资额, en: Investment}, type: number}
        - {id: producing, name: {zh: 已投产, en: In production}, type: boolean}
        - {id: stars, name: {zh: 星级, en: Star level}, type: enumeration, values: [一星, 二星, 三星]}
        - {id: vat, name: {zh: 增值税, en: VAT}, type: number}
      """;

  private static final String USES =
      """
      checks:
        - id: floor
          name: {zh: 下限, en: Floor}
          inputs: [{id: invest, of: invest}, {id: producing, of: producing}]
          when: {producing: true}
          require: {invest: {ge: 500}}
          message: {zh: 投资不足, en: invests too little}
      targets:
        - {id: four, name: {zh: 三星, en: Three stars}, kind: reach, of: stars, target: 三星, from: 2014, deadline: 2016, each: true}
      taxSharing:
        - id: split
          name: {zh: 分成, en: Split}
          taxes: [vat]
          parties:
            - {id: a, name: {zh: 甲, en: A}, share: 1, attribute: zone}
            - {id: b, name: {zh: 乙, en: B}, share: 1, attribute: zone}
          remainder: b
      """;

  private static Validation validate(String scheme) {
    return PolicyLoader.create().validate(RegisterFixture.yaml(FACTS + scheme), RegisterFixture.FILE);
  }

  @Test
  void factsReadOnlyByChecksTargetsAndTaxSharingAreUsed() {
    Validation v = validate(USES);

    assertThat(v.errors()).isEmpty();
    assertThat(v.warnings()).isEmpty();
  }

  @Test
  void anUnreadFactIsStillReported() {
    Validation v = validate(USES.replace("taxes: [vat]", "taxes: [invest]"));

    assertThat(v.warnings()).extracting(Problem::message)
        .containsExactly("fact 'vat': is declared but no table, measure or classification reads it: remove it or use it");
  }

  @Test
  void aConditionOfTheWrongTypeIsAnErrorAtTheCheck() {
    String scheme = USES.replace("when: {producing: true}", "when: {producing: {ge: 5}}");
    List<Problem> errors = validate(scheme).errors();

    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).path()).isEqualTo("schemes[1].checks[0]");
    assertThat(errors.get(0).line()).isEqualTo(RegisterFixture.lineOf(FACTS + scheme, "- id: floor"));
    assertThat(errors.get(0).message()).startsWith("check 'floor' row 'when': ");
  }

  @Test
  void aRequirementNoValueMeetsIsAWarningAtTheCheck() {
    // 三星 is the highest star level: nothing is above it
    String scheme = USES.replace("inputs: [{id: invest, of: invest}, ", "inputs: [{id: invest, of: invest}, {id: stars, of: stars}, ")
        .replace("require: {invest: {ge: 500}}", "require: {stars: {gt: 三星}}");
    Validation v = validate(scheme);

    assertThat(v.errors()).isEmpty();
    assertThat(v.warnings()).extracting(Problem::message)
        .containsExactly("check 'floor' row 'require': row 'require' can never match: no value satisfies its conditions");
  }

  @Test
  void theAnalysisFindsAnUnreachableTargetInAPolicyBuiltInCode() {
    Policy loaded = RegisterFixture.load(FACTS + USES);
    Scheme firms = loaded.scheme("firms");
    Rules r = firms.rules();
    Target five = new Target("five", Label.of("五星", "Five stars"), TargetKind.REACH, "stars", "五星", Optional.empty(),
        2014, 2016, List.of(), true, false, Optional.empty());
    Rules changed = r.toBuilder().targets(List.of(five)).build();
    Policy built = new Policy(loaded.id(), loaded.name(), loaded.version(), loaded.source(), loaded.arithmetic(),
        List.of(loaded.scheme("zones"), firms.withRules(changed)));

    assertThat(PolicyAnalysis.analyse(built)).extracting(Finding::kind, Finding::id, Finding::severity, Finding::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("target", "five", PolicyAnalysis.Severity.ERROR,
            "reaches '五星', which 'stars' cannot take: '五星' is not one of [一星, 二星, 三星]"));
  }
}
