package io.github.kaohe.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Language;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class PolicyTestSuiteTest {
  /** The test resources: the test files refer to ../policies/, which is allowed below this folder. */
  static final Path ROOT = file("small.tests.yaml").getParent().getParent();

  static URL resource(String name) {
    return Objects.requireNonNull(PolicyTestSuiteTest.class.getResource("/testing/" + name), name);
  }

  static Path file(String name) {
    try {
      return Path.of(resource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aPassingSuitePassesEveryCase() {
    PolicyTestResults results = PolicyTestSuite.load(file("small.tests.yaml")).withBaseDirectory(PolicyTestSuiteTest.ROOT).run();

    assertThat(results.failures()).isEmpty();
    assertThat(results.cases()).hasSize(6);
    assertThat(results.summary()).isEqualTo("6 passed, 0 failed");
  }

  @Test
  void casesOnRulesCheckOutcomesMoneyClassesAndMeasures() {
    PolicyTestResults results = PolicyTestSuite.load(resource("rules.tests.yaml")).withBaseDirectory(PolicyTestSuiteTest.ROOT).run();

    assertThat(results.failures()).isEmpty();
    assertThat(results.allPassed()).isTrue();
  }

  @Test
  void aFailingRankSaysWhoHoldsThePlaceAndTheTotals() {
    PolicyTestResults results = PolicyTestSuite.load(file("failing.tests.yaml")).withBaseDirectory(PolicyTestSuiteTest.ROOT).run();

    assertThat(results.cases().get(0).passed()).isFalse();
    assertThat(results.cases().get(0).message())
        .isEqualTo("failing.tests.yaml:10:27: 乙 rank: expected 1, got 2 — total 10.00 vs 19.00 (甲)");
  }

  @Test
  void wrongNumbersAreEachReportedWithTheFormula() {
    CaseResult wrong = PolicyTestSuite.load(file("failing.tests.yaml")).withBaseDirectory(PolicyTestSuiteTest.ROOT).run().cases().get(1);

    assertThat(wrong.failures())
        .containsExactly(
            "failing.tests.yaml:15:28: 甲 total: expected 19.5, got 19.00",
            "failing.tests.yaml:15:48: 甲 points of tax: expected 4.5, got 4.00 (8 × 100 / 200 = 4.00)",
            "failing.tests.yaml:16:28: 丙 total: expected 9.3 ± 0.05, got 9.20");
  }

  @Test
  void anExpectedErrorThatDoesNotHappenFails() {
    CaseResult result = PolicyTestSuite.load(file("failing.tests.yaml")).withBaseDirectory(PolicyTestSuiteTest.ROOT).run().cases().get(2);

    assertThat(result.message())
        .startsWith("failing.tests.yaml:17:5: expected an error containing 'weigh', but the policy loaded");
  }

  @Test
  void aNameTheSchemeDoesNotHaveIsReportedWithTheNameMeant() {
    PolicyTestResults results = PolicyTestSuite.load(file("failing.tests.yaml")).withBaseDirectory(PolicyTestSuiteTest.ROOT).run();

    assertThat(results.cases().get(3).message())
        .isEqualTo("failing.tests.yaml:25:9: scheme 'firms' has no entity 'alpah': did you mean 'Alpha'?");
    assertThat(results.cases().get(4).message())
        .isEqualTo("failing.tests.yaml:30:37: scheme 'firms' has no category, indicator, adjustment layer or"
            + " item 'taxes': did you mean 'tax'?");
    assertThat(results.cases().get(5).passed()).isTrue();
    assertThat(results.summary()).isEqualTo("1 passed, 5 failed");
  }

  @Test
  void theRenderedRunListsFailuresThenTheSummaryAndCoverage() {
    String text = PolicyTestSuite.load(file("failing.tests.yaml")).withBaseDirectory(PolicyTestSuiteTest.ROOT).run().render(Language.EN);

    assertThat(text)
        .startsWith("FAIL the wrong place\n  failing.tests.yaml:10:27: 乙 rank: expected 1, got 2")
        .contains("failing.tests.yaml: 1 passed, 5 failed\nCoverage of small-test: indicators 3/3");
  }

  @Test
  void aSuiteRunsAgainstAnotherPolicyWhenAsked() {
    var changed = PolicyLoader.create().load(
        resource("../policies/small.yaml"), "small.yaml");
    PolicyTestResults results = PolicyTestSuite.load(file("small.tests.yaml")).withBaseDirectory(PolicyTestSuiteTest.ROOT).withPolicy(changed).run();

    assertThat(results.allPassed()).isTrue();
    assertThat(results.coverage().policy()).isEqualTo("small-test");
  }

  @Test
  void valuesThatNameNothingOfTheSchemeFailTheCaseAtTheirLine() {
    PolicyTestSuite suite = PolicyTestSuite.parse("""
        kaohe-tests: 1
        policy: ../policies/small.yaml
        cases:
          - name: typos
            given:
              values:
                a: {2015: {txa: 1}}
                alpah: {2015: {tax: 1}}
                b: {2015: {tax: lots}}
            expect: [{entity: a, rank: 1}]
        """, "typos.tests.yaml", resource("small.tests.yaml"))
        .withBaseDirectory(PolicyTestSuiteTest.ROOT);

    assertThat(suite.run().cases().get(0).failures()).containsExactly(
        "typos.tests.yaml:7:25: scheme 'firms' has no indicator, adjustment item, fact or attribute 'txa':"
            + " did you mean 'tax'?\n"
            + "typos.tests.yaml:8:29: scheme 'firms' has no entity 'alpah': did you mean 'Alpha'?\n"
            + "typos.tests.yaml:9:25: 'tax' needs a number, but the value is 'lots'");
  }

  @Test
  void aPeriodTheDataDoNotHoldFailsTheCase() {
    PolicyTestSuite suite = PolicyTestSuite.parse("""
        kaohe-tests: 1
        policy: ../policies/small.yaml
        cases:
          - name: no 2016
            periods: [2015, 2016]
            given: {data: firms-2015.csv}
            expect: [{entity: a, rank: 1}]
        """, "periods.tests.yaml", resource("small.tests.yaml"))
        .withBaseDirectory(PolicyTestSuiteTest.ROOT);

    assertThat(suite.run().cases().get(0).message())
        .isEqualTo("periods.tests.yaml:4:5: the case evaluates [2016], but its data hold only [2015]");
  }

  @Test
  void aPolicyFileThatDoesNotExistFailsEveryCaseThatNeedsIt() {
    PolicyTestSuite suite = PolicyTestSuite.parse("""
        kaohe-tests: 1
        policy: no-such-policy.yaml
        cases:
          - name: one
            given: {data: firms-2015.csv}
            expect: [{entity: a, rank: 1}]
        """, "missing.tests.yaml", resource("small.tests.yaml"))
        .withBaseDirectory(PolicyTestSuiteTest.ROOT);

    assertThat(suite.run().cases().get(0).message())
        .startsWith("missing.tests.yaml:2:9: policy: no bundled policy 'no-such-policy.yaml' and no file ");
  }
}
