package io.github.kaohe.load;

import java.util.List;
import java.util.Map;

/**
 * The parsed form of a YAML document: maps, lists and scalars that remember where they stood.
 * Scalars keep their text; the binder decides what type a field needs.
 */
sealed interface ParsedNode permits ParsedNode.ParsedMap, ParsedNode.ParsedList, ParsedNode.Scalar {

  Mark mark();

  /** What the node is, for messages: "a map", "a list", "a number", ... */
  String describe();

  /** A map entry: the key's text and mark, and the value. */
  record Entry(String key, Mark keyMark, ParsedNode value) {}

  /** A YAML mapping, entries in file order (keys are unique). */
  record ParsedMap(Mark mark, Map<String, Entry> entries) implements ParsedNode {
    @Override
    public String describe() {
      return "a map";
    }
  }

  /** A YAML sequence. */
  record ParsedList(Mark mark, List<ParsedNode> items) implements ParsedNode {
    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A YAML scalar with its text and the type YAML gave it. */
  record Scalar(Mark mark, String text, Kind kind) implements ParsedNode {
    enum Kind {
      STRING,
      NUMBER,
      BOOLEAN,
      NULL
    }

    @Override
    public String describe() {
      return switch (kind) {
        case STRING -> "the text '" + shown(text) + "'";
        case NUMBER -> "the number " + shown(text);
        case BOOLEAN -> "the boolean " + text;
        case NULL -> "no value";
      };
    }

    /** A long text's start and its length, never megabytes of it in a message. */
    static String shown(String text) {
      return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "… (" + text.length() + " characters)";
    }

    /** How many characters of a text a message quotes. */
    static final int SHOWN = 80;
  }
}
