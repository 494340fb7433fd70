package io.github.kaohe.examples;

import io.github.kaohe.model.Language;
import io.github.kaohe.testing.PolicyTestResults;
import io.github.kaohe.testing.PolicyTestSuite;
import java.io.PrintStream;
import java.net.URL;
import java.util.Objects;

/**
 * Writing a policy's tests and running them: {@code township/township-2023.tests.yaml} holds the
 * cases a reviewer works out by hand for the township policy (data given, then the places, points,
 * classes, money and actions expected), and this program runs them and prints what fails, with
 * the line of each expectation, and which parts of the policy no case exercises. The command line
 * does the same with
 *
 * <pre>
 * java -jar kaohe.jar test township-2023.yaml
 * </pre>
 *
 * <p>and a JUnit 5 test class runs each case as a test with kaohe-junit (see {@code
 * TownshipPolicyTest} among this module's tests).
 *
 * <p>Run it with {@code java -cp cli/target/kaohe.jar:examples/target/classes io.github.kaohe.examples.PolicyTestExample}.
 */
public final class PolicyTestExample {
  private PolicyTestExample() {}

  public static void main(String[] args) {
    System.exit(run(System.out) ? 0 : 1);
  }

  /** Runs the township policy's tests and prints the outcome; whether every case passed. */
  public static boolean run(PrintStream out) {
    URL tests = Objects.requireNonNull(PolicyTestExample.class.getResource("township/township-2023.tests.yaml"));
    PolicyTestResults results = PolicyTestSuite.load(tests).run(); // the policy is the file the tests name
    out.print(results.render(Language.EN));
    return results.allPassed();
  }
}
