package io.github.kaohe.cli;

import java.util.Locale;
import java.util.Optional;

/**
 * The declared size of the analyses that score every entity again and again: {@code whatif}
 * (for each value it tries, some twenty for each of the entity's values) and {@code --pending}
 * (at the ends of each pending range, for each entity's best and worst place). Their time grows
 * with the field: 100,000 entities take about as long as a million scored once. Past that the
 * user is told before the analysis starts; a heap too small for it ends in the memory message.
 */
final class LongAnalysis {
  /** The most entities an analysis is declared for. */
  static final int DECLARED_ENTITIES = 100_000;

  private LongAnalysis() {}

  /** The warning for a {@code whatif} search over this many entities, if they are too many. */
  static Optional<String> search(long entities) {
    return warning("whatif scores all %,d entities again for each value it tries", entities);
  }

  /** The warning for a provisional ranking of this many entities, if they are too many. */
  static Optional<String> pending(long entities) {
    return warning("--pending works out the best and worst place of all %,d entities, scoring them again at the ends"
        + " of each pending range", entities);
  }

  private static Optional<String> warning(String what, long entities) {
    if (entities <= DECLARED_ENTITIES) {
      return Optional.empty();
    }
    return Optional.of(String.format(Locale.ROOT, what + ": past the %,d it is declared for, this takes minutes, and more"
        + " memory than 512 MB (java -Xmx2g -jar kaohe.jar …).", entities, DECLARED_ENTITIES));
  }
}
