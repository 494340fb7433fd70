package io.github.kaohe.eval;

import io.github.kaohe.model.EntityDefinition;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

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
 * @param measures the scheme's derived measures that have a value for the entity, by id
 * @param outcomes what the rule tables give, suppress, withhold or cannot decide, in table order
 * @param classes the class of each classification, by classification id
 * @param checks each check's result, in the scheme's order
 * @param taxShares how each tax the entity paid is shared (firms under a tax sharing rule)
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
    Map<String, Integer> groupPlaces,
    Map<String, BigDecimal> measures,
    List<OutcomeResult> outcomes,
    Map<String, ClassResult> classes,
    List<CheckResult> checks,
    List<TaxShareResult> taxShares) {

  public EntityResult {
    Objects.requireNonNull(entity, "entity");
    attributes = ordered(attributes);
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(adjustments, "adjustments");
    Objects.requireNonNull(total, "total");
    categories = List.copyOf(categories);
    layers = List.copyOf(layers);
    Objects.requireNonNull(place, "place");
    groupPlaces = ordered(groupPlaces);
    measures = ordered(measures);
    outcomes = List.copyOf(outcomes);
    classes = ordered(classes);
    checks = List.copyOf(checks);
    taxShares = List.copyOf(taxShares);
  }

  /** An unmodifiable copy in the map's order; most are empty, and a million results copy them. */
  private static <K, V> Map<K, V> ordered(Map<K, V> map) {
    return map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** A result before rules: no measures, outcomes or classes. */
  public EntityResult(
      EntityDefinition entity,
      Map<String, String> attributes,
      BigDecimal base,
      BigDecimal adjustments,
      BigDecimal total,
      List<CategoryResult> categories,
      List<AdjustmentResult> layers,
      OptionalInt place,
      Map<String, Integer> groupPlaces) {
    this(entity, attributes, base, adjustments, total, categories, layers, place, groupPlaces, Map.of(), List.of(), Map.of(),
        List.of(), List.of());
  }

  /** This result with what the rules gave. */
  EntityResult withRules(
      Map<String, BigDecimal> measures,
      List<OutcomeResult> outcomes,
      Map<String, ClassResult> classes,
      List<CheckResult> checks,
      List<TaxShareResult> taxShares) {
    return new EntityResult(entity, attributes, base, adjustments, total, categories, layers, place, groupPlaces,
        measures, outcomes, classes, checks, taxShares);
  }

  /** The checks the entity fails. */
  public List<CheckResult> failedChecks() {
    return checks.stream().filter(CheckResult::failed).toList();
  }

  /** The outcomes the entity receives. */
  public List<OutcomeResult> given() {
    return outcomes.stream().filter(OutcomeResult::given).toList();
  }

  /** The money the entity itself receives, in the tables' unit (not what a table pays to another payee). */
  public BigDecimal money() {
    return sum(false);
  }

  /**
   * The money its results bring to others that a table names as payee (a firm of the zone, say),
   * in the tables' unit: not part of {@link #money()}.
   */
  public BigDecimal moneyToOthers() {
    return sum(true);
  }

  private BigDecimal sum(boolean toOthers) {
    return given().stream()
        .filter(o -> o.kind() == OutcomeResult.Kind.MONEY && o.payee().isPresent() == toOthers)
        .map(o -> o.amount().orElse(BigDecimal.ZERO))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
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
    return Optional.ofNullable(findCategory(categories, id));
  }

  /** The result of the indicator with this id. */
  public Optional<IndicatorResult> indicator(String id) {
    return Optional.ofNullable(findIndicator(categories, id));
  }

  // Searched in place, allocating nothing: a report of a million entities asks each for every id.
  private static @Nullable CategoryResult findCategory(List<CategoryResult> cs, String id) {
    for (CategoryResult c : cs) {
      if (c.id().equals(id)) {
        return c;
      }
      CategoryResult below = findCategory(c.categories(), id);
      if (below != null) {
        return below;
      }
    }
    return null;
  }

  private static @Nullable IndicatorResult findIndicator(List<CategoryResult> cs, String id) {
    for (CategoryResult c : cs) {
      for (IndicatorResult i : c.indicators()) {
        if (i.id().equals(id)) {
          return i;
        }
      }
      IndicatorResult below = findIndicator(c.categories(), id);
      if (below != null) {
        return below;
      }
    }
    return null;
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
    CategoryResult c = findCategory(categories, id);
    if (c != null) {
      return Optional.of(c.points());
    }
    IndicatorResult i = findIndicator(categories, id);
    return i == null ? Optional.empty() : Optional.of(i.points());
  }
}
