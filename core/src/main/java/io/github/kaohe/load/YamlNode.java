package io.github.kaohe.load;

import io.github.kaohe.load.ParsedNode.Entry;
import io.github.kaohe.load.ParsedNode.ParsedList;
import io.github.kaohe.load.ParsedNode.ParsedMap;
import io.github.kaohe.load.ParsedNode.Scalar;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A node of a YAML document read strictly, as the policy loader reads policies: duplicate keys,
 * bad syntax and hostile sizes are problems, and every node knows its line, column and path. For
 * readers of Kaohe's other YAML files, such as policy tests; policies themselves are read by
 * {@link PolicyLoader}.
 *
 * <pre>{@code
 * YamlProblems problems = new YamlProblems("my.tests.yaml");
 * Optional<YamlFields> root = YamlNode.read(text, problems).flatMap(n -> n.fields(problems, List.of("cases")));
 * }</pre>
 *
 * <p>Immutable.
 */
public final class YamlNode {
  /** What a node holds. */
  public enum Kind {
    MAP,
    LIST,
    TEXT,
    NUMBER,
    BOOLEAN,
    NULL
  }

  private final ParsedNode node;
  private final String path;

  YamlNode(ParsedNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /** Reads a document within the default {@link LoadLimits}; empty when it cannot be read. */
  public static Optional<YamlNode> read(String text, YamlProblems problems) {
    return read(text, problems, LoadLimits.defaults());
  }

  /** Reads a document within these limits; empty when it cannot be read (the problems say why). */
  public static Optional<YamlNode> read(String text, YamlProblems problems, LoadLimits limits) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    ParsedNode root = new YamlReader(limits, problems.problems()).read(t);
    return Optional.ofNullable(root).map(r -> new YamlNode(r, ""));
  }

  ParsedNode parsed() {
    return node;
  }

  Mark mark() {
    return node.mark();
  }

  /** 1-based line, or 0 when unknown. */
  public int line() {
    return node.mark().line();
  }

  /** 1-based column, or 0 when unknown. */
  public int column() {
    return node.mark().column();
  }

  /** The field path, e.g. {@code cases[2].expect[0].rank}; empty for the document. */
  public String path() {
    return path;
  }

  public Kind kind() {
    if (node instanceof ParsedMap) {
      return Kind.MAP;
    }
    if (node instanceof ParsedList) {
      return Kind.LIST;
    }
    return switch (((Scalar) node).kind()) {
      case STRING -> Kind.TEXT;
      case NUMBER -> Kind.NUMBER;
      case BOOLEAN -> Kind.BOOLEAN;
      case NULL -> Kind.NULL;
    };
  }

  /** A scalar's text as written (numbers and booleans too); empty for maps and lists. */
  public String text() {
    return node instanceof Scalar s ? s.text() : "";
  }

  /** What the node is, for messages: "a map", "the number 5", "the text 'x'". */
  public String describe() {
    return node.describe();
  }

  /** A map's entries in file order, keys as written; empty for any other node. */
  public Map<String, YamlNode> entries() {
    if (!(node instanceof ParsedMap m)) {
      return Map.of();
    }
    Map<String, YamlNode> out = new LinkedHashMap<>();
    for (Entry e : m.entries().values()) {
      out.put(e.key(), new YamlNode(e.value(), Fields.join(path, e.key())));
    }
    return Collections.unmodifiableMap(out);
  }

  /** A list's items; empty for any other node. */
  public List<YamlNode> items() {
    if (!(node instanceof ParsedList l)) {
      return List.of();
    }
    List<YamlNode> out = new ArrayList<>();
    for (int i = 0; i < l.items().size(); i++) {
      out.add(new YamlNode(l.items().get(i), Fields.index(path, i)));
    }
    return List.copyOf(out);
  }

  /**
   * This node as a map with only the {@code allowed} keys; an unknown key is a problem at its
   * line, with the key meant when it looks misspelt. Empty when the node is no map.
   */
  public Optional<YamlFields> fields(YamlProblems problems, List<String> allowed) {
    Fields f = Fields.of(node, path, problems.problems(), List.copyOf(allowed));
    return Optional.ofNullable(f).map(x -> new YamlFields(x, this));
  }

  /** The node as a list; a problem if it is not one. */
  public Optional<List<YamlNode>> list(YamlProblems problems) {
    if (!(node instanceof ParsedList)) {
      problems.add(this, "expected a list (items starting with '- '), but found " + describe());
      return Optional.empty();
    }
    return Optional.of(items());
  }

  /** The node as a map of any keys; a problem if it is not one. */
  public Optional<Map<String, YamlNode>> map(YamlProblems problems) {
    if (!(node instanceof ParsedMap)) {
      problems.add(this, "expected a map of keys to values, but found " + describe());
      return Optional.empty();
    }
    return Optional.of(entries());
  }

  /** The node as text: any scalar but null; a problem for a map, a list or no value. */
  public Optional<String> scalar(YamlProblems problems) {
    if (node instanceof Scalar s && s.kind() != Scalar.Kind.NULL) {
      return Optional.of(s.text());
    }
    problems.add(this, "expected text, but found " + describe());
    return Optional.empty();
  }

  /** The node as a decimal number, read as the policy loader reads numbers. */
  public Optional<BigDecimal> decimal(YamlProblems problems) {
    return Optional.ofNullable(Fields.decimal(node, path, problems.problems()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof YamlNode n && n.node.equals(node) && n.path.equals(path);
  }

  @Override
  public int hashCode() {
    return Objects.hash(node, path);
  }

  @Override
  public String toString() {
    return (path.isEmpty() ? "document" : path) + " at " + line() + ":" + column();
  }
}
