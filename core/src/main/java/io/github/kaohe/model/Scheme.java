package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One assessment table for one family of entities: a tree of categories and indicators with
 * weights, adjustments after the base score, and ranking rules.
 *
 * <p>The weights of the top-level categories add up to {@code total}, and the weights of the
 * children of every weighted-sum category add up to the category's, within {@code tolerance}. A
 * scheme without categories (total 0) is a register: its entities (projects, firms) have facts,
 * measures, rules, checks and targets, but no score and no place.
 *
 * @param id unique within its policy, e.g. {@code industrial-cluster-zones}
 * @param name Chinese and English name
 * @param source the section of the source document it comes from
 * @param total the points of the whole table, e.g. 100
 * @param tolerance how far the weights may differ from their declared sums
 * @param attributes the entity attributes the scheme uses, e.g. {@code county}
 * @param entities the entities the scheme names; empty when they come from the data
 * @param categories the table, top-level categories in order
 * @param adjustments bonus and deduction layers applied after the base score
 * @param ranking how entities are ranked
 * @param rules facts, measures, rule tables and classifications: what follows from the scores
 * @param scope which entities of the data the scheme assesses (all by default)
 * @param attributeNames the names of the attributes that have one, e.g. {@code area → 所在区域 / Area}:
 *     reports and explanations head and name an attribute by it, and by its id where it has none
 */
public record Scheme(
    String id,
    Label name,
    Optional<String> source,
    BigDecimal total,
    BigDecimal tolerance,
    List<String> attributes,
    List<EntityDefinition> entities,
    List<Category> categories,
    List<AdjustmentLayer> adjustments,
    Ranking ranking,
    Rules rules,
    Scope scope,
    Map<String, Label> attributeNames) {

  public Scheme {
    Checks.id(id, "scheme id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    Checks.nonNegative(total, "total");
    Checks.nonNegative(tolerance, "tolerance");
    attributes = Checks.list(attributes, "attributes");
    attributes.forEach(a -> Checks.id(a, "attribute"));
    Checks.unique(attributes, a -> a, "attribute");
    entities = Checks.list(entities, "entities");
    categories = Checks.list(categories, "categories");
    adjustments = Checks.list(adjustments, "adjustments");
    Objects.requireNonNull(ranking, "ranking");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(scope, "scope");
    // A scheme without categories is a register: entities with facts and rules, but no table.
    Checks.require(
        categories.isEmpty() == (total.signum() == 0),
        categories.isEmpty()
            ? "scheme '%s' has no categories, so it scores nothing: its total must be 0"
            : "scheme '%s' must have a total greater than 0",
        id);

    checkIds(categories, adjustments, rules);
    checkWeights(id, total, tolerance, categories);
    List<EntityDefinition> named = new ArrayList<>(entities);
    named.addAll(rules.context());
    checkEntities(named, attributes);
    List<String> all = new ArrayList<>(attributes);
    for (AttributeLink link : rules.links()) {
      Checks.require(!all.contains(link.id()), "attribute '%s' is declared twice (as an attribute and as a link)", link.id());
      Checks.require(attributes.contains(link.via()),
          "linked attribute '%s' is read via '%s', which is not among the scheme's attributes", link.id(), link.via());
      all.add(link.id());
    }
    checkRanking(ranking, all, categories);
    checkScope(id, scope, all, rules);
    Objects.requireNonNull(attributeNames, "attributeNames");
    for (String a : attributeNames.keySet()) {
      Checks.require(all.contains(a), "scheme '%s' names attribute '%s', which is not among its attributes %s", id, a, all);
    }
    attributeNames = Collections.unmodifiableMap(new LinkedHashMap<>(attributeNames));
  }

  /** A scheme whose attributes have no names (they are shown by their ids). */
  public Scheme(
      String id,
      Label name,
      Optional<String> source,
      BigDecimal total,
      BigDecimal tolerance,
      List<String> attributes,
      List<EntityDefinition> entities,
      List<Category> categories,
      List<AdjustmentLayer> adjustments,
      Ranking ranking,
      Rules rules,
      Scope scope) {
    this(id, name, source, total, tolerance, attributes, entities, categories, adjustments, ranking, rules, scope, Map.of());
  }

  /** A scheme that assesses every entity of its data. */
  public Scheme(
      String id,
      Label name,
      Optional<String> source,
      BigDecimal total,
      BigDecimal tolerance,
      List<String> attributes,
      List<EntityDefinition> entities,
      List<Category> categories,
      List<AdjustmentLayer> adjustments,
      Ranking ranking,
      Rules rules) {
    this(id, name, source, total, tolerance, attributes, entities, categories, adjustments, ranking, rules, Scope.all(), Map.of());
  }

  /** A scheme without rules: scores and places only. */
  public Scheme(
      String id,
      Label name,
      Optional<String> source,
      BigDecimal total,
      BigDecimal tolerance,
      List<String> attributes,
      List<EntityDefinition> entities,
      List<Category> categories,
      List<AdjustmentLayer> adjustments,
      Ranking ranking) {
    this(id, name, source, total, tolerance, attributes, entities, categories, adjustments, ranking, Rules.none());
  }

  /** This scheme with other rules. */
  public Scheme withRules(Rules rules) {
    return new Scheme(
        id, name, source, total, tolerance, attributes, entities, categories, adjustments, ranking, rules, scope, attributeNames);
  }

  /**
   * The attribute as a reader knows it: its declared name (所在区域 / Area), or its id where the
   * policy names it not.
   */
  public Label attributeName(String attribute) {
    return attributeNames.getOrDefault(attribute, Label.of(attribute, attribute));
  }

  /** The attributes the scheme's entities have: declared ones, then linked ones. */
  public List<String> allAttributes() {
    List<String> all = new ArrayList<>(attributes);
    rules.links().forEach(l -> all.add(l.id()));
    return all;
  }

  /** Whether this scheme scores and ranks (it has categories), or is only a register. */
  public boolean scored() {
    return !categories.isEmpty();
  }

  /** Every indicator of the table, in order. */
  public List<Indicator> indicators() {
    List<Indicator> all = new ArrayList<>();
    categories.forEach(c -> all.addAll(c.allIndicators()));
    return all;
  }

  /** Every category of the table at any depth, parents before children. */
  public List<Category> allCategories() {
    List<Category> all = new ArrayList<>();
    for (Category c : categories) {
      all.add(c);
      all.addAll(c.allSubCategories());
    }
    return all;
  }

  /** Every adjustment item, in order. */
  public List<AdjustmentItem> adjustmentItems() {
    List<AdjustmentItem> all = new ArrayList<>();
    adjustments.forEach(l -> all.addAll(l.items()));
    return all;
  }

  /** The indicator with this id. */
  public Optional<Indicator> findIndicator(String id) {
    return indicators().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** The indicator with this id; throws {@link NoSuchElementException} naming the known ids. */
  public Indicator indicator(String id) {
    return findIndicator(id)
        .orElseThrow(
            () ->
                new NoSuchElementException(
                    "scheme '" + this.id + "' has no indicator '" + id + "'; it has "
                        + indicators().stream().map(Indicator::id).toList()));
  }

  /** The category with this id, at any depth. */
  public Optional<Category> findCategory(String id) {
    return allCategories().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The context entity (scheme-wide figures, not assessed) with this id, name or alias. */
  public Optional<EntityDefinition> findContext(String name) {
    return rules.context().stream().filter(e -> e.allNames().contains(name)).findFirst();
  }

  /** The declared entity with this id. */
  public Optional<EntityDefinition> findEntity(String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  private static void checkScope(String scheme, Scope scope, List<String> attributes, Rules rules) {
    for (AttributeFilter a : scope.attributes()) {
      Checks.require(attributes.contains(a.attribute()),
          "scheme '%s' assesses only entities by attribute '%s', which is not among its attributes %s", scheme,
          a.attribute(), attributes);
    }
    for (Scope.FactFloor floor : scope.floors()) {
      Fact fact = rules.facts().stream().filter(f -> f.id().equals(floor.fact())).findFirst().orElse(null);
      Checks.require(fact != null, "scheme '%s' assesses only entities by fact '%s', which it does not declare",
          scheme, floor.fact());
      // The scope is settled from the data before anything is computed, so the fact must be read, not derived.
      Checks.require(fact.type() == FactType.NUMBER && fact.formula().isEmpty(),
          "scheme '%s' assesses only entities by fact '%s': it must be a number fact read from the data", scheme,
          floor.fact());
    }
  }

  private static void checkIds(List<Category> categories, List<AdjustmentLayer> adjustments, Rules rules) {
    Set<String> seen = new HashSet<>();
    List<String> ids = new ArrayList<>();
    for (Category c : categories) {
      collectIds(c, ids);
    }
    for (AdjustmentLayer layer : adjustments) {
      ids.add(layer.id());
      layer.items().forEach(i -> ids.add(i.id()));
    }
    rules.facts().forEach(f -> ids.add(f.id()));
    rules.measures().forEach(m -> ids.add(m.id()));
    rules.eligibilities().forEach(e -> ids.add(e.id()));
    rules.tables().forEach(t -> ids.add(t.id()));
    rules.classifications().forEach(c -> ids.add(c.id()));
    rules.checks().forEach(c -> ids.add(c.id()));
    rules.targets().forEach(t -> ids.add(t.id()));
    rules.taxSharing().forEach(t -> ids.add(t.id()));
    for (String id : ids) {
      Checks.require(
          seen.add(id),
          "id '%s' is used twice: the categories, indicators, adjustments, facts, measures, eligibilities,"
              + " tables, classifications, checks, targets and tax sharing rules of a scheme need distinct ids",
          id);
      Checks.require(
          !id.equals("result") && !id.startsWith("result."),
          "id '%s' is reserved: 'result.' names results such as result.place", id);
    }
  }

  private static void collectIds(Category category, List<String> ids) {
    ids.add(category.id());
    category.categories().forEach(c -> collectIds(c, ids));
    category.indicators().forEach(i -> ids.add(i.id()));
  }

  private static void checkWeights(
      String id, BigDecimal total, BigDecimal tolerance, List<Category> categories) {
    BigDecimal sum = categories.stream().map(Category::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    Checks.require(
        sum.subtract(total).abs().compareTo(tolerance) <= 0,
        "the categories of scheme '%s' weigh %s, but its total is %s",
        id,
        sum.toPlainString(),
        total.toPlainString());
    for (Category c : categories) {
      checkWeights(c, tolerance);
    }
  }

  private static void checkWeights(Category category, BigDecimal tolerance) {
    if (category.aggregation() == Aggregation.WEIGHTED_SUM) {
      BigDecimal sum = category.childWeights().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      Checks.require(
          sum.subtract(category.weight()).abs().compareTo(tolerance) <= 0,
          "the parts of category '%s' weigh %s, but the category weighs %s",
          category.id(),
          sum.toPlainString(),
          category.weight().toPlainString());
    }
    category.categories().forEach(c -> checkWeights(c, tolerance));
  }

  private static void checkEntities(List<EntityDefinition> entities, List<String> attributes) {
    Checks.unique(entities, EntityDefinition::id, "entity id");
    Map<String, String> owner = new HashMap<>();
    for (EntityDefinition e : entities) {
      for (String n : e.allNames()) {
        String previous = owner.putIfAbsent(n, e.id());
        Checks.require(
            previous == null || previous.equals(e.id()),
            "the name '%s' belongs to both entity '%s' and entity '%s'",
            n,
            previous,
            e.id());
      }
      for (String key : e.attributes().keySet()) {
        Checks.require(
            attributes.contains(key),
            "entity '%s' has attribute '%s', which the scheme does not declare in attributes",
            e.id(),
            key);
      }
    }
  }

  private static void checkRanking(
      Ranking ranking, List<String> attributes, List<Category> categories) {
    for (String group : ranking.groups()) {
      Checks.require(
          attributes.contains(group),
          "ranking groups by '%s', which the scheme does not declare in attributes",
          group);
    }
    Map<String, Boolean> isIndicator = new LinkedHashMap<>();
    for (Category c : categories) {
      markKinds(c, isIndicator);
    }
    for (TieBreak tb : ranking.tieBreaks()) {
      Boolean indicator = isIndicator.get(tb.of());
      Checks.require(
          indicator != null, "tie-break refers to '%s', which is no category or indicator", tb.of());
      Checks.require(
          tb.by() == TieBreak.Basis.POINTS || indicator,
          "tie-break by value needs an indicator, but '%s' is a category",
          tb.of());
    }
  }

  private static void markKinds(Category category, Map<String, Boolean> isIndicator) {
    isIndicator.put(category.id(), false);
    category.categories().forEach(c -> markKinds(c, isIndicator));
    category.indicators().forEach(i -> isIndicator.put(i.id(), true));
  }
}
