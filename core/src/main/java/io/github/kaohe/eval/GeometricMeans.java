package io.github.kaohe.eval;

import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Label;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Warnings where a category's geometric mean meets a part with 0 points or fewer: the mean of a
 * value of 0 or less is taken as 0, so the category scores 0 for that entity, whatever its other
 * parts score. Said once per entity and category, in listing order.
 */
final class GeometricMeans {
  private GeometricMeans() {}

  static List<EvaluationProblem> warnings(ScoredPeriod scored) {
    if (scored.sumsOnly() || !anyGeometric(scored.scheme.categories())) {
      return List.of();
    }
    List<EvaluationProblem> out = new ArrayList<>();
    for (int k = 0; k < scored.size(); k++) {
      int e = scored.position(k);
      for (Category c : scored.scheme.categories()) {
        points(scored, c, e, out);
      }
    }
    return List.copyOf(out);
  }

  private static boolean anyGeometric(List<Category> categories) {
    for (Category c : categories) {
      if (c.aggregation() == Aggregation.GEOMETRIC_MEAN || anyGeometric(c.categories())) {
        return true;
      }
    }
    return false;
  }

  /** The category's points for the entity, warning on the way where a geometric mean meets 0 or less. */
  private static BigDecimal points(ScoredPeriod scored, Category category, int e, List<EvaluationProblem> out) {
    List<BigDecimal> children = new ArrayList<>();
    List<BigDecimal> weights = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (Category c : category.categories()) {
      children.add(points(scored, c, e, out));
      weights.add(c.weight());
      parts.add(named(c.id(), c.name()));
    }
    for (Indicator i : category.indicators()) {
      children.add(scored.points(scored.indexOf(i.id()), e));
      weights.add(i.weight());
      parts.add(named(i.id(), i.name()));
    }
    if (category.aggregation() == Aggregation.GEOMETRIC_MEAN) {
      List<String> met = new ArrayList<>();
      for (int i = 0; i < children.size(); i++) {
        if (weights.get(i).signum() != 0 && children.get(i).signum() <= 0) {
          met.add(parts.get(i) + " has " + children.get(i).toPlainString() + " points");
        }
      }
      if (!met.isEmpty()) {
        out.add(new EvaluationProblem(scored.scheme.id(), scored.period.toString(), scored.population.id(e), category.id(),
            "the geometric mean of " + named(category.id(), category.name()) + " meets a value of 0 or less ("
                + String.join(", ", met) + "): it is taken as 0, so the category scores 0"));
      }
    }
    return Aggregations.combine(category, children, weights, scored.arithmetic.points());
  }

  private static String named(String id, Label name) {
    return "'" + id + "' (" + name.zh() + ")";
  }
}
