package io.github.kaohe.sensitivity;

import io.github.kaohe.load.Problem;
import java.util.List;

/**
 * An uncertainty file could not be read, or its alternatives cannot be evaluated on the data. The
 * message lists every problem, one per line, each with file, line, column, field path and what to
 * change; {@link #problems()} gives them as data.
 */
public final class UncertaintyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /** An exception for these problems (at least one). */
  public UncertaintyException(List<Problem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** The problems, in file order. */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an UncertaintyException needs at least one problem");
    }
    StringBuilder s = new StringBuilder(problems.get(0).file())
        .append(problems.size() == 1 ? " has 1 problem:" : " has " + problems.size() + " problems:");
    problems.forEach(p -> s.append("\n  ").append(p));
    return s.toString();
  }
}
