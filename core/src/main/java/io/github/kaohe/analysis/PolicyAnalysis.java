package io.github.kaohe.analysis;

import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Static checks of a policy. Errors: references that resolve to nothing, conditions of the wrong
 * type, rows that overlap under {@code unique}, rows that can never match under {@code first},
 * gaps in tables declared complete, eligibilities revoked after the tables that need them, cycles
 * among measures. Warnings (the policy loads, but is probably not what its author meant): a fact
 * no rule reads, a row no value can match, a weight of zero, a weight finer than points are
 * rounded to, a cap that can never bind, a condition that compares a place with something that is
 * not a place. The loader reports these with the line of each part; {@link #analyse} checks a
 * policy built in code.
 */
public final class PolicyAnalysis {
  /** How serious a finding is: an error stops the policy from loading. */
  public enum Severity {
    ERROR,
    WARNING
  }

  /**
   * One finding.
   *
   * @param scheme the scheme's id
   * @param kind what was checked: {@code table}, {@code measure} or {@code classification}
   * @param id the table's, measure's or classification's id
   * @param row the row's id, or empty
   * @param severity error or warning
   * @param message what is wrong and how to fix it
   */
  public record Finding(
      String scheme, String kind, String id, String row, Severity severity, String message) {
    public Finding {
      Objects.requireNonNull(scheme);
      Objects.requireNonNull(kind);
      Objects.requireNonNull(id);
      Objects.requireNonNull(row);
      Objects.requireNonNull(severity);
      Objects.requireNonNull(message);
    }
  }

  private PolicyAnalysis() {}

  /** Every finding for every scheme of the policy, errors and warnings. */
  public static List<Finding> analyse(Policy policy) {
    List<Finding> all = new ArrayList<>();
    for (Scheme s : policy.schemes()) {
      Findings findings = new Findings();
      new SchemeAnalysis(policy, s, findings).run();
      for (Findings.Entry f : findings.all()) {
        all.add(new Finding(s.id(), f.kind(), f.id(), f.row(), f.error() ? Severity.ERROR : Severity.WARNING, f.message()));
      }
    }
    return all;
  }
}
