package io.github.kaohe.report;

import io.github.kaohe.eval.ResultJson;
import io.github.kaohe.eval.SchemeResult;
import java.util.List;

/**
 * A report as the documented JSON contract ({@link ResultJson}): one object for a report of one
 * scheme in one period, else an array of them, scheme by scheme, each in period order.
 */
public final class JsonReport {
  private JsonReport() {}

  /** The JSON text, ending with a line break. */
  public static String write(Report report) {
    List<SchemeResult> all = report.schemes().stream().flatMap(s -> s.results().stream()).toList();
    return (all.size() == 1 ? ResultJson.write(all.get(0)) : ResultJson.write(all)) + "\n";
  }
}
