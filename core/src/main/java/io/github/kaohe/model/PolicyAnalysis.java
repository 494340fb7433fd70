package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Static checks of a policy, as Drools' and DMN tools' table analysis does. Errors: references
 * that resolve to nothing, conditions of the wrong type, rows that overlap under {@code unique},
 * rows that can never match under {@code first}, gaps in tables declared complete, eligibilities
 * revoked after the tables that need them, cycles among measures. Warnings (the policy loads, but
 * is probably not what its author meant): a fact no rule reads, a row no value can match, a
 * weight of zero, a weight finer than points are rounded to, a cap that can never bind, a
 * condition that compares a place with something that is not a place. The loader reports these
 * with the line of each part; call {@link #analyse} for policies built in code.
 */
public final class PolicyAnalysis {
  /** How serious a finding is: an error stops the policy from loading. */
  public enum Severity {
    ERROR,
    WARNING
  }

  /**
   * One finding.
   *
   * @param scheme the scheme's id
   * @param kind what was checked: {@code table}, {@code measure} or {@code classification}
   * @param id the table's, measure's or classification's id
   * @param row the row's id, or empty
   * @param severity error or warning
   * @param message what is wrong and how to fix it
   */
  public record Finding(
      String scheme, String kind, String id, String row, Severity severity, String message) {
    public Finding {
      Objects.requireNonNull(scheme);
      Objects.requireNonNull(kind);
      Objects.requireNonNull(id);
      Objects.requireNonNull(row);
      Objects.requireNonNull(severity);
      Objects.requireNonNull(message);
    }
  }

  /** The most combinations of regions a completeness check enumerates. */
  private static final int MAX_CELLS = 20_000;

  private final Policy policy;
  private final Scheme scheme;
  private final List<Finding> findings = new ArrayList<>();

  private PolicyAnalysis(Policy policy, Scheme scheme) {
    this.policy = policy;
    this.scheme = scheme;
  }

  /** Every finding for every scheme of the policy, errors and warnings. */
  public static List<Finding> analyse(Policy policy) {
    List<Finding> all = new ArrayList<>();
    for (Scheme s : policy.schemes()) {
      PolicyAnalysis a = new PolicyAnalysis(policy, s);
      a.run();
      all.addAll(a.findings);
    }
    return all;
  }

  private void add(String kind, String id, String row, Severity severity, String message) {
    findings.add(new Finding(scheme.id(), kind, id, row, severity, message));
  }

  /** What the table being analysed is: a rule table, or a check analysed as one. */
  private String tableKind = "table";

  private void run() {
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
    for (int t = 0; t < rules.tables().size(); t++) {
      table(rules.tables().get(t), t, eligibilities, lastRevoker);
    }
    for (Check c : rules.checks()) {
      tableKind = "check";
      table(c.asTable(), -1, eligibilities, Map.of());
      tableKind = "table";
    }
    targets(rules);
    taxSharing(rules);
    links(rules);
    for (Classification c : rules.classifications()) {
      if (c.within().isPresent() && !scheme.allAttributes().contains(c.within().get())) {
        add("classification", c.id(), "", Severity.ERROR,
            "classifies within '" + c.within().get() + "', which is not among the scheme's attributes " + scheme.attributes());
      }
      if (typeOf(rules, c.of()) == null) {
        add("classification", c.id(), "", Severity.ERROR, "classifies '" + c.of() + "', which is no value of this scheme");
      }
      if (!scheme.scored() && c.over() == MeasureFormula.Over.RANKED) {
        add("classification", c.id(), "", Severity.WARNING,
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
        add("target", t.id(), "", Severity.ERROR,
            "measures '" + t.of() + "', which is no indicator, fact, measure or result of this scheme");
        continue;
      }
      Map<String, Measure> byId = new HashMap<>();
      rules.measures().forEach(m -> byId.put(m.id(), m));
      if (t.aggregate() && !schemeWide(t.of(), byId, new HashSet<>())) {
        add("target", t.id(), "", Severity.ERROR,
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
            add("target", t.id(), "", Severity.ERROR, "names entity '" + e + "', which the scheme does not have");
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
      add("target", t.id(), "", Severity.ERROR, "reaches '" + t.target() + "', which '" + t.of() + "' cannot take"
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
          add("taxSharing", t.id(), "", Severity.ERROR,
              "shares '" + tax + "', which is no fact of type number of this scheme: declare the tax paid as such a fact");
        }
      }
      for (TaxParty p : t.parties()) {
        if (!scheme.allAttributes().contains(p.attribute())) {
          add("taxSharing", t.id(), "", Severity.ERROR,
              "party '" + p.id() + "' is named by attribute '" + p.attribute() + "', which the scheme does not declare");
        }
      }
      t.appliesWhen().ifPresent(w -> {
        boolean bool = rules.facts().stream().anyMatch(x -> x.id().equals(w) && x.type() == FactType.BOOLEAN);
        if (!bool) {
          add("taxSharing", t.id(), "", Severity.ERROR, "applies when '" + w + "', which is no boolean fact of this scheme");
        }
      });
    }
  }

  private void links(Rules rules) {
    for (AttributeLink l : rules.links()) {
      Optional<Scheme> other = policy.findScheme(l.scheme());
      if (other.isEmpty() || other.get().id().equals(scheme.id())) {
        add("link", l.id(), "", Severity.ERROR,
            "takes its value from scheme '" + l.scheme() + "', which is no other scheme of this policy");
      } else if (!other.get().attributes().contains(l.attribute())) {
        add("link", l.id(), "", Severity.ERROR,
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
      add(kind, id, "", Severity.WARNING, "weighs 0, so it can never give points: remove it or give it a weight");
    } else if (weight.stripTrailingZeros().scale() > scale) {
      add(kind, id, "", Severity.WARNING,
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
        add("adjustment", layer.id(), "", Severity.WARNING,
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
        add("fact", f.id(), "", Severity.WARNING,
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
          add("measure", m.id(), "", Severity.ERROR,
              "reads '" + read + "', which is no indicator, fact, measure or result of this scheme");
        }
      }
      if (m.formula() instanceof MeasureFormula.EntityValue ev && scheme.findContext(ev.entity()).isEmpty()
          && scheme.entities().stream().noneMatch(e -> e.allNames().contains(ev.entity()))) {
        add("measure", m.id(), "", Severity.ERROR,
            "reads the value of entity '" + ev.entity() + "', which is neither a context entity nor an entity of this scheme");
      }
      if (reaches(m.id(), m.id(), byId, new HashSet<>())) {
        add("measure", m.id(), "", Severity.ERROR, "is defined in terms of itself (a cycle among measures)");
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

  private void table(RuleTable table, int index, Set<String> eligibilities, Map<String, Integer> lastRevoker) {
    Map<String, FactType> types = new LinkedHashMap<>();
    Map<String, List<String>> enumValues = new HashMap<>();
    for (TableInput in : table.inputs()) {
      FactType type = ValueType.of(scheme, scheme.rules(), in);
      if (type == null) {
        add(tableKind, table.id(), "", Severity.ERROR,
            "input '" + in.id() + "' reads '" + in.of() + "', which is no indicator, fact, measure or result"
                + " (result.total, result.base, result.adjustments, result.place, result.place.ATTRIBUTE,"
                + " result.points.ID) of this scheme");
        continue;
      }
      resultReference(table, in);
      types.put(in.id(), type);
      scheme.rules().facts().stream()
          .filter(f -> f.id().equals(in.of()))
          .findFirst()
          .ifPresent(f -> enumValues.put(in.id(), f.values()));
    }
    table.appliesTo().ifPresent(
        f -> {
          if (!scheme.allAttributes().contains(f.attribute())) {
            add(tableKind, table.id(), "", Severity.ERROR,
                "applies to entities by '" + f.attribute() + "', which is not among the scheme's attributes " + scheme.attributes());
          }
        });
    for (String req : table.requires()) {
      if (!eligibilities.contains(req)) {
        add(tableKind, table.id(), "", Severity.ERROR,
            "requires eligibility '" + req + "', which the scheme does not declare under eligibilities");
      } else if (lastRevoker.getOrDefault(req, -1) >= index) {
        add(tableKind, table.id(), "", Severity.ERROR,
            "requires eligibility '" + req + "', but a table at or after it revokes it: put the tables that"
                + " revoke an eligibility before the tables that require it");
      }
    }
    List<Map<String, IntervalSet>> sets = new ArrayList<>();
    for (Rule row : table.rows()) {
      rowChecks(table, row, types, enumValues, eligibilities);
      sets.add(intervals(row, types, enumValues));
    }
    if (types.size() != table.inputs().size()) {
      return; // unresolved inputs: the analysis below would only repeat that
    }
    if (table.hitPolicy() == HitPolicy.UNIQUE) {
      for (int i = 0; i < sets.size(); i++) {
        for (int j = i + 1; j < sets.size(); j++) {
          BigDecimal[] witness = overlap(sets.get(i), sets.get(j), types, enumValues);
          if (witness != null) {
            add(tableKind, table.id(), table.rows().get(j).id(), Severity.ERROR,
                "rows '" + table.rows().get(i).id() + "' and '" + table.rows().get(j).id()
                    + "' can both match (e.g. " + example(witness, List.of(sets.get(i), sets.get(j)), types, enumValues) + "), but the hit policy is unique:"
                    + " make their conditions exclusive or choose another hit policy (first, priority, collect-max …)");
          }
        }
      }
    }
    for (int j = 0; j < sets.size(); j++) {
      if (sets.get(j) == null) {
        continue;
      }
      if (table.hitPolicy() == HitPolicy.FIRST) {
        for (int i = 0; i < j; i++) {
          if (sets.get(i) != null && covers(sets.get(i), sets.get(j), types, enumValues)) {
            add(tableKind, table.id(), table.rows().get(j).id(), Severity.ERROR,
                "row '" + table.rows().get(j).id() + "' can never match: every case it covers is taken by the"
                    + " earlier row '" + table.rows().get(i).id() + "' (hit policy first)");
            break;
          }
        }
      }
      if (empty(sets.get(j), types, enumValues)) {
        add(tableKind, table.id(), table.rows().get(j).id(), Severity.WARNING,
            "row '" + table.rows().get(j).id() + "' can never match: no value satisfies its conditions");
      }
    }
    if (table.complete()) {
      gaps(table, sets, types, enumValues);
    }
  }

  private void resultReference(RuleTable table, TableInput in) {
    String of = in.of();
    if (of.startsWith("result.place.") && !scheme.allAttributes().contains(of.substring(13))) {
      add(tableKind, table.id(), "", Severity.ERROR,
          "input '" + in.id() + "' reads the place within '" + of.substring(13) + "', which is not among the scheme's attributes");
    }
    if (of.startsWith("result.points.")) {
      String id = of.substring(14);
      if (scheme.findIndicator(id).isEmpty() && scheme.findCategory(id).isEmpty()) {
        add(tableKind, table.id(), "", Severity.ERROR,
            "input '" + in.id() + "' reads the points of '" + id + "', which is no category or indicator");
      }
    }
  }

  private void rowChecks(
      RuleTable table, Rule row, Map<String, FactType> types, Map<String, List<String>> enumValues, Set<String> eligibilities) {
    row.when().forEach(
        (input, condition) -> {
          FactType type = types.get(input);
          if (type != null) {
            operandChecks(table, row, input, type, enumValues.getOrDefault(input, List.of()), condition, types);
          }
        });
    for (Outcome o : row.then()) {
      if (o instanceof Outcome.MoneyPerUnit m) {
        FactType t = types.get(m.input());
        if (t == FactType.BOOLEAN || t == FactType.ENUMERATION || t == FactType.PLACE) {
          add(tableKind, table.id(), row.id(), Severity.ERROR,
              "pays money per unit of '" + m.input() + "', which is a " + t.name().toLowerCase(java.util.Locale.ROOT)
                  + ", not a count");
        }
      } else if (o instanceof Outcome.Act a && policy.actions().stream().noneMatch(d -> d.id().equals(a.action()))) {
        add(tableKind, table.id(), row.id(), Severity.ERROR,
            "gives action '" + a.action() + "', which the policy does not declare under actions");
      } else if (o instanceof Outcome.Revoke r && !eligibilities.contains(r.eligibility())) {
        add(tableKind, table.id(), row.id(), Severity.ERROR,
            "revokes eligibility '" + r.eligibility() + "', which the scheme does not declare under eligibilities");
      }
    }
  }

  private void operandChecks(
      RuleTable table, Rule row, String input, FactType type, List<String> values, Condition c, Map<String, FactType> types) {
    if (c instanceof Condition.EachOfLast e) {
      operandChecks(table, row, input, type, values, e.condition(), types);
      return;
    }
    List<Operand> operands = new ArrayList<>();
    if (c instanceof Condition.Compare cmp) {
      operands.add(cmp.operand());
    } else if (c instanceof Condition.Between b) {
      operands.add(b.low());
      operands.add(b.high());
    } else if (c instanceof Condition.In in) {
      operands.addAll(in.operands());
    }
    for (Operand o : operands) {
      String problem = operandProblem(type, values, o, types);
      if (problem != null) {
        boolean warning = o instanceof Operand.Input;
        add(tableKind, table.id(), row.id(), warning ? Severity.WARNING : Severity.ERROR,
            "the condition on '" + input + "' " + problem);
      }
    }
  }

  private static @Nullable String operandProblem(FactType type, List<String> values, Operand o, Map<String, FactType> types) {
    if (o instanceof Operand.Input i) {
      FactType other = types.get(i.input());
      boolean placeVsScore = other != null && (other == FactType.PLACE) != (type == FactType.PLACE);
      return placeVsScore ? "compares a place with a value that is not a place ('" + i.input() + "')" : null;
    }
    if (type == FactType.BOOLEAN || type == FactType.ENUMERATION) {
      if (o instanceof Operand.Number n && type == FactType.BOOLEAN
          && (n.value().compareTo(BigDecimal.ZERO) == 0 || n.value().compareTo(BigDecimal.ONE) == 0)) {
        return null;
      }
      if (o instanceof Operand.Word w) {
        try {
          FactValues.parse(type, values, w.text());
          return null;
        } catch (IllegalArgumentException e) {
          return "compares with " + w.text() + ": " + e.getMessage();
        }
      }
      return "compares with the number " + o + ", but the input is "
          + (type == FactType.BOOLEAN ? "true or false" : "one of " + values);
    }
    if (o instanceof Operand.Word w) {
      return "compares a number with the word '" + w.text() + "': write a number";
    }
    return null;
  }

  /** Each input's condition as a set of numbers; null for rows with conditions that cannot be analysed. */
  private static @Nullable Map<String, IntervalSet> intervals(
      Rule row, Map<String, FactType> types, Map<String, List<String>> enumValues) {
    Map<String, IntervalSet> sets = new HashMap<>();
    for (String input : types.keySet()) {
      IntervalSet s = set(row.condition(input), types.get(input), enumValues.getOrDefault(input, List.of()));
      if (s == null) {
        return null;
      }
      sets.put(input, s);
    }
    return sets;
  }

  private static @Nullable IntervalSet set(Condition c, FactType type, List<String> values) {
    if (c instanceof Condition.Any) {
      return IntervalSet.ALL;
    }
    if (c instanceof Condition.Compare cmp) {
      BigDecimal v = number(cmp.operand(), type, values);
      if (v == null) {
        return null;
      }
      return switch (cmp.op()) {
        case EQ -> IntervalSet.point(v);
        case NE -> new IntervalSet(List.of(new IntervalSet.Interval(null, false, v, false), new IntervalSet.Interval(v, false, null, false)));
        case LT -> new IntervalSet(List.of(new IntervalSet.Interval(null, false, v, false)));
        case LE -> new IntervalSet(List.of(new IntervalSet.Interval(null, false, v, true)));
        case GT -> new IntervalSet(List.of(new IntervalSet.Interval(v, false, null, false)));
        case GE -> new IntervalSet(List.of(new IntervalSet.Interval(v, true, null, false)));
      };
    }
    if (c instanceof Condition.Between b) {
      BigDecimal lo = number(b.low(), type, values);
      BigDecimal hi = number(b.high(), type, values);
      return lo == null || hi == null ? null : new IntervalSet(List.of(new IntervalSet.Interval(lo, true, hi, true)));
    }
    if (c instanceof Condition.In in) {
      List<IntervalSet.Interval> points = new ArrayList<>();
      for (Operand o : in.operands()) {
        BigDecimal v = number(o, type, values);
        if (v == null) {
          return null;
        }
        points.add(new IntervalSet.Interval(v, true, v, true));
      }
      return new IntervalSet(points);
    }
    return null; // eachOfLast: depends on history
  }

  private static @Nullable BigDecimal number(Operand o, FactType type, List<String> values) {
    if (o instanceof Operand.Number n) {
      return n.value();
    }
    if (o instanceof Operand.Word w) {
      try {
        return FactValues.parse(type, values, w.text());
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }

  /** The points of the domain of a type among the representatives of some bounds. */
  private static List<BigDecimal> domain(FactType type, TreeSet<BigDecimal> bounds, List<String> values) {
    switch (type) {
      case BOOLEAN:
        return List.of(BigDecimal.ZERO, BigDecimal.ONE);
      case ENUMERATION: {
        List<BigDecimal> all = new ArrayList<>();
        for (int i = 0; i < Math.max(values.size(), 1); i++) {
          all.add(BigDecimal.valueOf(i));
        }
        return all;
      }
      case COUNT:
      case PLACE: {
        BigDecimal least = type == FactType.COUNT ? BigDecimal.ZERO : BigDecimal.ONE;
        TreeSet<BigDecimal> b = new TreeSet<>(bounds);
        b.add(least);
        List<BigDecimal> out = new ArrayList<>();
        for (BigDecimal p : IntervalSet.representatives(b)) {
          BigDecimal whole = p.setScale(0, java.math.RoundingMode.CEILING);
          if (whole.compareTo(least) >= 0 && !out.contains(whole)) {
            out.add(whole);
          }
        }
        return out;
      }
      default:
        return IntervalSet.representatives(bounds);
    }
  }

  private static TreeSet<BigDecimal> bounds(String input, List<Map<String, IntervalSet>> rows) {
    TreeSet<BigDecimal> bounds = new TreeSet<>();
    for (Map<String, IntervalSet> row : rows) {
      if (row != null) {
        row.get(input).boundsInto(bounds);
      }
    }
    return bounds;
  }

  /** A point where both rows match, or null. */
  private static BigDecimal @Nullable [] overlap(
      @Nullable Map<String, IntervalSet> a,
      @Nullable Map<String, IntervalSet> b,
      Map<String, FactType> types,
      Map<String, List<String>> enumValues) {
    if (a == null || b == null) {
      return null;
    }
    List<String> inputs = new ArrayList<>(types.keySet());
    BigDecimal[] witness = new BigDecimal[inputs.size()];
    for (int k = 0; k < inputs.size(); k++) {
      String input = inputs.get(k);
      BigDecimal found = null;
      for (BigDecimal p : domain(types.get(input), bounds(input, List.of(a, b)), values(input, enumValues))) {
        if (a.get(input).contains(p) && b.get(input).contains(p)) {
          found = p;
          break;
        }
      }
      if (found == null) {
        return null;
      }
      witness[k] = found;
    }
    return witness;
  }

  /** Whether row {@code a} matches everywhere row {@code b} does. */
  private static boolean covers(
      Map<String, IntervalSet> a,
      Map<String, IntervalSet> b,
      Map<String, FactType> types,
      Map<String, List<String>> enumValues) {
    for (String input : types.keySet()) {
      for (BigDecimal p : domain(types.get(input), bounds(input, List.of(a, b)), values(input, enumValues))) {
        if (b.get(input).contains(p) && !a.get(input).contains(p)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean empty(
      Map<String, IntervalSet> row, Map<String, FactType> types, Map<String, List<String>> enumValues) {
    for (String input : types.keySet()) {
      boolean any = false;
      for (BigDecimal p : domain(types.get(input), bounds(input, List.of(row)), values(input, enumValues))) {
        any |= row.get(input).contains(p);
      }
      if (!any) {
        return true;
      }
    }
    return false;
  }

  private static List<String> values(String input, Map<String, List<String>> enumValues) {
    return enumValues.getOrDefault(input, List.of());
  }

  private void gaps(
      RuleTable table,
      List<Map<String, IntervalSet>> sets,
      Map<String, FactType> types,
      Map<String, List<String>> enumValues) {
    if (sets.contains(null)) {
      add(tableKind, table.id(), "", Severity.WARNING,
          "is declared complete, but some rows depend on history or compare inputs: completeness is not checked");
      return;
    }
    List<String> inputs = new ArrayList<>(types.keySet());
    List<List<BigDecimal>> points = new ArrayList<>();
    long cells = 1;
    for (String input : inputs) {
      List<BigDecimal> d = domain(types.get(input), bounds(input, sets), values(input, enumValues));
      points.add(d);
      cells *= d.size();
    }
    if (cells > MAX_CELLS) {
      add(tableKind, table.id(), "", Severity.WARNING,
          "is declared complete, but has too many combinations of conditions (" + cells + ") to check");
      return;
    }
    int[] at = new int[inputs.size()];
    while (true) {
      boolean matched = false;
      for (Map<String, IntervalSet> row : sets) {
        boolean all = true;
        for (int k = 0; k < inputs.size() && all; k++) {
          all = row.get(inputs.get(k)).contains(points.get(k).get(at[k]));
        }
        if (all) {
          matched = true;
          break;
        }
      }
      if (!matched) {
        StringBuilder where = new StringBuilder();
        for (int k = 0; k < inputs.size(); k++) {
          String input = inputs.get(k);
          if (!constrained(input, sets)) {
            continue; // every row takes any value of it
          }
          if (where.length() > 0) {
            where.append(", ");
          }
          BigDecimal point = points.get(k).get(at[k]);
          FactType type = types.get(input);
          where.append(input).append(' ').append(
              type == FactType.NUMBER
                  ? IntervalSet.describe(point, bounds(input, sets))
                  : "= " + show(type, values(input, enumValues), point));
        }
        add(tableKind, table.id(), "", Severity.ERROR,
            "is declared complete, but no row matches when " + where + ": add a row for that case");
        return;
      }
      int k = 0;
      while (k < at.length && ++at[k] == points.get(k).size()) {
        at[k++] = 0;
      }
      if (k == at.length) {
        return;
      }
    }
  }

  /** A point where rows match, as "place = 1, star = two": only the inputs some row constrains. */
  private static String example(
      BigDecimal[] witness,
      List<Map<String, IntervalSet>> rows,
      Map<String, FactType> types,
      Map<String, List<String>> enumValues) {
    StringBuilder s = new StringBuilder();
    int k = 0;
    for (String input : types.keySet()) {
      if (constrained(input, rows)) {
        if (s.length() > 0) {
          s.append(", ");
        }
        s.append(input).append(" = ").append(show(types.get(input), values(input, enumValues), witness[k]));
      }
      k++;
    }
    return s.length() == 0 ? "any values" : s.toString();
  }

  /** Whether some row's condition on the input is not "any". */
  private static boolean constrained(String input, List<Map<String, IntervalSet>> rows) {
    for (Map<String, IntervalSet> row : rows) {
      if (row != null && row.get(input) != IntervalSet.ALL) {
        return true;
      }
    }
    return false;
  }

  /** A value as the policy writes it: true/false, an enumeration's value, or a number. */
  private static String show(FactType type, List<String> values, BigDecimal point) {
    if (type == FactType.BOOLEAN || type == FactType.ENUMERATION) {
      return FactValues.format(type, values, point);
    }
    return point.stripTrailingZeros().toPlainString();
  }
}
