package io.github.kaohe.load;

import io.github.kaohe.model.AttributeFilter;
import io.github.kaohe.model.Scope;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a scheme's {@code appliesTo}: the conditions an entity of the data must meet to be assessed,
 * each {@code {attribute: scale, in: [规上]}} or {@code {fact: land, atLeast: 3}}.
 */
final class ScopeReader {
  private ScopeReader() {}

  /** The scope under {@code appliesTo}, every entity when there is none, or null (problems said). */
  static @Nullable Scope read(Fields scheme, Problems problems) {
    if (!scheme.has("appliesTo")) {
      return Scope.all();
    }
    List<Object> conditions = scheme.list("appliesTo", false, (n, path) -> condition(n, path, problems));
    if (conditions == null) {
      return null;
    }
    List<AttributeFilter> attributes = new ArrayList<>();
    List<Scope.FactFloor> floors = new ArrayList<>();
    for (Object c : conditions) {
      if (c instanceof AttributeFilter a) {
        attributes.add(a);
      } else {
        floors.add((Scope.FactFloor) c);
      }
    }
    return new Scope(attributes, floors);
  }

  private static @Nullable Object condition(ParsedNode n, String path, Problems problems) {
    boolean byFact = n instanceof ParsedNode.ParsedMap m && m.entries().containsKey("fact");
    Fields f = Fields.of(n, path, problems, byFact ? List.of("fact", "atLeast") : List.of("attribute", "in"));
    if (f == null) {
      return null;
    }
    if (byFact) {
      String fact = f.text("fact", true);
      BigDecimal atLeast = f.decimal("atLeast", true);
      return fact == null || atLeast == null
          ? null
          : problems.construct(f.mark(), path, () -> new Scope.FactFloor(fact, atLeast));
    }
    String attribute = f.text("attribute", true);
    List<String> in = f.textList("in");
    if (attribute == null || in == null) {
      return null;
    }
    if (!f.has("in")) {
      problems.add(f.mark(), path, "say which values of '" + attribute + "' are assessed: in: [a, b]");
      return null;
    }
    return problems.construct(f.mark(), path, () -> new AttributeFilter(attribute, in));
  }
}
