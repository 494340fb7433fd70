package io.github.kaohe.testing;

import io.github.kaohe.model.Language;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The results of a run of a {@link PolicyTestSuite}: each case's result and the coverage of the
 * policy.
 *
 * <p>Immutable.
 */
public final class PolicyTestResults {
  private final String file;
  private final List<CaseResult> cases;
  private final Coverage coverage;

  PolicyTestResults(String file, List<CaseResult> cases, Coverage coverage) {
    this.file = Objects.requireNonNull(file, "file");
    this.cases = List.copyOf(cases);
    this.coverage = Objects.requireNonNull(coverage, "coverage");
  }

  /** The test file's name. */
  public String file() {
    return file;
  }

  /** Every case's result, in file order. */
  public List<CaseResult> cases() {
    return cases;
  }

  /** The cases that failed. */
  public List<CaseResult> failures() {
    return cases.stream().filter(c -> !c.passed()).toList();
  }

  public boolean allPassed() {
    return cases.stream().allMatch(CaseResult::passed);
  }

  public int passedCount() {
    return (int) cases.stream().filter(CaseResult::passed).count();
  }

  public int failedCount() {
    return cases.size() - passedCount();
  }

  public Coverage coverage() {
    return coverage;
  }

  /** {@code "12 passed, 1 failed"}. */
  public String summary() {
    return String.format(Locale.ROOT, "%d passed, %d failed", passedCount(), failedCount());
  }

  /**
   * The run in words: each failed case with what differs, the summary line, then the coverage.
   */
  public String render(Language language) {
    StringBuilder s = new StringBuilder();
    for (CaseResult c : failures()) {
      s.append("FAIL ").append(c.name()).append('\n');
      for (String f : c.failures()) {
        s.append("  ").append(f.replace("\n", "\n  ")).append('\n');
      }
    }
    s.append(file).append(": ").append(summary()).append('\n');
    s.append(coverage.render(language)).append('\n');
    return s.toString();
  }

  @Override
  public String toString() {
    return file + ": " + summary();
  }
}
