package io.github.kaohe.testing;

import static io.github.kaohe.testing.PolicyTestSuiteTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expectations of an entity's result not met, each saying what differs: numbers with what made
 * them, classes, table rows, actions, eligibilities, exclusion and places; and names the scheme
 * does not have, with the name meant.
 */
class EntityExpectationsTest {
  /** rules.tests.yaml's first case: 2015 places a, b, c; a given rewards/first (300) and a promotion. */
  private static final String RULES = """
      kaohe-tests: 1
      policy: ../policies/rules.yaml
      cases:
        - name: rules
          periods: [2014, 2015]
          given:
            csv: |
              entity,period,tax,top-ten,titles,star,province-place
              a,2014,100,false,0,one,10
              b,2014,90,true,1,two,20
              c,2014,80,false,0,none,30
              a,2015,120,false,0,one,12
              b,2015,99,true,2,two,26
              c,2015,70,true,0,none,31
          expect:
      """;
  /** small.tests.yaml's data: a 19.00 with its title bonus of 5, d scored but unranked. */
  private static final String SMALL = """
      kaohe-tests: 1
      policy: ../policies/small.yaml
      cases:
        - name: small
          given:
            data: firms-2015.csv
          expect:
      """;
  /** A scheme without entities of its own that excludes an entity missing a value: b, missing x, and c, missing y. */
  private static final String EXCLUDING = """
      kaohe-tests: 1
      cases:
        - name: excluding
          policyYaml: |
            kaohe: 1
            id: ex
            name: {zh: 排除, en: Excluding}
            version: "1"
            source: {title: {zh: 无, en: None}, issuer: 无, date: 2020-01-01}
            schemes:
              - id: s
                name: {zh: 甲, en: S}
                total: 10
                defaults: {missing: exclude-entity}
                categories:
                  - id: c
                    name: {zh: 乙, en: C}
                    weight: 10
                    indicators:
                      - {id: x, name: {zh: 丙, en: X}, weight: 5, method: proportional-to-best}
                      - {id: y, name: {zh: 丁, en: Y}, weight: 5, method: proportional-to-best}
          given:
            csv: |
              entity,period,x,y
              a,2015,10,10
              b,2015,,10
              c,2015,10,
          expect:
      """;

  /** The failures of the suite's one case, its expectations added from line 16 (rules), 8 (small) or 29 (excluding). */
  static List<String> failures(String suite, String... expect) {
    StringBuilder yaml = new StringBuilder(suite);
    for (String e : expect) {
      yaml.append("      - ").append(e).append('\n');
    }
    return PolicyTestSuite.parse(yaml.toString(), "t.tests.yaml", resource("tracking.tests.yaml"))
        .withBaseDirectory(PolicyTestSuiteTest.ROOT).run().cases().get(0).failures();
  }

  @Test
  void numbersNotAsExpectedSayWhatTheyGotAndWhatGaveIt() {
    assertThat(failures(RULES,
        "{entity: a, base: 9, adjustments: 1, money: 250, measures: {tax-growth: 21}, class: {grade: B}}",
        "{entity: c, money: 10}",
        "{entity: a, period: 2014, measures: {tax-growth: 0}}"))
        .containsExactly(
            "t.tests.yaml:16:27: a 2015 base: expected 9, got 10.00",
            "t.tests.yaml:16:43: a 2015 adjustments: expected 1, got 0",
            "t.tests.yaml:16:53: a 2015 money: expected 250, got 300 (given: rewards/first 300)",
            "t.tests.yaml:16:81: a 2015 measure tax-growth: expected 21, got 20",
            "t.tests.yaml:16:101: a 2015 class grade: expected B, got A (total = 10 ≥ 9)",
            "t.tests.yaml:17:28: c 2015 money: expected 10, got 0 (no money given)",
            "t.tests.yaml:18:58: a 2014 measure tax-growth: expected 0, got no value (it cannot be computed from the data)");
  }

  @Test
  void rowsNotAsExpectedSayWhatTheRowDid() {
    assertThat(failures(RULES,
        "{entity: c, given: [rewards/first], suppressed: [gate/below-average], withheld: [rewards/first],"
            + " notEvaluable: [gate/below-average], notGiven: [gate/below-average]}",
        "{entity: b, given: [sanctions/twenty-worse], notEvaluable: [promotion/twice-top-two]}",
        "{entity: a, given: [sanctions/five-worse], withheld: [rewards/first]}"))
        .containsExactly(
            "t.tests.yaml:16:29: c 2015 given rewards/first: the row did not match",
            "t.tests.yaml:16:153: c 2015 notGiven gate/below-average: it was given: matched row 1: Tax growth (-12.5) < Average growth (5.833333)",
            "t.tests.yaml:16:58: c 2015 suppressed gate/below-average: it was given: matched row 1: Tax growth (-12.5) < Average growth (5.833333)",
            "t.tests.yaml:16:90: c 2015 withheld rewards/first: the row did not match",
            "t.tests.yaml:16:121: c 2015 notEvaluable gate/below-average: it was given: matched row 1: Tax growth (-12.5) < Average growth (5.833333)",
            "t.tests.yaml:17:29: b 2015 given sanctions/twenty-worse: the row did not match (change = 6)",
            "t.tests.yaml:17:69: b 2015 notEvaluable promotion/twice-top-two: it was given: matched row 1: place (2) ≤ 2 (2015 2, 2014 2: in each of the last 2 periods)",
            "t.tests.yaml:18:29: a 2015 given sanctions/five-worse: the row did not match",
            "t.tests.yaml:18:63: a 2015 withheld rewards/first: it was given: matched 'First place': place (1) = 1");
  }

  @Test
  void actionsAndEligibilitiesNotAsExpected() {
    assertThat(failures(RULES,
        "{entity: a, actions: [criticism], lostEligibility: [awards]}",
        "{entity: c, actions: [promotion, criticism], lostEligibility: [awards]}"))
        .containsExactly(
            "t.tests.yaml:16:31: a 2015 actions: expected criticism, but it was not given (given: promotion)",
            "t.tests.yaml:16:61: a 2015 lostEligibility: expected awards to be lost, but it is kept",
            "t.tests.yaml:17:31: c 2015 actions: expected promotion, but it was not given (given: criticism)");
  }

  @Test
  void namesTheSchemeDoesNotHaveAreReportedWithTheNameMeant() {
    assertThat(failures(RULES,
        "{entity: a, measures: {tax-grwth: 1}, class: {grd: A}}",
        "{entity: a, class: {grade: D}, given: [rewrds/first, rewards/frist], actions: [critcism],"
            + " lostEligibility: [awrds]}"))
        .containsExactly(
            "t.tests.yaml:16:43: scheme 'zones' has no measure 'tax-grwth': did you mean 'tax-growth'?",
            "t.tests.yaml:16:60: scheme 'zones' has no classification 'grd': did you mean 'grade'?",
            "t.tests.yaml:17:36: classification 'grade' has no class 'D': did you mean 'A'? (classes: A, B, C, none)",
            "t.tests.yaml:17:48: scheme 'zones' has no rule table 'rewrds': did you mean 'rewards'?",
            "t.tests.yaml:17:62: table 'rewards' has no row 'frist': did you mean 'first'?",
            "t.tests.yaml:17:88: policy 'rules-test' declares no action 'critcism': did you mean 'criticism'?",
            "t.tests.yaml:17:117: scheme 'zones' has no eligibility 'awrds': did you mean 'awards'?");
    assertThat(failures(SMALL, "{entity: a, points: {sise: 1, bonsu: 1, titel: 1}}")).containsExactly(
            "t.tests.yaml:8:36: scheme 'firms' has no category, indicator, adjustment layer or item 'sise': did you mean 'size'?",
            "t.tests.yaml:8:46: scheme 'firms' has no category, indicator, adjustment layer or item 'bonsu': did you mean 'bonus'?",
            "t.tests.yaml:8:56: scheme 'firms' has no category, indicator, adjustment layer or item 'titel': did you mean 'title'?");
  }

  @Test
  void aPeriodTheCaseDoesNotEvaluateIsNamed() {
    assertThat(failures(RULES, "{entity: a, period: 2013, rank: 1}", "{period: 2013, targets: {x: behind}}"))
        .containsExactly(
            "t.tests.yaml:16:9: a: the case evaluates [2014, 2015], not 2013: add it to 'periods'",
            "t.tests.yaml:17:9: scheme zones: the case evaluates [2014, 2015], not 2013: add it to 'periods'");
  }

  @Test
  void aWrongPlaceSaysWhoHoldsItOrThatNoneDoes() {
    assertThat(failures(RULES, "{entity: c, rank: 2}", "{entity: a, rank: none}", "{entity: a, rank: 2147483647}"))
        .containsExactly(
            "t.tests.yaml:16:27: c 2015 rank: expected 2, got 3 — total 5.83 vs 8.25 (b)",
            "t.tests.yaml:17:27: a 2015 rank: expected none, got 1",
            "t.tests.yaml:18:27: a 2015 rank: expected 2147483647, got 1 — no entity has place 2147483647 (3 ranked)");
    assertThat(failures(SMALL, "{entity: d, rank: 1}")).containsExactly(
            "t.tests.yaml:8:27: 丁 rank: expected 1, got none — total 19.60 vs 19.00 (甲)");
  }

  @Test
  void pointsOfALayerAndOfAnItemShowTheirCountAndCap() {
    assertThat(failures(SMALL, "{entity: a, points: {bonus: 4, title: 4, size: 1}}")).containsExactly(
            "t.tests.yaml:8:37: 甲 points of bonus: expected 4, got 5.00",
            "t.tests.yaml:8:47: 甲 points of title: expected 4, got 5.00 (1 × 5)",
            "t.tests.yaml:8:56: 甲 points of size: expected 1, got 6.00 (4.00 + 2.00 = 6.00)");
  }

  @Test
  void anExcludedEntityIsExpectedExcludedOrHasNoResult() {
    assertThat(failures(EXCLUDING, "{entity: b, excluded: true}", "{entity: a, excluded: false}")).isEmpty();
    assertThat(failures(EXCLUDING, "{entity: b, excluded: false}", "{entity: a, excluded: true}", "{entity: b, rank: 1}",
        "{entity: c, rank: 1}", "{entity: z, rank: 1}"))
        .containsExactly(
            "t.tests.yaml:29:31: b excluded: expected false, got true",
            "t.tests.yaml:30:31: a excluded: expected true, got false",
            "t.tests.yaml:31:27: b: expected a result, but it is excluded from the assessment (missing x)",
            "t.tests.yaml:32:27: c: expected a result, but it is excluded from the assessment (missing y)",
            "t.tests.yaml:33:9: no entity 'z' in the results of 2015: did you mean 'a'?");
  }
}
