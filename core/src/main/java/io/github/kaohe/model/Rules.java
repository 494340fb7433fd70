package io.github.kaohe.model;

import java.util.List;

/**
 * What follows from scores and places: facts read from the data, derived measures, eligibilities,
 * rule tables (rewards, sanctions, eligibility), classifications, checks (thresholds), targets,
 * tax sharing, attributes linked from other schemes, and context entities: rows of the data that
 * give scheme-wide figures (the city as a whole) and are read, but not assessed. Part of a
 * {@link Scheme}.
 */
public record Rules(
    List<Fact> facts,
    List<Measure> measures,
    List<Eligibility> eligibilities,
    List<RuleTable> tables,
    List<Classification> classifications,
    List<Check> checks,
    List<Target> targets,
    List<TaxSharing> taxSharing,
    List<AttributeLink> links,
    List<EntityDefinition> context) {
  public Rules {
    facts = Checks.list(facts, "facts");
    measures = Checks.list(measures, "measures");
    eligibilities = Checks.list(eligibilities, "eligibilities");
    tables = Checks.list(tables, "tables");
    classifications = Checks.list(classifications, "classifications");
    checks = Checks.list(checks, "checks");
    targets = Checks.list(targets, "targets");
    taxSharing = Checks.list(taxSharing, "taxSharing");
    links = Checks.list(links, "links");
    context = Checks.list(context, "context");
    Checks.unique(context, EntityDefinition::id, "context entity");
  }

  /** Rules without checks, targets, tax sharing or linked attributes. */
  public Rules(
      List<Fact> facts,
      List<Measure> measures,
      List<Eligibility> eligibilities,
      List<RuleTable> tables,
      List<Classification> classifications) {
    this(facts, measures, eligibilities, tables, classifications, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** No rules: scores and places only. */
  public static Rules none() {
    return new Rules(List.of(), List.of(), List.of(), List.of(), List.of());
  }

  public boolean isEmpty() {
    return facts.isEmpty() && measures.isEmpty() && eligibilities.isEmpty() && tables.isEmpty()
        && classifications.isEmpty() && checks.isEmpty() && targets.isEmpty() && taxSharing.isEmpty()
        && links.isEmpty() && context.isEmpty();
  }
}
