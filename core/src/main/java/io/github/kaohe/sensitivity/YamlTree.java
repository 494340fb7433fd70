package io.github.kaohe.sensitivity;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A small YAML document as a tree whose every node knows its line and column: what the
 * uncertainty file needs, and no more (no aliases, no duplicate keys, 64 levels at most).
 */
final class YamlTree {
  static final int MAX_CHARS = 1_000_000;
  private static final int MAX_DEPTH = 64;

  /** A node: a map, a list or a scalar, with its 1-based line and column. */
  sealed interface Node {
    int line();

    int column();
  }

  record MapNode(int line, int column, Map<String, Node> entries) implements Node {}

  record ListNode(int line, int column, List<Node> items) implements Node {}

  record Scalar(int line, int column, String text) implements Node {}

  /** A problem with the YAML itself, at a line and column. */
  static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;

    SyntaxError(int line, int column, String message) {
      super(message);
      this.line = line;
      this.column = column;
    }
  }

  private YamlTree() {}

  /** The document's root. */
  static Node read(String text) throws SyntaxError {
    if (text.length() > MAX_CHARS) {
      throw new SyntaxError(0, 0, "the file has " + text.length() + " characters, more than the limit of " + MAX_CHARS);
    }
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CHARS);
    options.setNestingDepthLimit(MAX_DEPTH + 2);
    YAMLFactory factory = YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 2).build())
        .build();
    try (JsonParser parser = factory.createParser(new StringReader(text))) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new SyntaxError(0, 0, "the file is empty: an uncertainty file starts with 'kaohe-uncertainty: 1'");
      }
      return node(parser, 0);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String message = e.getOriginalMessage().lines().findFirst().orElse("not valid YAML");
      throw new SyntaxError(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "not valid YAML: " + message);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Node node(JsonParser p, int depth) throws IOException, SyntaxError {
    JsonLocation at = p.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    if (depth > MAX_DEPTH) {
      throw new SyntaxError(line, column, "the document nests deeper than " + MAX_DEPTH + " levels");
    }
    if (p instanceof YAMLParser y && y.isCurrentAlias()) {
      throw new SyntaxError(line, column, "aliases (*name) are not allowed in an uncertainty file: write the value out");
    }
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Map<String, Node> entries = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        JsonLocation keyAt = p.currentTokenLocation();
        String key = p.currentName();
        if (entries.containsKey(key)) {
          throw new SyntaxError(keyAt.getLineNr(), keyAt.getColumnNr(), "the key '" + key + "' appears twice");
        }
        p.nextToken();
        entries.put(key, node(p, depth + 1));
      }
      return new MapNode(line, column, entries);
    }
    if (t == JsonToken.START_ARRAY) {
      List<Node> items = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        items.add(node(p, depth + 1));
      }
      return new ListNode(line, column, List.copyOf(items));
    }
    return new Scalar(line, column, t == JsonToken.VALUE_NULL ? "" : p.getText());
  }
}
