package io.github.kaohe.cli;

import io.github.kaohe.report.Report;
import java.util.Locale;
import java.util.Optional;

/**
 * JSON's declared limit. Each entity's JSON carries its explanations (some 7 KB with a dozen
 * indicators, against some 100 bytes a row of CSV), so a run's time grows with the JSON it writes:
 * 100,000 entities take about as long as a million written as CSV. Past that, a run still
 * completes in the same memory, written an entity at a time, but it writes gigabytes and takes
 * minutes: the user is told before it starts, with the way out.
 */
final class LargeJson {
  /** The most entities, over every scheme and period of the output, that JSON is declared for. */
  static final int DECLARED_ENTITIES = 100_000;

  private LargeJson() {}

  /** The warning for JSON of the report's entities, if they are more than it is declared for. */
  static Optional<String> warning(Report report) {
    return warning(entities(report));
  }

  /** The entities JSON lists: those of every scheme in every period. */
  static long entities(Report report) {
    return report.schemes().stream()
        .flatMap(s -> s.results().stream())
        .mapToLong(r -> r.entities().size())
        .sum();
  }

  static Optional<String> warning(long entities) {
    if (entities <= DECLARED_ENTITIES) {
      return Optional.empty();
    }
    return Optional.of(String.format(Locale.ROOT,
        "JSON of %,d entities, more than the %,d it is declared for: each carries its explanations (some kilobytes),"
            + " so this writes gigabytes and takes minutes. --format csv writes their places and points"
            + " in about 100 bytes an entity.",
        entities, DECLARED_ENTITIES));
  }
}
