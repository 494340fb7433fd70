package io.github.kaohe.load;

import io.github.kaohe.load.ParsedNode.Entry;
import io.github.kaohe.load.ParsedNode.ParsedList;
import io.github.kaohe.load.ParsedNode.ParsedMap;
import io.github.kaohe.load.ParsedNode.Scalar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.github.kaohe.model.ValidRange;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the fields of one YAML map, reporting unknown keys (with a suggestion), missing required
 * keys and values of the wrong type as problems, and returning null for what could not be read.
 */
final class Fields {
  private final ParsedMap map;
  private final String path;
  private final Problems problems;
  /** Keys that an unknown key was taken to be a misspelling of: their absence is not reported again. */
  private final Set<String> misspelt;

  private Fields(ParsedMap map, String path, Problems problems, Set<String> misspelt) {
    this.map = map;
    this.path = path;
    this.problems = problems;
    this.misspelt = misspelt;
  }

  /** The fields of {@code node}, which must be a map with only the {@code allowed} keys. */
  static @Nullable Fields of(
      ParsedNode node, String path, Problems problems, Collection<String> allowed) {
    // In declaration order, as the documentation lists them; stable from run to run.
    String keys = String.join(", ", allowed);
    if (!(node instanceof ParsedMap map)) {
      problems.add(node.mark(), path, "expected a map of keys (" + keys + "), but found " + node.describe());
      return null;
    }
    Set<String> misspelt = new HashSet<>();
    for (Entry e : map.entries().values()) {
      if (!allowed.contains(e.key())) {
        Optional<String> meant = Suggestions.closest(e.key(), allowed);
        meant.ifPresent(misspelt::add);
        problems.add(
            e.keyMark(),
            join(path, e.key()),
            "unknown key '" + e.key() + "'" + meant.map(m -> ": did you mean '" + m + "'?").orElse("")
                + " (allowed here: " + keys + ")"
                + (e.key().contains(" ") && meant.isEmpty()
                    ? "; a comma inside {…} starts a new key: put text that holds a comma in quotes"
                    : ""));
      }
    }
    return new Fields(map, path, problems, misspelt);
  }

  static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  static String index(String path, int i) {
    return path + "[" + i + "]";
  }

  String path() {
    return path;
  }

  String path(String key) {
    return join(path, key);
  }

  Mark mark() {
    return map.mark();
  }

  /** Where the key's value stands, or the map's own mark when the key is absent. */
  Mark mark(String key) {
    Entry e = map.entries().get(key);
    return e == null ? map.mark() : e.value().mark();
  }

  boolean has(String key) {
    return map.entries().containsKey(key);
  }

  Problems problems() {
    return problems;
  }

  /** The value node; a missing required key is a problem. */
  @Nullable ParsedNode node(String key, boolean required) {
    Entry e = map.entries().get(key);
    if (e == null) {
      if (required && !misspelt.contains(key)) {
        problems.add(map.mark(), path(key), "missing required key '" + key + "'");
      }
      return null;
    }
    if (e.value() instanceof Scalar s && s.kind() == Scalar.Kind.NULL) {
      problems.add(
          e.value().mark(),
          path(key),
          "'" + key + "' has no value: give one, or leave the key out");
      return null;
    }
    return e.value();
  }

  @Nullable String text(String key, boolean required) {
    ParsedNode n = node(key, required);
    if (n == null) {
      return null;
    }
    if (!(n instanceof Scalar s)) {
      problems.add(n.mark(), path(key), "expected text, but found " + n.describe());
      return null;
    }
    return s.text();
  }

  Optional<String> optionalText(String key) {
    return Optional.ofNullable(text(key, false));
  }

  @Nullable BigDecimal decimal(String key, boolean required) {
    ParsedNode n = node(key, required);
    return n == null ? null : decimal(n, path(key), problems);
  }

  /** The most digits a number may have before, and after, the decimal point. */
  static final int MAX_DIGITS = 18;

  static @Nullable BigDecimal decimal(ParsedNode n, String path, Problems problems) {
    if (n instanceof Scalar s && s.kind() == Scalar.Kind.NUMBER) {
      BigDecimal d;
      try {
        d = new BigDecimal(s.text().replace("_", ""));
      } catch (NumberFormatException e) {
        d = null; // the problem below, e.g. for .inf or 0x1F
      }
      if (d != null) {
        // 1e999999999 is a valid decimal whose digits do not fit in memory: stop it here.
        if (d.scale() > MAX_DIGITS || d.precision() - d.scale() > MAX_DIGITS) {
          String shown = s.text().length() > 40 ? s.text().substring(0, 40) + "…" : s.text();
          problems.add(
              n.mark(),
              path,
              "the number " + shown + " is out of range: write at most " + MAX_DIGITS
                  + " digits before and " + MAX_DIGITS + " after the decimal point");
          return null;
        }
        // 1e+1 and 10 are the same number: keep one form, so a written policy reads back equal.
        return d.scale() < 0 ? d.setScale(0) : d;
      }
    }
    if (n instanceof Scalar s && s.kind() == Scalar.Kind.STRING && s.text().matches("[0-9a-z_.()+*/ -]*[(+*/][0-9a-z_.()+*/ -]*")) {
      // a formula of numbers, e.g. ln(100): exact, or correct to 34 significant digits
      String[] why = new String[1];
      BigDecimal v = ConstantExpressions.value(s.text(), why);
      if (v != null) {
        return v;
      }
      problems.add(n.mark(), path, "expected a number or a formula of numbers (e.g. ln(100)), but '" + s.text()
          + "' cannot be computed: " + why[0]);
      return null;
    }
    problems.add(n.mark(), path, "expected a decimal number (e.g. 8 or 0.25), but found " + n.describe());
    return null;
  }

  /**
   * {@code valid: {min: 0, max: 100}}, the values the data can plausibly hold: empty when absent;
   * null, with a problem, when it cannot be read.
   */
  @Nullable Optional<ValidRange> validRange() {
    if (!has("valid")) {
      return Optional.empty();
    }
    ParsedNode n = node("valid", false);
    Fields v = n == null ? null : Fields.of(n, path("valid"), problems, List.of("min", "max"));
    if (v == null) {
      return null;
    }
    BigDecimal min = v.decimal("min", false);
    BigDecimal max = v.decimal("max", false);
    if ((v.has("min") && min == null) || (v.has("max") && max == null)) {
      return null;
    }
    ValidRange range = problems.construct(v.mark(), v.path(),
        () -> new ValidRange(Optional.ofNullable(min), Optional.ofNullable(max)));
    return range == null ? null : Optional.of(range);
  }

  /** An optional decimal: empty when absent, and also when it could not be read (a problem). */
  Optional<BigDecimal> optionalDecimal(String key) {
    return Optional.ofNullable(decimal(key, false));
  }

  @Nullable Integer integer(String key, boolean required) {
    BigDecimal d = decimal(key, required);
    if (d == null) {
      return null;
    }
    try {
      return d.intValueExact();
    } catch (ArithmeticException e) {
      problems.add(mark(key), path(key), "expected a whole number, but found " + d.toPlainString());
      return null;
    }
  }

  @Nullable Boolean bool(String key, boolean required) {
    ParsedNode n = node(key, required);
    if (n == null) {
      return null;
    }
    if (n instanceof Scalar s
        && s.kind() == Scalar.Kind.BOOLEAN
        && (s.text().equals("true") || s.text().equals("false"))) {
      return Boolean.valueOf(s.text());
    }
    problems.add(n.mark(), path(key), "expected true or false, but found " + n.describe());
    return null;
  }

  @Nullable LocalDate date(String key, boolean required) {
    String t = text(key, required);
    if (t == null) {
      return null;
    }
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      problems.add(mark(key), path(key), "expected a date like 2014-08-26, but found '" + t + "'");
      return null;
    }
  }

  /** An enum constant spelt in kebab-case; {@code fallback} when the key is absent. */
  <E extends Enum<E>> @Nullable E enumeration(String key, Class<E> type, @Nullable E fallback) {
    if (!has(key) && fallback != null) {
      return fallback;
    }
    String t = text(key, fallback == null);
    return t == null ? null : enumeration(t, mark(key), path(key), type, problems);
  }

  static <E extends Enum<E>> @Nullable E enumeration(
      String text, Mark mark, String path, Class<E> type, Problems problems) {
    try {
      return YamlNames.parse(type, text);
    } catch (IllegalArgumentException e) {
      List<String> all = YamlNames.all(type);
      problems.add(
          mark,
          path,
          "'" + text + "' is not one of " + String.join(", ", all) + Suggestions.didYouMean(text, all));
      return null;
    }
  }

  /** Reads an element of a list. */
  interface Element<T> {
    @Nullable T read(ParsedNode node, String path);
  }

  /**
   * The list under {@code key}, each element read by {@code element}. Every element is read, so
   * all problems are found; the result is null when any element could not be read.
   */
  <T> @Nullable List<T> list(String key, boolean required, Element<T> element) {
    ParsedNode n = node(key, required);
    if (n == null) {
      return required ? null : List.of();
    }
    return list(n, path(key), problems, element);
  }

  static <T> @Nullable List<T> list(
      ParsedNode n, String path, Problems problems, Element<T> element) {
    if (!(n instanceof ParsedList l)) {
      problems.add(n.mark(), path, "expected a list (items starting with '- '), but found " + n.describe());
      return null;
    }
    List<T> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < l.items().size(); i++) {
      T t = element.read(l.items().get(i), index(path, i));
      if (t == null) {
        ok = false;
      } else {
        out.add(t);
      }
    }
    return ok ? out : null;
  }

  /** A map of text to text, e.g. entity attributes. */
  @Nullable Map<String, String> textMap(String key) {
    ParsedNode n = node(key, false);
    if (n == null) {
      return Map.of();
    }
    if (!(n instanceof ParsedMap m)) {
      problems.add(n.mark(), path(key), "expected a map of names to values, but found " + n.describe());
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    boolean ok = true;
    for (Entry e : m.entries().values()) {
      if (e.value() instanceof Scalar s && s.kind() != Scalar.Kind.NULL) {
        out.put(e.key(), s.text());
      } else {
        problems.add(
            e.value().mark(), join(path(key), e.key()), "expected text, but found " + e.value().describe());
        ok = false;
      }
    }
    return ok ? out : null;
  }

  /** A list of texts, e.g. aliases. */
  @Nullable List<String> textList(String key) {
    return list(
        key,
        false,
        (node, p) -> {
          if (node instanceof Scalar s && s.kind() != Scalar.Kind.NULL) {
            return s.text();
          }
          problems.add(node.mark(), p, "expected text, but found " + node.describe());
          return null;
        });
  }
}
