package io.github.kaohe.cli;

import io.github.kaohe.data.DataProblem;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.report.Report;
import io.github.kaohe.report.SchemeReport;
import io.github.kaohe.whatif.Provisional;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A policy evaluated on data: per scheme that has data, its results in the periods asked for.
 *
 * @param report the results, in the policy's scheme order, each scheme's in period order
 * @param inputs the data read, per scheme: what was skipped and noted
 * @param latestByDefault whether the period is the data's latest because none was asked for
 */
record Assessment(Report report, List<SchemeData> inputs, boolean latestByDefault) {
  Assessment {
    inputs = List.copyOf(inputs);
  }

  /** The same assessment, each scheme in its latest period only (no history). */
  Assessment latestOnly() {
    return new Assessment(report.latestOnly(), inputs, latestByDefault);
  }

  /** The same assessment with these schemes' latest rankings flagged provisional. */
  Assessment provisional(List<Provisional.Result> results) {
    return results.isEmpty() ? this : new Assessment(report.provisional(results), inputs, latestByDefault);
  }

  /** The provisional ranking of a result, if it is its scheme's latest and some of its values are pending. */
  java.util.Optional<Provisional.Result> provisionalOf(SchemeResult result) {
    return report.schemes().stream().filter(s -> s.latest() == result).findFirst().flatMap(SchemeReport::provisional);
  }

  /** The latest period's result of each scheme. */
  List<SchemeResult> results() {
    return report.schemes().stream().map(SchemeReport::latest).toList();
  }

  /** Every scheme's result in every period, scheme by scheme. */
  List<SchemeResult> allResults() {
    return report.schemes().stream().flatMap(s -> s.results().stream()).toList();
  }

  boolean sampleData() {
    return report.sampleData();
  }

  /** The problems of the rows left out, over every file. */
  List<DataProblem> skipped() {
    return inputs.stream().flatMap(i -> i.skipped().stream()).toList();
  }

  /**
   * Loads the policy, reads the data and evaluates every scheme that has data.
   *
   * @throws InputException for an unknown policy or scheme, missing data or a period without data
   * @throws io.github.kaohe.load.PolicyException if the policy is invalid
   * @throws io.github.kaohe.data.DataException if the data file has problems
   * @throws io.github.kaohe.eval.EvaluationException if the data cannot be evaluated
   */
  static Assessment of(AssessmentRequest request) {
    return of(request, null);
  }

  /** As {@link #of(AssessmentRequest)}, saying how far it is on the progress bar. */
  static Assessment of(AssessmentRequest request, @Nullable Progress progress) {
    ChosenPolicy chosen = ChosenPolicy.of(request.policy());
    Policy policy = chosen.policy();
    @Nullable Scheme scheme = request.scheme() == null ? null : scheme(policy, request.scheme());
    // Steps: reading the data, then evaluating each scheme.
    int steps = 1 + (scheme != null ? 1 : policy.schemes().size());
    if (progress != null) {
      progress.step("读取 reading " + (request.data() == null ? "sample data" : request.data().getFileName()), 0, steps);
    }
    List<SchemeData> inputs =
        request.data() != null
            ? DataFiles.read(policy, scheme, request.data(), request.period(), request.encoding(),
                request.skipBadRows(), progress)
            : DataFiles.samples(chosen, scheme, request.period());
    Evaluator evaluator = Evaluator.of(policy).parallel(); // large files score on every core
    List<SchemeReport> schemes = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      SchemeData input = inputs.get(i);
      List<Period> periods = periods(input, request);
      if (progress != null) {
        progress.step("评估 evaluating " + input.scheme().id() + " " + periods.get(0)
            + (periods.size() > 1 ? ".." + periods.get(periods.size() - 1) : ""), 1 + i, steps);
      }
      // All periods in one call: the earlier periods' results are computed once and read as history.
      schemes.add(new SchemeReport(evaluator.evaluate(input.scheme().id(), input.dataset(), periods)));
    }
    boolean byDefault = request.period() == null && request.periods().isEmpty();
    return new Assessment(new Report(policy, schemes, request.data() == null), inputs, byDefault);
  }

  private static Scheme scheme(Policy policy, String id) {
    return policy
        .findScheme(id)
        .orElseThrow(
            () ->
                new InputException(
                    "policy '" + policy.id() + "' has no scheme '" + id + "'; its schemes: "
                        + policy.schemes().stream().map(Scheme::id).collect(Collectors.joining(", "))));
  }

  /**
   * The periods to evaluate: those asked for, which the data must have rows in; or the period
   * asked for, else the data's latest, with the periods before it when history is asked for.
   */
  private static List<Period> periods(SchemeData input, AssessmentRequest request) {
    SortedSet<Period> available = input.dataset().periods();
    if (available.isEmpty()) {
      throw new InputException(input.source() + " has no data rows");
    }
    List<Period> asked = !request.periods().isEmpty() ? request.periods()
        : request.period() != null ? List.of(request.period()) : List.of();
    for (Period p : asked) {
      if (!available.contains(p)) {
        throw new InputException(
            input.source() + " has no rows for period " + p + "; it has "
                + available.stream().map(Period::toString).collect(Collectors.joining(", ")));
      }
    }
    if (!request.periods().isEmpty()) {
      return asked;
    }
    Period last = asked.isEmpty() ? available.last() : asked.get(0);
    if (!request.history()) {
      return List.of(last);
    }
    return available.stream().filter(p -> p.compareTo(last) <= 0 && p.isYear() == last.isYear()).toList();
  }
}
