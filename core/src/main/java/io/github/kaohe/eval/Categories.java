package io.github.kaohe.eval;

import io.github.kaohe.model.Category;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Rounding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scheme's categories over the points columns: a category's points from its children's by its
 * aggregation, and the base as the sum of the top-level categories, for one entity when asked.
 */
final class Categories {
  /** The points of indicator {@code j} for the entity at position {@code e}. */
  @FunctionalInterface
  interface Points {
    BigDecimal of(int j, int e);
  }

  private final List<Category> top;
  private final Map<String, Integer> index = new HashMap<>();
  private final Rounding rounding;

  Categories(List<Category> top, IndicatorInput[] inputs, Rounding rounding) {
    this.top = top;
    this.rounding = rounding;
    for (int j = 0; j < inputs.length; j++) {
      index.put(inputs[j].indicator.id(), j);
    }
  }

  /** The column of an indicator, or −1. */
  int indexOf(String indicator) {
    Integer j = index.get(indicator);
    return j == null ? -1 : j;
  }

  /** A category's points for an entity, from its children's. */
  BigDecimal points(Category category, int e, Points points) {
    List<BigDecimal> children = new ArrayList<>();
    List<BigDecimal> weights = new ArrayList<>();
    for (Category c : category.categories()) {
      children.add(points(c, e, points));
      weights.add(c.weight());
    }
    for (Indicator i : category.indicators()) {
      children.add(points.of(index.get(i.id()), e));
      weights.add(i.weight());
    }
    return Aggregations.combine(category, children, weights, rounding);
  }

  /** The sum of the top-level categories' points. */
  BigDecimal base(int e, Points points) {
    BigDecimal base = BigDecimal.ZERO;
    for (Category c : top) {
      base = base.add(points(c, e, points));
    }
    return base;
  }
}
