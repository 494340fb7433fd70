package io.github.kaohe.testing;

import static io.github.kaohe.testing.PolicyTestSuiteTest.file;
import static io.github.kaohe.testing.PolicyTestSuiteTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a runner reads of a suite, its cases and their results: names, positions, counts and words. */
class RunnerApiTest {
  private static final PolicyTestSuite FAILING =
      PolicyTestSuite.load(file("failing.tests.yaml")).withBaseDirectory(PolicyTestSuiteTest.ROOT);

  @Test
  void aCaseKnowsItsFileAndPosition() {
    PolicyTestCase second = FAILING.cases().get(1);

    assertThat(second.index()).isEqualTo(1);
    assertThat(second.name()).isEqualTo("wrong numbers");
    assertThat(second.file()).isEqualTo("failing.tests.yaml");
    assertThat(second.line()).isEqualTo(11);
    assertThat(second.column()).isEqualTo(5);
    assertThat(second.expectsError()).isFalse();
    assertThat(FAILING.cases().get(2).expectsError()).isTrue();
    assertThat(second).hasToString("failing.tests.yaml:11:5: wrong numbers");
  }

  @Test
  void aSuiteRunsOneOfItsCasesAndNoOtherSuites() {
    CaseResult result = FAILING.run(FAILING.cases().get(5));
    PolicyTestSuite other = PolicyTestSuite.load(file("failing.tests.yaml"));
    PolicyTestSuite oneCase = PolicyTestSuite.parse("""
        kaohe-tests: 1
        policy: ../policies/small.yaml
        cases:
          - name: one
            given: {data: firms-2015.csv}
            expect: [{entity: a, rank: 1}]
        """, "one.tests.yaml", resource("small.tests.yaml"));

    assertThat(result.passed()).isTrue();
    assertThat(result).hasToString("PASS a passing case among failing ones");
    assertThat(result.firstFailure()).isEmpty();
    assertThatThrownBy(() -> FAILING.run(other.cases().get(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("case 'the wrong place' is not a case of failing.tests.yaml");
    assertThatThrownBy(() -> oneCase.run(FAILING.cases().get(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("case 'wrong numbers' is not a case of one.tests.yaml");
  }

  @Test
  void resultsCountWhatPassedAndFailed() {
    PolicyTestResults results = FAILING.run();
    CaseResult first = results.cases().get(0);

    assertThat(results.file()).isEqualTo("failing.tests.yaml");
    assertThat(results.allPassed()).isFalse();
    assertThat(results.passedCount()).isEqualTo(1);
    assertThat(results.failedCount()).isEqualTo(5);
    assertThat(results).hasToString("failing.tests.yaml: 1 passed, 5 failed");
    assertThat(first).hasToString("FAIL the wrong place");
    assertThat(first.firstFailure()).hasValue("failing.tests.yaml:10:27: 乙 rank: expected 1, got 2 — total 10.00 vs 19.00 (甲)");
    assertThat(first.testCase()).isSameAs(FAILING.cases().get(0));
    assertThat(results.coverage()).hasToString("Coverage[small-test, 4 parts, 0 missing]");
  }

  @Test
  void resultsOfCasesRunOneAtATimeGiveTheirCoverage() {
    PolicyTestSuite suite = PolicyTestSuite.load(file("small.tests.yaml")).withBaseDirectory(PolicyTestSuiteTest.ROOT);

    PolicyTestResults none = suite.results(List.of());
    PolicyTestResults first = suite.results(List.of(suite.run(suite.cases().get(0))));

    assertThat(none.coverage().missing()).hasSize(4);
    assertThat(first.coverage().complete()).isTrue();
    assertThat(first.summary()).isEqualTo("1 passed, 0 failed");
  }

  @Test
  void aSuiteReadFromAUrlIsNamedForItsFile() {
    PolicyTestSuite suite = PolicyTestSuite.load(resource("small.tests.yaml"));

    assertThat(suite.file()).isEqualTo("small.tests.yaml");
    assertThat(suite).hasToString("PolicyTestSuite[small.tests.yaml, 6 cases]");
  }

  @Test
  void aCaseWithAPolicyOfItsOwnExercisesNothingOfTheFilesPolicy() {
    PolicyTestSuite suite = PolicyTestSuite.parse("""
        kaohe-tests: 1
        policy: ../policies/small.yaml
        cases:
          - name: the same policy, named by the case
            policy: ../policies/small.yaml
            given: {data: firms-2015.csv}
            expect: [{entity: a, rank: 1}]
        """, "own.tests.yaml", resource("small.tests.yaml")).withBaseDirectory(PolicyTestSuiteTest.ROOT);

    PolicyTestResults results = suite.run();

    assertThat(results.allPassed()).isTrue();
    assertThat(results.coverage().missing()).extracting(Coverage.Part::id).containsExactly("tax", "place", "tax-growth", "title");
  }

  @Test
  void anAdjustmentItemCountsOnlyWhereSomeEntityHasUnitsOfIt() {
    PolicyTestSuite suite = PolicyTestSuite.parse("""
        kaohe-tests: 1
        policy: ../policies/small.yaml
        cases:
          - name: no titles
            periods: [2015]
            given:
              values:
                a: {2015: {tax: 1, place: 1, tax-growth: 1, title: 0}}
            expect: [{entity: a, rank: 1}]
        """, "items.tests.yaml", resource("small.tests.yaml")).withBaseDirectory(PolicyTestSuiteTest.ROOT);

    assertThat(suite.run().coverage().missing()).extracting(Coverage.Part::id).containsExactly("title");
  }

  @Test
  void aPositionShowsItsLineAndColumnWhereKnown() {
    assertThat(new Where("t.yaml", 0, 0)).hasToString("t.yaml");
    assertThat(new Where("t.yaml", 3, 0)).hasToString("t.yaml:3");
    assertThat(new Where("t.yaml", 3, 9)).hasToString("t.yaml:3:9");
    assertThat(new Where("t.yaml", 1, 1)).hasToString("t.yaml:1:1");
  }
}
