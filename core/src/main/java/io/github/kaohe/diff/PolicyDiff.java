package io.github.kaohe.diff;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.ClassResult;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.OutcomeResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.load.PolicyWriter;
import io.github.kaohe.model.Policy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares two policies: what changed in them ({@link #changes}), and whose results change on
 * the same data ({@link #impact}).
 *
 * <pre>{@code
 * List<PolicyChange> changes = PolicyDiff.changes(city, county);
 * List<EntityChange> impact = PolicyDiff.impact(city, county, "industrial-cluster-zones", data, periods);
 * }</pre>
 */
public final class PolicyDiff {
  private PolicyDiff() {}

  /**
   * Every difference, in the order of the policies' YAML. Lists of parts with ids (schemes,
   * categories, indicators, tables, rows, ...) are compared part by part on their ids, so a
   * reordered list is not a change and an added row is one addition.
   */
  public static List<PolicyChange> changes(Policy before, Policy after) {
    List<PolicyChange> out = new ArrayList<>();
    compare("", PolicyWriter.toTree(before), PolicyWriter.toTree(after), out);
    return out;
  }

  private static void compare(String path, Object a, Object b, List<PolicyChange> out) {
    if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
      Set<Object> keys = new LinkedHashSet<>(ma.keySet());
      keys.addAll(mb.keySet());
      for (Object k : keys) {
        String p = path.isEmpty() ? k.toString() : path + "." + k;
        if (!mb.containsKey(k)) {
          out.add(new PolicyChange(p, PolicyChange.Kind.REMOVED, show(ma.get(k)), ""));
        } else if (!ma.containsKey(k)) {
          out.add(new PolicyChange(p, PolicyChange.Kind.ADDED, "", show(mb.get(k))));
        } else {
          compare(p, ma.get(k), mb.get(k), out);
        }
      }
      return;
    }
    if (a instanceof List<?> la && b instanceof List<?> lb && keyed(la) && keyed(lb)) {
      Map<String, Object> byIdA = byId(la);
      Map<String, Object> byIdB = byId(lb);
      Set<String> ids = new LinkedHashSet<>(byIdA.keySet());
      ids.addAll(byIdB.keySet());
      for (String id : ids) {
        String p = path + "[" + id + "]";
        if (!byIdB.containsKey(id)) {
          out.add(new PolicyChange(p, PolicyChange.Kind.REMOVED, summary(byIdA.get(id)), ""));
        } else if (!byIdA.containsKey(id)) {
          out.add(new PolicyChange(p, PolicyChange.Kind.ADDED, "", summary(byIdB.get(id))));
        } else {
          compare(p, byIdA.get(id), byIdB.get(id), out);
        }
      }
      return;
    }
    if (!same(a, b)) {
      out.add(new PolicyChange(path, PolicyChange.Kind.CHANGED, show(a), show(b)));
    }
  }

  private static boolean same(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return Objects.equals(a, b);
  }

  private static boolean keyed(List<?> list) {
    return !list.isEmpty() && list.stream().allMatch(i -> i instanceof Map<?, ?> m && m.get("id") != null);
  }

  private static Map<String, Object> byId(List<?> list) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Object o : list) {
      m.put(String.valueOf(((Map<?, ?>) o).get("id")), o);
    }
    return m;
  }

  /** A part added or removed, named rather than dumped: its name or id. */
  private static String summary(Object part) {
    if (part instanceof Map<?, ?> m && m.get("name") instanceof Map<?, ?> name) {
      return m.get("id") + " (" + name.get("zh") + ")";
    }
    return part instanceof Map<?, ?> m ? String.valueOf(m.get("id")) : show(part);
  }

  private static String show(Object value) {
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Map<?, ?> m) {
      List<String> parts = new ArrayList<>();
      m.forEach((k, v) -> parts.add(k + ": " + show(v)));
      return "{" + String.join(", ", parts) + "}";
    }
    if (value instanceof List<?> l) {
      List<String> parts = new ArrayList<>();
      l.forEach(v -> parts.add(show(v)));
      return "[" + String.join(", ", parts) + "]";
    }
    return String.valueOf(value);
  }

  /**
   * Whose results differ when the two policies evaluate the same data: places, totals, classes,
   * outcomes given (money and actions) and money, for each entity both policies assess, in each
   * period. Entities assessed under only one of them are reported too.
   *
   * @throws io.github.kaohe.eval.EvaluationException if either policy cannot evaluate the data
   */
  public static List<EntityChange> impact(
      Policy before, Policy after, String schemeId, Dataset data, List<Period> periods) {
    List<SchemeResult> old = Evaluator.of(before).evaluate(schemeId, data, periods);
    List<SchemeResult> now = Evaluator.of(after).evaluate(schemeId, data, periods);
    List<EntityChange> out = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      compare(old.get(i), now.get(i), out);
    }
    return out;
  }

  private static void compare(SchemeResult old, SchemeResult now, List<EntityChange> out) {
    Set<String> ids = new LinkedHashSet<>();
    old.entities().forEach(e -> ids.add(e.id()));
    now.entities().forEach(e -> ids.add(e.id()));
    for (String id : ids) {
      Optional<EntityResult> a = old.entity(id);
      Optional<EntityResult> b = now.entity(id);
      EntityResult any = a.or(() -> b).orElseThrow();
      Reporter r = new Reporter(old.scheme().id(), old.period(), any, out);
      if (a.isEmpty() || b.isEmpty()) {
        r.add("assessed", a.isPresent() ? "yes" : "no", b.isPresent() ? "yes" : "no");
        continue;
      }
      r.add("place", place(a.get()), place(b.get()));
      r.add("total", a.get().total().toPlainString(), b.get().total().toPlainString());
      Set<String> classes = new TreeSet<>(a.get().classes().keySet());
      classes.addAll(b.get().classes().keySet());
      for (String c : classes) {
        r.add("class " + c, tier(a.get().classes().get(c)), tier(b.get().classes().get(c)));
      }
      Map<String, String> ga = given(a.get());
      Map<String, String> gb = given(b.get());
      Set<String> keys = new LinkedHashSet<>(ga.keySet());
      keys.addAll(gb.keySet());
      for (String k : keys) {
        r.add("outcome " + k, ga.getOrDefault(k, "—"), gb.getOrDefault(k, "—"));
      }
      r.add("money", a.get().money().toPlainString(), b.get().money().toPlainString());
    }
  }

  /** Adds a change when the values differ. */
  private record Reporter(String scheme, Period period, EntityResult entity, List<EntityChange> out) {
    void add(String what, String before, String after) {
      boolean sameNumber = false;
      try {
        sameNumber = new BigDecimal(before).compareTo(new BigDecimal(after)) == 0;
      } catch (NumberFormatException e) {
        // not numbers: compared as text
      }
      if (!sameNumber && !before.equals(after)) {
        out.add(new EntityChange(scheme, period, entity.id(), entity.entity().name(), what, before, after));
      }
    }
  }

  private static String place(EntityResult e) {
    return e.place().isPresent() ? Integer.toString(e.place().getAsInt()) : "—";
  }

  private static String tier(ClassResult c) {
    return c == null ? "—" : c.tier();
  }

  /** The outcomes given, by table/row/action, with their amounts. */
  private static Map<String, String> given(EntityResult e) {
    Map<String, String> m = new LinkedHashMap<>();
    for (OutcomeResult o : e.given()) {
      String key = o.table() + "/" + o.row() + o.action().map(a -> "(" + a + ")").orElse("");
      m.put(key, o.amount().map(x -> x.toPlainString() + " " + o.unit()).orElse("yes"));
    }
    return m;
  }
}
