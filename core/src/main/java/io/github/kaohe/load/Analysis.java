package io.github.kaohe.load;

import io.github.kaohe.model.Policy;
import io.github.kaohe.model.TableAnalysis;

/** Turns the static analysis' findings into problems at the lines of the tables and rows. */
final class Analysis {
  private Analysis() {}

  /** Adds every finding of at least this severity as a problem. */
  static void report(Policy policy, Locations locations, Problems problems, TableAnalysis.Severity least) {
    for (TableAnalysis.Finding f : TableAnalysis.analyse(policy)) {
      if (f.severity().compareTo(least) > 0) {
        continue;
      }
      Locations.Where where = locations.find(f.scheme(), f.kind(), f.id(), f.row());
      String what = f.kind() + " '" + f.id() + "'" + (f.row().isEmpty() ? "" : " row '" + f.row() + "'");
      problems.add(
          where == null ? Mark.NONE : where.mark(),
          where == null ? "" : where.path(),
          what + ": " + f.message());
    }
  }
}
