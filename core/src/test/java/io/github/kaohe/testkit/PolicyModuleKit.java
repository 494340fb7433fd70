package io.github.kaohe.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.kaohe.Policies;
import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.spi.PolicyProvider;
import io.github.kaohe.testing.CaseResult;
import io.github.kaohe.testing.PolicyTestCase;
import io.github.kaohe.testing.PolicyTestSuite;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The compatibility kit for policy modules: a module's tests extend it in one line, and it checks
 * that the module's provider is found by its id, that its YAML loads and validates without errors,
 * that its sample data evaluate for every period they hold, and that its own YAML test suite
 * ({@link PolicyProvider#tests()}) passes, one test per case.
 *
 * <pre>{@code
 * class MyPolicyModuleTest extends PolicyModuleKit {
 *   @Override protected PolicyProvider provider() { return new MyPolicyProvider(); }
 * }
 * }</pre>
 *
 * <p>Shipped in {@code kaohe-core}'s test jar ({@code <type>test-jar</type>}, test scope); it
 * needs JUnit Jupiter on the test class path, and nothing else.
 */
public abstract class PolicyModuleKit {
  /** The module's provider, as ServiceLoader would make it. */
  protected abstract PolicyProvider provider();

  private Policy policy() {
    return provider().load();
  }

  @Test
  public void theProviderIsFoundByItsId() {
    PolicyProvider provider = provider();
    Optional<PolicyProvider> found = Policies.find(provider.id());
    assertTrue(found.isPresent(), () -> "no provider of '" + provider.id() + "' is registered: list "
        + provider.getClass().getName() + " in META-INF/services/" + PolicyProvider.class.getName()
        + " (and 'provides' it in module-info.java)");
    assertSame(provider.getClass(), found.get().getClass(), "another provider claims the id " + provider.id());
  }

  @Test
  public void itsYamlLoadsAndValidatesWithoutErrors() {
    Policy policy = policy(); // a PolicyException lists every problem
    assertEquals(provider().id(), policy.id(), "the provider's id and the policy's id differ");
  }

  @TestFactory
  public Stream<DynamicTest> itsSampleDataEvaluateForEveryPeriod() {
    Policy policy = policy();
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, URL> sample : provider().sampleData().entrySet()) {
      tests.add(DynamicTest.dynamicTest("sample data of " + sample.getKey(), () -> {
        Optional<Scheme> scheme = policy.findScheme(sample.getKey());
        assertTrue(scheme.isPresent(), () -> "sample data for '" + sample.getKey() + "', which policy "
            + policy.id() + " has no scheme of");
        Dataset data = CsvDataReader.forScheme(scheme.get()).read(text(sample.getValue()), sample.getKey() + ".csv");
        List<Period> periods = List.copyOf(data.periods());
        assertFalse(periods.isEmpty(), "the sample data of " + sample.getKey() + " hold no period");
        List<SchemeResult> results = Evaluator.of(policy).evaluate(sample.getKey(), data, periods);
        assertEquals(periods.size(), results.size());
      }));
    }
    return tests.stream();
  }

  @TestFactory
  public Stream<DynamicTest> itsOwnTestSuitePasses() {
    Optional<URL> tests = provider().tests();
    Assumptions.assumeTrue(tests.isPresent(), () -> provider().id() + " ships no test suite (PolicyProvider.tests())");
    PolicyTestSuite suite = PolicyTestSuite.load(tests.get());
    return suite.cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(suite, c)));
  }

  private static void run(PolicyTestSuite suite, PolicyTestCase testCase) {
    CaseResult result = suite.run(testCase);
    if (!result.passed()) {
      fail(result.message());
    }
  }

  private static String text(URL url) {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + url, e);
    }
  }
}
