package io.github.kaohe.data;

import java.util.List;

/** Data could not be read. The message lists every problem with file, row and column. */
public final class DataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<DataProblem> problems;

  public DataException(List<DataProblem> problems) {
    super(message(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a DataException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** The problems, in file order. */
  public List<DataProblem> problems() {
    return problems;
  }

  private static String message(List<DataProblem> problems) {
    String file = problems.isEmpty() ? "data" : problems.get(0).file();
    StringBuilder s =
        new StringBuilder(file)
            .append(problems.size() == 1 ? " has 1 problem:" : " has " + problems.size() + " problems:");
    int shown = 0;
    for (DataProblem p : problems) {
      if (shown++ == 50) {
        s.append("\n  ... and ").append(problems.size() - 50).append(" more");
        break;
      }
      s.append("\n  ").append(p);
    }
    return s.toString();
  }
}
