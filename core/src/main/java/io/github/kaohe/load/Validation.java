package io.github.kaohe.load;

import io.github.kaohe.model.Policy;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link PolicyLoader#validate} found: the policy, when it loads, and every error and
 * warning, in file order. Warnings come from the analysis of a policy that loads: a file with
 * errors shows its errors first, and its warnings once they are fixed. Warnings come from the analysis of a policy that loads: a file with
 * errors shows its errors first, and its warnings once they are fixed.
 *
 * @param policy the policy; empty when there are errors
 * @param problems the errors and warnings
 */
public record Validation(Optional<Policy> policy, List<Problem> problems) {
  public Validation {
    Objects.requireNonNull(policy, "policy");
    problems = problems.stream()
        .sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparingInt(Problem::column))
        .toList();
  }

  /** Whether the policy loads: no errors (warnings allowed). */
  public boolean valid() {
    return errors().isEmpty() && policy.isPresent();
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }
}
