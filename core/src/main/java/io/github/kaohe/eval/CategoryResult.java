package io.github.kaohe.eval;

import io.github.kaohe.model.Category;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A category's result for one entity: its points and its children's results.
 *
 * @param category the category
 * @param points the points, rounded by the policy
 * @param categories sub-category results, in order
 * @param indicators indicator results, in order
 */
public record CategoryResult(
    Category category,
    BigDecimal points,
    List<CategoryResult> categories,
    List<IndicatorResult> indicators) {
  public CategoryResult {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(points, "points");
    categories = List.copyOf(categories);
    indicators = List.copyOf(indicators);
  }

  /** How the children's points combine, e.g. {@code 5.23 + 4.10 = 9.33}. */
  public String formula() {
    List<BigDecimal> points = new ArrayList<>();
    List<BigDecimal> weights = new ArrayList<>();
    for (CategoryResult c : categories) {
      points.add(c.points());
      weights.add(c.category().weight());
    }
    for (IndicatorResult i : indicators) {
      points.add(i.points());
      weights.add(i.indicator().weight());
    }
    return Aggregations.formula(category, points, weights, this.points);
  }

  public String id() {
    return category.id();
  }
}
