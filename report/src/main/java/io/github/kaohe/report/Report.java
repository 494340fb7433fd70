package io.github.kaohe.report;

import io.github.kaohe.data.Period;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Policy;
import io.github.kaohe.whatif.Provisional;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What a report shows: a policy's schemes, each evaluated in one or more periods.
 *
 * @param policy the policy
 * @param schemes each scheme's results, in the policy's order
 * @param sampleData whether the data are the policy's bundled, illustrative sample
 */
public record Report(Policy policy, List<SchemeReport> schemes, boolean sampleData) {
  public Report {
    Objects.requireNonNull(policy, "policy");
    schemes = List.copyOf(schemes);
    if (schemes.isEmpty()) {
      throw new IllegalArgumentException("a report needs at least one scheme");
    }
  }

  /** A report of one scheme's results, in period order. */
  public static Report of(List<SchemeResult> results) {
    if (results.isEmpty()) {
      throw new IllegalArgumentException("a report needs at least one result");
    }
    return new Report(results.get(0).policy(), List.of(new SchemeReport(results)), false);
  }

  /** The same report with each scheme's latest period only. */
  public Report latestOnly() {
    return new Report(policy, schemes.stream().map(s -> new SchemeReport(List.of(s.latest()), s.provisional())).toList(), sampleData);
  }

  /**
   * The same report with the latest period of each scheme that has one of these results flagged
   * provisional: its pending values and each entity's best and worst place are shown.
   */
  public Report provisional(List<Provisional.Result> results) {
    return new Report(policy, schemes.stream().map(s -> results.stream()
        .filter(r -> r.result().scheme().id().equals(s.scheme().id()) && r.result().period().equals(s.latest().period()))
        .findFirst().map(s::provisional).orElse(s)).toList(), sampleData);
  }

  /** Whether any scheme's ranking is provisional. */
  public boolean isProvisional() {
    return schemes.stream().anyMatch(s -> s.provisional().isPresent());
  }

  /** Every period of the report, in order. */
  public List<Period> periods() {
    TreeSet<Period> all = new TreeSet<>();
    schemes.forEach(s -> s.results().forEach(r -> all.add(r.period())));
    return List.copyOf(all);
  }

  /** {@code 2015}, or {@code 2013-2015} for several periods. */
  public String periodRange() {
    List<Period> periods = periods();
    Period first = periods.get(0);
    Period last = periods.get(periods.size() - 1);
    return first.equals(last) ? first.toString() : first + "-" + last;
  }
}
