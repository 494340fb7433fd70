package io.github.kaohe.sensitivity;

import io.github.kaohe.load.Problem;
import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.MinMax;
import io.github.kaohe.model.MissingValueRule;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.ProportionalToBest;
import io.github.kaohe.model.RatioToBenchmark;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.ScoringMethod;
import io.github.kaohe.sensitivity.Switch.Alternative;
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
import java.util.Locale;
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
  private final List<Problem> problems = new ArrayList<>();

  private UncertaintyLoader(String file, Policy policy) {
    this.file = file;
    this.policy = policy;
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
        problem(e.getValue(), e.getKey(), "unknown key; an uncertainty file has " + TOP);
      }
    }
    Node version = top.entries().get("kaohe-uncertainty");
    if (version == null) {
      problem(top, "kaohe-uncertainty", "missing: an uncertainty file starts with 'kaohe-uncertainty: 1'");
    } else if (!(version instanceof Scalar s && s.text().equals("1"))) {
      problem(version, "kaohe-uncertainty", "this version of Kaohe reads version 1 only");
    }
    Scheme scheme = scheme(top);
    int samples = samples(top.entries().get("samples"));
    long seed = seed(top.entries().get("seed"));
    boolean renormalise = bool(top.entries().get("renormalise"), "renormalise", true);
    List<String> entities = entities(top.entries().get("entities"), scheme);
    List<WeightRange> weights = scheme == null ? List.of() : weights(top.entries().get("weights"), scheme);
    List<Switch> switches = scheme == null ? List.of() : switches(top.entries().get("alternatives"), scheme);
    if (problems.isEmpty() && weights.isEmpty() && switches.isEmpty()) {
      problem(top, "weights", "nothing varies: declare weights or alternatives");
    }
    if (problems.isEmpty() && 2 * (weights.size() + switches.size()) > SobolSequence.MAX_DIMENSIONS) {
      problem(top, "weights", "at most " + SobolSequence.MAX_DIMENSIONS / 2 + " uncertain inputs can be analysed, not "
          + (weights.size() + switches.size()));
    }
    if (!problems.isEmpty()) {
      throw new UncertaintyException(problems);
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
      problem(top, "scheme", "missing: policy '" + policy.id() + "' has several schemes, name one of "
          + scored.stream().map(Scheme::id).toList());
      return null;
    }
    String id = text(n, "scheme");
    if (id == null) {
      return null;
    }
    Optional<Scheme> s = policy.findScheme(id);
    if (s.isEmpty() || !s.get().scored()) {
      problem(n, "scheme", "policy '" + policy.id() + "' has no scored scheme '" + id + "'; it has "
          + scored.stream().map(Scheme::id).toList());
      return null;
    }
    return s.get();
  }

  private int samples(@Nullable Node n) {
    if (n == null) {
      return DEFAULT_SAMPLES;
    }
    String t = text(n, "samples");
    if (t == null) {
      return DEFAULT_SAMPLES;
    }
    BigDecimal v = number(t);
    if (v == null || v.stripTrailingZeros().scale() > 0) {
      problem(n, "samples", "expected a whole number of samples, e.g. 512, not '" + t + "'");
      return DEFAULT_SAMPLES;
    }
    if (v.compareTo(BigDecimal.valueOf(Uncertainty.MIN_SAMPLES)) < 0
        || v.compareTo(BigDecimal.valueOf(Uncertainty.MAX_SAMPLES)) > 0) {
      problem(n, "samples", "must be between " + Uncertainty.MIN_SAMPLES + " and " + Uncertainty.MAX_SAMPLES
          + " (the analysis evaluates samples × (inputs + 2) variants), not " + t);
      return DEFAULT_SAMPLES;
    }
    return v.intValueExact();
  }

  private long seed(@Nullable Node n) {
    if (n == null) {
      return 1;
    }
    String t = text(n, "seed");
    try {
      return t == null ? 1 : Long.parseLong(t);
    } catch (NumberFormatException e) {
      problem(n, "seed", "expected a whole number, e.g. 2014, not '" + t + "'");
      return 1;
    }
  }

  private boolean bool(@Nullable Node n, String path, boolean otherwise) {
    if (n == null) {
      return otherwise;
    }
    String t = text(n, path);
    if ("true".equals(t) || "false".equals(t)) {
      return Boolean.parseBoolean(t);
    }
    problem(n, path, "expected true or false, not '" + t + "'");
    return otherwise;
  }

  private List<String> entities(@Nullable Node n, @Nullable Scheme scheme) {
    List<String> ids = new ArrayList<>();
    if (n == null) {
      return ids;
    }
    if (!(n instanceof ListNode list)) {
      problem(n, "entities", "expected a list of entity ids, e.g. [bianxi, weishi]");
      return ids;
    }
    for (int i = 0; i < list.items().size(); i++) {
      Node item = list.items().get(i);
      String id = text(item, "entities[" + i + "]");
      if (id == null) {
        continue;
      }
      if (scheme != null && !scheme.entities().isEmpty() && scheme.findEntity(id).isEmpty()) {
        problem(item, "entities[" + i + "]", "scheme '" + scheme.id() + "' declares no entity '" + id + "'");
      } else if (ids.contains(id)) {
        problem(item, "entities[" + i + "]", "'" + id + "' is named twice");
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
      problem(n, "weights", "expected a list, e.g. [{of: value-added, plusMinus: 20%}]");
      return ranges;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.items().size(); i++) {
      String path = "weights[" + i + "]";
      Node item = list.items().get(i);
      if (!(item instanceof MapNode m)) {
        problem(item, path, "expected {of: ID, plusMinus: 20%} or {of: ID, within: [LOW, HIGH]}");
        continue;
      }
      keys(m, path, List.of("of", "plusMinus", "within"));
      String of = required(m, path, "of");
      if (of == null) {
        continue;
      }
      BigDecimal nominal = weightOf(scheme, of);
      if (nominal == null) {
        problem(m.entries().get("of"), path + ".of", "scheme '" + scheme.id() + "' has no category or indicator '" + of + "'");
        continue;
      }
      if (!seen.add(of)) {
        problem(m.entries().get("of"), path + ".of", "the weight of '" + of + "' is declared twice");
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
      problem(m, path, "give either plusMinus (e.g. 20%) or within (e.g. [10, 20]), exactly one");
      return null;
    }
    BigDecimal low;
    BigDecimal high;
    String declared;
    Node at;
    if (pm != null) {
      at = pm;
      String t = text(pm, path + ".plusMinus");
      BigDecimal percent = t == null || !t.endsWith("%") ? null : number(t.substring(0, t.length() - 1).trim());
      if (percent == null || percent.signum() < 0) {
        problem(pm, path + ".plusMinus", "expected a percentage of the weight, e.g. 20%, not '" + t + "'");
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
          String t = text(l.items().get(k), path + ".within[" + k + "]");
          BigDecimal v = t == null ? null : number(t);
          if (v != null) {
            bounds.add(v);
          }
        }
      }
      if (bounds.size() != 2) {
        problem(within, path + ".within", "expected two numbers [LOW, HIGH], in points (分), e.g. [10, 20]");
        return null;
      }
      low = bounds.get(0);
      high = bounds.get(1);
      declared = "[" + low.toPlainString() + ", " + high.toPlainString() + "]";
      if (low.compareTo(high) > 0) {
        problem(within, path + ".within", "the low end " + low.toPlainString() + " is above the high end " + high.toPlainString());
        return null;
      }
    }
    if (low.signum() <= 0 || high.compareTo(total) > 0) {
      problem(at, path + (pm != null ? ".plusMinus" : ".within"), "the weight of '" + of + "' would range over ["
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

  private List<Switch> switches(@Nullable Node n, Scheme scheme) {
    List<Switch> switches = new ArrayList<>();
    if (n == null) {
      return switches;
    }
    if (!(n instanceof ListNode list)) {
      problem(n, "alternatives", "expected a list, e.g. [{of: ID, method: [{use: min-max, probability: 0.5}, ...]}]");
      return switches;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.items().size(); i++) {
      String path = "alternatives[" + i + "]";
      Node item = list.items().get(i);
      if (!(item instanceof MapNode m)) {
        problem(item, path, "expected {of: ID, method|missing|aggregation: [...]}");
        continue;
      }
      keys(m, path, List.of("of", "method", "missing", "aggregation"));
      String of = required(m, path, "of");
      List<Switch.Kind> kinds = List.of(Switch.Kind.values()).stream()
          .filter(k -> m.entries().containsKey(k.word())).toList();
      if (of == null) {
        continue;
      }
      if (kinds.size() != 1) {
        problem(m, path, "give one of method, missing or aggregation");
        continue;
      }
      Switch.Kind kind = kinds.get(0);
      boolean category = scheme.findCategory(of).isPresent();
      boolean indicator = scheme.findIndicator(of).isPresent();
      if (kind == Switch.Kind.AGGREGATION ? !category : !indicator) {
        problem(m.entries().get("of"), path + ".of", "scheme '" + scheme.id() + "' has no "
            + (kind == Switch.Kind.AGGREGATION ? "category" : "indicator") + " '" + of + "' (a "
            + kind.word() + " belongs to " + (kind == Switch.Kind.AGGREGATION ? "a category" : "an indicator") + ")");
        continue;
      }
      if (!seen.add(kind.word() + " " + of)) {
        problem(m.entries().get("of"), path + ".of", "the " + kind.word() + " of '" + of + "' is declared twice");
        continue;
      }
      List<Alternative> alternatives = alternatives(m.entries().get(kind.word()), path + "." + kind.word(), kind);
      if (alternatives != null) {
        switches.add(new Switch(of, kind, alternatives));
      }
    }
    return switches;
  }

  private @Nullable List<Alternative> alternatives(@Nullable Node n, String path, Switch.Kind kind) {
    if (!(n instanceof ListNode list) || list.items().size() < 2) {
      problem(n, path, "expected a list of two or more alternatives, e.g. [{use: ..., probability: 0.5}, ...]");
      return null;
    }
    List<Alternative> out = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    int before = problems.size();
    for (int i = 0; i < list.items().size(); i++) {
      String p = path + "[" + i + "]";
      Node item = list.items().get(i);
      if (!(item instanceof MapNode m)) {
        problem(item, p, "expected {use: ..., probability: 0.5}");
        continue;
      }
      keys(m, p, List.of("use", "probability"));
      String pt = required(m, p, "probability");
      BigDecimal probability = pt == null ? null : number(pt);
      if (pt != null && (probability == null || probability.signum() <= 0 || probability.compareTo(BigDecimal.ONE) > 0)) {
        problem(m.entries().get("probability"), p + ".probability", "expected a probability in (0, 1], not '" + pt + "'");
        probability = null;
      }
      Node use = m.entries().get("use");
      if (use == null) {
        problem(m, p, "missing required key 'use'");
        continue;
      }
      Switch.Choice choice = choice(use, p + ".use", kind);
      if (choice != null && probability != null) {
        sum = sum.add(probability);
        out.add(new Alternative(name(use), probability, choice, item.line(), item.column()));
      }
    }
    if (problems.size() > before) {
      return null;
    }
    if (sum.compareTo(BigDecimal.ONE) != 0) {
      problem(n, path, "the probabilities add up to " + sum.toPlainString() + ", not 1");
      return null;
    }
    return out;
  }

  /** How an alternative is named in results: {@code min-max (floor 0.6, ceiling 1)}. */
  private static String name(Node use) {
    if (use instanceof Scalar s) {
      return s.text();
    }
    String type = "";
    List<String> params = new ArrayList<>();
    if (use instanceof MapNode m) {
      for (Map.Entry<String, Node> e : m.entries().entrySet()) {
        String t = e.getValue() instanceof Scalar s ? s.text() : "…";
        if (e.getKey().equals("type")) {
          type = t;
        } else {
          params.add(e.getKey() + " " + t);
        }
      }
    }
    return params.isEmpty() ? type : (type + " (" + String.join(", ", params) + ")").trim();
  }

  private Switch.@Nullable Choice choice(Node use, String path, Switch.Kind kind) {
    return switch (kind) {
      case METHOD -> {
        ScoringMethod m = method(use, path);
        yield m == null ? null : new Switch.MethodChoice(m);
      }
      case MISSING -> {
        MissingValueRule r = missing(use, path);
        yield r == null ? null : new Switch.MissingChoice(r);
      }
      case AGGREGATION -> {
        String t = text(use, path);
        Aggregation a = t == null ? null : enumeration(Aggregation.class, t);
        if (t != null && a == null) {
          problem(use, path, "expected weighted-sum, arithmetic-mean or geometric-mean, not '" + t + "'");
        }
        yield a == null ? null : new Switch.AggregationChoice(a);
      }
    };
  }

  private @Nullable ScoringMethod method(Node use, String path) {
    Map<String, Node> params = use instanceof MapNode m ? m.entries() : Map.of();
    String type = use instanceof Scalar s ? s.text() : params.containsKey("type") ? text(params.get("type"), path + ".type") : null;
    if (type == null) {
      problem(use, path, "expected a method: proportional-to-best, min-max or ratio-to-benchmark, or {type: ..., ...}");
      return null;
    }
    try {
      return switch (type) {
        case "proportional-to-best" -> {
          keys(use, path, List.of("type"));
          yield ProportionalToBest.standard();
        }
        case "min-max" -> {
          keys(use, path, List.of("type", "floor", "ceiling"));
          BigDecimal floor = param(params, path, "floor", BigDecimal.ZERO);
          BigDecimal ceiling = param(params, path, "ceiling", BigDecimal.ONE);
          yield floor == null || ceiling == null ? null : MinMax.of(floor, ceiling, MinMax.WhenAllEqual.CEILING);
        }
        case "ratio-to-benchmark" -> {
          keys(use, path, List.of("type", "benchmark", "cap"));
          BigDecimal benchmark = param(params, path, "benchmark", null);
          BigDecimal cap = param(params, path, "cap", null);
          if (benchmark == null) {
            problem(use, path, "ratio-to-benchmark needs a benchmark, e.g. {type: ratio-to-benchmark, benchmark: 100, cap: 1}");
            yield null;
          }
          yield cap == null ? RatioToBenchmark.of(benchmark) : RatioToBenchmark.of(benchmark, cap);
        }
        default -> {
          problem(use, path, "an alternative method is proportional-to-best, min-max or ratio-to-benchmark, not '" + type + "'");
          yield null;
        }
      };
    } catch (IllegalArgumentException e) {
      problem(use, path, e.getMessage());
      return null;
    }
  }

  private @Nullable BigDecimal param(Map<String, Node> params, String path, String key, @Nullable BigDecimal otherwise) {
    Node n = params.get(key);
    if (n == null) {
      return otherwise;
    }
    String t = text(n, path + "." + key);
    BigDecimal v = t == null ? null : number(t);
    if (v == null) {
      problem(n, path + "." + key, "expected a number, not '" + t + "'");
    }
    return v;
  }

  private @Nullable MissingValueRule missing(Node use, String path) {
    if (use instanceof MapNode m && m.entries().containsKey("substitute")) {
      keys(use, path, List.of("substitute"));
      BigDecimal v = param(m.entries(), path, "substitute", null);
      return v == null ? null : MissingValueRule.substitute(v);
    }
    String t = use instanceof Scalar s ? s.text() : null;
    MissingValueRule.Kind kind = t == null ? null : enumeration(MissingValueRule.Kind.class, t);
    if (kind == MissingValueRule.Kind.ZERO_POINTS) {
      return MissingValueRule.zeroPoints();
    }
    if (kind == MissingValueRule.Kind.EXCLUDE_ENTITY) {
      return MissingValueRule.excludeEntity();
    }
    if (kind == MissingValueRule.Kind.ERROR) {
      return MissingValueRule.error();
    }
    problem(use, path, "expected zero-points, exclude-entity, error or {substitute: VALUE}, not '" + (t == null ? "a map" : t) + "'");
    return null;
  }

  private static <E extends Enum<E>> @Nullable E enumeration(Class<E> type, String text) {
    for (E e : type.getEnumConstants()) {
      if (e.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(text)) {
        return e;
      }
    }
    return null;
  }

  private void keys(Node n, String path, List<String> allowed) {
    if (n instanceof MapNode m) {
      for (Map.Entry<String, Node> e : m.entries().entrySet()) {
        if (!allowed.contains(e.getKey())) {
          problem(e.getValue(), path + "." + e.getKey(), "unknown key; expected one of " + allowed);
        }
      }
    }
  }

  private @Nullable String required(MapNode m, String path, String key) {
    Node n = m.entries().get(key);
    if (n == null) {
      problem(m, path, "missing required key '" + key + "'");
      return null;
    }
    return text(n, path + "." + key);
  }

  private @Nullable String text(Node n, String path) {
    if (n instanceof Scalar s && !s.text().isEmpty()) {
      return s.text();
    }
    problem(n, path, "expected a single value");
    return null;
  }

  private static @Nullable BigDecimal number(String text) {
    try {
      BigDecimal v = new BigDecimal(text.trim());
      return v.abs().compareTo(new BigDecimal("1e15")) > 0 ? null : v;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private void problem(@Nullable Node at, String path, String message) {
    problems.add(new Problem(file, at == null ? 0 : at.line(), at == null ? 0 : at.column(), path, message));
  }

  private UncertaintyException fail(Node at, String path, String message) {
    problem(at, path, message);
    return new UncertaintyException(problems);
  }
}
