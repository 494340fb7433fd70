package io.github.kaohe.load;

import io.github.kaohe.load.ParsedNode.Entry;
import io.github.kaohe.load.ParsedNode.ParsedList;
import io.github.kaohe.load.ParsedNode.ParsedMap;
import io.github.kaohe.load.ParsedNode.Scalar;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks across a scheme that need the whole table: weights that must add up, ids that must be
 * distinct, and references to ids and attributes. They run on the parsed tree, so each problem
 * points at the line that causes it, even when other parts of the scheme have problems of their
 * own. Values that cannot be read are skipped here: the binder reports them.
 */
final class SchemeChecks {
  private final Problems problems;
  private final Map<String, String> idPaths = new HashMap<>();
  private final Set<String> indicatorIds = new HashSet<>();
  private final Set<String> categoryIds = new HashSet<>();

  SchemeChecks(Problems problems) {
    this.problems = problems;
  }

  void check(Fields scheme) {
    BigDecimal tolerance = number(scheme, "tolerance");
    if (tolerance != null && tolerance.signum() < 0) {
      problems.add(scheme.mark("tolerance"), scheme.path("tolerance"),
          "tolerance must be 0 or more, but is " + tolerance.toPlainString()
              + ": it is how far the weights may differ from their sums (0: they must add up exactly)");
      tolerance = null; // the weights are checked as if none were given
    }
    if (tolerance == null) {
      tolerance = BigDecimal.ZERO;
    }
    BigDecimal total = number(scheme, "total");
    List<@Nullable ParsedMap> categories = maps(scheme, "categories");
    BigDecimal sum = BigDecimal.ZERO;
    boolean complete = true;
    for (int i = 0; i < categories.size(); i++) {
      String path = Fields.index(scheme.path("categories"), i);
      BigDecimal w = categories.get(i) == null ? null : category(categories.get(i), path, tolerance);
      if (w == null) {
        complete = false;
      } else {
        sum = sum.add(w);
      }
    }
    if (complete && total != null && !categories.isEmpty() && differs(sum, total, tolerance)) {
      problems.add(
          scheme.mark("total"),
          scheme.path("total"),
          "the categories weigh " + sum.toPlainString() + " in all, but total is "
              + total.toPlainString() + tolerance(tolerance)
              + ": correct a weight or the total");
    }
    adjustmentIds(scheme);
    for (String list : List.of("facts", "measures", "eligibilities", "tables", "classes", "checks", "targets", "taxSharing")) {
      List<@Nullable ParsedMap> items = maps(scheme, list);
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) != null) {
          id(quiet(items.get(i), Fields.index(scheme.path(list), i)));
        }
      }
    }
    references(scheme);
  }

  /** Checks a category and returns its weight, or null when it cannot be read. */
  private @Nullable BigDecimal category(ParsedMap category, String path, BigDecimal tolerance) {
    Fields f = quiet(category, path);
    String categoryId = id(f);
    if (categoryId != null) {
      categoryIds.add(categoryId);
    }
    BigDecimal weight = number(f, "weight");
    String aggregation = text(f, "aggregation");
    List<@Nullable ParsedMap> subs = maps(f, "categories");
    List<@Nullable ParsedMap> indicators = maps(f, "indicators");
    BigDecimal sum = BigDecimal.ZERO;
    boolean complete = true;
    for (int i = 0; i < subs.size(); i++) {
      ParsedMap sub = subs.get(i);
      BigDecimal w = sub == null ? null : category(sub, Fields.index(f.path("categories"), i), tolerance);
      complete &= w != null;
      sum = w == null ? sum : sum.add(w);
    }
    for (int i = 0; i < indicators.size(); i++) {
      if (indicators.get(i) == null) {
        complete = false;
        continue;
      }
      Fields ind = quiet(indicators.get(i), Fields.index(f.path("indicators"), i));
      String id = id(ind);
      if (id != null) {
        indicatorIds.add(id);
      }
      BigDecimal w = number(ind, "weight");
      complete &= w != null;
      sum = w == null ? sum : sum.add(w);
    }
    boolean weightedSum = aggregation == null || aggregation.equals("weighted-sum");
    if (weight != null && complete && weightedSum && !(subs.isEmpty() && indicators.isEmpty())
        && differs(sum, weight, tolerance)) {
      problems.add(
          f.mark("weight"),
          f.path("weight"),
          "the parts of this category weigh " + sum.toPlainString() + " in all, but its weight is "
              + weight.toPlainString() + tolerance(tolerance)
              + ": correct a weight (parts of a weighted-sum category add up to it)");
    }
    return weight;
  }

  private void adjustmentIds(Fields scheme) {
    List<@Nullable ParsedMap> layers = maps(scheme, "adjustments");
    for (int i = 0; i < layers.size(); i++) {
      if (layers.get(i) == null) {
        continue;
      }
      Fields layer = quiet(layers.get(i), Fields.index(scheme.path("adjustments"), i));
      id(layer);
      List<@Nullable ParsedMap> items = maps(layer, "items");
      for (int j = 0; j < items.size(); j++) {
        if (items.get(j) != null) {
          id(quiet(items.get(j), Fields.index(layer.path("items"), j)));
        }
      }
    }
  }

  private void references(Fields scheme) {
    Set<String> attributes = new HashSet<>(attributeIds(scheme));
    ParsedNode ranking = value(scheme, "ranking");
    if (ranking instanceof ParsedMap r) {
      Fields rf = quiet(r, scheme.path("ranking"));
      List<ParsedNode> groups = items(rf, "groups");
      for (int i = 0; i < groups.size(); i++) {
        if (groups.get(i) instanceof Scalar s && !attributes.contains(s.text())) {
          problems.add(
              s.mark(),
              Fields.index(rf.path("groups"), i),
              "ranking groups by '" + s.text() + "', which is not among the scheme's attributes "
                  + attributes + ": add it to attributes");
        }
      }
      List<@Nullable ParsedMap> breaks = maps(rf, "tieBreaks");
      for (int i = 0; i < breaks.size(); i++) {
        if (breaks.get(i) == null) {
          continue;
        }
        Fields tb = quiet(breaks.get(i), Fields.index(rf.path("tieBreaks"), i));
        String of = text(tb, "of");
        String by = text(tb, "by");
        if (of == null) {
          continue;
        }
        if (!indicatorIds.contains(of) && !categoryIds.contains(of)) {
          problems.add(
              tb.mark("of"),
              tb.path("of"),
              "tie-break refers to '" + of + "', which is no category or indicator of this scheme"
                  + Suggestions.didYouMean(of, union(indicatorIds, categoryIds)));
        } else if ("value".equals(by) && !indicatorIds.contains(of)) {
          problems.add(
              tb.mark("of"),
              tb.path("of"),
              "tie-break by value needs an indicator, but '" + of + "' is a category: use by: points");
        }
      }
    }
    List<@Nullable ParsedMap> entities = maps(scheme, "entities");
    Map<String, String> entityPaths = new HashMap<>();
    for (int i = 0; i < entities.size(); i++) {
      if (entities.get(i) == null) {
        continue;
      }
      Fields e = quiet(entities.get(i), Fields.index(scheme.path("entities"), i));
      String entityId = text(e, "id");
      String first = entityId == null ? null : entityPaths.putIfAbsent(entityId, e.path());
      if (first != null) {
        problems.add(
            e.mark("id"),
            e.path("id"),
            "entity id '" + entityId + "' is already used by " + first + ": entities need distinct ids");
      }
      if (value(e, "attributes") instanceof ParsedMap attrs) {
        for (Entry a : attrs.entries().values()) {
          if (!attributes.contains(a.key())) {
            problems.add(
                a.keyMark(),
                Fields.join(e.path("attributes"), a.key()),
                "attribute '" + a.key() + "' is not declared in the scheme's attributes "
                    + attributes + Suggestions.didYouMean(a.key(), attributes));
          }
        }
      }
    }
  }

  private @Nullable String id(Fields f) {
    String id = text(f, "id");
    if (id == null) {
      return null;
    }
    String first = idPaths.putIfAbsent(id, f.path());
    if (first != null) {
      problems.add(
          f.mark("id"),
          f.path("id"),
          "id '" + id + "' is already used at " + first
              + ": the categories, indicators, adjustments, facts, measures, eligibilities, tables, classes,"
              + " checks, targets and tax sharing rules of a scheme need distinct ids");
    }
    return id;
  }

  private static boolean differs(BigDecimal sum, BigDecimal expected, BigDecimal tolerance) {
    return sum.subtract(expected).abs().compareTo(tolerance) > 0;
  }

  private static String tolerance(BigDecimal tolerance) {
    return tolerance.signum() == 0 ? "" : " (tolerance " + tolerance.toPlainString() + ")";
  }

  // Quiet readers: they report nothing, because the binder reports malformed values.

  private Fields quiet(ParsedMap map, String path) {
    return java.util.Objects.requireNonNull(
        Fields.of(map, path, new Problems("-"), map.entries().keySet()));
  }

  private static @Nullable ParsedNode value(Fields f, String key) {
    return f.has(key) ? f.node(key, false) : null;
  }

  private static @Nullable BigDecimal number(Fields f, String key) {
    ParsedNode n = value(f, key);
    return n == null ? null : Fields.decimal(n, "", new Problems("-"));
  }

  private static @Nullable String text(Fields f, String key) {
    return value(f, key) instanceof Scalar s ? s.text() : null;
  }

  private static List<ParsedNode> items(Fields f, String key) {
    return value(f, key) instanceof ParsedList l ? l.items() : List.of();
  }

  /** The list's items that are maps, others as null, so that indices match the file. */
  private static List<@Nullable ParsedMap> maps(Fields f, String key) {
    return items(f, key).stream().map(n -> n instanceof ParsedMap m ? m : null).toList();
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  /** The ids of the scheme's attributes, written as an id or as {@code {id, name}}. */
  private static List<String> attributeIds(Fields scheme) {
    List<String> ids = new ArrayList<>();
    for (ParsedNode n : items(scheme, "attributes")) {
      if (n instanceof Scalar s) {
        ids.add(s.text());
      } else if (n instanceof ParsedMap m && m.entries().get("id") != null && m.entries().get("id").value() instanceof Scalar s) {
        ids.add(s.text());
      }
    }
    return ids;
  }
}
