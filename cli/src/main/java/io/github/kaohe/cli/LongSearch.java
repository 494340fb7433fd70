package io.github.kaohe.cli;

import java.util.Locale;
import java.util.Optional;

/**
 * {@code whatif}'s declared size. It scores every entity again for each value it tries (some
 * twenty for each of the entity's values), so its time grows with the field: 100,000 entities
 * take about as long as a million scored once. Past that the user is told before the search
 * starts; a heap too small for it ends in the memory message.
 */
final class LongSearch {
  /** The most entities a search is declared for. */
  static final int DECLARED_ENTITIES = 100_000;

  private LongSearch() {}

  static Optional<String> warning(long entities) {
    if (entities <= DECLARED_ENTITIES) {
      return Optional.empty();
    }
    return Optional.of(String.format(Locale.ROOT,
        "whatif scores all %,d entities again for each value it tries: past the %,d it is declared for, this takes"
            + " minutes, and more memory than 512 MB (java -Xmx2g -jar kaohe.jar …).",
        entities, DECLARED_ENTITIES));
  }
}
