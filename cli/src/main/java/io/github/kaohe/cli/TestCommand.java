package io.github.kaohe.cli;

import io.github.kaohe.Policies;
import io.github.kaohe.model.Language;
import io.github.kaohe.spi.PolicyProvider;
import io.github.kaohe.testing.CaseResult;
import io.github.kaohe.testing.PolicyTestException;
import io.github.kaohe.testing.PolicyTestResults;
import io.github.kaohe.testing.PolicyTestSuite;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code kaohe test}: runs policy tests written in YAML against a policy, prints each case, what
 * differs in those that fail, and which parts of the policy no case exercises.
 */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Runs a policy's tests written in YAML and shows what no case covers.",
      "The tests (kaohe-tests: 1) run against the policy; each case is printed, with what differs"
          + " in those that fail, and which parts of the policy no case exercises.",
      "Without TESTS: a bundled policy's own suite, or the file beside a policy file named like it"
          + " (my-policy.yaml → my-policy.tests.yaml)."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      "0:every case passed",
      "1:a case failed, or the policy is invalid",
      "2:bad usage, or a test file cannot be read"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  kaohe test kaifeng-2014                       the bundled policy's own suite",
      "  kaohe test my-policy.yaml                     runs my-policy.tests.yaml",
      "  kaohe test v2.yaml my-policy.tests.yaml       old tests on a new version"
    })
final class TestCommand extends KaoheCommand {
  @SuppressWarnings("NullAway.Init") // required: picocli sets it or fails
  @Parameters(index = "0", paramLabel = "POLICY", description = "A bundled policy's id or a policy YAML file.")
  String policy;

  @Parameters(index = "1..*", arity = "0..*", paramLabel = "TESTS", description = "Test files (YAML).")
  List<Path> tests = new ArrayList<>();

  @Mixin LanguageOption lang = new LanguageOption(Language.EN);

  @Override
  int run() {
    ChosenPolicy chosen = ChosenPolicy.of(policy);
    List<PolicyTestSuite> suites = new ArrayList<>();
    for (Path file : tests) {
      InputFiles.requireFile(file, "the test file");
      suites.add(read(() -> PolicyTestSuite.load(file)));
    }
    if (tests.isEmpty()) {
      suites.add(ownSuite());
    }
    int exitCode = ExitCodes.OK;
    PrintWriter out = out();
    for (PolicyTestSuite suite : suites) {
      PolicyTestResults results = suite.withPolicy(chosen.policy()).run();
      print(results, out);
      if (!results.allPassed()) {
        exitCode = ExitCodes.INVALID;
      }
    }
    return exitCode;
  }

  /** The suite that goes with the policy: a bundled policy's own, or the file beside the policy's. */
  private PolicyTestSuite ownSuite() {
    Optional<PolicyProvider> bundled = Policies.find(policy);
    if (bundled.isPresent()) {
      return read(() -> PolicyTestSuite.load(bundled.get().tests().orElseThrow(() -> new InputException(
          "policy " + policy + " ships no test suite: give a test file (kaohe test " + policy + " TESTS…)"))));
    }
    Path file = Path.of(policy);
    String name = file.getFileName().toString();
    String stem = name.endsWith(".yaml") || name.endsWith(".yml") ? name.substring(0, name.lastIndexOf('.')) : name;
    Path beside = file.resolveSibling(stem + ".tests.yaml");
    if (!Files.isRegularFile(beside)) {
      throw new InputException("no test file given, and none beside the policy (" + beside + ")");
    }
    return read(() -> PolicyTestSuite.load(beside));
  }

  /** A test file that cannot be read is bad input: exit code 2. */
  private static PolicyTestSuite read(java.util.function.Supplier<PolicyTestSuite> reader) {
    try {
      return reader.get();
    } catch (PolicyTestException e) {
      throw new InputException(e.getMessage(), e);
    }
  }

  private void print(PolicyTestResults results, PrintWriter out) {
    out.println(results.file());
    for (CaseResult c : results.cases()) {
      out.println((c.passed() ? "  PASS " : "  FAIL ") + c.name());
      for (String f : c.failures()) {
        out.println("       " + f.replace("\n", "\n       "));
      }
    }
    out.println(results.file() + ": " + results.summary());
    out.println(results.coverage().render(lang.get()));
  }
}
