package io.github.kaohe.eval;

import io.github.kaohe.data.Period;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What a part of a population needs to know of the whole's periods to evaluate rules that read
 * earlier periods ({@link PartEvaluator#rule}): the periods the whole population's data has, the
 * merged summary of each period that can be scored, and the problems of each that cannot (a rule
 * that reads it is then not evaluable, as on one machine). Immutable and serialisable.
 */
public final class PartHistory implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Set<String> periods;
  private final Map<String, PartSummary> summaries;
  private final Map<String, List<EvaluationProblem>> failed;

  private PartHistory(Set<String> periods, Map<String, PartSummary> summaries, Map<String, List<EvaluationProblem>> failed) {
    this.periods = periods;
    this.summaries = summaries;
    this.failed = failed;
  }

  /**
   * The history of a whole population.
   *
   * @param periods the periods its data has
   * @param summaries every part's summary of a period, merged, for each period to score
   * @param failed the problems of each period whose data cannot be scored
   */
  public static PartHistory of(
      Set<Period> periods, Map<Period, PartSummary> summaries, Map<Period, List<EvaluationProblem>> failed) {
    Objects.requireNonNull(periods, "periods");
    Map<String, PartSummary> s = new HashMap<>();
    summaries.forEach((p, summary) -> s.put(p.toString(), Objects.requireNonNull(summary, "summary")));
    Map<String, List<EvaluationProblem>> f = new HashMap<>();
    failed.forEach((p, problems) -> f.put(p.toString(), List.copyOf(problems)));
    return new PartHistory(Set.copyOf(periods.stream().map(Period::toString).toList()), Map.copyOf(s), Map.copyOf(f));
  }

  /** The periods the whole population's data has. */
  public SortedSet<Period> periods() {
    SortedSet<Period> out = new TreeSet<>();
    periods.forEach(p -> out.add(Period.parse(p)));
    return out;
  }

  /** The periods that can be scored, in order. */
  public SortedSet<Period> scored() {
    SortedSet<Period> out = new TreeSet<>();
    summaries.keySet().forEach(p -> out.add(Period.parse(p)));
    return out;
  }

  @Nullable PartSummary summary(Period period) {
    return summaries.get(period.toString());
  }

  @Nullable List<EvaluationProblem> failed(Period period) {
    return failed.get(period.toString());
  }
}
