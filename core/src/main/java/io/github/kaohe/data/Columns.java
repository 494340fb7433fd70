package io.github.kaohe.data;

import io.github.kaohe.model.AdjustmentItem;
import io.github.kaohe.model.Fact;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The headers a scheme's data may have: the entity and period columns, a long sheet's indicator
 * and value columns, and a column per indicator, adjustment item, fact or attribute, named by its
 * id or its Chinese or English name.
 */
final class Columns {
  static final Set<String> ENTITY = Set.of("entity", "名称", "单位", "单位名称", "实体");
  static final Set<String> PERIOD = Set.of("period", "期间", "年度", "时期");
  static final Set<String> INDICATOR = Set.of("indicator", "指标", "指标名称", "项目");
  static final Set<String> VALUE = Set.of("value", "数值", "值", "指标值");
  /** Columns a long sheet may have beside its four, read by no one. */
  static final Set<String> LONG_EXTRAS = Set.of("unit", "计量单位");

  private final Scheme scheme;
  private final Map<String, Column> known = new LinkedHashMap<>();
  /** Derived indicators and facts by id and names, with their formulas: the data must not give them. */
  private final Map<String, String> derived = new LinkedHashMap<>();

  Columns(Scheme scheme) {
    this.scheme = scheme;
    for (Indicator i : scheme.indicators()) {
      if (i.formula().isPresent()) {
        derive(i.id(), i.name().zh(), i.name().en(), i.formula().get().text());
        continue;
      }
      add(i.id(), i.name().zh(), i.name().en(), new Column(i.id(), Column.Kind.VALUE, i.id(), i, null));
    }
    for (AdjustmentItem a : scheme.adjustmentItems()) {
      add(a.id(), a.name().zh(), a.name().en(), new Column(a.id(), Column.Kind.COUNT, a.id(), null, null));
    }
    for (Fact f : scheme.rules().facts()) {
      if (f.formula().isPresent()) {
        derive(f.id(), f.name().zh(), f.name().en(), f.formula().get().text());
        continue;
      }
      add(f.id(), f.name().zh(), f.name().en(), new Column(f.id(), Column.Kind.FACT, f.id(), null, f));
    }
    for (String attribute : scheme.attributes()) {
      known.put(attribute, new Column(attribute, Column.Kind.ATTRIBUTE, attribute, null, null));
    }
  }

  /**
   * Columns this scheme does not read but another scheme of the policy does: read by no one here,
   * so that one table can feed several schemes.
   */
  Columns ignoringOthersOf(Policy policy) {
    for (Scheme other : policy.schemes()) {
      if (other.id().equals(scheme.id())) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (Indicator i : other.indicators()) {
        names.addAll(List.of(i.id(), i.name().zh(), i.name().en()));
      }
      for (AdjustmentItem a : other.adjustmentItems()) {
        names.addAll(List.of(a.id(), a.name().zh(), a.name().en()));
      }
      for (Fact f : other.rules().facts()) {
        names.addAll(List.of(f.id(), f.name().zh(), f.name().en()));
      }
      names.addAll(other.attributes());
      for (String name : names) {
        if (!known.containsKey(name) && !derived.containsKey(name)) {
          known.put(name, new Column(name, Column.Kind.IGNORED, "other-scheme:" + name, null, null));
        }
      }
    }
    return this;
  }

  private void derive(String id, String zh, String en, String formula) {
    for (String name : new String[] {id, zh, en}) {
      derived.putIfAbsent(name, id + " = " + formula);
    }
  }

  private void add(String id, String zh, String en, Column column) {
    known.put(id, column);
    known.putIfAbsent(zh, column);
    known.putIfAbsent(en, column);
  }

  /** Whether the header names one of the four columns of the given set, in any case. */
  static boolean is(Set<String> names, String header) {
    return names.contains(header.strip().toLowerCase(Locale.ROOT));
  }

  /** The indicator, adjustment item, fact or attribute the text names, or null. */
  @Nullable Column find(String text) {
    Column c = known.get(text.strip());
    return c == null ? null : c.as(text.strip());
  }

  /** Says that no column is called so, and suggests the nearest name. */
  String unknown(String text) {
    String formula = derived.get(text.strip());
    if (formula != null) {
      return "'" + CellText.shown(text) + "' is computed by the policy's formula (" + formula + "): leave it out of the data";
    }
    // a header cell can be a whole mangled line: shown shortened, never echoed whole
    return "no indicator, adjustment item, fact or attribute of scheme '" + scheme.id() + "' is called '"
        + CellText.shown(text) + "'" + suggestion(text, known.keySet());
  }

  /** {@code ": did you mean 'x'?"} for the nearest candidate within a third of the text's length, or empty. */
  static String suggestion(String given, Collection<String> candidates) {
    if (given.length() > 64 || candidates.size() > 10_000) {
      return ""; // no name is that long, and no one reads a list that long: spare the time
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : new HashSet<>(candidates)) {
      int d = distance(given, c);
      if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
        best = c;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(1, given.length() / 3) && bestDistance < given.length()
        ? ": did you mean '" + best + "'?"
        : "";
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
