package io.github.kaohe.analysis;

import io.github.kaohe.model.AdjustmentLayer;
import io.github.kaohe.model.AttributeLink;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.Check;
import io.github.kaohe.model.Classification;
import io.github.kaohe.model.Fact;
import io.github.kaohe.model.FactType;
import io.github.kaohe.model.FactValues;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Measure;
import io.github.kaohe.model.MeasureFormula;
import io.github.kaohe.model.Outcome;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Rule;
import io.github.kaohe.model.RuleTable;
import io.github.kaohe.model.Rules;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.TableInput;
import io.github.kaohe.model.TargetKind;
import io.github.kaohe.model.Target;
import io.github.kaohe.model.TaxParty;
import io.github.kaohe.model.TaxSharing;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The analysis of one scheme: its weights and caps, facts, measures, targets, tax sharing, links
 * and classifications here; its rule tables and checks by {@link TableAnalysis}.
 */
final class SchemeAnalysis {
  private final Policy policy;
  private final Scheme scheme;
  private final Findings findings;

  SchemeAnalysis(Policy policy, Scheme scheme, Findings findings) {
    this.policy = policy;
    this.scheme = scheme;
    this.findings = findings;
  }

  void run() {
    Rules rules = scheme.rules();
    weights();
    caps();
    unusedFacts(rules);
    measures(rules);
    Set<String> eligibilities = new HashSet<>();
    rules.eligibilities().forEach(e -> eligibilities.add(e.id()));
    Map<String, Integer> lastRevoker = new HashMap<>();
    for (int t = 0; t < rules.tables().size(); t++) {
      RuleTable table = rules.tables().get(t);
      for (Rule row : table.rows()) {
        for (Outcome o : row.then()) {
          if (o instanceof Outcome.Revoke r) {
            lastRevoker.put(r.eligibility(), t);
          }
        }
      }
    }
    TableAnalysis tables = new TableAnalysis(policy, scheme, findings, "table");
    for (int t = 0; t < rules.tables().size(); t++) {
      tables.table(rules.tables().get(t), t, eligibilities, lastRevoker);
    }
    TableAnalysis checks = new TableAnalysis(policy, scheme, findings, "check");
    for (Check c : rules.checks()) {
      checks.table(CheckTable.of(c), -1, eligibilities, Map.of());
    }
    targets(rules);
    taxSharing(rules);
    links(rules);
    classifications(rules);
  }

  private void classifications(Rules rules) {
    for (Classification c : rules.classifications()) {
      if (c.within().isPresent() && !scheme.allAttributes().contains(c.within().get())) {
        findings.error("classification", c.id(), "",
            "classifies within '" + c.within().get() + "', which is not among the scheme's attributes " + scheme.attributes());
      }
      if (typeOf(rules, c.of()) == null) {
        findings.error("classification", c.id(), "", "classifies '" + c.of() + "', which is no value of this scheme");
      }
      if (!scheme.scored() && c.over() == MeasureFormula.Over.RANKED) {
        findings.warning("classification", c.id(), "",
            "classifies only the entities that take a place, and a register ranks none, so it classifies nothing:"
                + " write over: assessed");
      }
    }
  }

  private void targets(Rules rules) {
    Set<String> entityIds = new HashSet<>();
    scheme.entities().forEach(e -> entityIds.add(e.id()));
    for (Target t : rules.targets()) {
      if (typeOf(rules, t.of()) == null && rules.measures().stream().noneMatch(m -> m.id().equals(t.of()))) {
        findings.error("target", t.id(), "",
            "measures '" + t.of() + "', which is no indicator, fact, measure or result of this scheme");
        continue;
      }
      Map<String, Measure> byId = new HashMap<>();
      rules.measures().forEach(m -> byId.put(m.id(), m));
      if (t.aggregate() && !schemeWide(t.of(), byId, new HashSet<>())) {
        findings.error("target", t.id(), "",
            "concerns the scheme as a whole, so it needs a measure that is the same for every entity (a population"
                + " statistic such as the sum over the entities, a context entity's value, or a measure of these only);"
                + " '" + t.of() + "' is a value of each entity: name such a measure, or give entities or each");
      }
      if (t.kind() == TargetKind.REACH) {
        reachable(rules, t);
      }
      if (!entityIds.isEmpty()) {
        for (String e : t.entities()) {
          if (!entityIds.contains(e)) {
            findings.error("target", t.id(), "", "names entity '" + e + "', which the scheme does not have");
          }
        }
      }
    }
  }

  /** A reach target's value must be one its fact can take (a star level among the declared ones). */
  private void reachable(Rules rules, Target t) {
    Fact f = rules.facts().stream().filter(x -> x.id().equals(t.of())).findFirst().orElse(null);
    try {
      if (f == null) {
        new BigDecimal(t.target());
      } else {
        FactValues.parse(f.type(), f.values(), t.target());
      }
    } catch (IllegalArgumentException e) {
      findings.error("target", t.id(), "", "reaches '" + t.target() + "', which '" + t.of() + "' cannot take"
          + (f == null ? ": write a number" : ": " + e.getMessage()));
    }
  }

  /**
   * Whether {@code of} is the same for every entity: a population statistic, a named entity's
   * value (the city as a whole), or a measure that reads only such measures (their ratio).
   */
  private static boolean schemeWide(String of, Map<String, Measure> byId, Set<String> seen) {
    Measure m = byId.get(of);
    if (m == null || !seen.add(of)) {
      return false;
    }
    if (m.formula() instanceof MeasureFormula.Population || m.formula() instanceof MeasureFormula.EntityValue) {
      return true;
    }
    return m.formula().reads().stream().allMatch(r -> schemeWide(r, byId, new HashSet<>(seen)));
  }

  private void taxSharing(Rules rules) {
    for (TaxSharing t : rules.taxSharing()) {
      for (String tax : t.taxes()) {
        Fact f = rules.facts().stream().filter(x -> x.id().equals(tax)).findFirst().orElse(null);
        if (f == null || f.type() != FactType.NUMBER) {
          findings.error("taxSharing", t.id(), "",
              "shares '" + tax + "', which is no fact of type number of this scheme: declare the tax paid as such a fact");
        }
      }
      for (TaxParty p : t.parties()) {
        if (!scheme.allAttributes().contains(p.attribute())) {
          findings.error("taxSharing", t.id(), "",
              "party '" + p.id() + "' is named by attribute '" + p.attribute() + "', which the scheme does not declare");
        }
      }
      t.appliesWhen().ifPresent(w -> {
        boolean bool = rules.facts().stream().anyMatch(x -> x.id().equals(w) && x.type() == FactType.BOOLEAN);
        if (!bool) {
          findings.error("taxSharing", t.id(), "", "applies when '" + w + "', which is no boolean fact of this scheme");
        }
      });
    }
  }

  private void links(Rules rules) {
    for (AttributeLink l : rules.links()) {
      Optional<Scheme> other = policy.findScheme(l.scheme());
      if (other.isEmpty() || other.get().id().equals(scheme.id())) {
        findings.error("link", l.id(), "",
            "takes its value from scheme '" + l.scheme() + "', which is no other scheme of this policy");
      } else if (!other.get().attributes().contains(l.attribute())) {
        findings.error("link", l.id(), "",
            "takes attribute '" + l.attribute() + "' of scheme '" + l.scheme() + "', which declares only "
                + other.get().attributes());
      }
    }
  }

  private void weights() {
    int scale = policy.arithmetic().points().scale();
    for (Category c : scheme.allCategories()) {
      weight("category", c.id(), c.weight(), scale);
    }
    for (Indicator i : scheme.indicators()) {
      weight("indicator", i.id(), i.weight(), scale);
    }
  }

  private void weight(String kind, String id, BigDecimal weight, int scale) {
    if (weight.signum() == 0) {
      findings.warning(kind, id, "", "weighs 0, so it can never give points: remove it or give it a weight");
    } else if (weight.stripTrailingZeros().scale() > scale) {
      findings.warning(kind, id, "",
          "weighs " + weight.toPlainString() + ", finer than points are rounded to (" + scale
              + " decimals): full points would round to more or less than the weight");
    }
  }

  private void caps() {
    for (AdjustmentLayer layer : scheme.adjustments()) {
      if (layer.cap().isEmpty() || layer.items().stream().anyMatch(i -> i.cap().isEmpty())) {
        continue;
      }
      BigDecimal most = layer.items().stream().map(i -> i.cap().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (most.compareTo(layer.cap().get()) <= 0) {
        findings.warning("adjustment", layer.id(), "",
            "has a cap of " + layer.cap().get().toPlainString() + " that can never bind: its items give at most "
                + most.toPlainString() + " together");
      }
    }
  }

  private void unusedFacts(Rules rules) {
    Set<String> read = new HashSet<>();
    rules.tables().forEach(t -> t.inputs().forEach(i -> read.add(i.of())));
    rules.checks().forEach(c -> c.inputs().forEach(i -> read.add(i.of())));
    rules.targets().forEach(t -> read.add(t.of()));
    rules.taxSharing().forEach(t -> {
      read.addAll(t.taxes());
      t.appliesWhen().ifPresent(read::add);
    });
    rules.measures().forEach(m -> read.addAll(m.formula().reads()));
    rules.classifications().forEach(c -> read.add(c.of()));
    for (Fact f : rules.facts()) {
      if (!read.contains(f.id())) {
        findings.warning("fact", f.id(), "",
            "is declared but no table, measure or classification reads it: remove it or use it");
      }
    }
  }

  /** The type of what {@code of} names, or null when it names nothing known or is no name at all. */
  private @Nullable FactType typeOf(Rules rules, String of) {
    try {
      return ValueType.of(scheme, rules, TableInput.of("value", of));
    } catch (IllegalArgumentException e) {
      return null; // e.g. "Tax Revenue": neither an id nor a result
    }
  }

  private void measures(Rules rules) {
    Map<String, Measure> byId = new LinkedHashMap<>();
    rules.measures().forEach(m -> byId.put(m.id(), m));
    for (Measure m : rules.measures()) {
      for (String read : m.formula().reads()) {
        if (!byId.containsKey(read) && typeOf(rules, read) == null) {
          findings.error("measure", m.id(), "",
              "reads '" + read + "', which is no indicator, fact, measure or result of this scheme");
        }
      }
      if (m.formula() instanceof MeasureFormula.EntityValue ev && scheme.findContext(ev.entity()).isEmpty()
          && scheme.entities().stream().noneMatch(e -> e.allNames().contains(ev.entity()))) {
        findings.error("measure", m.id(), "",
            "reads the value of entity '" + ev.entity() + "', which is neither a context entity nor an entity of this scheme");
      }
      if (reaches(m.id(), m.id(), byId, new HashSet<>())) {
        findings.error("measure", m.id(), "", "is defined in terms of itself (a cycle among measures)");
      }
    }
  }

  private static boolean reaches(String from, String target, Map<String, Measure> byId, Set<String> seen) {
    Measure m = byId.get(from);
    if (m == null || !seen.add(from)) {
      return false;
    }
    for (String read : m.formula().reads()) {
      if (read.equals(target) || reaches(read, target, byId, seen)) {
        return true;
      }
    }
    return false;
  }
}
