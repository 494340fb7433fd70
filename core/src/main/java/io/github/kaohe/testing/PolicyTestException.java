package io.github.kaohe.testing;

import io.github.kaohe.load.Problem;
import java.util.Comparator;
import java.util.List;

/**
 * A policy test file could not be read. The message lists every problem, one per line, with
 * file, line, column and field path; {@link #problems()} gives them as data.
 */
public final class PolicyTestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /** An exception for these problems (at least one). */
  public PolicyTestException(List<Problem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** The problems, in file order. */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a PolicyTestException needs at least one problem");
    }
    List<Problem> sorted =
        problems.stream()
            .sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparingInt(Problem::column))
            .toList();
    StringBuilder s =
        new StringBuilder(sorted.get(0).file())
            .append(sorted.size() == 1 ? " has 1 problem:" : " has " + sorted.size() + " problems:");
    for (Problem p : sorted) {
      s.append("\n  ").append(p);
    }
    return s.toString();
  }
}
