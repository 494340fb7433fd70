package io.github.kaohe.load;

import io.github.kaohe.model.Band;
import io.github.kaohe.model.Bands;
import io.github.kaohe.model.Clamp;
import io.github.kaohe.model.DirectPoints;
import io.github.kaohe.model.Goalposts;
import io.github.kaohe.model.MinMax;
import io.github.kaohe.model.NaturalLog;
import io.github.kaohe.model.Parameter;
import io.github.kaohe.model.PlacePoints;
import io.github.kaohe.model.ProportionalToBest;
import io.github.kaohe.model.RatioToBenchmark;
import io.github.kaohe.model.ScoringMethod;
import io.github.kaohe.model.TargetSteps;
import io.github.kaohe.model.Transform;
import io.github.kaohe.model.ZScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Binds scoring methods and transforms: {@code method: proportional-to-best} or
 * {@code method: {type: min-max, floor: 0.6}}. Each method's parameters and defaults are listed
 * in {@link #PARAMETERS}.
 */
final class MethodBinder {
  /** The parameters each method takes, besides {@code type}. */
  static final Map<String, List<String>> PARAMETERS = new LinkedHashMap<>();

  static {
    PARAMETERS.put("proportional-to-best", List.of("negatives", "whenBestNotPositive"));
    PARAMETERS.put("min-max", List.of("floor", "ceiling", "whenAllEqual"));
    PARAMETERS.put("goalposts", List.of("lower", "upper"));
    PARAMETERS.put("ratio-to-benchmark", List.of("benchmark", "cap"));
    PARAMETERS.put(
        "target-steps", List.of("target", "step", "penalty", "bonus", "floor", "cap", "counting"));
    PARAMETERS.put("place-points", List.of("mode", "fieldSize", "step"));
    PARAMETERS.put("bands", List.of("bands", "otherwise"));
    PARAMETERS.put("z-score", List.of("spread", "whenNoSpread"));
    PARAMETERS.put("direct-points", List.of("outOfRange"));
  }

  /** The parameters each transform takes, besides {@code type}; ordered, for messages. */
  static final Map<String, List<String>> TRANSFORMS = new LinkedHashMap<>();

  static {
    TRANSFORMS.put("ln", List.of("whenNotPositive"));
    TRANSFORMS.put("clamp", List.of("min", "max"));
  }

  private final Problems problems;

  MethodBinder(Problems problems) {
    this.problems = problems;
  }

  @Nullable ScoringMethod method(ParsedNode node, String path) {
    Fields f = typed(node, path, PARAMETERS, "scoring method");
    if (f == null) {
      return null;
    }
    String type = typeOf(node);
    return switch (type) {
      case "proportional-to-best" -> proportional(f);
      case "min-max" -> minMax(f);
      case "goalposts" -> goalposts(f);
      case "ratio-to-benchmark" -> ratio(f);
      case "target-steps" -> targetSteps(f);
      case "place-points" -> placePoints(f);
      case "bands" -> bands(f);
      case "z-score" -> zScore(f);
      case "direct-points" -> direct(f);
      default -> throw new IllegalStateException("unhandled method " + type);
    };
  }

  @Nullable Transform transform(ParsedNode node, String path) {
    Fields f = typed(node, path, TRANSFORMS, "transform");
    if (f == null) {
      return null;
    }
    if (typeOf(node).equals("ln")) {
      NaturalLog.WhenNotPositive when =
          f.enumeration(
              "whenNotPositive", NaturalLog.WhenNotPositive.class, NaturalLog.WhenNotPositive.ERROR);
      return when == null ? null : build(f, () -> new NaturalLog(when));
    }
    Optional<BigDecimal> min = f.optionalDecimal("min");
    Optional<BigDecimal> max = f.optionalDecimal("max");
    return build(f, () -> new Clamp(min, max));
  }

  /**
   * The fields of a {@code type}-discriminated map, or of the bare name given as shorthand (an
   * empty field set). Null when the type is unknown or the node malformed.
   */
  private @Nullable Fields typed(
      ParsedNode node, String path, Map<String, List<String>> known, String what) {
    if (node instanceof ParsedNode.Scalar s) {
      if (!known.containsKey(s.text())) {
        unknownType(s.text(), s.mark(), path, known, what);
        return null;
      }
      return Fields.of(
          new ParsedNode.ParsedMap(s.mark(), Map.of()), path, problems, known.get(s.text()));
    }
    if (!(node instanceof ParsedNode.ParsedMap map)) {
      problems.add(
          node.mark(), path, "expected a " + what + " name or a map with 'type', but found " + node.describe());
      return null;
    }
    ParsedNode.Entry typeEntry = map.entries().get("type");
    if (typeEntry == null || !(typeEntry.value() instanceof ParsedNode.Scalar t)) {
      problems.add(
          node.mark(),
          Fields.join(path, "type"),
          "missing required key 'type' (one of " + String.join(", ", known.keySet()) + ")");
      return null;
    }
    if (!known.containsKey(t.text())) {
      unknownType(t.text(), t.mark(), Fields.join(path, "type"), known, what);
      return null;
    }
    List<String> allowed = new ArrayList<>();
    allowed.add("type");
    allowed.addAll(known.get(t.text()));
    return Fields.of(node, path, problems, allowed);
  }

  private static String typeOf(ParsedNode node) {
    if (node instanceof ParsedNode.Scalar s) {
      return s.text();
    }
    return ((ParsedNode.Scalar) ((ParsedNode.ParsedMap) node).entries().get("type").value()).text();
  }

  private void unknownType(
      String given, Mark mark, String path, Map<String, List<String>> known, String what) {
    problems.add(
        mark,
        path,
        "unknown " + what + " '" + given + "'" + Suggestions.didYouMean(given, known.keySet())
            + " (known: " + String.join(", ", known.keySet()) + ")");
  }

  private <T> @Nullable T build(Fields f, Supplier<T> constructor) {
    return problems.construct(f.mark(), f.path(), constructor);
  }

  private static BigDecimal or(@Nullable BigDecimal value, BigDecimal fallback) {
    return value == null ? fallback : value;
  }

  private @Nullable ScoringMethod proportional(Fields f) {
    var negatives =
        f.enumeration(
            "negatives", ProportionalToBest.Negatives.class, ProportionalToBest.Negatives.FLOOR_AT_ZERO);
    var when =
        f.enumeration(
            "whenBestNotPositive",
            ProportionalToBest.WhenBestNotPositive.class,
            ProportionalToBest.WhenBestNotPositive.ZERO);
    if (negatives == null || when == null) {
      return null;
    }
    return build(f, () -> new ProportionalToBest(negatives, when));
  }

  private @Nullable ScoringMethod minMax(Fields f) {
    BigDecimal floor = or(f.decimal("floor", false), BigDecimal.ZERO);
    BigDecimal ceiling = or(f.decimal("ceiling", false), BigDecimal.ONE);
    var when = f.enumeration("whenAllEqual", MinMax.WhenAllEqual.class, MinMax.WhenAllEqual.CEILING);
    if (when == null) {
      return null;
    }
    return build(f, () -> new MinMax(floor, ceiling, when));
  }

  private @Nullable ScoringMethod goalposts(Fields f) {
    Parameter lower = parameter(f, "lower");
    Parameter upper = parameter(f, "upper");
    if (lower == null || upper == null) {
      return null;
    }
    return build(f, () -> new Goalposts(lower, upper));
  }

  private @Nullable ScoringMethod ratio(Fields f) {
    Parameter benchmark = parameter(f, "benchmark");
    ParsedNode capNode = f.node("cap", false);
    Optional<BigDecimal> cap;
    if (capNode instanceof ParsedNode.Scalar s && s.text().equals("none")) {
      cap = Optional.empty();
    } else {
      BigDecimal c = f.decimal("cap", false);
      if (capNode != null && c == null) {
        return null;
      }
      cap = Optional.of(or(c, BigDecimal.ONE));
    }
    if (benchmark == null) {
      return null;
    }
    return build(f, () -> new RatioToBenchmark(benchmark, cap));
  }

  /**
   * A parameter: a number (or a constant formula such as {@code ln(100)}); or
   * {@code {by: county, values: {东区: 20}, otherwise: 18}}; or {@code {column: fact}}; or
   * {@code {statistic: mean, within: county}}.
   */
  private @Nullable Parameter parameter(Fields parent, String key) {
    ParsedNode n = parent.node(key, true);
    if (n == null) {
      return null;
    }
    String path = parent.path(key);
    if (!(n instanceof ParsedNode.ParsedMap)) {
      BigDecimal v = Fields.decimal(n, path, problems);
      return v == null ? null : Parameter.of(v);
    }
    Fields f = Fields.of(n, path, problems, List.of("by", "values", "otherwise", "column", "statistic", "within"));
    if (f == null) {
      return null;
    }
    if (mixesKinds(f)) {
      return null;
    }
    if (f.has("by") || f.has("values")) {
      String by = f.text("by", true);
      Map<String, BigDecimal> values = new LinkedHashMap<>();
      ParsedNode vs = f.node("values", true);
      if (vs instanceof ParsedNode.ParsedMap m) {
        for (ParsedNode.Entry e : m.entries().values()) {
          BigDecimal v = Fields.decimal(e.value(), Fields.join(f.path("values"), e.key()), problems);
          if (v != null) {
            values.put(e.key(), v);
          }
        }
      } else if (vs != null) {
        problems.add(vs.mark(), f.path("values"), "expected a number per group, e.g. {东区: 20, 西区: 15}, but found " + vs.describe());
        return null;
      }
      Optional<BigDecimal> otherwise = f.optionalDecimal("otherwise");
      return by == null ? null : problems.construct(f.mark(), path, () -> new Parameter.ByGroup(by, values, otherwise));
    }
    if (f.has("column")) {
      String fact = f.text("column", true);
      return fact == null ? null : new Parameter.FromData(fact);
    }
    Parameter.Statistic statistic = f.enumeration("statistic", Parameter.Statistic.class, null);
    if (statistic == null) {
      if (!f.has("statistic")) {
        problems.add(f.mark(), path, "a parameter that varies says how: {by: ATTRIBUTE, values: {…}}, {column: FACT}"
            + " or {statistic: mean, within: ATTRIBUTE}");
      }
      return null;
    }
    return new Parameter.OfPopulation(statistic, f.optionalText("within"));
  }

  /**
   * Whether a varying parameter gives keys of two kinds ({@code {column: x, statistic: mean}}): a
   * problem at each key that does not belong, rather than one kind silently winning.
   */
  private boolean mixesKinds(Fields f) {
    List<String> own;
    if (f.has("by") || f.has("values")) {
      own = List.of("by", "values", "otherwise");
    } else if (f.has("column")) {
      own = List.of("column");
    } else if (f.has("statistic")) {
      own = List.of("statistic", "within");
    } else {
      return false;
    }
    boolean mixed = false;
    for (String key : List.of("by", "values", "otherwise", "column", "statistic", "within")) {
      if (f.has(key) && !own.contains(key)) {
        problems.add(f.mark(key), f.path(key), "'" + key + "' does not go with '" + own.get(0) + "': a parameter is"
            + " {by: ATTRIBUTE, values: {…}, otherwise: N}, {column: FACT} or {statistic: mean, within: ATTRIBUTE}");
        mixed = true;
      }
    }
    return mixed;
  }

  private @Nullable ScoringMethod targetSteps(Fields f) {
    Parameter target = parameter(f, "target");
    BigDecimal step = f.decimal("step", true);
    BigDecimal penalty = f.decimal("penalty", true);
    BigDecimal bonus = or(f.decimal("bonus", false), BigDecimal.ZERO);
    BigDecimal floor = or(f.decimal("floor", false), BigDecimal.ZERO);
    Optional<BigDecimal> cap = f.optionalDecimal("cap");
    var counting =
        f.enumeration("counting", TargetSteps.Counting.class, TargetSteps.Counting.PRO_RATA);
    if (target == null || step == null || penalty == null || counting == null) {
      return null;
    }
    return build(f, () -> new TargetSteps(target, step, penalty, bonus, floor, cap, counting));
  }

  private @Nullable ScoringMethod placePoints(Fields f) {
    PlacePoints.Mode fallback = f.has("step") && !f.has("fieldSize") ? PlacePoints.Mode.STEP : PlacePoints.Mode.LINEAR;
    PlacePoints.Mode mode = f.enumeration("mode", PlacePoints.Mode.class, fallback);
    Optional<Integer> fieldSize = Optional.ofNullable(f.integer("fieldSize", false));
    Optional<BigDecimal> step = f.optionalDecimal("step");
    if (mode == null) {
      return null;
    }
    return build(f, () -> new PlacePoints(mode, fieldSize, step));
  }

  private @Nullable ScoringMethod bands(Fields f) {
    List<Band> bands = f.list("bands", true, this::band);
    Optional<BigDecimal> otherwise = f.optionalDecimal("otherwise");
    if (bands == null) {
      return null;
    }
    return build(f, () -> new Bands(bands, otherwise));
  }

  private @Nullable Band band(ParsedNode node, String path) {
    Fields f = Fields.of(node, path, problems, List.of("from", "to", "points"));
    if (f == null) {
      return null;
    }
    Optional<BigDecimal> from = f.optionalDecimal("from");
    Optional<BigDecimal> to = f.optionalDecimal("to");
    BigDecimal points = f.decimal("points", true);
    if (points == null) {
      return null;
    }
    return build(f, () -> new Band(from, to, points));
  }

  private @Nullable ScoringMethod zScore(Fields f) {
    BigDecimal spread = or(f.decimal("spread", false), BigDecimal.valueOf(3));
    var when = f.enumeration("whenNoSpread", ZScore.WhenNoSpread.class, ZScore.WhenNoSpread.MIDDLE);
    if (when == null) {
      return null;
    }
    return build(f, () -> new ZScore(spread, when));
  }

  private @Nullable ScoringMethod direct(Fields f) {
    var out =
        f.enumeration("outOfRange", DirectPoints.OutOfRange.class, DirectPoints.OutOfRange.ERROR);
    return out == null ? null : build(f, () -> new DirectPoints(out));
  }
}
