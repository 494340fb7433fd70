package io.github.kaohe.eval;

import java.util.List;

/**
 * A scheme could not be evaluated on the data: missing values under the {@code error} rule,
 * values a method cannot score, and the like. Lists every problem; no partial result exists.
 */
public final class EvaluationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<EvaluationProblem> problems;

  public EvaluationException(List<EvaluationProblem> problems) {
    super(message(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an EvaluationException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public List<EvaluationProblem> problems() {
    return problems;
  }

  private static String message(List<EvaluationProblem> problems) {
    StringBuilder s =
        new StringBuilder("the data cannot be evaluated: ")
            .append(problems.size() == 1 ? "1 problem" : problems.size() + " problems");
    int shown = 0;
    for (EvaluationProblem p : problems) {
      if (shown++ == 50) {
        s.append("\n  ... and ").append(problems.size() - 50).append(" more");
        break;
      }
      s.append("\n  ").append(p);
    }
    return s.toString();
  }
}
