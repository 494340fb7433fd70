package io.github.kaohe.load;

import io.github.kaohe.load.ParsedNode.Entry;
import io.github.kaohe.load.ParsedNode.ParsedMap;
import io.github.kaohe.model.DisplayUnit;
import io.github.kaohe.model.Label;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads how a value is shown: {@code display: {unit: 亿元, factor: 10000}} on a fact or measure, and
 * {@code valueNames: {two-stars: {zh: 二星级, en: two stars}}} on an enumeration fact. Each returns
 * null after reporting a problem, so that the caller builds nothing.
 */
final class DisplayReader {
  private DisplayReader() {}

  /** The {@code display} of {@code f}: empty when it has none, null when it could not be read. */
  static @Nullable Optional<DisplayUnit> display(Fields f, Problems problems) {
    if (!f.has("display")) {
      return Optional.empty();
    }
    ParsedNode n = f.node("display", true);
    Fields d = n == null ? null : Fields.of(n, f.path("display"), problems, List.of("unit", "factor"));
    if (d == null) {
      return null;
    }
    String unit = d.text("unit", true);
    BigDecimal factor = d.decimal("factor", true);
    if (unit == null || factor == null) {
      return null;
    }
    DisplayUnit shown = problems.construct(d.mark(), d.path(), () -> new DisplayUnit(unit, factor));
    return shown == null ? null : Optional.of(shown);
  }

  /** The {@code valueNames} of {@code f}: empty when it has none, null when they could not be read. */
  static @Nullable Map<String, Label> valueNames(Fields f, Problems problems, LabelReader labels) {
    if (!f.has("valueNames")) {
      return Map.of();
    }
    ParsedNode n = f.node("valueNames", true);
    if (n == null) {
      return null;
    }
    if (!(n instanceof ParsedMap map)) {
      problems.add(n.mark(), f.path("valueNames"),
          "expected a map from each value to its name ({zh: …, en: …}), but found " + n.describe());
      return null;
    }
    Map<String, Label> names = new LinkedHashMap<>();
    boolean ok = true;
    for (Entry e : map.entries().values()) {
      Label l = labels.read(e.value(), Fields.join(f.path("valueNames"), e.key()));
      if (l == null) {
        ok = false;
      } else {
        names.put(e.key(), l);
      }
    }
    return ok ? names : null;
  }
}
