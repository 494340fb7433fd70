package io.github.kaohe.testing;

import static io.github.kaohe.testing.PolicyTestSuiteTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.model.Language;
import org.junit.jupiter.api.Test;

class CoverageTest {
  private final Coverage coverage = PolicyTestSuite.load(resource("rules.tests.yaml")).run().coverage();

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
        .isEqualTo("Coverage of rules-test: indicators 1/1, adjustment items 0/0, table rows 7/8, classes 3/3\n"
            + "Not exercised:\n"
            + "  zones row sanctions/twenty-worse");
    assertThat(coverage.render(Language.ZH))
        .startsWith("覆盖率 rules-test: 指标 1/1，加减分项 0/0，规则表行 7/8，等次 3/3\n未覆盖：");
  }

  @Test
  void aRowCountsWhenItMatchedEvenIfSuppressedOrWithheld() {
    // rewards/per-title is only ever suppressed, rewards/ten-outside-top only withheld
    assertThat(coverage.missing()).noneMatch(p -> p.id().startsWith("rewards/"));
  }

  @Test
  void casesWithAPolicyOfTheirOwnDoNotCount() {
    Coverage small = PolicyTestSuite.load(resource("small.tests.yaml")).run().coverage();

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
