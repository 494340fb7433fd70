package io.github.kaohe.testing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The result of one case: passed, or failed with what differs, one line per expectation not met,
 * each starting with its {@code file:line:column}, e.g.
 * {@code kaifeng-2014.tests.yaml:14:9: 汴西 rank: expected 1, got 2 — total 84.31 vs 85.02 (尉氏县)}.
 *
 * <p>Immutable.
 */
public final class CaseResult {
  private final PolicyTestCase testCase;
  private final List<String> failures;
  private final Set<Coverage.Part> exercised;

  CaseResult(PolicyTestCase testCase, List<String> failures, Set<Coverage.Part> exercised) {
    this.testCase = Objects.requireNonNull(testCase, "testCase");
    this.failures = List.copyOf(failures);
    this.exercised = Set.copyOf(exercised);
  }

  public PolicyTestCase testCase() {
    return testCase;
  }

  /** The case's name. */
  public String name() {
    return testCase.name();
  }

  public boolean passed() {
    return failures.isEmpty();
  }

  /** What differs, one entry per expectation not met; empty when the case passed. */
  public List<String> failures() {
    return failures;
  }

  /** The failures, one per line; empty when the case passed. */
  public String message() {
    return String.join("\n", failures);
  }

  /** The first failure, if the case failed. */
  public Optional<String> firstFailure() {
    return failures.stream().findFirst();
  }

  /** The parts of the file's policy the case exercised (none for a case with a policy of its own). */
  Set<Coverage.Part> exercised() {
    return exercised;
  }

  @Override
  public String toString() {
    return (passed() ? "PASS " : "FAIL ") + testCase.name();
  }
}
