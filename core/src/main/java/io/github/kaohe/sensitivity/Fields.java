package io.github.kaohe.sensitivity;

import io.github.kaohe.load.Problem;
import io.github.kaohe.sensitivity.YamlTree.MapNode;
import io.github.kaohe.sensitivity.YamlTree.Node;
import io.github.kaohe.sensitivity.YamlTree.Scalar;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The problems found in one uncertainty file, and the checks of its fields that find them. */
final class Fields {
  final String file;
  final List<Problem> problems = new ArrayList<>();

  Fields(String file) {
    this.file = file;
  }

  void keys(Node n, String path, List<String> allowed) {
    if (n instanceof MapNode m) {
      for (Map.Entry<String, Node> e : m.entries().entrySet()) {
        if (!allowed.contains(e.getKey())) {
          problem(e.getValue(), path + "." + e.getKey(), "unknown key; expected one of " + allowed);
        }
      }
    }
  }

  @Nullable String required(MapNode m, String path, String key) {
    Node n = m.entries().get(key);
    if (n == null) {
      problem(m, path, "missing required key '" + key + "'");
      return null;
    }
    return text(n, path + "." + key);
  }

  @Nullable String text(Node n, String path) {
    if (n instanceof Scalar s && !s.text().isEmpty()) {
      return s.text();
    }
    problem(n, path, "expected a single value");
    return null;
  }

  static @Nullable BigDecimal number(String text) {
    try {
      BigDecimal v = new BigDecimal(text.trim());
      return v.abs().compareTo(new BigDecimal("1e15")) > 0 ? null : v;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  void problem(@Nullable Node at, String path, String message) {
    problems.add(new Problem(file, at == null ? 0 : at.line(), at == null ? 0 : at.column(), path, message));
  }

}
