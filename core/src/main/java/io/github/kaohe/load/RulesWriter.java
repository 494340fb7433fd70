package io.github.kaohe.load;

import io.github.kaohe.model.ActionDefinition;
import io.github.kaohe.model.Check;
import io.github.kaohe.model.Target;
import io.github.kaohe.model.TargetKind;
import io.github.kaohe.model.TaxSharing;
import io.github.kaohe.model.Classification;
import io.github.kaohe.model.Condition;
import io.github.kaohe.model.Fact;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Measure;
import io.github.kaohe.model.MeasureFormula;
import io.github.kaohe.model.Operand;
import io.github.kaohe.model.Outcome;
import io.github.kaohe.model.Rule;
import io.github.kaohe.model.RuleTable;
import io.github.kaohe.model.Rules;
import io.github.kaohe.model.TableInput;
import io.github.kaohe.model.Tier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes actions and rules as the YAML {@link RulesBinder} reads. */
final class RulesWriter {
  private RulesWriter() {}

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static Map<String, Object> label(Label l) {
    return map("zh", l.zh(), "en", l.en());
  }

  static Map<String, Object> action(ActionDefinition a) {
    Map<String, Object> m = map("id", a.id(), "name", label(a.name()), "kind", YamlNames.of(a.kind()));
    a.listedAs().ifPresent(l -> m.put("listedAs", label(l)));
    return m;
  }

  /** Adds the rules' keys to a scheme's map; nothing for empty lists. */
  static void into(Map<String, Object> scheme, Rules rules) {
    if (!rules.facts().isEmpty()) {
      scheme.put("facts", rules.facts().stream().map(RulesWriter::fact).toList());
    }
    if (!rules.measures().isEmpty()) {
      scheme.put("measures", rules.measures().stream().map(RulesWriter::measure).toList());
    }
    if (!rules.eligibilities().isEmpty()) {
      scheme.put("eligibilities",
          rules.eligibilities().stream().map(e -> map("id", e.id(), "name", label(e.name()))).toList());
    }
    if (!rules.tables().isEmpty()) {
      scheme.put("tables", rules.tables().stream().map(RulesWriter::table).toList());
    }
    if (!rules.classifications().isEmpty()) {
      scheme.put("classes", rules.classifications().stream().map(RulesWriter::classification).toList());
    }
    if (!rules.checks().isEmpty()) {
      scheme.put("checks", rules.checks().stream().map(RulesWriter::check).toList());
    }
    if (!rules.targets().isEmpty()) {
      scheme.put("targets", rules.targets().stream().map(RulesWriter::target).toList());
    }
    if (!rules.taxSharing().isEmpty()) {
      scheme.put("taxSharing", rules.taxSharing().stream().map(RulesWriter::taxSharing).toList());
    }
    if (!rules.context().isEmpty()) {
      scheme.put("context", rules.context().stream().map(PolicyWriter::entity).toList());
    }
    if (!rules.links().isEmpty()) {
      scheme.put("links", rules.links().stream()
          .map(l -> map("id", l.id(), "via", l.via(), "scheme", l.scheme(), "attribute", l.attribute())).toList());
    }
  }

  private static Map<String, Object> check(Check c) {
    Map<String, Object> m = map("id", c.id(), "name", label(c.name()));
    m.put("inputs", c.inputs().stream().map(RulesWriter::input).toList());
    c.appliesTo().ifPresent(f -> m.put("appliesTo", map("attribute", f.attribute(), "in", f.values())));
    Map<String, Object> when = new LinkedHashMap<>();
    c.when().forEach((k, v) -> when.put(k, condition(v)));
    m.put("when", when);
    Map<String, Object> require = new LinkedHashMap<>();
    c.require().forEach((k, v) -> require.put(k, condition(v)));
    m.put("require", require);
    m.put("message", label(c.message()));
    c.fromYear().ifPresent(y -> m.put("from", y));
    c.source().ifPresent(v -> m.put("source", v));
    return m;
  }

  private static Map<String, Object> target(Target t) {
    Map<String, Object> m = map("id", t.id(), "name", label(t.name()), "kind", YamlNames.of(t.kind()), "of", t.of());
    m.put("target", t.kind() == TargetKind.REACH ? t.target() : t.number());
    t.upTo().ifPresent(v -> m.put("upTo", v));
    m.put("from", t.fromYear());
    m.put("deadline", t.deadlineYear());
    if (!t.entities().isEmpty()) {
      m.put("entities", t.entities());
    }
    m.put("each", t.each());
    m.put("accumulate", t.accumulate());
    t.source().ifPresent(v -> m.put("source", v));
    return m;
  }

  private static Map<String, Object> taxSharing(TaxSharing t) {
    Map<String, Object> m = map("id", t.id(), "name", label(t.name()), "taxes", t.taxes());
    m.put("parties", t.parties().stream()
        .map(p -> map("id", p.id(), "name", label(p.name()), "share", p.share(), "attribute", p.attribute())).toList());
    m.put("remainder", t.remainder());
    t.appliesWhen().ifPresent(v -> m.put("appliesWhen", v));
    m.put("rounding", map("scale", t.rounding().scale(), "rounding", YamlNames.of(t.rounding().mode())));
    t.source().ifPresent(v -> m.put("source", v));
    return m;
  }

  private static Map<String, Object> fact(Fact f) {
    Map<String, Object> m = map("id", f.id(), "name", label(f.name()), "type", YamlNames.of(f.type()));
    if (!f.values().isEmpty()) {
      m.put("values", f.values());
    }
    if (!f.valueNames().isEmpty()) {
      Map<String, Object> names = new java.util.LinkedHashMap<>();
      f.valueNames().forEach((k, v) -> names.put(k, label(v)));
      m.put("valueNames", names);
    }
    f.fallback().ifPresent(v -> m.put("fallback", v));
    f.valid().ifPresent(v -> m.put("valid", PolicyWriter.valid(v)));
    f.source().ifPresent(v -> m.put("source", v));
    if (!f.unit().isEmpty()) {
      m.put("unit", f.unit());
    }
    f.display().ifPresent(d -> m.put("display", display(d)));
    f.formula().ifPresent(x -> m.put("formula", PolicyWriter.formula(x)));
    return m;
  }

  private static Map<String, Object> measure(Measure ms) {
    Map<String, Object> m = map("id", ms.id(), "name", label(ms.name()), "unit", ms.unit(), "formula", formula(ms.formula()));
    ms.rounding().ifPresent(r -> m.put("rounding", map("scale", r.scale(), "rounding", YamlNames.of(r.mode()))));
    ms.source().ifPresent(v -> m.put("source", v));
    ms.display().ifPresent(d -> m.put("display", display(d)));
    return m;
  }

  private static Map<String, Object> display(io.github.kaohe.model.DisplayUnit d) {
    return map("unit", d.unit(), "factor", d.factor());
  }

  private static Map<String, Object> formula(MeasureFormula f) {
    Map<String, Object> m = map("type", f.type());
    if (f instanceof MeasureFormula.WeightedSum w) {
      m.put("terms", w.terms().stream().map(t -> map("of", t.of(), "weight", t.weight())).toList());
    } else if (f instanceof MeasureFormula.Growth g) {
      m.put("of", g.of());
      m.put("whenBaseNotPositive", YamlNames.of(g.whenBaseNotPositive()));
    } else if (f instanceof MeasureFormula.Ratio r) {
      m.put("numerator", r.numerator());
      m.put("denominator", r.denominator());
      m.put("factor", r.factor());
    } else if (f instanceof MeasureFormula.Population p) {
      m.put("statistic", YamlNames.of(p.statistic()));
      m.put("of", p.of());
      m.put("over", YamlNames.of(p.over()));
      p.atLeast().ifPresent(v -> m.put("atLeast", v));
      p.where().ifPresent(w -> m.put("where", map("attribute", w.attribute(), "in", w.values())));
    } else if (f instanceof MeasureFormula.Change c) {
      m.put("of", c.of());
    } else if (f instanceof MeasureFormula.EntityValue ev) {
      m.put("entity", ev.entity());
      m.put("of", ev.of());
    }
    return m;
  }

  private static Map<String, Object> table(RuleTable t) {
    Map<String, Object> m = map("id", t.id(), "name", label(t.name()), "hitPolicy", YamlNames.of(t.hitPolicy()));
    m.put("inputs", t.inputs().stream().map(RulesWriter::input).toList());
    m.put("rows", t.rows().stream().map(RulesWriter::row).toList());
    m.put("requires", t.requires());
    m.put("unit", t.unit());
    m.put("complete", t.complete());
    m.put("periods", YamlNames.of(t.periods()));
    t.appliesTo().ifPresent(f -> m.put("appliesTo", map("attribute", f.attribute(), "in", f.values())));
    t.source().ifPresent(v -> m.put("source", v));
    t.payee().ifPresent(v -> m.put("payee", label(v)));
    return m;
  }

  private static Map<String, Object> input(TableInput i) {
    return map("id", i.id(), "of", i.of(), "timing", YamlNames.of(i.timing()));
  }

  private static Map<String, Object> row(Rule r) {
    Map<String, Object> m = map("id", r.id());
    r.name().ifPresent(n -> m.put("name", label(n)));
    Map<String, Object> when = new LinkedHashMap<>();
    r.when().forEach((k, v) -> when.put(k, condition(v)));
    m.put("when", when);
    m.put("then", r.then().stream().map(RulesWriter::outcome).toList());
    m.put("priority", r.priority());
    r.source().ifPresent(v -> m.put("source", v));
    return m;
  }

  private static Object condition(Condition c) {
    if (c instanceof Condition.Any) {
      return "any";
    }
    if (c instanceof Condition.Compare cmp) {
      return map(cmp.op().name().toLowerCase(Locale.ROOT), operand(cmp.operand()));
    }
    if (c instanceof Condition.Between b) {
      return map("between", List.of(operand(b.low()), operand(b.high())));
    }
    if (c instanceof Condition.In in) {
      return map("in", in.operands().stream().map(RulesWriter::operand).toList());
    }
    Condition.EachOfLast e = (Condition.EachOfLast) c;
    return map("eachOfLast", e.periods(), "is", condition(e.condition()));
  }

  private static Object operand(Operand o) {
    if (o instanceof Operand.Number n) {
      return n.value();
    }
    if (o instanceof Operand.Word w) {
      return w.text();
    }
    return map("input", ((Operand.Input) o).input());
  }

  private static Map<String, Object> outcome(Outcome o) {
    if (o instanceof Outcome.Money m) {
      return map("money", m.amount());
    }
    if (o instanceof Outcome.MoneyPerUnit m) {
      return map("moneyPerUnit", m.amount(), "of", m.input());
    }
    if (o instanceof Outcome.Act a) {
      return map("action", a.action());
    }
    if (o instanceof Outcome.Veto v) {
      return v.scope() == Outcome.Veto.Scope.AWARDS ? map("veto", "awards")
          : map("veto", "ranking", "placed", v.placed() == Outcome.Veto.Placement.LAST ? "last" : "none");
    }
    return map("revoke", ((Outcome.Revoke) o).eligibility());
  }

  private static Map<String, Object> classification(Classification c) {
    Map<String, Object> m = map("id", c.id(), "name", label(c.name()), "basis", YamlNames.of(c.basis()), "of", c.of());
    m.put("tiers", c.tiers().stream().map(RulesWriter::tier).toList());
    c.within().ifPresent(w -> m.put("within", w));
    m.put("unclassed", tier(c.unclassed()));
    m.put("over", YamlNames.of(c.over()));
    if (c.counting() != Classification.Counting.HALF_UP) {
      m.put("counting", YamlNames.of(c.counting()));
    }
    return m;
  }

  private static Map<String, Object> tier(Tier t) {
    Map<String, Object> m = map("id", t.id(), "name", label(t.name()));
    t.from().ifPresent(v -> m.put("from", v));
    t.share().ifPresent(v -> m.put("share", v));
    t.atLeast().ifPresent(v -> m.put("atLeast", v));
    return m;
  }
}
