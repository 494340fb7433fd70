package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A group of indicators, or of sub-categories, with a weight.
 *
 * @param id unique within its scheme
 * @param name Chinese and English name
 * @param weight the category's points
 * @param aggregation how the children combine
 * @param categories sub-categories; empty when the category holds indicators
 * @param indicators indicators; empty when the category holds sub-categories
 * @param source the section of the source document it comes from
 * @param shortName a shorter name for the headings of tables (YAML {@code short}); empty: the name
 */
public record Category(
    String id,
    Label name,
    BigDecimal weight,
    Aggregation aggregation,
    List<Category> categories,
    List<Indicator> indicators,
    Optional<String> source,
    Optional<Label> shortName) {

  public Category {
    Checks.id(id, "category id");
    Objects.requireNonNull(name, "name");
    Checks.nonNegative(weight, "weight");
    Objects.requireNonNull(aggregation, "aggregation");
    categories = Checks.list(categories, "categories");
    indicators = Checks.list(indicators, "indicators");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(shortName, "shortName");
    Checks.require(
        categories.isEmpty() != indicators.isEmpty(),
        "category '%s' must hold either indicators or sub-categories (exactly one of the two)",
        id);
  }

  /** A category without a short name. */
  public Category(
      String id,
      Label name,
      BigDecimal weight,
      Aggregation aggregation,
      List<Category> categories,
      List<Indicator> indicators,
      Optional<String> source) {
    this(id, name, weight, aggregation, categories, indicators, source, Optional.empty());
  }

  /** The name for a table's heading: the short name if there is one, else the name. */
  public Label heading() {
    return shortName.orElse(name);
  }

  /** A category of indicators whose points add up. */
  public static Category of(String id, Label name, BigDecimal weight, List<Indicator> indicators) {
    return new Category(
        id, name, weight, Aggregation.WEIGHTED_SUM, List.of(), indicators, Optional.empty());
  }

  /** The children's weights, in order. */
  public List<BigDecimal> childWeights() {
    List<BigDecimal> weights = new ArrayList<>();
    categories.forEach(c -> weights.add(c.weight()));
    indicators.forEach(i -> weights.add(i.weight()));
    return weights;
  }

  /** Every indicator below this category, depth first. */
  public List<Indicator> allIndicators() {
    List<Indicator> all = new ArrayList<>();
    categories.forEach(c -> all.addAll(c.allIndicators()));
    all.addAll(indicators);
    return all;
  }

  /** Every category below this one, depth first, this one excluded. */
  List<Category> allSubCategories() {
    List<Category> all = new ArrayList<>();
    for (Category c : categories) {
      all.add(c);
      all.addAll(c.allSubCategories());
    }
    return all;
  }
}
