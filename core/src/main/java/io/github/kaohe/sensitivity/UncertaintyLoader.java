package io.github.kaohe.sensitivity;

import io.github.kaohe.load.Problem;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.sensitivity.YamlTree.ListNode;
import io.github.kaohe.sensitivity.YamlTree.MapNode;
import io.github.kaohe.sensitivity.YamlTree.Node;
import io.github.kaohe.sensitivity.YamlTree.Scalar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads an uncertainty file (YAML, its JSON Schema is {@code uncertainty.schema.json} beside
 * {@code policy.schema.json}) against the policy it varies. Every problem is collected and
 * reported together, each with file, line, column and field path:
 *
 * <pre>{@code
 * kaohe-uncertainty: 1
 * scheme: industrial-cluster-zones
 * samples: 512            # N; the analysis evaluates N × (inputs + 2) variants
 * seed: 2014
 * renormalise: true       # siblings rescaled so that the declared totals hold
 * weights:
 *   - {of: value-added, plusMinus: 20%}
 *   - {of: taxes, within: [10, 20]}
 * alternatives:
 *   - of: value-added-growth
 *     method:
 *       - {use: {type: min-max, floor: 0.6, ceiling: 1}, probability: 0.5}
 *       - {use: proportional-to-best, probability: 0.5}
 * }</pre>
 */
public final class UncertaintyLoader {
  /** The sample size when the file names none. */
  public static final int DEFAULT_SAMPLES = 256;

  private static final List<String> TOP = List.of(
      "kaohe-uncertainty", "scheme", "samples", "seed", "renormalise", "entities", "weights", "alternatives");

  private final String file;
  private final Policy policy;
  private final Fields fields;
  private final List<Problem> problems;

  private UncertaintyLoader(String file, Policy policy) {
    this.file = file;
    this.policy = policy;
    this.fields = new Fields(file);
    this.problems = fields.problems;
  }

  /**
   * Reads an uncertainty file.
   *
   * @throws UncertaintyException listing every problem
   */
  public static Uncertainty load(Path path, Policy policy) {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UncertaintyException(List.of(new Problem(path.toString(), 0, 0, "", "no such file")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return load(text, path.toString(), policy);
  }

  /**
   * Reads an uncertainty file's text.
   *
   * @param name the file's name, for messages
   * @throws UncertaintyException listing every problem
   */
  public static Uncertainty load(String yaml, String name, Policy policy) {
    Objects.requireNonNull(yaml, "yaml");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(policy, "policy");
    return new UncertaintyLoader(name, policy).read(yaml);
  }

  private Uncertainty read(String yaml) {
    Node root;
    try {
      root = YamlTree.read(yaml);
    } catch (YamlTree.SyntaxError e) {
      throw new UncertaintyException(List.of(new Problem(file, e.line, e.column, "", e.getMessage())));
    }
    if (!(root instanceof MapNode top)) {
      throw fail(root, "", "an uncertainty file is a map: 'kaohe-uncertainty: 1', 'scheme: ...', 'weights: [...]'");
    }
    for (Map.Entry<String, Node> e : top.entries().entrySet()) {
      if (!TOP.contains(e.getKey())) {
        fields.problem(e.getValue(), e.getKey(), "unknown key; an uncertainty file has " + TOP);
      }
    }
    Node version = top.entries().get("kaohe-uncertainty");
    if (version == null) {
      fields.problem(top, "kaohe-uncertainty", "missing: an uncertainty file starts with 'kaohe-uncertainty: 1'");
    } else if (!(version instanceof Scalar s && s.text().equals("1"))) {
      fields.problem(version, "kaohe-uncertainty", "this version of Kaohe reads version 1 only");
    }
    Scheme scheme = scheme(top);
    int samples = samples(top.entries().get("samples"));
    long seed = seed(top.entries().get("seed"));
    boolean renormalise = bool(top.entries().get("renormalise"), "renormalise", true);
    List<String> entities = entities(top.entries().get("entities"), scheme);
    List<WeightRange> weights = scheme == null ? List.of() : weights(top.entries().get("weights"), scheme);
    List<Switch> switches = scheme == null ? List.of() : new SwitchReader(fields).switches(top.entries().get("alternatives"), scheme);
    if (problems.isEmpty() && weights.isEmpty() && switches.isEmpty()) {
      fields.problem(top, "weights", "nothing varies: declare weights or alternatives");
    }
    if (problems.isEmpty() && 2 * (weights.size() + switches.size()) > SobolSequence.MAX_DIMENSIONS) {
      fields.problem(top, "weights", "at most " + SobolSequence.MAX_DIMENSIONS / 2 + " uncertain inputs can be analysed, not "
          + (weights.size() + switches.size()));
    }
    if (!problems.isEmpty()) {
      throw new UncertaintyException(inFileOrder(problems));
    }
    return new Uncertainty(file, Objects.requireNonNull(scheme).id(), renormalise, weights, switches, samples, seed, entities);
  }

  private @Nullable Scheme scheme(MapNode top) {
    Node n = top.entries().get("scheme");
    List<Scheme> scored = policy.schemes().stream().filter(Scheme::scored).toList();
    if (n == null) {
      if (scored.size() == 1) {
        return scored.get(0);
      }
      fields.problem(top, "scheme", "missing: policy '" + policy.id() + "' has several schemes, name one of "
          + scored.stream().map(Scheme::id).toList());
      return null;
    }
    String id = fields.text(n, "scheme");
    if (id == null) {
      return null;
    }
    Optional<Scheme> s = policy.findScheme(id);
    if (s.isEmpty() || !s.get().scored()) {
      fields.problem(n, "scheme", "policy '" + policy.id() + "' has no scored scheme '" + id + "'; it has "
          + scored.stream().map(Scheme::id).toList());
      return null;
    }
    return s.get();
  }

  private int samples(@Nullable Node n) {
    if (n == null) {
      return DEFAULT_SAMPLES;
    }
    String t = fields.text(n, "samples");
    if (t == null) {
      return DEFAULT_SAMPLES;
    }
    BigDecimal v = Fields.number(t);
    if (v == null || v.stripTrailingZeros().scale() > 0) {
      fields.problem(n, "samples", "expected a whole number of samples, e.g. 512, not '" + t + "'");
      return DEFAULT_SAMPLES;
    }
    if (v.compareTo(BigDecimal.valueOf(Uncertainty.MIN_SAMPLES)) < 0
        || v.compareTo(BigDecimal.valueOf(Uncertainty.MAX_SAMPLES)) > 0) {
      fields.problem(n, "samples", "must be between " + Uncertainty.MIN_SAMPLES + " and " + Uncertainty.MAX_SAMPLES
          + " (the analysis evaluates samples × (inputs + 2) variants), not " + t);
      return DEFAULT_SAMPLES;
    }
    return v.intValueExact();
  }

  private long seed(@Nullable Node n) {
    if (n == null) {
      return 1;
    }
    String t = fields.text(n, "seed");
    try {
      return t == null ? 1 : Long.parseLong(t);
    } catch (NumberFormatException e) {
      fields.problem(n, "seed", "expected a whole number, e.g. 2014, not '" + t + "'");
      return 1;
    }
  }

  private boolean bool(@Nullable Node n, String path, boolean otherwise) {
    if (n == null) {
      return otherwise;
    }
    String t = fields.text(n, path);
    if ("true".equals(t) || "false".equals(t)) {
      return Boolean.parseBoolean(t);
    }
    fields.problem(n, path, "expected true or false, not '" + t + "'");
    return otherwise;
  }

  private List<String> entities(@Nullable Node n, @Nullable Scheme scheme) {
    List<String> ids = new ArrayList<>();
    if (n == null) {
      return ids;
    }
    if (!(n instanceof ListNode list)) {
      fields.problem(n, "entities", "expected a list of entity ids, e.g. [bianxi, weishi]");
      return ids;
    }
    for (int i = 0; i < list.items().size(); i++) {
      Node item = list.items().get(i);
      String id = fields.text(item, "entities[" + i + "]");
      if (id == null) {
        continue;
      }
      if (scheme != null && !scheme.entities().isEmpty() && scheme.findEntity(id).isEmpty()) {
        fields.problem(item, "entities[" + i + "]", "scheme '" + scheme.id() + "' declares no entity '" + id + "'");
      } else if (ids.contains(id)) {
        fields.problem(item, "entities[" + i + "]", "'" + id + "' is named twice");
      } else {
        ids.add(id);
      }
    }
    return ids;
  }

  private List<WeightRange> weights(@Nullable Node n, Scheme scheme) {
    List<WeightRange> ranges = new ArrayList<>();
    if (n == null) {
      return ranges;
    }
    if (!(n instanceof ListNode list)) {
      fields.problem(n, "weights", "expected a list, e.g. [{of: value-added, plusMinus: 20%}]");
      return ranges;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.items().size(); i++) {
      String path = "weights[" + i + "]";
      Node item = list.items().get(i);
      if (!(item instanceof MapNode m)) {
        fields.problem(item, path, "expected {of: ID, plusMinus: 20%} or {of: ID, within: [LOW, HIGH]}");
        continue;
      }
      fields.keys(m, path, List.of("of", "plusMinus", "within"));
      String of = fields.required(m, path, "of");
      if (of == null) {
        continue;
      }
      BigDecimal nominal = weightOf(scheme, of);
      if (nominal == null) {
        fields.problem(m.entries().get("of"), path + ".of", "scheme '" + scheme.id() + "' has no category or indicator '" + of + "'");
        continue;
      }
      if (!seen.add(of)) {
        fields.problem(m.entries().get("of"), path + ".of", "the weight of '" + of + "' is declared twice");
        continue;
      }
      WeightRange range = range(m, path, of, nominal, scheme.total());
      if (range != null) {
        ranges.add(range);
      }
    }
    return ranges;
  }

  private @Nullable WeightRange range(MapNode m, String path, String of, BigDecimal nominal, BigDecimal total) {
    Node pm = m.entries().get("plusMinus");
    Node within = m.entries().get("within");
    if ((pm == null) == (within == null)) {
      fields.problem(m, path, "give either plusMinus (e.g. 20%) or within (e.g. [10, 20]), exactly one");
      return null;
    }
    BigDecimal low;
    BigDecimal high;
    String declared;
    Node at;
    if (pm != null) {
      at = pm;
      String t = fields.text(pm, path + ".plusMinus");
      BigDecimal percent = t == null || !t.endsWith("%") ? null : Fields.number(t.substring(0, t.length() - 1).trim());
      if (percent == null || percent.signum() < 0) {
        fields.problem(pm, path + ".plusMinus", "expected a percentage of the weight, e.g. 20%, not '" + t + "'");
        return null;
      }
      BigDecimal delta = nominal.multiply(percent).movePointLeft(2);
      low = plain(nominal.subtract(delta));
      high = plain(nominal.add(delta));
      declared = "±" + percent.toPlainString() + "%";
    } else {
      at = within;
      List<BigDecimal> bounds = new ArrayList<>();
      if (within instanceof ListNode l && l.items().size() == 2) {
        for (int k = 0; k < 2; k++) {
          String t = fields.text(l.items().get(k), path + ".within[" + k + "]");
          BigDecimal v = t == null ? null : Fields.number(t);
          if (v != null) {
            bounds.add(v);
          }
        }
      }
      if (bounds.size() != 2) {
        fields.problem(within, path + ".within", "expected two numbers [LOW, HIGH], in points (分), e.g. [10, 20]");
        return null;
      }
      low = bounds.get(0);
      high = bounds.get(1);
      declared = "[" + low.toPlainString() + ", " + high.toPlainString() + "]";
      if (low.compareTo(high) > 0) {
        fields.problem(within, path + ".within", "the low end " + low.toPlainString() + " is above the high end " + high.toPlainString());
        return null;
      }
    }
    if (low.signum() <= 0 || high.compareTo(total) > 0) {
      fields.problem(at, path + (pm != null ? ".plusMinus" : ".within"), "the weight of '" + of + "' would range over ["
          + low.toPlainString() + ", " + high.toPlainString() + "] points, outside (0, " + total.toPlainString()
          + "], the scheme's total; narrow it");
      return null;
    }
    return new WeightRange(of, nominal, low, high, declared);
  }

  /** Without trailing zeros, and never in exponent form: 8.00 → 8, 12.50 → 12.5. */
  private static BigDecimal plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  private static @Nullable BigDecimal weightOf(Scheme scheme, String id) {
    Optional<Category> c = scheme.findCategory(id);
    if (c.isPresent()) {
      return c.get().weight();
    }
    return scheme.findIndicator(id).map(Indicator::weight).orElse(null);
  }

  private UncertaintyException fail(Node at, String path, String message) {
    fields.problem(at, path, message);
    return new UncertaintyException(inFileOrder(problems));
  }

  /**
   * The problems by line and column (those with no place after), as a reader meets them: one
   * alternative's keys are checked in a fixed order, not the order they are written in.
   */
  private static List<Problem> inFileOrder(List<Problem> problems) {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(java.util.Comparator.comparingInt((Problem p) -> p.line() > 0 ? p.line() : Integer.MAX_VALUE)
        .thenComparingInt(Problem::column));
    return sorted;
  }
}
