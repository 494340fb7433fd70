package io.github.kaohe.eval;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.model.Policy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every pass of {@link PartEvaluator} over a population held in parts, as a cluster runs them for a
 * scheme whose rules run after places (the spark module's {@code SparkEvaluation}): summarise each
 * period and merge, score each part and place every part's standings together, summarise and
 * resolve the figures of the whole population in rounds, then rule each part in the last period.
 * The scheme has no ranking groups.
 */
final class PartEvaluatorRun {
  final PartEvaluator evaluator;
  final Map<Period, PartSummary> summaries = new HashMap<>();
  final Map<Period, List<EvaluationProblem>> failed = new HashMap<>();
  final PartPlaces places = new PartPlaces();
  final PartHistory history;
  PopulationFigures figures = PopulationFigures.none();
  int rounds;

  private PartEvaluatorRun(Policy policy, List<Dataset> parts) {
    evaluator = PartEvaluator.of(policy, "firms");
    Set<Period> periods = new TreeSet<>();
    parts.forEach(p -> periods.addAll(p.periods()));
    for (Period period : periods) {
      PartSummary whole = null;
      for (Dataset part : parts) {
        PartSummary s = evaluator.summarise(part, period);
        whole = whole == null ? s : whole.merge(s);
      }
      if (whole.problems().isEmpty()) {
        summaries.put(period, whole);
      } else {
        failed.put(period, List.copyOf(new java.util.LinkedHashSet<>(whole.problems())));
      }
    }
    for (Period period : List.copyOf(summaries.keySet())) {
      place(parts, period);
    }
    history = PartHistory.of(periods, summaries, failed);
    while (evaluator.readsFigures() && rounds < 10) {
      rounds++;
      PopulationFigures known = figures;
      PopulationFigures merged = parts.stream().map(p -> evaluator.summariseFigures(p, history, places, known))
          .reduce(PopulationFigures::merge).orElseThrow();
      figures = evaluator.resolve(merged, history);
      if (figures.unresolved() == 0) {
        break;
      }
    }
  }

  /** The passes up to the rules, over these parts. */
  static PartEvaluatorRun of(Policy policy, List<Dataset> parts) {
    return new PartEvaluatorRun(policy, parts);
  }

  /** Each part scored in the period with the merged summary, its standings sorted together and placed. */
  private void place(List<Dataset> parts, Period period) {
    List<Standing> standings = new ArrayList<>();
    for (Dataset part : parts) {
      PartScores scores = evaluator.score(part, period, summaries.get(period));
      if (!scores.problems().isEmpty()) {
        failed.put(period, scores.problems());
        summaries.remove(period);
        return;
      }
      for (int k = 0; k < scores.size(); k++) {
        if (scores.ranked(k)) {
          standings.add(scores.standing(k));
        }
      }
    }
    standings.sort(null);
    PlaceCounter counter = PlaceCounter.of(evaluator.scheme());
    for (Standing s : standings) {
      places.put(period, s.entity(), (int) counter.next(s), new int[0]);
    }
  }

  /** The last pass: each part ruled in the period; the entities' results by id. */
  Map<String, EntityResult> rule(List<Dataset> parts, Period period) {
    Map<String, EntityResult> out = new HashMap<>();
    for (Dataset part : parts) {
      PartScores scores = evaluator.rule(part, period, history, places, figures);
      if (!scores.problems().isEmpty()) {
        throw new EvaluationException(scores.problems());
      }
      for (int k = 0; k < scores.size(); k++) {
        out.put(scores.entity(k), scores.result(k));
      }
    }
    return out;
  }
}
