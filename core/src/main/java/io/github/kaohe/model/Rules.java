package io.github.kaohe.model;

import java.util.List;

/**
 * What follows from scores and places: facts read from the data, derived measures, eligibilities,
 * rule tables (rewards, sanctions, eligibility), classifications, checks (thresholds), targets,
 * tax sharing, attributes linked from other schemes, and context entities: rows of the data that
 * give scheme-wide figures (the city as a whole) and are read, but not assessed. Part of a
 * {@link Scheme}. Build one with {@link #builder()}, or change some parts of one with
 * {@link #toBuilder()}.
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

  /** No rules: scores and places only. */
  public static Rules none() {
    return builder().build();
  }

  /** A builder of rules, every part empty until set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from these rules, to change some of their parts. */
  public Builder toBuilder() {
    return new Builder()
        .facts(facts)
        .measures(measures)
        .eligibilities(eligibilities)
        .tables(tables)
        .classifications(classifications)
        .checks(checks)
        .targets(targets)
        .taxSharing(taxSharing)
        .links(links)
        .context(context);
  }

  public boolean isEmpty() {
    return facts.isEmpty() && measures.isEmpty() && eligibilities.isEmpty() && tables.isEmpty()
        && classifications.isEmpty() && checks.isEmpty() && targets.isEmpty() && taxSharing.isEmpty()
        && links.isEmpty() && context.isEmpty();
  }

  /** Builds {@link Rules} part by part; {@link #build} validates them as the constructor does. */
  public static final class Builder {
    private List<Fact> facts = List.of();
    private List<Measure> measures = List.of();
    private List<Eligibility> eligibilities = List.of();
    private List<RuleTable> tables = List.of();
    private List<Classification> classifications = List.of();
    private List<Check> checks = List.of();
    private List<Target> targets = List.of();
    private List<TaxSharing> taxSharing = List.of();
    private List<AttributeLink> links = List.of();
    private List<EntityDefinition> context = List.of();

    private Builder() {}

    public Builder facts(List<Fact> facts) {
      this.facts = facts;
      return this;
    }

    public Builder measures(List<Measure> measures) {
      this.measures = measures;
      return this;
    }

    public Builder eligibilities(List<Eligibility> eligibilities) {
      this.eligibilities = eligibilities;
      return this;
    }

    public Builder tables(List<RuleTable> tables) {
      this.tables = tables;
      return this;
    }

    public Builder classifications(List<Classification> classifications) {
      this.classifications = classifications;
      return this;
    }

    public Builder checks(List<Check> checks) {
      this.checks = checks;
      return this;
    }

    public Builder targets(List<Target> targets) {
      this.targets = targets;
      return this;
    }

    public Builder taxSharing(List<TaxSharing> taxSharing) {
      this.taxSharing = taxSharing;
      return this;
    }

    public Builder links(List<AttributeLink> links) {
      this.links = links;
      return this;
    }

    public Builder context(List<EntityDefinition> context) {
      this.context = context;
      return this;
    }

    /**
     * The rules.
     *
     * @throws IllegalArgumentException if two context entities share an id
     */
    public Rules build() {
      return new Rules(facts, measures, eligibilities, tables, classifications, checks, targets, taxSharing, links, context);
    }
  }
}
