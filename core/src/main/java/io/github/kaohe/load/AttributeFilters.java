package io.github.kaohe.load;

import io.github.kaohe.model.AttributeFilter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads attribute filters, {@code {attribute: kind, in: [a, b]}}: a table's or check's appliesTo, a statistic's where. */
final class AttributeFilters {
  private AttributeFilters() {}

  /** The filter under the key, or null (with the problems said) when it cannot be read. */
  static @Nullable AttributeFilter read(Fields parent, String key, Problems problems) {
    ParsedNode n = parent.node(key, true);
    Fields a = n == null ? null : Fields.of(n, parent.path(key), problems, List.of("attribute", "in"));
    String attribute = a == null ? null : a.text("attribute", true);
    List<String> in = a == null ? null : a.textList("in");
    if (attribute == null || in == null) {
      return null;
    }
    return problems.construct(a.mark(), a.path(), () -> new AttributeFilter(attribute, in));
  }
}
