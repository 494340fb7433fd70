package io.github.kaohe.spark;

import io.github.kaohe.eval.EvaluationProblem;
import io.github.kaohe.eval.Standing;
import java.io.Serializable;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One entity in one period as a partition scored it (points and total final, place not yet), or
 * one problem the partition found while scoring.
 *
 * @param points the points of the scheme's categories (parents first) and then its indicators
 * @param standing where it stands, to be placed; null for an entity that takes no place
 * @param groups the value of each of the scheme's group attributes (null where it has none)
 * @param classes the class (tier id) of each of the scheme's classifications, in order
 */
record ScoredRow(
    String period,
    String entity,
    String name,
    @Nullable BigDecimal total,
    @Nullable BigDecimal @Nullable [] points,
    @Nullable Standing standing,
    @Nullable String @Nullable [] groups,
    @Nullable String @Nullable [] classes,
    @Nullable EvaluationProblem problem) implements Serializable {

  static ScoredRow of(EvaluationProblem problem) {
    return new ScoredRow(problem.period(), problem.entity(), "", null, null, null, null, null, problem);
  }

  boolean isProblem() {
    return problem != null;
  }
}
