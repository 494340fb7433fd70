package io.github.kaohe.policy.kaifeng;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.model.Language;
import io.github.kaohe.testing.PolicyTestResults;
import io.github.kaohe.testing.PolicyTestSuite;
import org.junit.jupiter.api.Test;

/**
 * The module's own YAML suite exercises every indicator, adjustment item, table row and class, and
 * expects something of every check, target and tax sharing rule.
 */
class KaifengTestSuiteTest {
  private final PolicyTestResults results = PolicyTestSuite.load(KaifengPolicy.tests()).run();

  @Test
  void everyCasePasses() {
    assertThat(results.failures()).as(() -> results.render(Language.EN)).isEmpty();
  }

  @Test
  void theSuiteLeavesNothingOfThePolicyUnexercised() {
    assertThat(results.coverage().missing()).as(() -> results.coverage().render(Language.EN)).isEmpty();
    assertThat(results.coverage().render(Language.EN))
        .startsWith("Coverage of kaifeng-2014: indicators 27/27, adjustment items 6/6, table rows ")
        .contains(", checks 14/14, targets 64/64, tax sharing rules 1/1\n");
  }
}
