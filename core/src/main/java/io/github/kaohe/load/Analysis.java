package io.github.kaohe.load;

import io.github.kaohe.model.Policy;
import io.github.kaohe.analysis.PolicyAnalysis;

/** Turns the static analysis' findings into problems at the lines they concern. */
final class Analysis {
  private Analysis() {}

  /** Adds every finding as an error or a warning. */
  static void report(Policy policy, Locations locations, Problems problems) {
    for (PolicyAnalysis.Finding f : PolicyAnalysis.analyse(policy)) {
      Locations.Where where = locations.find(f.scheme(), f.kind(), f.id(), f.row());
      String what = f.kind() + " '" + f.id() + "'" + (f.row().isEmpty() ? "" : " row '" + f.row() + "'");
      Mark mark = where == null ? Mark.NONE : where.mark();
      String path = where == null ? "" : where.path();
      if (f.severity() == PolicyAnalysis.Severity.ERROR) {
        problems.add(mark, path, what + ": " + f.message());
      } else {
        problems.warn(mark, path, what + ": " + f.message());
      }
    }
  }
}
