package io.github.kaohe.spring;

import io.github.kaohe.load.Problem;
import java.util.List;

/**
 * Policies configured for startup do not load: the application does not start. The message lists
 * every problem of every policy, each at its {@code file:line:column}.
 */
public final class InvalidPoliciesException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<PolicySources.Loaded> failed;

  /** An exception for these policies, each with at least one error. */
  public InvalidPoliciesException(List<PolicySources.Loaded> failed) {
    super(message(failed));
    if (failed.isEmpty()) {
      throw new IllegalArgumentException("an InvalidPoliciesException needs a policy that failed");
    }
    this.failed = List.copyOf(failed);
  }

  /** The policies that failed, each with its problems. */
  public List<PolicySources.Loaded> failed() {
    return failed;
  }

  /** Every error of every policy. */
  public List<Problem> problems() {
    return failed.stream().flatMap(f -> f.errors().stream()).toList();
  }

  private static String message(List<PolicySources.Loaded> failed) {
    long problems = failed.stream().mapToLong(f -> f.errors().size()).sum();
    StringBuilder s = new StringBuilder()
        .append(failed.size() == 1 ? "1 policy does not load" : failed.size() + " policies do not load")
        .append(" (").append(problems == 1 ? "1 problem" : problems + " problems").append("):");
    for (PolicySources.Loaded f : failed) {
      s.append("\n").append(f.describeErrors());
    }
    return s.toString();
  }
}
