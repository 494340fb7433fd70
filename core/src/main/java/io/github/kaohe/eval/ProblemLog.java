package io.github.kaohe.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems an evaluation finds, each with where it was found, so that they are listed in one
 * order whatever order the stages (and the cores) found them in: first the inputs, entity by
 * entity and indicator by indicator; then the methods that cannot score their population; then
 * the values a method cannot score and the bad counts, entity by entity. Not thread-safe: each
 * chunk of entities keeps its own log, and the logs are merged.
 */
final class ProblemLog {
  private static final int INPUT = 0;
  private static final int PREPARE = 1;
  private static final int SCORING = 2;

  private record Entry(int phase, int position, int slot, EvaluationProblem problem) {}

  private static final Comparator<Entry> ORDER = Comparator.comparingInt(Entry::phase)
      .thenComparingInt(Entry::position).thenComparingInt(Entry::slot);

  private final String scheme;
  private final String period;
  private final List<Entry> entries = new ArrayList<>();

  ProblemLog(String scheme, String period) {
    this.scheme = scheme;
    this.period = period;
  }

  /** A log of the same evaluation, for another chunk. */
  ProblemLog fresh() {
    return new ProblemLog(scheme, period);
  }

  private void add(int phase, int position, int slot, String entity, String key, String message) {
    entries.add(new Entry(phase, position, slot, new EvaluationProblem(scheme, period, entity, key, message)));
  }

  /** A missing or unusable input value of an entity's indicator. */
  void input(int position, int indicator, String entity, String key, String message) {
    add(INPUT, position, indicator, entity, key, message);
  }

  /** A method that cannot score the population. */
  void prepare(int indicator, String key, String message) {
    add(PREPARE, indicator, 0, "", key, message);
  }

  /** A value a method cannot score, or a bad count; {@code slot} orders them within the entity. */
  void scoring(int position, int slot, String entity, String key, String message) {
    add(SCORING, position, slot, entity, key, message);
  }

  void merge(ProblemLog other) {
    entries.addAll(other.entries);
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  /** Every problem, in the one order (stable for problems of the same place). */
  List<EvaluationProblem> problems() {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(ORDER);
    return sorted.stream().map(Entry::problem).toList();
  }
}
