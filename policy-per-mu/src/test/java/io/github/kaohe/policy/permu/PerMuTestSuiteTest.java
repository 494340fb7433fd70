package io.github.kaohe.policy.permu;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.model.Language;
import io.github.kaohe.testing.PolicyTestResults;
import io.github.kaohe.testing.PolicyTestSuite;
import org.junit.jupiter.api.Test;

/** The module's own YAML suite passes and exercises every indicator and class of both schemes. */
class PerMuTestSuiteTest {
  private final PolicyTestResults results = PolicyTestSuite.load(PerMuPolicy.tests()).run();

  @Test
  void everyCasePasses() {
    assertThat(results.failures()).as(() -> results.render(Language.EN)).isEmpty();
  }

  @Test
  void theSuiteLeavesNothingOfThePolicyUnexercised() {
    assertThat(results.coverage().missing()).as(() -> results.coverage().render(Language.EN)).isEmpty();
  }
}
