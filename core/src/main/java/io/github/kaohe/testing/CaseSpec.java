package io.github.kaohe.testing;

import io.github.kaohe.data.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One case as written in a test file.
 *
 * @param name the case's name, unique in its file
 * @param policy the case's own policy (a bundled id or a path), instead of the file's
 * @param policyYaml an inline policy, instead of the file's
 * @param scheme the scheme evaluated; empty when the policy has only one (or the file names it)
 * @param periods the periods evaluated, in order; empty for the data's last period
 * @param given the data
 * @param expect what the results must show
 * @param expectError a text the error of loading or evaluating must contain
 * @param where the case's position
 */
record CaseSpec(
    String name,
    Optional<Inline> policy,
    Optional<Inline> policyYaml,
    Optional<Inline> scheme,
    List<Period> periods,
    Given given,
    List<Expectation> expect,
    Optional<String> expectError,
    Where where) {
  CaseSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(policyYaml, "policyYaml");
    Objects.requireNonNull(scheme, "scheme");
    periods = List.copyOf(periods);
    Objects.requireNonNull(given, "given");
    expect = List.copyOf(expect);
    Objects.requireNonNull(expectError, "expectError");
    Objects.requireNonNull(where, "where");
  }

  /** Whether the case runs against the file's policy (and so counts for its coverage). */
  boolean usesSuitePolicy() {
    return policy.isEmpty() && policyYaml.isEmpty();
  }
}
