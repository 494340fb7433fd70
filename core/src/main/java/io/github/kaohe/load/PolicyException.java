package io.github.kaohe.load;

import java.util.Comparator;
import java.util.List;

/**
 * A policy could not be loaded. The message lists every problem, one per line, each with file,
 * line, column, field path, what is wrong and how to fix it; {@link #problems()} gives them as
 * data.
 */
public final class PolicyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /** An exception for these problems (at least one). */
  public PolicyException(List<Problem> problems) {
    super(message(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a PolicyException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** The problems, in file order. */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(List<Problem> problems) {
    List<Problem> sorted =
        problems.stream().sorted(Comparator.comparing(Problem::sortKey)).toList();
    String file = sorted.isEmpty() ? "policy" : sorted.get(0).file();
    StringBuilder s = new StringBuilder();
    s.append(file)
        .append(sorted.size() == 1 ? " has 1 problem:" : " has " + sorted.size() + " problems:");
    for (Problem p : sorted) {
      s.append("\n  ").append(p);
    }
    return s.toString();
  }
}
