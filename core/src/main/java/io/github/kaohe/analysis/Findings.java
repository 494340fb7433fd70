package io.github.kaohe.analysis;

import io.github.kaohe.analysis.PolicyAnalysis.Finding;
import io.github.kaohe.analysis.PolicyAnalysis.Severity;
import java.util.ArrayList;
import java.util.List;

/** The findings about one scheme, in the order they were found. */
final class Findings {
  private final String scheme;
  private final List<Finding> all = new ArrayList<>();

  Findings(String scheme) {
    this.scheme = scheme;
  }

  /**
   * @param kind what the part is: {@code table}, {@code check}, {@code measure} …
   * @param id the part's id
   * @param row the row's id, or empty
   */
  void add(String kind, String id, String row, Severity severity, String message) {
    all.add(new Finding(scheme, kind, id, row, severity, message));
  }

  List<Finding> all() {
    return all;
  }
}
