package io.github.kaohe.load;

import io.github.kaohe.load.ParsedNode.Entry;
import io.github.kaohe.load.ParsedNode.ParsedList;
import io.github.kaohe.load.ParsedNode.ParsedMap;
import io.github.kaohe.load.ParsedNode.Scalar;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Merges an overlay onto the policy it extends, as parsed trees. Maps merge key by key, but a map
 * whose {@code type} differs from the base's replaces it whole (a method of another type shares
 * no parameters with the old one); lists of maps that have ids merge item by item on their ids (an
 * item with {@code remove: true} removes the base's item, an unknown id adds one); any other value
 * in the overlay replaces the base's.
 * Nodes keep the file and line they come from, so that problems point at the overlay's own lines
 * or at the base's.
 */
final class Overlay {
  private final Problems problems;

  Overlay(Problems problems) {
    this.problems = problems;
  }

  /** Every node of the tree, marked as coming from {@code file}. */
  static ParsedNode inFile(ParsedNode node, String file) {
    if (node instanceof ParsedMap m) {
      Map<String, Entry> entries = new LinkedHashMap<>();
      for (Entry e : m.entries().values()) {
        entries.put(e.key(), new Entry(e.key(), e.keyMark().in(file), inFile(e.value(), file)));
      }
      return new ParsedMap(m.mark().in(file), Collections.unmodifiableMap(entries));
    }
    if (node instanceof ParsedList l) {
      List<ParsedNode> items = new ArrayList<>();
      l.items().forEach(i -> items.add(inFile(i, file)));
      return new ParsedList(l.mark().in(file), List.copyOf(items));
    }
    Scalar s = (Scalar) node;
    return new Scalar(s.mark().in(file), s.text(), s.kind());
  }

  /** The overlay merged onto the base; the overlay's {@code extends} is dropped. */
  ParsedNode merge(ParsedNode base, ParsedNode overlay, String path) {
    if (base instanceof ParsedMap b && overlay instanceof ParsedMap o && !retyped(b, o)) {
      Map<String, Entry> entries = new LinkedHashMap<>(b.entries());
      for (Entry e : o.entries().values()) {
        if (path.isEmpty() && e.key().equals("extends")) {
          continue;
        }
        Entry existing = entries.get(e.key());
        ParsedNode value = existing == null ? e.value() : merge(existing.value(), e.value(), Fields.join(path, e.key()));
        entries.put(e.key(), new Entry(e.key(), e.keyMark(), value));
      }
      return new ParsedMap(o.mark(), Collections.unmodifiableMap(entries));
    }
    if (base instanceof ParsedList b && overlay instanceof ParsedList o && keyedById(b) && keyedById(o)) {
      return mergeById(b, o, path);
    }
    return overlay;
  }

  /** Whether both maps name a type and the overlay's is another one. */
  private static boolean retyped(ParsedMap base, ParsedMap overlay) {
    Entry was = base.entries().get("type");
    Entry now = overlay.entries().get("type");
    return was != null && now != null && was.value() instanceof Scalar w && now.value() instanceof Scalar n
        && !w.text().equals(n.text());
  }

  private ParsedNode mergeById(ParsedList base, ParsedList overlay, String path) {
    List<ParsedNode> items = new ArrayList<>(base.items());
    for (int i = 0; i < overlay.items().size(); i++) {
      ParsedMap item = (ParsedMap) overlay.items().get(i);
      String id = id(item);
      String itemPath = Fields.index(path, i);
      int at = indexOf(items, id);
      if (isRemoval(item)) {
        if (at < 0) {
          problems.add(item.mark(), itemPath,
              "the overlay removes '" + id + "', which the policy it extends does not have here"
                  + Suggestions.didYouMean(id, ids(items)));
        } else {
          items.remove(at);
        }
      } else if (at < 0) {
        items.add(item);
      } else {
        items.set(at, merge(items.get(at), item, itemPath));
      }
    }
    return new ParsedList(overlay.mark(), List.copyOf(items));
  }

  private boolean isRemoval(ParsedMap item) {
    Entry remove = item.entries().get("remove");
    if (remove == null) {
      return false;
    }
    if (remove.value() instanceof Scalar s && s.text().equals("true") && item.entries().size() == 2) {
      return true;
    }
    problems.add(remove.keyMark(), "remove", "to remove an item write only its id and remove: true");
    return false;
  }

  /** Whether every item is a map with a scalar id (an empty list qualifies). */
  private static boolean keyedById(ParsedList list) {
    for (ParsedNode n : list.items()) {
      if (!(n instanceof ParsedMap m) || id(m) == null) {
        return false;
      }
    }
    return true;
  }

  private static @Nullable String id(ParsedMap map) {
    Entry id = map.entries().get("id");
    return id != null && id.value() instanceof Scalar s ? s.text() : null;
  }

  private static int indexOf(List<ParsedNode> items, @Nullable String id) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof ParsedMap m && id != null && id.equals(id(m))) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> ids(List<ParsedNode> items) {
    List<String> ids = new ArrayList<>();
    for (ParsedNode n : items) {
      if (n instanceof ParsedMap m && id(m) != null) {
        ids.add(id(m));
      }
    }
    return ids;
  }
}
