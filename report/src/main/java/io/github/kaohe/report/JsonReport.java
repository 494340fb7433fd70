package io.github.kaohe.report;

import io.github.kaohe.eval.ResultJson;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.whatif.ProvisionalJson;
import java.util.ArrayList;
import java.util.List;

/**
 * A report as the documented JSON contract ({@link ResultJson}): one object for a report of one
 * scheme in one period, else an array of them, scheme by scheme, each in period order. A scheme
 * whose latest ranking is provisional has it as {@link ProvisionalJson} writes it: flagged
 * {@code "provisional": true}, with the values pending and each entity's bounds.
 */
public final class JsonReport {
  private JsonReport() {}

  /** The JSON text, ending with a line break. */
  public static String write(Report report) {
    List<SchemeResult> all = report.schemes().stream().flatMap(s -> s.results().stream()).toList();
    if (!report.isProvisional()) {
      return (all.size() == 1 ? ResultJson.write(all.get(0)) : ResultJson.write(all)) + "\n";
    }
    List<Object> trees = new ArrayList<>();
    for (SchemeReport s : report.schemes()) {
      for (SchemeResult r : s.results()) {
        trees.add(r == s.latest() && s.provisional().isPresent() ? ProvisionalJson.tree(s.provisional().get()) : ResultJson.tree(r));
      }
    }
    return ProvisionalJson.writeTree(trees.size() == 1 ? trees.get(0) : trees) + "\n";
  }
}
