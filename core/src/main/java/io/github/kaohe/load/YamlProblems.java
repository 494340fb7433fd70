package io.github.kaohe.load;

import java.util.List;
import java.util.Objects;

/**
 * The problems found in one YAML file other than a policy, e.g. a policy test file, collected so
 * that all of them are reported together with line, column and field path, as the policy loader
 * reports its own.
 *
 * <p>Not thread-safe: one reader fills it.
 */
public final class YamlProblems {
  private final Problems problems;

  /** Problems of the file with this name (as it appears in messages). */
  public YamlProblems(String file) {
    this.problems = new Problems(Objects.requireNonNull(file, "file"));
  }

  Problems problems() {
    return problems;
  }

  /** A problem at this node: {@code file:line:column: path: message}. */
  public void add(YamlNode at, String message) {
    problems.add(at.mark(), at.path(), Objects.requireNonNull(message, "message"));
  }

  /** A problem of the whole file. */
  public void add(String message) {
    problems.add(Mark.NONE, "", Objects.requireNonNull(message, "message"));
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** Whether a problem was recorded at this node's path or below it. */
  public boolean hasUnder(YamlNode node) {
    return problems.hasUnder(node.path());
  }

  /** The problems, in the order they were found. */
  public List<Problem> all() {
    return problems.all();
  }
}
