package io.github.kaohe.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.kaohe.load.ParsedNode.Entry;
import io.github.kaohe.load.ParsedNode.ParsedList;
import io.github.kaohe.load.ParsedNode.ParsedMap;
import io.github.kaohe.load.ParsedNode.Scalar;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Reads YAML text into {@link ParsedNode}s with Jackson's streaming parser. Rejects duplicate
 * keys, expands aliases within limits, and turns every parser failure into a {@link Problem}.
 */
final class YamlReader {
  private final LoadLimits limits;
  private final Problems problems;
  private final Map<String, ParsedNode> anchors = new HashMap<>();
  private final Map<ParsedNode, Long> sizes = new java.util.IdentityHashMap<>();
  private int aliases;
  private String source = "";

  YamlReader(LoadLimits limits, Problems problems) {
    this.limits = limits;
    this.problems = problems;
  }

  /** The document's root, or null when it could not be read (the problems say why). */
  @Nullable ParsedNode read(String text) {
    source = text;
    if (text.length() > limits.maxChars()) {
      problems.add(
          Mark.NONE,
          "",
          "the file has "
              + text.length()
              + " characters, more than the limit of "
              + limits.maxChars()
              + "; a policy this large is probably not a policy");
      return null;
    }
    // SnakeYAML's and Jackson's depth limits sit one level beyond our own check, so that ours
    // speaks first, with a line and a path.
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Math.max(limits.maxChars(), 1));
    options.setNestingDepthLimit(limits.maxDepth() + 2);
    options.setAllowRecursiveKeys(false);
    YAMLFactory factory =
        new AnchorFactory(
            YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(
                    StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth() + 2)
                        .maxStringLength(limits.maxChars())
                        .maxDocumentLength(limits.maxChars())
                        .build()));
    try (JsonParser parser = factory.createParser(new StringReader(text))) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        problems.add(Mark.NONE, "", "the file is empty: a policy starts with 'kaohe: 1' and 'id: ...'");
        return null;
      }
      ParsedNode root = readValue((YAMLParser) parser, first, 0, "");
      if (root != null && parser.nextToken() != null) {
        problems.add(
            mark(parser.currentTokenLocation()),
            "",
            "the file holds more than one YAML document ('---'): put one policy in each file");
        return null;
      }
      return root;
    } catch (AbortRead e) {
      if (problems.isEmpty()) {
        problems.add(Mark.NONE, "", "this is not valid YAML: the document ends unexpectedly");
      }
      return null;
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      problems.add(
          where == null ? Mark.NONE : mark(where),
          "",
          "this is not valid YAML: " + cleanMessage(e.getOriginalMessage()));
      return null;
    } catch (IOException | RuntimeException e) {
      // SnakeYAML reports some limits as unchecked exceptions; Jackson wraps the rest.
      problems.add(Mark.NONE, "", "this is not valid YAML: " + cleanMessage(String.valueOf(e.getMessage())));
      return null;
    } catch (StackOverflowError e) {
      problems.add(Mark.NONE, "", "the file nests too deeply to be read");
      return null;
    }
  }

  private @Nullable ParsedNode readValue(YAMLParser p, JsonToken token, int depth, String path)
      throws IOException {
    if (depth > limits.maxDepth()) {
      problems.add(
          mark(p.currentTokenLocation()),
          path,
          "nesting deeper than " + limits.maxDepth() + " levels: a policy never needs this");
      throw new AbortRead();
    }
    Object objectId = p.getObjectId();
    String anchor = objectId == null ? ((AnchorParser) p).scalarAnchor() : objectId.toString();
    ParsedNode node;
    if (token == JsonToken.VALUE_STRING && p.isCurrentAlias()) {
      node = alias(p, path);
    } else {
      checkTag((AnchorParser) p, path); // reported, and the value read on, so that every problem is found
      node = token == JsonToken.START_OBJECT ? readMap(p, depth, path)
          : token == JsonToken.START_ARRAY ? readList(p, depth, path) : scalar(p, token);
    }
    if (node == null) {
      return null;
    }
    count(node, path);
    if (anchor != null) {
      anchors.put(anchor, node);
    }
    return node;
  }

  /** The tags YAML's core schema resolves on its own: a value written with one is what it says. */
  private static final java.util.Set<String> STANDARD_TAGS =
      java.util.Set.of("str", "int", "float", "bool", "null", "map", "seq");

  /**
   * Reports the node's tag unless it has none or one of YAML's core schema ({@code !!str}): any
   * other tag ({@code !include file}, {@code !!binary}, {@code !!java.io.File}) is a problem, never
   * dropped in silence with its text taken as the value.
   */
  private void checkTag(AnchorParser p, String path) {
    String tag = p.tag();
    if (tag == null || tag.equals("!")) {
      return;
    }
    String standard = "tag:yaml.org,2002:";
    if (tag.startsWith(standard) && STANDARD_TAGS.contains(tag.substring(standard.length()))) {
      return;
    }
    String shown = tag.startsWith(standard) ? "!!" + tag.substring(standard.length()) : tag;
    if (shown.length() > 40) {
      shown = shown.substring(0, 40) + "…";
    }
    problems.add(mark(p.currentTokenLocation()), path,
        "the YAML tag " + shown + " is not understood: a policy includes nothing and names no types;"
            + " write the value itself, without the tag");
  }

  private @Nullable ParsedNode alias(YAMLParser p, String path) throws IOException {
    Mark at = mark(p.currentTokenLocation());
    ParsedNode target = anchors.get(p.getText());
    if (target == null) {
      problems.add(at, path, "alias *" + p.getText() + " refers to no anchor &" + p.getText() + " before it");
      return null;
    }
    if (++aliases > limits.maxAliases()) {
      problems.add(at, path, "more than " + limits.maxAliases() + " aliases: the file expands too much");
      throw new AbortRead();
    }
    return target;
  }

  /** Records the node's size with aliases expanded, and stops when it passes the limit. */
  private void count(ParsedNode node, String path) {
    if (sizes.containsKey(node)) {
      return; // an alias: its size is known, and is added where it is used
    }
    long size = 1;
    if (node instanceof ParsedMap m) {
      for (Entry e : m.entries().values()) {
        size += sizes.getOrDefault(e.value(), 1L);
      }
    } else if (node instanceof ParsedList l) {
      for (ParsedNode item : l.items()) {
        size += sizes.getOrDefault(item, 1L);
      }
    }
    sizes.put(node, size);
    if (size > limits.maxNodes()) {
      problems.add(
          node.mark(),
          path,
          "the document expands to more than " + limits.maxNodes() + " nodes (check its aliases)");
      throw new AbortRead();
    }
  }

  private @Nullable ParsedNode readMap(YAMLParser p, int depth, String path) throws IOException {
    Mark at = mark(p.currentTokenLocation());
    Map<String, Entry> entries = new LinkedHashMap<>();
    boolean ok = true;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      Mark keyMark = mark(p.currentTokenLocation());
      String childPath = path.isEmpty() ? key : path + "." + key;
      ParsedNode value = readValue(p, p.nextToken(), depth + 1, childPath);
      Entry previous = entries.get(key);
      if (previous != null) {
        problems.add(
            keyMark,
            childPath,
            "duplicate key '" + key + "' (first at line " + previous.keyMark().line()
                + "): keep one of them");
        ok = false;
      } else if (value == null) {
        ok = false;
      } else {
        entries.put(key, new Entry(key, keyMark, value));
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw new AbortRead();
    }
    return ok ? new ParsedMap(at, java.util.Collections.unmodifiableMap(entries)) : null;
  }

  private @Nullable ParsedNode readList(YAMLParser p, int depth, String path) throws IOException {
    Mark at = mark(p.currentTokenLocation());
    List<ParsedNode> items = new ArrayList<>();
    boolean ok = true;
    JsonToken t;
    int i = 0;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw new AbortRead();
      }
      ParsedNode item = readValue(p, t, depth + 1, path + "[" + i++ + "]");
      if (item == null) {
        ok = false;
      } else {
        items.add(item);
      }
    }
    return ok ? new ParsedList(at, List.copyOf(items)) : null;
  }

  private Scalar scalar(YAMLParser p, JsonToken token) throws IOException {
    JsonLocation location = p.currentTokenLocation();
    Mark at = mark(location);
    Scalar.Kind kind =
        switch (token) {
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Scalar.Kind.NUMBER;
          case VALUE_TRUE, VALUE_FALSE -> Scalar.Kind.BOOLEAN;
          case VALUE_NULL -> Scalar.Kind.NULL;
          default -> Scalar.Kind.STRING;
        };
    String text = p.getText();
    if (kind == Scalar.Kind.STRING && (text == null || text.isEmpty()) && !quoted(location)) {
      // "key:" with nothing after it is null in YAML; Jackson reports it as an empty string.
      kind = Scalar.Kind.NULL;
    }
    return new Scalar(at, text == null ? "" : text, kind);
  }

  /** Whether the scalar at this location starts with a quote, as '' and "" do. */
  private boolean quoted(JsonLocation location) {
    // SnakeYAML counts code points, not chars: an emoji before the scalar counts once.
    long offset = location.getCharOffset();
    if (offset < 0 || offset >= source.codePointCount(0, source.length())) {
      return true; // unknown: keep the empty text
    }
    char c = source.charAt(source.offsetByCodePoints(0, (int) offset));
    return c == '\'' || c == '"';
  }

  private static Mark mark(JsonLocation location) {
    return new Mark(Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0));
  }

  private static String cleanMessage(@Nullable String message) {
    if (message == null) {
      return "unreadable input";
    }
    // Jackson appends a source excerpt after a newline; the problem already says where.
    int cut = message.indexOf("\n at [Source");
    String m = cut >= 0 ? message.substring(0, cut) : message;
    // SnakeYAML's events by their YAML names, not their Java classes: <…AliasEvent(anchor=a)> is the alias *a.
    m = m.replaceAll("<org\\.yaml\\.snakeyaml\\.events\\.AliasEvent\\(anchor=([^)]*)\\)>", "the alias *$1")
        .replaceAll("<org\\.yaml\\.snakeyaml\\.events\\.(\\w+)Event\\([^>]*>", "a YAML $1")
        .replace("(Scalar value in YAML)", "(a plain text)");
    return m.replace('\n', ' ').replaceAll("\\s+", " ").trim();
  }

  /** Creates {@link AnchorParser}s. */
  private static final class AnchorFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    AnchorFactory(YAMLFactoryBuilder builder) {
      super(builder);
    }

    @Override
    protected YAMLParser _createParser(Reader r, IOContext ctxt) throws IOException {
      return new AnchorParser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
    }
  }

  /**
   * A parser that also tells a scalar's anchor ({@code &w 5}): {@link YAMLParser#getObjectId()}
   * gives only the anchors of maps and lists (jackson-dataformats-text#6).
   */
  private static final class AnchorParser extends YAMLParser {
    AnchorParser(
        IOContext ctxt, int parserFeatures, int yamlFeatures, LoaderOptions options, @Nullable ObjectCodec codec,
        Reader reader) {
      super(ctxt, parserFeatures, yamlFeatures, options, codec, reader);
    }

    /** The tag of the scalar, map or list just read, as written or resolved ({@code tag:yaml.org,2002:str}); null without one. */
    @Nullable String tag() {
      if (_currentIsAlias) {
        return null;
      }
      if (_lastTagEvent instanceof ScalarEvent s) {
        return s.getTag();
      }
      if (_lastTagEvent instanceof org.yaml.snakeyaml.events.CollectionStartEvent c) {
        return c.getTag();
      }
      return null;
    }

    /** The anchor of the scalar just read, if it has one. */
    @Nullable String scalarAnchor() {
      return _lastEvent instanceof ScalarEvent s && !_currentIsAlias ? s.getAnchor() : null;
    }
  }

  /** Stops reading after a problem that makes the rest of the document meaningless. */
  static final class AbortRead extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AbortRead() {
      super(null, null, false, false);
    }
  }
}
