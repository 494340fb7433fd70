package io.github.kaohe.sensitivity;

import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.MinMax;
import io.github.kaohe.model.MissingValueRule;
import io.github.kaohe.model.ProportionalToBest;
import io.github.kaohe.model.RatioToBenchmark;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.ScoringMethod;
import io.github.kaohe.sensitivity.Switch.Alternative;
import io.github.kaohe.sensitivity.YamlTree.ListNode;
import io.github.kaohe.sensitivity.YamlTree.MapNode;
import io.github.kaohe.sensitivity.YamlTree.Node;
import io.github.kaohe.sensitivity.YamlTree.Scalar;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code alternatives} of an uncertainty file: for each indicator's method or
 * missing-value rule, or category's aggregation, the alternatives and their probabilities.
 */
final class SwitchReader {
  private final Fields f;
  private final List<?> problems;

  SwitchReader(Fields fields) {
    this.f = fields;
    this.problems = fields.problems;
  }

  List<Switch> switches(@Nullable Node n, Scheme scheme) {
    List<Switch> switches = new ArrayList<>();
    if (n == null) {
      return switches;
    }
    if (!(n instanceof ListNode list)) {
      f.problem(n, "alternatives", "expected a list, e.g. [{of: ID, method: [{use: min-max, probability: 0.5}, ...]}]");
      return switches;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.items().size(); i++) {
      String path = "alternatives[" + i + "]";
      Node item = list.items().get(i);
      if (!(item instanceof MapNode m)) {
        f.problem(item, path, "expected {of: ID, method|missing|aggregation: [...]}");
        continue;
      }
      f.keys(m, path, List.of("of", "method", "missing", "aggregation"));
      String of = f.required(m, path, "of");
      List<Switch.Kind> kinds = List.of(Switch.Kind.values()).stream()
          .filter(k -> m.entries().containsKey(k.word())).toList();
      if (of == null) {
        continue;
      }
      if (kinds.size() != 1) {
        f.problem(m, path, "give one of method, missing or aggregation");
        continue;
      }
      Switch.Kind kind = kinds.get(0);
      boolean category = scheme.findCategory(of).isPresent();
      boolean indicator = scheme.findIndicator(of).isPresent();
      if (kind == Switch.Kind.AGGREGATION ? !category : !indicator) {
        f.problem(m.entries().get("of"), path + ".of", "scheme '" + scheme.id() + "' has no "
            + (kind == Switch.Kind.AGGREGATION ? "category" : "indicator") + " '" + of + "' ("
            + (kind == Switch.Kind.AGGREGATION ? "an " : "a ") + kind.word() + " belongs to " + (kind == Switch.Kind.AGGREGATION ? "a category" : "an indicator") + ")");
        continue;
      }
      if (!seen.add(kind.word() + " " + of)) {
        f.problem(m.entries().get("of"), path + ".of", "the " + kind.word() + " of '" + of + "' is declared twice");
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
      f.problem(n, path, "expected a list of two or more alternatives, e.g. [{use: ..., probability: 0.5}, ...]");
      return null;
    }
    List<Alternative> out = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    int before = problems.size();
    for (int i = 0; i < list.items().size(); i++) {
      String p = path + "[" + i + "]";
      Node item = list.items().get(i);
      if (!(item instanceof MapNode m)) {
        f.problem(item, p, "expected {use: ..., probability: 0.5}");
        continue;
      }
      f.keys(m, p, List.of("use", "probability"));
      String pt = f.required(m, p, "probability");
      BigDecimal probability = pt == null ? null : Fields.number(pt);
      if (pt != null && (probability == null || probability.signum() <= 0 || probability.compareTo(BigDecimal.ONE) > 0)) {
        f.problem(m.entries().get("probability"), p + ".probability", "expected a probability in (0, 1], not '" + pt + "'");
        probability = null;
      }
      Node use = m.entries().get("use");
      if (use == null) {
        f.problem(m, p, "missing required key 'use'");
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
      f.problem(n, path, "the probabilities add up to " + sum.toPlainString() + ", not 1");
      return null;
    }
    return out;
  }

  /** How an alternative is named in results: {@code min-max (floor 0.6, ceiling 1)}, {@code substitute 3}. */
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
    if (type.isEmpty()) {
      return String.join(", ", params); // {substitute: 3}: substitute 3
    }
    return params.isEmpty() ? type : type + " (" + String.join(", ", params) + ")";
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
        String t = f.text(use, path);
        Aggregation a = t == null ? null : enumeration(Aggregation.class, t);
        if (t != null && a == null) {
          f.problem(use, path, "expected weighted-sum, arithmetic-mean or geometric-mean, not '" + t + "'");
        }
        yield a == null ? null : new Switch.AggregationChoice(a);
      }
    };
  }

  private @Nullable ScoringMethod method(Node use, String path) {
    Map<String, Node> params = use instanceof MapNode m ? m.entries() : Map.of();
    String type = use instanceof Scalar s ? s.text() : params.containsKey("type") ? f.text(params.get("type"), path + ".type") : null;
    if (type == null) {
      f.problem(use, path, "expected a method: proportional-to-best, min-max or ratio-to-benchmark, or {type: ..., ...}");
      return null;
    }
    try {
      return switch (type) {
        case "proportional-to-best" -> {
          f.keys(use, path, List.of("type"));
          yield ProportionalToBest.standard();
        }
        case "min-max" -> {
          f.keys(use, path, List.of("type", "floor", "ceiling"));
          BigDecimal floor = param(params, path, "floor", BigDecimal.ZERO);
          BigDecimal ceiling = param(params, path, "ceiling", BigDecimal.ONE);
          yield floor == null || ceiling == null ? null : MinMax.of(floor, ceiling, MinMax.WhenAllEqual.CEILING);
        }
        case "ratio-to-benchmark" -> {
          f.keys(use, path, List.of("type", "benchmark", "cap"));
          BigDecimal benchmark = param(params, path, "benchmark", null);
          BigDecimal cap = param(params, path, "cap", null);
          if (benchmark == null) {
            f.problem(use, path, "ratio-to-benchmark needs a benchmark, e.g. {type: ratio-to-benchmark, benchmark: 100, cap: 1}");
            yield null;
          }
          yield cap == null ? RatioToBenchmark.of(benchmark) : RatioToBenchmark.of(benchmark, cap);
        }
        default -> {
          f.problem(use, path, "an alternative method is proportional-to-best, min-max or ratio-to-benchmark, not '" + type + "'");
          yield null;
        }
      };
    } catch (IllegalArgumentException e) {
      f.problem(use, path, e.getMessage());
      return null;
    }
  }

  private @Nullable BigDecimal param(Map<String, Node> params, String path, String key, @Nullable BigDecimal otherwise) {
    Node n = params.get(key);
    if (n == null) {
      return otherwise;
    }
    String t = f.text(n, path + "." + key);
    BigDecimal v = t == null ? null : Fields.number(t);
    if (v == null) {
      f.problem(n, path + "." + key, "expected a number, not '" + t + "'");
    }
    return v;
  }

  private @Nullable MissingValueRule missing(Node use, String path) {
    if (use instanceof MapNode m && m.entries().containsKey("substitute")) {
      f.keys(use, path, List.of("substitute"));
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
    f.problem(use, path, "expected zero-points, exclude-entity, error or {substitute: VALUE}, not '" + (t == null ? "a map" : t) + "'");
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

}
