package io.github.kaohe.load;

import io.github.kaohe.load.ParsedNode.ParsedList;
import io.github.kaohe.load.ParsedNode.ParsedMap;
import io.github.kaohe.load.ParsedNode.Scalar;
import io.github.kaohe.model.ActionDefinition;
import io.github.kaohe.model.AttributeLink;
import io.github.kaohe.model.Check;
import io.github.kaohe.model.Target;
import io.github.kaohe.model.TaxSharing;
import io.github.kaohe.model.AttributeFilter;
import io.github.kaohe.model.Classification;
import io.github.kaohe.model.Condition;
import io.github.kaohe.model.Eligibility;
import io.github.kaohe.model.EntityDefinition;
import io.github.kaohe.model.Fact;
import io.github.kaohe.model.ValidRange;
import io.github.kaohe.model.FactType;
import io.github.kaohe.model.HitPolicy;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Measure;
import io.github.kaohe.model.MeasureFormula;
import io.github.kaohe.model.Operand;
import io.github.kaohe.model.Outcome;
import io.github.kaohe.model.PeriodScope;
import io.github.kaohe.model.Rule;
import io.github.kaohe.model.RuleTable;
import io.github.kaohe.model.Rules;
import io.github.kaohe.model.TableInput;
import io.github.kaohe.model.Tier;
import io.github.kaohe.model.Timing;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Binds what follows from scores: actions (policy level), and per scheme facts, eligibilities,
 * rule tables and classifications; measures through {@link MeasureBinder}, checks, targets, tax
 * sharing and links through {@link ChecksBinder}. Records where each table, row, measure and
 * classification stands, so that the static analysis can point at them.
 */
final class RulesBinder {
  private static final List<String> OPERATORS = List.of("eq", "ne", "lt", "le", "gt", "ge");

  private final Problems problems;
  private final Locations locations;
  private final LabelReader labels;
  private String schemeId = "";

  private final FormulaBinder formulas;

  RulesBinder(Problems problems, Locations locations, LabelReader labels, FormulaBinder formulas) {
    this.formulas = formulas;
    this.problems = problems;
    this.locations = locations;
    this.labels = labels;
  }

  private @Nullable Label label(Fields f, String key, boolean required) {
    ParsedNode n = f.node(key, required);
    return n == null ? null : labels.read(n, f.path(key));
  }

  @Nullable ActionDefinition action(ParsedNode node, String path) {
    Fields f = Fields.of(node, path, problems, List.of("id", "name", "kind", "listedAs"));
    if (f == null) {
      return null;
    }
    String id = f.text("id", true);
    Label name = label(f, "name", true);
    ActionDefinition.Kind kind = f.enumeration("kind", ActionDefinition.Kind.class, ActionDefinition.Kind.OTHER);
    Label listedAs = f.has("listedAs") ? label(f, "listedAs", true) : null;
    if (id == null || name == null || kind == null || (f.has("listedAs") && listedAs == null)) {
      return null;
    }
    Optional<Label> listed = Optional.ofNullable(listedAs);
    return problems.construct(f.mark(), path, () -> new ActionDefinition(id, name, kind, listed));
  }

  /** The rules under a scheme's map, or null when any could not be read. */
  @Nullable Rules rules(Fields scheme, String schemeId, RulesBinder.EntityReader entities) {
    this.schemeId = schemeId;
    List<Fact> facts = scheme.list("facts", false, this::fact);
    List<Measure> measures = scheme.list("measures", false, new MeasureBinder(problems, locations, labels, schemeId)::measure);
    List<Eligibility> eligibilities = scheme.list("eligibilities", false, this::eligibility);
    List<RuleTable> tables = scheme.list("tables", false, (n, p) -> table(n, p, schemeId));
    List<Classification> classes = scheme.list("classes", false, (n, p) -> classification(n, p, schemeId));
    ChecksBinder more = new ChecksBinder(problems, locations, labels, this, schemeId);
    List<Check> checks = scheme.list("checks", false, more::check);
    List<Target> targets = scheme.list("targets", false, more::target);
    List<TaxSharing> taxSharing = scheme.list("taxSharing", false, more::taxSharing);
    List<AttributeLink> links = scheme.list("links", false, more::link);
    List<EntityDefinition> context = scheme.list("context", false, entities::read);
    if (facts == null || measures == null || eligibilities == null || tables == null || classes == null
        || checks == null || targets == null || taxSharing == null || links == null || context == null) {
      return null;
    }
    return Rules.builder()
        .facts(facts)
        .measures(measures)
        .eligibilities(eligibilities)
        .tables(tables)
        .classifications(classes)
        .checks(checks)
        .targets(targets)
        .taxSharing(taxSharing)
        .links(links)
        .context(context)
        .build();
  }

  /** Reads an entity (as under a scheme's entities). */
  interface EntityReader {
    @Nullable EntityDefinition read(ParsedNode node, String path);
  }

  private @Nullable Fact fact(ParsedNode node, String path) {
    Fields f = Fields.of(node, path, problems,
        List.of("id", "name", "type", "values", "valueNames", "fallback", "valid", "source", "unit", "display", "formula"));
    if (f == null) {
      return null;
    }
    String id = f.text("id", true);
    if (id != null) {
      locations.put(schemeId, "fact", id, "", f.mark(), path);
    }
    Label name = label(f, "name", true);
    FactType type = f.enumeration("type", FactType.class, null);
    List<String> values = f.textList("values");
    Optional<String> fallback = f.optionalText("fallback");
    Optional<String> source = f.optionalText("source");
    Optional<ValidRange> valid = f.validRange();
    String unit = f.has("unit") ? f.text("unit", true) : "";
    Optional<io.github.kaohe.model.DisplayUnit> display = DisplayReader.display(f, problems);
    java.util.Map<String, Label> valueNames = DisplayReader.valueNames(f, problems, labels);
    boolean hasFormula = f.has("formula");
    io.github.kaohe.model.Formula formula = formulas.formula(f, id);
    if (id == null || name == null || type == null || values == null || valid == null || unit == null
        || display == null || valueNames == null || (hasFormula && formula == null)) {
      return null;
    }
    Optional<io.github.kaohe.model.Formula> computed = Optional.ofNullable(formula);
    return problems.construct(f.mark(), path,
        () -> new Fact(id, name, type, values, fallback, source, valid, unit, computed, display, valueNames));
  }

  private @Nullable Eligibility eligibility(ParsedNode node, String path) {
    Fields f = Fields.of(node, path, problems, List.of("id", "name"));
    if (f == null) {
      return null;
    }
    String id = f.text("id", true);
    Label name = label(f, "name", true);
    if (id == null || name == null) {
      return null;
    }
    return problems.construct(f.mark(), path, () -> new Eligibility(id, name));
  }

  private @Nullable RuleTable table(ParsedNode node, String path, String schemeId) {
    Fields f = Fields.of(node, path, problems,
        List.of("id", "name", "hitPolicy", "inputs", "rows", "requires", "unit", "complete", "periods", "appliesTo", "source", "payee"));
    if (f == null) {
      return null;
    }
    String id = f.text("id", true);
    if (id != null) {
      locations.put(schemeId, "table", id, "", f.mark(), path);
    }
    Label name = label(f, "name", true);
    HitPolicy hit = f.enumeration("hitPolicy", HitPolicy.class, null);
    List<TableInput> inputs = f.list("inputs", true, this::input);
    List<Rule> rows = new ArrayList<>();
    ParsedNode rowsNode = f.node("rows", true);
    boolean rowsOk = rowsNode != null;
    if (rowsNode instanceof ParsedList l) {
      for (int i = 0; i < l.items().size(); i++) {
        Rule r = row(l.items().get(i), Fields.index(f.path("rows"), i), i + 1, schemeId, id);
        if (r == null) {
          rowsOk = false;
        } else {
          rows.add(r);
        }
      }
    } else if (rowsNode != null) {
      problems.add(rowsNode.mark(), f.path("rows"), "expected a list of rows, but found " + rowsNode.describe());
      rowsOk = false;
    }
    List<String> requires = f.textList("requires");
    String unit = f.has("unit") ? f.text("unit", true) : "万元";
    Boolean complete = f.has("complete") ? f.bool("complete", true) : Boolean.FALSE;
    PeriodScope periods = f.enumeration("periods", PeriodScope.class, PeriodScope.ALL);
    AttributeFilter appliesTo = null;
    if (f.has("appliesTo")) {
      appliesTo = AttributeFilters.read(f, "appliesTo", problems);
      if (appliesTo == null) {
        return null;
      }
    }
    Optional<String> source = f.optionalText("source");
    Label payee = f.has("payee") ? label(f, "payee", true) : null;
    if (id == null || name == null || hit == null || inputs == null || !rowsOk || requires == null
        || unit == null || complete == null || periods == null || (f.has("payee") && payee == null)) {
      return null;
    }
    Optional<AttributeFilter> filter = Optional.ofNullable(appliesTo);
    return problems.construct(f.mark(), path, () -> new RuleTable(
        id, name, hit, inputs, rows, requires, unit, complete, periods, filter, source, Optional.ofNullable(payee)));
  }

  @Nullable TableInput input(ParsedNode node, String path) {
    Fields f = Fields.of(node, path, problems, List.of("id", "of", "timing"));
    if (f == null) {
      return null;
    }
    String id = f.text("id", true);
    String of = f.text("of", true);
    Timing timing = f.enumeration("timing", Timing.class, Timing.CURRENT);
    if (id == null || of == null || timing == null) {
      return null;
    }
    return problems.construct(f.mark(), path, () -> new TableInput(id, of, timing));
  }

  private @Nullable Rule row(ParsedNode node, String path, int number, String schemeId, @Nullable String tableId) {
    Fields f = Fields.of(node, path, problems, List.of("id", "name", "when", "then", "priority", "source"));
    if (f == null) {
      return null;
    }
    String id = f.has("id") ? f.text("id", true) : "row-" + number;
    if (id != null && tableId != null) {
      locations.put(schemeId, "table", tableId, id, f.mark(), path);
    }
    Label name = f.has("name") ? label(f, "name", true) : null;
    Map<String, Condition> when = new LinkedHashMap<>();
    ParsedNode whenNode = f.node("when", false);
    boolean whenOk = true;
    if (whenNode instanceof ParsedMap m) {
      for (ParsedNode.Entry e : m.entries().values()) {
        Condition c = condition(e.value(), Fields.join(f.path("when"), e.key()), true);
        if (c == null) {
          whenOk = false;
        } else {
          when.put(e.key(), c);
        }
      }
    } else if (whenNode != null) {
      problems.add(whenNode.mark(), f.path("when"), "expected a map of input names to conditions, but found " + whenNode.describe());
      whenOk = false;
    }
    List<Outcome> then = null;
    ParsedNode thenNode = f.node("then", true);
    if (thenNode instanceof ParsedList) {
      then = Fields.list(thenNode, f.path("then"), problems, this::outcome);
    } else if (thenNode != null) {
      Outcome o = outcome(thenNode, f.path("then"));
      then = o == null ? null : List.of(o);
    }
    Integer priority = f.has("priority") ? f.integer("priority", true) : Integer.valueOf(0);
    Optional<String> source = f.optionalText("source");
    if (id == null || (f.has("name") && name == null) || !whenOk || then == null || priority == null) {
      return null;
    }
    List<Outcome> outcomes = then;
    Optional<Label> label = Optional.ofNullable(name);
    return problems.construct(f.mark(), path, () -> new Rule(id, label, when, outcomes, priority, source));
  }

  @Nullable Condition condition(ParsedNode node, String path, boolean temporalAllowed) {
    if (node instanceof Scalar s) {
      if (s.kind() == Scalar.Kind.STRING && (s.text().equals("any") || s.text().equals("-"))) {
        return new Condition.Any();
      }
      Operand o = operand(node, path);
      return o == null ? null : new Condition.Compare(Condition.Op.EQ, o);
    }
    if (!(node instanceof ParsedMap m) || m.entries().isEmpty()) {
      problems.add(node.mark(), path, "expected a condition: a value, any, or a map such as {ge: 5}, {between: [1, 3]},"
          + " {in: [a, b]} or {eachOfLast: 2, is: {le: 3}}");
      return null;
    }
    if (m.entries().containsKey("eachOfLast")) {
      Fields f = Fields.of(node, path, problems, List.of("eachOfLast", "is"));
      if (f == null) {
        return null;
      }
      if (!temporalAllowed) {
        problems.add(node.mark(), path, "eachOfLast cannot be nested in another eachOfLast");
        return null;
      }
      Integer periods = f.integer("eachOfLast", true);
      ParsedNode inner = f.node("is", true);
      Condition c = inner == null ? null : condition(inner, f.path("is"), false);
      return periods == null || c == null ? null : problems.construct(f.mark(), path, () -> new Condition.EachOfLast(periods, c));
    }
    if (m.entries().size() != 1) {
      problems.add(node.mark(), path, "a condition has one operator (eq, ne, lt, le, gt, ge, between, in);"
          + " for a range write {between: [low, high]}");
      return null;
    }
    ParsedNode.Entry e = m.entries().values().iterator().next();
    String key = e.key();
    String p = Fields.join(path, key);
    if (OPERATORS.contains(key)) {
      Operand o = operand(e.value(), p);
      return o == null ? null : new Condition.Compare(Condition.Op.valueOf(key.toUpperCase(java.util.Locale.ROOT)), o);
    }
    if (key.equals("between")) {
      if (!(e.value() instanceof ParsedList l) || l.items().size() != 2) {
        problems.add(e.value().mark(), p, "between takes two values: {between: [low, high]}");
        return null;
      }
      Operand lo = operand(l.items().get(0), Fields.index(p, 0));
      Operand hi = operand(l.items().get(1), Fields.index(p, 1));
      return lo == null || hi == null ? null : problems.construct(e.value().mark(), p, () -> new Condition.Between(lo, hi));
    }
    if (key.equals("in")) {
      List<Operand> operands = Fields.list(e.value(), p, problems, this::operand);
      return operands == null ? null : problems.construct(e.value().mark(), p, () -> new Condition.In(operands));
    }
    List<String> all = new ArrayList<>(OPERATORS);
    all.add("between");
    all.add("in");
    all.add("eachOfLast");
    problems.add(e.keyMark(), p, "unknown condition '" + key + "'" + Suggestions.didYouMean(key, all)
        + " (known: " + String.join(", ", all) + ")");
    return null;
  }

  private @Nullable Operand operand(ParsedNode node, String path) {
    if (node instanceof Scalar s) {
      switch (s.kind()) {
        case NUMBER: {
          BigDecimal d = Fields.decimal(node, path, problems);
          return d == null ? null : new Operand.Number(d);
        }
        case NULL:
          problems.add(node.mark(), path, "no value: write a number, a word, or {input: name}");
          return null;
        default:
          return new Operand.Word(s.text());
      }
    }
    Fields f = Fields.of(node, path, problems, List.of("input"));
    String input = f == null ? null : f.text("input", true);
    return input == null ? null : problems.construct(node.mark(), path, () -> new Operand.Input(input));
  }

  private @Nullable Outcome outcome(ParsedNode node, String path) {
    if (!(node instanceof ParsedMap m)) {
      problems.add(node.mark(), path, "expected an outcome: {money: 300}, {moneyPerUnit: 30, of: input},"
          + " {action: id}, {revoke: eligibility} or {veto: ranking, placed: last}, but found " + node.describe());
      return null;
    }
    if (m.entries().containsKey("money")) {
      Fields f = Fields.of(node, path, problems, List.of("money"));
      BigDecimal amount = f == null ? null : f.decimal("money", true);
      return amount == null ? null : problems.construct(node.mark(), path, () -> new Outcome.Money(amount));
    }
    if (m.entries().containsKey("moneyPerUnit")) {
      Fields f = Fields.of(node, path, problems, List.of("moneyPerUnit", "of"));
      if (f == null) {
        return null;
      }
      BigDecimal amount = f.decimal("moneyPerUnit", true);
      String of = f.text("of", true);
      return amount == null || of == null ? null : problems.construct(node.mark(), path, () -> new Outcome.MoneyPerUnit(amount, of));
    }
    if (m.entries().containsKey("action")) {
      Fields f = Fields.of(node, path, problems, List.of("action"));
      String action = f == null ? null : f.text("action", true);
      return action == null ? null : problems.construct(node.mark(), path, () -> new Outcome.Act(action));
    }
    if (m.entries().containsKey("revoke")) {
      Fields f = Fields.of(node, path, problems, List.of("revoke"));
      String e = f == null ? null : f.text("revoke", true);
      return e == null ? null : problems.construct(node.mark(), path, () -> new Outcome.Revoke(e));
    }
    if (m.entries().containsKey("veto")) {
      return veto(node, path);
    }
    problems.add(node.mark(), path, "unknown outcome: write {money: 300}, {moneyPerUnit: 30, of: input},"
        + " {action: id}, {revoke: eligibility} or {veto: ranking, placed: last}");
    return null;
  }

  /** A one-vote veto: {@code {veto: ranking|awards, placed: last|none}}. */
  private @Nullable Outcome veto(ParsedNode node, String path) {
    Fields f = Fields.of(node, path, problems, List.of("veto", "placed"));
    if (f == null) {
      return null;
    }
    String scope = f.text("veto", true);
    String placed = f.text("placed", false);
    if (scope == null) {
      return null;
    }
    if (!scope.equals("ranking") && !scope.equals("awards")) {
      problems.add(node.mark(), path + ".veto", "unknown veto '" + scope + "': write ranking (the place) or awards (every award)");
      return null;
    }
    if (scope.equals("awards")) {
      if (placed != null) {
        problems.add(node.mark(), path + ".placed", "a veto of awards leaves the place as it is: leave 'placed' out");
        return null;
      }
      return new Outcome.Veto(Outcome.Veto.Scope.AWARDS, Outcome.Veto.Placement.NONE);
    }
    if (placed != null && !placed.equals("last") && !placed.equals("none")) {
      problems.add(node.mark(), path + ".placed", "unknown placement '" + placed + "': write last (placed after the others) or none (no place)");
      return null;
    }
    return new Outcome.Veto(Outcome.Veto.Scope.RANKING,
        "none".equals(placed) ? Outcome.Veto.Placement.NONE : Outcome.Veto.Placement.LAST);
  }

  private @Nullable Classification classification(ParsedNode node, String path, String schemeId) {
    Fields f = Fields.of(node, path, problems, List.of("id", "name", "basis", "of", "tiers", "within", "unclassed", "over", "counting"));
    if (f == null) {
      return null;
    }
    String id = f.text("id", true);
    if (id != null) {
      locations.put(schemeId, "classification", id, "", f.mark(), path);
    }
    Label name = label(f, "name", true);
    Classification.Basis basis = f.enumeration("basis", Classification.Basis.class, null);
    String of = f.has("of") ? f.text("of", true) : "result.total";
    List<Tier> tiers = f.list("tiers", true, this::tier);
    Optional<String> within = f.optionalText("within");
    ParsedNode un = f.node("unclassed", true);
    Tier unclassed = un == null ? null : tier(un, f.path("unclassed"));
    var over = f.enumeration("over", MeasureFormula.Over.class, MeasureFormula.Over.RANKED);
    var counting = f.enumeration("counting", Classification.Counting.class, Classification.Counting.HALF_UP);
    if (id == null || name == null || basis == null || of == null || tiers == null || unclassed == null || over == null
        || counting == null) {
      return null;
    }
    return problems.construct(f.mark(), path,
        () -> new Classification(id, name, basis, of, tiers, within, unclassed, over, counting));
  }

  private @Nullable Tier tier(ParsedNode node, String path) {
    Fields f = Fields.of(node, path, problems, List.of("id", "name", "from", "share", "atLeast"));
    if (f == null) {
      return null;
    }
    String id = f.text("id", true);
    Label name = label(f, "name", true);
    Optional<BigDecimal> from = f.optionalDecimal("from");
    Optional<BigDecimal> share = f.optionalDecimal("share");
    Optional<BigDecimal> atLeast = f.optionalDecimal("atLeast");
    if (id == null || name == null) {
      return null;
    }
    return problems.construct(f.mark(), path, () -> new Tier(id, name, from, share, atLeast));
  }
}
