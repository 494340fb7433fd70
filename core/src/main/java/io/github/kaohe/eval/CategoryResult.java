package io.github.kaohe.eval;

import io.github.kaohe.model.Category;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A category's result for one entity: its points and its children's results.
 *
 * @param category the category
 * @param points the points, rounded by the policy
 * @param categories sub-category results, in order
 * @param indicators indicator results, in order
 * @param formula how the children combine, e.g. {@code 5.23 + 4.10 = 9.33}
 */
public record CategoryResult(
    Category category,
    BigDecimal points,
    List<CategoryResult> categories,
    List<IndicatorResult> indicators,
    String formula) {
  public CategoryResult {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(points, "points");
    categories = List.copyOf(categories);
    indicators = List.copyOf(indicators);
    Objects.requireNonNull(formula, "formula");
  }

  public String id() {
    return category.id();
  }
}
