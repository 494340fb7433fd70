package io.github.kaohe.spark;

import io.github.kaohe.eval.EvaluationProblem;
import java.io.Serializable;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;

/**
 * A row of the results from the pass that applies the rules after places are known, a row of the
 * targets of the scheme as a whole ({@code target}: each partition gives the same), or a problem
 * that pass found.
 */
record RuledRow(@Nullable Row row, boolean target, @Nullable EvaluationProblem problem) implements Serializable {
  boolean isProblem() {
    return problem != null;
  }

  boolean isResult() {
    return problem == null && !target;
  }
}
