package io.github.kaohe.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The findings about one scheme, in the order they were found; {@link PolicyAnalysis} gives them
 * their scheme and severity.
 */
final class Findings {
  /**
   * One finding.
   *
   * @param kind what the part is: {@code table}, {@code check}, {@code measure} …
   * @param id the part's id
   * @param row the row's id, or empty
   * @param error whether it stops the policy from loading (else it is a warning)
   * @param message what is wrong and how to fix it
   */
  record Entry(String kind, String id, String row, boolean error, String message) {}

  private final List<Entry> all = new ArrayList<>();

  /** A mistake: the policy does not load. */
  void error(String kind, String id, String row, String message) {
    all.add(new Entry(kind, id, row, true, message));
  }

  /** Probably not what the author meant, but the policy loads. */
  void warning(String kind, String id, String row, String message) {
    all.add(new Entry(kind, id, row, false, message));
  }

  List<Entry> all() {
    return all;
  }
}
