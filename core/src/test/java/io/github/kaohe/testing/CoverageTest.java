package io.github.kaohe.testing;

import static io.github.kaohe.testing.PolicyTestSuiteTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.model.Language;
import org.junit.jupiter.api.Test;

class CoverageTest {
  private final Coverage coverage = PolicyTestSuite.load(resource("rules.tests.yaml")).withBaseDirectory(PolicyTestSuiteTest.ROOT).run().coverage();

  @Test
  void namesWhatNoCaseExercises() {
    assertThat(coverage.policy()).isEqualTo("rules-test");
    assertThat(coverage.complete()).isFalse();
    assertThat(coverage.missing())
        .extracting(p -> p.kind() + " " + p.scheme() + " " + p.id())
        .containsExactly("TABLE_ROW zones sanctions/twenty-worse");
  }

  @Test
  void rendersCountsAndTheMissingPartsInEitherLanguage() {
    assertThat(coverage.render(Language.EN))
        .isEqualTo("Coverage of rules-test: indicators 1/1, adjustment items 0/0, table rows 7/8, classes 3/3,"
            + " checks 0/0, targets 0/0, tax sharing rules 0/0\n"
            + "Not exercised:\n"
            + "  zones row sanctions/twenty-worse");
    assertThat(coverage.render(Language.ZH))
        .startsWith("覆盖率 rules-test: 指标 1/1，加减分项 0/0，规则表行 7/8，等次 3/3，检查项 0/0，目标 0/0，税收分成规则 0/0\n未覆盖：");
  }

  @Test
  void aRowCountsWhenItMatchedEvenIfSuppressedOrWithheld() {
    // rewards/per-title is only ever suppressed, rewards/ten-outside-top only withheld
    assertThat(coverage.missing()).noneMatch(p -> p.id().startsWith("rewards/"));
  }

  @Test
  void checksTargetsAndTaxSharingCountOnlyWhenACaseExpectsThem() {
    PolicyTestSuite suite = PolicyTestSuite.parse("""
        kaohe-tests: 1
        policy: ../policies/tracking.yaml
        cases:
          - name: evaluated, not expected
            scheme: zones
            periods: [2014, 2015]
            given:
              csv: |
                entity,period,tax,density
                a,2014,100,61
                b,2014,100,61
                a,2015,120,61
                b,2015,105,61
            expect:
              - {entity: a, rank: 1, checks: {dense: passed}}
              - {targets: {tax-2016: behind}}
          - name: a share
            scheme: firms
            given: {csv: "entity,period,home,host,vat,producing\\nf,2015,x,y,1,true"}
            expect: [{entity: f, taxShares: {vat: {home: 0.50}}}]
        """, "t.tests.yaml", PolicyTestSuiteTest.resource("tracking.tests.yaml"))
        .withBaseDirectory(PolicyTestSuiteTest.ROOT);

    PolicyTestResults results = suite.run();
    Coverage coverage = results.coverage();

    assertThat(results.failures()).isEmpty();
    assertThat(coverage.missing()).extracting(Coverage.Part::id)
        .containsExactly("inner-tax", "two-stars", "share-60", "growth-10");
    assertThat(coverage.render(Language.EN)).contains(", checks 1/2, targets 1/4, tax sharing rules 1/1\n")
        .endsWith("  zones check inner-tax (Inner zones pay at least 100)\n"
            + "  zones target two-stars (Alpha at two stars by 2015)\n"
            + "  zones target share-60 (60% of the city's tax by 2016)\n"
            + "  zones target growth-10 (Tax growing 10% a year)");
  }

  @Test
  void casesWithAPolicyOfTheirOwnDoNotCount() {
    Coverage small = PolicyTestSuite.load(resource("small.tests.yaml")).withBaseDirectory(PolicyTestSuiteTest.ROOT).run().coverage();

    assertThat(small.policy()).isEqualTo("small-test");
    assertThat(small.complete()).isTrue();
    assertThat(small.parts()).hasSize(4);
  }

  @Test
  void aSuiteWithoutAPolicyOfItsOwnCoversNothing() {
    PolicyTestSuite suite = PolicyTestSuite.parse("""
        kaohe-tests: 1
        cases:
          - name: inline
            policyYaml: "kaohe: 1"
            expectError: missing required key
        """, "t.tests.yaml", null);

    PolicyTestResults results = suite.run();

    assertThat(results.allPassed()).isTrue();
    assertThat(results.coverage().parts()).isEmpty();
    assertThat(results.coverage().render(Language.EN)).isEqualTo("Coverage: the tests name no policy of their own");
  }
}
