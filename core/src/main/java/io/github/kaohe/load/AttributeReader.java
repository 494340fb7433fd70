package io.github.kaohe.load;

import io.github.kaohe.model.Label;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Reads a scheme's {@code attributes}: each an id ({@code county}), or {@code {id, name}} where a
 * reader should see a name (所在县) rather than the id in reports and explanations.
 */
final class AttributeReader {
  private AttributeReader() {}

  /** The attributes' ids, in order, their names put in {@code names}; null where one could not be read (problems said). */
  static @Nullable List<String> read(
      Fields scheme, Problems problems, BiFunction<ParsedNode, String, @Nullable Label> label, Map<String, Label> names) {
    return scheme.list("attributes", false, (n, path) -> attribute(n, path, problems, label, names));
  }

  private static @Nullable String attribute(
      ParsedNode node, String path, Problems problems, BiFunction<ParsedNode, String, @Nullable Label> label,
      Map<String, Label> names) {
    if (node instanceof ParsedNode.Scalar s && s.kind() != ParsedNode.Scalar.Kind.NULL) {
      return s.text();
    }
    if (!(node instanceof ParsedNode.ParsedMap)) {
      problems.add(node.mark(), path, "expected an attribute's id, or {id, name}, but found " + node.describe());
      return null;
    }
    Fields f = Fields.of(node, path, problems, List.of("id", "name"));
    if (f == null) {
      return null;
    }
    String id = f.text("id", true);
    ParsedNode nameNode = f.node("name", true);
    Label name = nameNode == null ? null : label.apply(nameNode, f.path("name"));
    if (id == null || name == null) {
      return null;
    }
    names.put(id, name);
    return id;
  }
}
