package io.github.kaohe.eval;

import io.github.kaohe.model.EntityDefinition;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One entity's result in one period: total, points per category and indicator, adjustments and
 * places.
 *
 * @param entity the entity
 * @param attributes its attributes (from the scheme and the data)
 * @param base the sum of the top-level categories' points
 * @param adjustments the sum of the adjustment layers' points
 * @param total base plus adjustments, rounded by the policy's totals rule; ranking compares it
 * @param categories the top-level categories' results
 * @param layers each adjustment layer's result
 * @param place the place overall; empty for entities that take no place
 * @param groupPlaces the place within each group ranking, by attribute (e.g. county → 2)
 */
public record EntityResult(
    EntityDefinition entity,
    Map<String, String> attributes,
    BigDecimal base,
    BigDecimal adjustments,
    BigDecimal total,
    List<CategoryResult> categories,
    List<AdjustmentResult> layers,
    OptionalInt place,
    Map<String, Integer> groupPlaces) {

  public EntityResult {
    Objects.requireNonNull(entity, "entity");
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(adjustments, "adjustments");
    Objects.requireNonNull(total, "total");
    categories = List.copyOf(categories);
    layers = List.copyOf(layers);
    Objects.requireNonNull(place, "place");
    groupPlaces = Collections.unmodifiableMap(new LinkedHashMap<>(groupPlaces));
  }

  /** The entity's id. */
  public String id() {
    return entity.id();
  }

  /** Whether the entity takes a place. */
  public boolean ranked() {
    return place.isPresent();
  }

  /** The result of the category with this id, at any depth. */
  public Optional<CategoryResult> category(String id) {
    Deque<CategoryResult> todo = new ArrayDeque<>(categories);
    while (!todo.isEmpty()) {
      CategoryResult c = todo.pop();
      if (c.id().equals(id)) {
        return Optional.of(c);
      }
      todo.addAll(c.categories());
    }
    return Optional.empty();
  }

  /** The result of the indicator with this id. */
  public Optional<IndicatorResult> indicator(String id) {
    Deque<CategoryResult> todo = new ArrayDeque<>(categories);
    while (!todo.isEmpty()) {
      CategoryResult c = todo.pop();
      for (IndicatorResult i : c.indicators()) {
        if (i.id().equals(id)) {
          return Optional.of(i);
        }
      }
      todo.addAll(c.categories());
    }
    return Optional.empty();
  }

  /** Every indicator result, in table order. */
  public List<IndicatorResult> indicators() {
    List<IndicatorResult> all = new java.util.ArrayList<>();
    collect(categories, all);
    return all;
  }

  private static void collect(List<CategoryResult> cs, List<IndicatorResult> out) {
    for (CategoryResult c : cs) {
      collect(c.categories(), out);
      out.addAll(c.indicators());
    }
  }

  /** The points of a category or indicator, by id. */
  public Optional<BigDecimal> points(String id) {
    return category(id)
        .map(CategoryResult::points)
        .or(() -> indicator(id).map(IndicatorResult::points));
  }
}
