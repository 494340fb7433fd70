package io.github.kaohe.cli;

import io.github.kaohe.report.Report;
import java.util.Locale;
import java.util.Optional;

/**
 * What the outputs and analyses that grow with the field are declared for, and the warning given
 * before one starts past it (it still runs: the memory it needs is bounded, its time is not).
 * JSON carries every entity's explanations (some 7 KB with a dozen indicators, against some 100
 * bytes a row of CSV); {@code whatif} scores everyone again for each value it tries, some twenty
 * for each of the entity's values; {@code --pending} at the ends of each pending range, for each
 * entity's best and worst place. 100,000 entities take each about as long as a million rows
 * written as CSV. A sensitivity analysis evaluates its variants, all entities each time. The reports
 * made whole before they are written are refused instead ({@link
 * ReportSize}), as they would run out of memory.
 */
final class DeclaredSizes {
  /** The most entities, over every scheme and period of the output, that JSON is declared for. */
  static final int JSON_ENTITIES = 100_000;
  /** The most entities {@code whatif} and {@code --pending} are declared for. */
  static final int ANALYSIS_ENTITIES = 100_000;
  /**
   * The most entity evaluations (variants × entities) {@code sensitivity} is declared for: 70
   * samples of 100,000 entities with 12 inputs ((12 + 2) × 70 = 980 variants), or 1,000 samples of
   * 7,000. A variant of 100,000 entities takes some 2 ms of the two cores, all twelve columns scored
   * again (measured; renormalised weights change every column).
   */
  static final long SENSITIVITY_EVALUATIONS = 100_000_000L;

  private DeclaredSizes() {}

  /** The entities a report lists: those of every scheme in every period. */
  static long entities(Report report) {
    return report.schemes().stream()
        .flatMap(s -> s.results().stream())
        .mapToLong(r -> r.entities().size())
        .sum();
  }

  /** The warning for JSON of the report's entities, if they are more than it is declared for. */
  static Optional<String> json(Report report) {
    return json(entities(report));
  }

  static Optional<String> json(long entities) {
    return past(JSON_ENTITIES, entities, "JSON of %,d entities, more than the %,d it is declared for: each carries its"
        + " explanations (some kilobytes), so this writes gigabytes and takes minutes. --format csv writes their places"
        + " and points in about 100 bytes an entity.");
  }

  /** The warning for a {@code whatif} search over this many entities, if they are too many. */
  static Optional<String> search(long entities) {
    return past(ANALYSIS_ENTITIES, entities, "whatif scores all %,d entities again for each value it tries: past the %,d"
        + " it is declared for, this takes minutes, and more memory than 512 MB (java -Xmx2g -jar kaohe.jar …).");
  }

  /** The warning for a provisional ranking of this many entities, if they are too many. */
  static Optional<String> pending(long entities) {
    return past(ANALYSIS_ENTITIES, entities, "--pending works out the best and worst place of all %,d entities, scoring"
        + " them again at the ends of each pending range: past the %,d it is declared for, this takes minutes, and more"
        + " memory than 512 MB (java -Xmx2g -jar kaohe.jar …).");
  }

  /**
   * The warning for a sensitivity analysis of this many variants (samples × (inputs + 2)) of this
   * many entities, if their evaluations are more than it is declared for.
   */
  static Optional<String> sensitivity(long variants, long entities) {
    long evaluations = variants * entities; // at most 65,536 samples × (inputs + 2) × a million or so: within a long
    if (evaluations <= SENSITIVITY_EVALUATIONS) {
      return Optional.empty();
    }
    return Optional.of(String.format(Locale.ROOT, "sensitivity evaluates %,d variants (samples × (inputs + 2)) of %,d"
        + " entities: %,d entity evaluations, past the %,d it is declared for; its time grows with them. Fewer"
        + " samples (--samples) take less: the bootstrap intervals of the indices say how sure they are.", variants, entities,
        evaluations, SENSITIVITY_EVALUATIONS));
  }

  /** The warning, with the entities and the declared number put in, if the entities are more. */
  private static Optional<String> past(int declared, long entities, String warning) {
    return entities <= declared ? Optional.empty() : Optional.of(String.format(Locale.ROOT, warning, entities, declared));
  }
}
