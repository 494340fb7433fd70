package io.github.kaohe.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.kaohe.model.Label;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes results as JSON, the documented contract for other programs (see the README, "JSON
 * output"). Numbers are exact decimals as JSON numbers; a place is {@code null} for an entity
 * that takes no place.
 */
public final class ResultJson {
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  /** The same JSON into a writer the caller owns: flushed, never closed. */
  private static final ObjectWriter STREAMING =
      MAPPER.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET);

  private ResultJson() {}

  /** One scheme's result as a JSON document. */
  public static String write(SchemeResult result) {
    try {
      return MAPPER.writeValueAsString(tree(result));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Several results (e.g. every scheme of a policy) as a JSON array of documents. */
  public static String write(List<SchemeResult> results) {
    try {
      List<FundResult> funds = results.isEmpty() ? List.of() : Funds.check(results.get(0).policy(), results);
      return MAPPER.writeValueAsString(results.stream().map(r -> tree(r, funds, false)).toList());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes one scheme's result as {@link #write(SchemeResult)} gives it, an entity at a time: the
   * results of a million entities are never held at once. The writer is not closed.
   *
   * @throws IOException if the writer fails
   */
  public static void write(SchemeResult result, Writer out) throws IOException {
    STREAMING.writeValue(out, tree(result, Funds.check(result.policy(), List.of(result)), true));
  }

  /** Writes several results as {@link #write(List)} gives them, an entity at a time; the writer is not closed. */
  public static void write(List<SchemeResult> results, Writer out) throws IOException {
    List<FundResult> funds = results.isEmpty() ? List.of() : Funds.check(results.get(0).policy(), results);
    STREAMING.writeValue(out, results.stream().map(r -> tree(r, funds, true)).toList());
  }

  /**
   * The result as maps, lists and numbers, for callers that embed it in their own JSON. Its funds
   * are checked on this result alone: incomplete if they pay other schemes too.
   */
  public static Map<String, Object> tree(SchemeResult result) {
    return tree(result, Funds.check(result.policy(), List.of(result)), false);
  }

  /** The tree; its entities' results a list whose maps are made as it is read, when {@code lazy}. */
  private static Map<String, Object> tree(SchemeResult result, List<FundResult> funds, boolean lazy) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("policy", result.policy().id());
    root.put("policyVersion", result.policy().version());
    root.put("policyName", label(result.policy().name()));
    root.put("scheme", result.scheme().id());
    root.put("schemeName", label(result.scheme().name()));
    root.put("period", result.period().toString());
    root.put("scored", result.scheme().scored()); // false for a register: no score, no rank
    List<EntityResult> entities = result.entities(); // each built when asked for, not kept
    boolean scored = result.scheme().scored();
    List<Object> results;
    if (lazy) {
      results = new AbstractList<>() {
        @Override
        public Object get(int k) {
          return new EntityJson(result, entities.get(k), scored);
        }

        @Override
        public int size() {
          return entities.size();
        }
      };
    } else {
      results = new ArrayList<>();
      for (EntityResult e : entities) {
        results.add(entity(result, e, scored));
      }
    }
    root.put("results", results);
    List<Object> excluded = new ArrayList<>();
    for (Exclusion x : result.excluded()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("entity", x.entity().id());
      m.put("name", label(x.entity().name()));
      m.put("missing", x.indicators());
      excluded.add(m);
    }
    root.put("excluded", excluded);
    root.put("notes", result.notes());
    List<Object> targets = new ArrayList<>();
    for (TargetResult t : result.targets()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("target", t.target());
      m.put("name", label(t.name()));
      m.put("kind", lower(t.kind()));
      m.put("entity", t.entity().orElse(null));
      m.put("entityName", t.entityName().map(ResultJson::label).orElse(null));
      m.put("value", t.value().orElse(null));
      m.put("goal", t.targetValue());
      m.put("status", lower(t.status()));
      m.put("attainment", t.attainment().orElse(null));
      m.put("requiredGrowth", t.requiredGrowth().orElse(null));
      m.put("reason", label(t.reason()));
      t.source().ifPresent(src -> m.put("source", src));
      targets.add(m);
    }
    root.put("targets", targets);
    root.put("taxTotals", result.taxTotals());
    if (!result.policy().funds().isEmpty()) {
      root.put("funds", funds.stream()
          .filter(f -> f.period().equals(result.period())
              && result.policy().findFund(f.fund()).orElseThrow().schemes().contains(result.scheme().id()))
          .map(ResultJson::fund).toList());
    }
    return root;
  }

  private static Map<String, Object> fund(FundResult f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("fund", f.fund());
    m.put("name", label(f.name()));
    m.put("amount", f.amount());
    m.put("exact", f.exact());
    m.put("unit", f.unit());
    m.put("paid", f.paid());
    m.put("margin", f.margin());
    m.put("status", lower(f.status()));
    m.put("requiredGrowth", f.requiredGrowth().orElse(null));
    m.put("notCounted", f.notCounted());
    m.put("notEvaluated", f.notEvaluated());
    m.put("parts", f.parts().stream().map(p -> {
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("scheme", p.scheme());
      pm.put("entity", p.entity());
      pm.put("table", p.table());
      pm.put("row", p.row());
      pm.put("amount", p.amount());
      return pm;
    }).toList());
    m.put("reason", label(f.reason()));
    return m;
  }

  /** One entity's result as a map; {@link EntityJson} writes the same fields without building it. */
  private static Map<String, Object> entity(SchemeResult result, EntityResult e, boolean scored) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("entity", e.id());
    m.put("name", label(e.entity().name()));
    m.put("rank", e.place().isPresent() ? e.place().getAsInt() : null);
    m.put("groupRanks", e.groupPlaces());
    m.put("attributes", e.attributes());
    m.put("score", e.total());
    m.put("base", e.base());
    m.put("adjustments", e.adjustments());
    if (scored) {
      m.put("reasons", reasons(ReasonCodes.of(result, e)));
    }
    Map<String, Object> categories = new LinkedHashMap<>();
    categories(e.categories(), categories);
    m.put("categories", categories);
    Map<String, Object> indicators = new LinkedHashMap<>();
    for (IndicatorResult i : e.indicators()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("value", i.value().orElse(null));
      r.put("normalised", i.normalised());
      r.put("points", i.points());
      r.put("status", i.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      r.put("formula", i.formula());
      indicators.put(i.id(), r);
    }
    m.put("indicators", indicators);
    rest(e, m);
    return m;
  }

  /**
   * The fields after {@code indicators}: layers, measures, classes, outcomes, money, checks and
   * tax shares. Most are empty for most entities, so {@link EntityJson} writes them from this map.
   */
  static void rest(EntityResult e, Map<String, Object> m) {
    Map<String, Object> layers = new LinkedHashMap<>();
    for (AdjustmentResult l : e.layers()) {
      Map<String, Object> lm = new LinkedHashMap<>();
      lm.put("points", l.points());
      lm.put("capped", l.capped());
      Map<String, Object> items = new LinkedHashMap<>();
      for (AdjustmentResult.Item item : l.items()) {
        Map<String, Object> im = new LinkedHashMap<>();
        im.put("count", item.count());
        im.put("points", item.points());
        items.put(item.item().id(), im);
      }
      lm.put("items", items);
      layers.put(l.layer().id(), lm);
    }
    m.put("layers", layers);
    m.put("measures", e.measures());
    Map<String, Object> classes = new LinkedHashMap<>();
    e.classes().forEach((id, c) -> classes.put(id, c.tier()));
    m.put("classes", classes);
    List<Object> outcomes = new ArrayList<>();
    for (OutcomeResult o : e.outcomes()) {
      outcomes.add(outcome(o));
    }
    m.put("outcomes", outcomes);
    m.put("money", e.money());
    if (e.moneyToOthers().signum() != 0) {
      m.put("moneyToOthers", e.moneyToOthers());
    }
    List<Object> checks = new ArrayList<>();
    for (CheckResult c : e.checks()) {
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("check", c.check());
      cm.put("name", label(c.name()));
      cm.put("status", lower(c.status()));
      cm.put("message", label(c.message()));
      cm.put("inputs", c.inputs());
      c.source().ifPresent(src -> cm.put("source", src));
      checks.add(cm);
    }
    m.put("checks", checks);
    List<Object> taxShares = new ArrayList<>();
    for (TaxShareResult t : e.taxShares()) {
      Map<String, Object> tm = new LinkedHashMap<>();
      tm.put("sharing", t.sharing());
      tm.put("tax", t.tax());
      tm.put("amount", t.amount());
      List<Object> shares = new ArrayList<>();
      for (TaxShareResult.Share sh : t.shares()) {
        Map<String, Object> sm = new LinkedHashMap<>();
        sm.put("party", sh.party());
        sm.put("recipient", sh.recipient());
        sm.put("amount", sh.amount());
        sm.put("remainder", sh.remainder());
        shares.add(sm);
      }
      tm.put("shares", shares);
      taxShares.add(tm);
    }
    m.put("taxShares", taxShares);
  }

  /** Reason codes: points lost per indicator and category, and the gap to the entity above split by category and by indicator. */
  private static Map<String, Object> reasons(ReasonCodes r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lost", r.lost().stream().map(ResultJson::reason).toList());
    m.put("lostCategories", r.lostCategories().stream().map(ResultJson::reason).toList());
    m.put("behind", r.behind().map(g -> {
      Map<String, Object> gm = new LinkedHashMap<>();
      gm.put("entity", g.above());
      gm.put("name", label(g.aboveName()));
      gm.put("rank", g.abovePlace());
      gm.put("gap", g.gap());
      gm.put("categories", g.categories().stream().map(ResultJson::reason).toList());
      gm.put("indicators", g.indicators().stream().map(ResultJson::reason).toList());
      gm.put("adjustments", g.adjustments());
      gm.put("categoryRest", g.categoryRest());
      gm.put("rest", g.rest());
      return gm;
    }).orElse(null));
    return m;
  }

  private static Map<String, Object> reason(ReasonCodes.CategoryReason r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("category", r.category());
    m.put("name", label(r.name()));
    m.put("points", r.points());
    return m;
  }

  private static Map<String, Object> reason(ReasonCodes.Reason r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("indicator", r.indicator());
    m.put("name", label(r.name()));
    m.put("points", r.points());
    return m;
  }

  private static Map<String, Object> outcome(OutcomeResult o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("table", o.table());
    m.put("row", o.row());
    m.put("kind", lower(o.kind()));
    m.put("status", lower(o.status()));
    if (o.kind() == OutcomeResult.Kind.MONEY) {
      m.put("amount", o.amount().orElse(null));
      m.put("unit", o.unit());
      o.payee().ifPresent(p -> m.put("payee", label(p)));
    }
    o.action().ifPresent(a -> m.put(o.kind() == OutcomeResult.Kind.ELIGIBILITY ? "eligibility"
        : o.kind() == OutcomeResult.Kind.VETO ? "veto" : "action", a));
    m.put("label", label(o.label()));
    m.put("reason", label(o.reason()));
    m.put("hitPolicy", lower(o.hitPolicy()));
    m.put("inputs", o.inputs());
    o.source().ifPresent(s -> m.put("source", s));
    return m;
  }

  static String lower(Enum<?> e) {
    return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static void categories(List<CategoryResult> cs, Map<String, Object> out) {
    for (CategoryResult c : cs) {
      out.put(c.id(), c.points());
      categories(c.categories(), out);
    }
  }

  private static Map<String, String> label(Label l) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("zh", l.zh());
    m.put("en", l.en());
    return m;
  }
}
