package io.github.kaohe.model;

import java.util.List;

/**
 * What follows from scores and places: facts read from the data, derived measures, eligibilities,
 * rule tables (rewards, sanctions, eligibility), and classifications. Part of a {@link Scheme}.
 */
public record Rules(
    List<Fact> facts,
    List<Measure> measures,
    List<Eligibility> eligibilities,
    List<RuleTable> tables,
    List<Classification> classifications) {
  public Rules {
    facts = Checks.list(facts, "facts");
    measures = Checks.list(measures, "measures");
    eligibilities = Checks.list(eligibilities, "eligibilities");
    tables = Checks.list(tables, "tables");
    classifications = Checks.list(classifications, "classifications");
  }

  /** No rules: scores and places only. */
  public static Rules none() {
    return new Rules(List.of(), List.of(), List.of(), List.of(), List.of());
  }

  public boolean isEmpty() {
    return facts.isEmpty() && measures.isEmpty() && eligibilities.isEmpty() && tables.isEmpty()
        && classifications.isEmpty();
  }
}
