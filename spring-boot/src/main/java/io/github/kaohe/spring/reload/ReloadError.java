package io.github.kaohe.spring.reload;

import io.github.kaohe.load.Problem;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An edit of a policy file that was not taken: the policy before it still serves.
 *
 * @param at when the file was read
 * @param file the file's name in the reload folder
 * @param problems every error, with line and column
 */
public record ReloadError(Instant at, String file, List<Problem> problems) {
  public ReloadError {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(file, "file");
    problems = List.copyOf(problems);
  }

  /** Every problem, one a line, {@code file:line:column: path: message}. */
  public List<String> lines() {
    return problems.stream().map(Problem::toString).toList();
  }
}
