package io.github.kaohe.testing;

import static io.github.kaohe.testing.PolicyTestSuiteTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.model.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expectations of checks, targets and tax sharing: met, not met (saying why), or naming nothing. */
class TrackingExpectationsTest {
  private static final String ZONES = """
      kaohe-tests: 1
      policy: ../policies/tracking.yaml
      scheme: zones
      cases:
        - name: zones
          periods: [2014, 2015]
          given:
            csv: |
              entity,period,tax,density,star
              a,2014,100,,one-star
              b,2014,100,,none
              a,2015,120,60,one-star
              b,2015,105,60.5,none
          expect:
      """;
  private static final String FIRMS = """
      kaohe-tests: 1
      policy: ../policies/tracking.yaml
      scheme: firms
      cases:
        - name: firms
          given:
            csv: |
              entity,period,home,host,vat,producing
              f1,2015,甲县,乙区,100.01,true
              f2,2015,甲县,乙区,30,false
          expect:
      """;

  /** The failures of the one case of the suite, its expectations added from line 15 (zones) or 12 (firms). */
  private static List<String> failures(String suite, String... expect) {
    StringBuilder yaml = new StringBuilder(suite);
    for (String e : expect) {
      yaml.append("      - ").append(e).append('\n');
    }
    return PolicyTestSuite.parse(yaml.toString(), "t.tests.yaml", resource("tracking.tests.yaml"))
        .withBaseDirectory(PolicyTestSuiteTest.ROOT).run()
        .cases().get(0).failures();
  }

  @Test
  void theTrackingSuitePassesAndCoversEveryCheckTargetAndTaxSharingRule() {
    PolicyTestResults results = PolicyTestSuite.load(resource("tracking.tests.yaml")).withBaseDirectory(PolicyTestSuiteTest.ROOT).run();

    assertThat(results.failures()).as(() -> results.render(Language.EN)).isEmpty();
    assertThat(results.coverage().render(Language.EN)).isEqualTo("Coverage of tracking-test: indicators 1/1,"
        + " adjustment items 0/0, table rows 0/0, classes 0/0, checks 2/2, targets 4/4, tax sharing rules 1/1\n"
        + "Everything is exercised.");
  }

  @Test
  void aCheckNotAsExpectedSaysItsMessageAndTheValuesItRead() {
    assertThat(failures(ZONES,
        "{entity: a, checks: {dense: passed, inner-tax: failed}}",
        "{entity: b, period: 2014, checks: {dense: failed}}"))
        .containsExactly(
            "t.tests.yaml:15:37: 甲 2015 check dense: expected passed, got failed — Density not above 60% (density = 60)",
            "t.tests.yaml:15:56: 甲 2015 check inner-tax: expected failed, got passed — tax = 120",
            "t.tests.yaml:16:51: 乙 2014 check dense: expected failed, got not-evaluable — not evaluable:"
                + " no value of Building density in 2014 (density = ?)");
  }

  @Test
  void aCheckThatLeavesTheEntityOutIsNotApplicableToIt() {
    assertThat(failures(ZONES, "{entity: b, checks: {inner-tax: not-applicable}}")).isEmpty();
    assertThat(failures(ZONES, "{entity: b, checks: {inner-tax: passed}}", "{entity: c, checks: {inner-tax: failed}}"))
        .containsExactly(
            "t.tests.yaml:15:41: 乙 2015 check inner-tax: expected passed, got not-applicable — it applies only where"
                + " area is inner, and its area is outer",
            "t.tests.yaml:16:41: 丙 2015 check inner-tax: expected failed, got not-applicable — it applies only where"
                + " area is inner, and it has no area");
  }

  @Test
  void aTargetNotAsExpectedSaysWhereItStandsAndWhy() {
    assertThat(failures(ZONES,
        "{targets: {tax-2016: achieved}, targetValues: {tax-2016: 226}}",
        "{entity: a, targets: {two-stars: pending}, targetValues: {two-stars: two-stars}}",
        "{entity: b, targetValues: {growth-10: 4.9}, tolerance: 0.05}"))
        .containsExactly(
            "t.tests.yaml:15:30: zones 2015 target tax-2016: expected achieved, got behind — now 225, target ≥ 400"
                + " by 2016; the steady path is at 282.84",
            "t.tests.yaml:15:66: zones 2015 target tax-2016 value: expected 226, got 225 — now 225, target ≥ 400"
                + " by 2016; the steady path is at 282.84",
            "t.tests.yaml:16:42: 甲 2015 target two-stars: expected pending, got missed — now one-star, target"
                + " two-stars by 2015",
            "t.tests.yaml:16:78: 甲 2015 target two-stars value: expected two-stars, got one-star — now one-star,"
                + " target two-stars by 2015",
            "t.tests.yaml:17:47: 乙 2015 target growth-10 value: expected 4.9 ± 0.05, got 5.00 — growth 5%,"
                + " target ≥ 10%");
  }

  @Test
  void aTargetIsExpectedOfTheSchemeOrOfTheEntitiesItIsSetFor() {
    assertThat(failures(ZONES,
        "{entity: a, targets: {tax-2016: behind}}",
        "{targets: {growth-10: behind}}",
        "{entity: b, targets: {two-stars: missed}}",
        "{entity: a, targets: {tax-2061: behind}}",
        "{entity: a, period: 2014, targets: {growth-10: not-evaluable}}"))
        .containsExactly(
            "t.tests.yaml:15:41: target 'tax-2016' is of the scheme as a whole: expect it in an expectation"
                + " without 'entity'",
            "t.tests.yaml:16:31: target 'growth-10' is set for each entity: expect it of an entity ('entity: …')",
            "t.tests.yaml:17:42: target 'two-stars' is set for a, not for b",
            "t.tests.yaml:18:41: scheme 'zones' has no target 'tax-2061': did you mean 'tax-2016'?");
  }

  @Test
  void aTargetWithoutAResultInThePeriodSaysWhenItIsTracked() {
    String suite = ZONES.replace("a,2014,100,,one-star", "a,2013,90,,none\n        a,2014,100,,one-star")
        .replace("periods: [2014, 2015]", "periods: [2013, 2014, 2015]");

    assertThat(failures(suite, "{period: 2013, targets: {tax-2016: on-track}}")).containsExactly(
        "t.tests.yaml:16:44: zones 2013 target tax-2016: expected on-track, but it has no result in 2013 (it is"
            + " tracked every year from 2014 to 2016)");
  }

  @Test
  void aShareNotAsExpectedShowsTheWholeSplit() {
    assertThat(failures(FIRMS,
        "{entity: f1, taxShares: {vat: {home: 50.01, host: 50.01}}}",
        "{entity: f1, taxShares: {vat: none}}",
        "{entity: f2, taxShares: {vat: {home: 15}}}"))
        .containsExactly(
            "t.tests.yaml:12:46: f1 share of vat for home: expected 50.01, got 50.00 (of 100.01: home 50.00 to 甲县,"
                + " host 50.01 to 乙区)",
            "t.tests.yaml:13:39: f1 share of vat: expected none, but it is shared (of 100.01: home 50.00 to 甲县,"
                + " host 50.01 to 乙区)",
            "t.tests.yaml:14:46: f2 share of vat for home: expected 15, but vat is not shared in 2015: half-half"
                + " applies only when producing, which is false");
  }

  @Test
  void aTotalNotAsExpectedSaysWhoReceivesWhat() {
    assertThat(failures(FIRMS, "{taxTotals: {甲县: {vat: 50.01}, 乙县: {vat: 50.01}}}")).containsExactly(
        "t.tests.yaml:12:32: firms vat received by 甲县: expected 50.01, got 50.00",
        "t.tests.yaml:12:50: firms vat received by 乙县: expected 50.01, got nothing in 2015: did you mean '甲县'?"
            + " (recipients: 甲县, 乙区)");
  }

  @Test
  void aTaxOrPartyTheSchemeDoesNotShareIsNamedWithTheOneMeant() {
    assertThat(failures(FIRMS,
        "{entity: f1, taxShares: {vta: {home: 1}}}",
        "{entity: f1, taxShares: {vat: {hmoe: 1}}}"))
        .containsExactly(
            "t.tests.yaml:12:46: scheme 'firms' has no tax sharing rule for the tax 'vta': did you mean 'vat'?",
            "t.tests.yaml:13:46: tax sharing 'half-half' has no party 'hmoe': did you mean 'home'? (parties:"
                + " home, host)");
  }

  @Test
  void aTargetValueWithoutAResultOrAValueSaysWhy() {
    String suite = ZONES.replace("a,2014,100,,one-star", "a,2013,90,,none\n        a,2014,100,,one-star")
        .replace("periods: [2014, 2015]", "periods: [2013, 2014, 2015]");

    assertThat(failures(suite, "{period: 2013, targetValues: {tax-2016: 1}}", "{entity: b, period: 2014, targetValues: {growth-10: 5}}"))
        .containsExactly(
            "t.tests.yaml:16:49: zones 2013 target tax-2016 value: expected 1, but it has no result in 2013 (it is tracked every year from 2014 to 2016)",
            "t.tests.yaml:17:61: 乙 2014 target growth-10 value: expected 5, got no value — no growth to compute: no value of Tax in 2013");
  }

  @Test
  void aTargetValueIsANumberOrAValueOfTheFactItReads() {
    assertThat(failures(ZONES, "{targetValues: {tax-2016: lots}}", "{entity: a, targetValues: {two-stars: three-stars}}"))
        .containsExactly(
            "t.tests.yaml:15:35: target 'tax-2016' measures all-tax: expected a number, but found 'lots'",
            "t.tests.yaml:16:47: target 'two-stars' measures star: 'three-stars' is not one of [none, one-star, two-stars]");
  }

  @Test
  void aTaxNotSharedSaysWhetherTheRuleDoesNotApplyOrNoTaxWasPaid() {
    // f1 has no value of producing: its fallback, false, applies
    String firms = FIRMS.replace("f1,2015,甲县,乙区,100.01,true\n", "f1,2015,甲县,乙区,100.01,\n")
        .replace("f2,2015,甲县,乙区,30,false\n", "f2,2015,甲县,乙区,,true\n        f3,2015,甲县,乙区,0,true\n");

    assertThat(failures(firms, "{entity: f1, taxShares: {vat: {home: 1}}}", "{entity: f2, taxShares: {vat: {home: 1}}}",
        "{entity: f3, taxShares: {vat: {home: 1}}}"))
        .containsExactly(
            "t.tests.yaml:13:46: f1 share of vat for home: expected 1, but vat is not shared in 2015: half-half applies only when producing, which is false",
            "t.tests.yaml:14:46: f2 share of vat for home: expected 1, but vat is not shared in 2015: no vat is reported",
            "t.tests.yaml:15:46: f3 share of vat for home: expected 1, got 0.00 (of 0: home 0.00 to 甲县, host 0.00 to 乙区)");
  }

  @Test
  void aShareIsOfItsOwnRuleAndTaxAndATotalOfATaxTheRecipientDoesNotReceiveSaysWhatItDoes() {
    String registers = """
        kaohe-tests: 1
        policy: ../policies/rules/registers.yaml
        scheme: firms
        cases:
          - name: registers
            given:
              csv: |
                entity,period,zone,investor,vat,income-tax,producing
                f,2015,east,甲县,100,30,true
            expect:
        """;

    assertThat(failures(registers, "{entity: f, taxShares: {income-tax: {investing: 1}}}", "{entity: f, taxShares: {vat: {a: 1}}}",
        "{taxTotals: {east: {income-tax: 1}}}"))
        .containsExactly(
            "t.tests.yaml:11:57: f share of income-tax for investing: expected 1, got 15 (of 30: investing 15 to 甲县, receiving 15 to new)",
            "t.tests.yaml:12:42: vat is shared by 2 rules (five-five, plain), so its shares are ambiguous",
            "t.tests.yaml:13:41: firms income-tax received by east: expected 1, got none of it (it receives vat)");
  }

  @Test
  void aCheckLimitedToALinkedAttributeReadsItFromTheOtherSchemesEntity() {
    String linked = """
        kaohe-tests: 1
        cases:
          - name: linked
            scheme: firms
            policyYaml: |
              kaohe: 1
              id: linked
              name: {zh: 链接, en: Linked}
              version: "1"
              source: {title: {zh: 无, en: None}, issuer: 无, date: 2020-01-01}
              schemes:
                - id: zones
                  name: {zh: 园区, en: Zones}
                  attributes: [district]
                  entities:
                    - {id: east, name: {zh: 东区, en: East}, aliases: [东园], attributes: {district: new}}
                    - {id: west, name: {zh: 西区, en: West}, attributes: {district: old}}
                  facts:
                    - {id: invest, name: {zh: 投资, en: Investment}, type: number}
                - id: firms
                  name: {zh: 企业, en: Firms}
                  attributes: [zone]
                  links:
                    - {id: new-district, via: zone, scheme: zones, attribute: district}
                  facts:
                    - {id: vat, name: {zh: 增值税, en: VAT}, type: number}
                  checks:
                    - id: big
                      name: {zh: 大, en: Big}
                      appliesTo: {attribute: new-district, in: [new]}
                      inputs: [{id: vat, of: vat}]
                      require: {vat: {ge: 100}}
                      message: {zh: 小, en: Small}
                    - id: later
                      name: {zh: 后, en: Later}
                      inputs: [{id: vat, of: vat}]
                      require: {vat: {ge: 0}}
                      message: {zh: 负, en: Negative}
                      from: 2016
            given:
              csv: |
                entity,period,zone,vat
                f1,2015,west,50
                f2,2015,东园,500
                f3,2015,,50
                f4,2015,north,50
            expect:
        """;

    assertThat(failures(linked, "{entity: f1, checks: {big: passed}}", "{entity: f2, checks: {big: failed}}",
        "{entity: f3, checks: {big: passed, later: passed}}", "{entity: f4, checks: {big: passed}}"))
        .containsExactly(
            "t.tests.yaml:48:36: f1 check big: expected passed, got not-applicable — it applies only where new-district is new, and its new-district is old",
            "t.tests.yaml:49:36: f2 check big: expected failed, got passed — vat = 500",
            "t.tests.yaml:50:36: f3 check big: expected passed, got not-applicable — it applies only where new-district is new, and it has no new-district",
            "t.tests.yaml:50:51: f3 check later: expected passed, got not-applicable — applies from 2016 (vat = 50)",
            "t.tests.yaml:51:36: f4 check big: expected passed, got not-applicable — it applies only where new-district is new, and it has no new-district");
  }

  @Test
  void aTaxSharingRuleCountsAsExercisedByATotalAlone() {
    PolicyTestResults results = PolicyTestSuite.parse(FIRMS + "      - {taxTotals: {甲县: {vat: 50.00}}}\n", "t.tests.yaml",
            resource("tracking.tests.yaml"))
        .withBaseDirectory(PolicyTestSuiteTest.ROOT).run();

    assertThat(results.allPassed()).isTrue();
    assertThat(results.coverage().missing()).extracting(Coverage.Part::id).doesNotContain("half-half");
  }
}
