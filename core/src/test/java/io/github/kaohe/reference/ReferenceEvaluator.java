// Over 500 lines: the plain evaluator is read top to bottom against the README's semantics, one method per rule; split into files it would be harder to check by eye.
package io.github.kaohe.reference;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.internal.DecimalMath;
import io.github.kaohe.model.AdjustmentItem;
import io.github.kaohe.model.AdjustmentLayer;
import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.Band;
import io.github.kaohe.model.Bands;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.Clamp;
import io.github.kaohe.model.DirectPoints;
import io.github.kaohe.model.Direction;
import io.github.kaohe.model.EntityDefinition;
import io.github.kaohe.model.Goalposts;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.MinMax;
import io.github.kaohe.model.MissingValueRule;
import io.github.kaohe.model.NaturalLog;
import io.github.kaohe.model.PlacePoints;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.ProportionalToBest;
import io.github.kaohe.model.RatioToBenchmark;
import io.github.kaohe.model.Rounding;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.ScoringMethod;
import io.github.kaohe.model.TargetSteps;
import io.github.kaohe.model.TieBreak;
import io.github.kaohe.model.TieMethod;
import io.github.kaohe.model.Transform;
import io.github.kaohe.model.ZScore;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A plain evaluator of points, totals and places, written from the README's semantics and the
 * model's javadoc, without any of the engine's classes, for differential tests: the engine, however
 * fast, must give exactly what this gives.
 *
 * <p>It is meant to be obviously right rather than fast. Rational steps are exact {@link Fraction}s;
 * each number is rounded once, where the policy says, from an exact numerator and denominator.
 * The irrational steps follow the engine's declared precision ({@link DecimalMath#PRECISION}, 34
 * digits half even): the ln transform gives ln x correctly rounded to 34 digits, and a geometric
 * mean is correctly rounded to 34 digits before it is multiplied by the weight; both are computed
 * here at 50 to 60 digits and then rounded to 34. A z-score is exact where the standard deviation
 * is rational, its clamping is decided exactly, and an irrational z is carried at 60 digits into
 * the one rounding of the points.
 *
 * <p>Out of scope: the missing-value rule {@code error}, and every other case where the engine
 * reports a problem instead of a result (a logarithm of 0 under {@code whenNotPositive: error},
 * {@code whenBestNotPositive: error}, direct points out of range under {@code outOfRange: error},
 * a value in no band without {@code otherwise}, a place that is not a whole number, an adjustment
 * count that is not one); rules, measures and links; schemes without categories (registers). These
 * throw {@link UnsupportedOperationException}.
 */
public final class ReferenceEvaluator {
  /** Digits for the approximations of irrational steps, well beyond the declared 34. */
  private static final MathContext WIDE = new MathContext(50, RoundingMode.HALF_EVEN);

  private static final MathContext WIDER = new MathContext(60, RoundingMode.HALF_EVEN);

  private final Policy policy;
  private final Scheme scheme;
  private final Dataset data;
  private final Period period;
  private final Rounding points;
  private final Rounding totals;
  /** For each tie-break in the chain, whether higher is better. */
  private final List<Boolean> higherFirst = new ArrayList<>();

  private ReferenceEvaluator(Policy policy, Scheme scheme, Dataset data, Period period) {
    this.policy = policy;
    this.scheme = scheme;
    this.data = data;
    this.period = period;
    this.points = policy.arithmetic().points();
    this.totals = policy.arithmetic().totals();
    scheme.ranking().tieBreaks().forEach(tb -> higherFirst.add(higherFirst(tb)));
  }

  /** Evaluates the scheme in the period. */
  public static ReferenceResult evaluate(Policy policy, String schemeId, Dataset data, Period period) {
    Scheme scheme = policy.scheme(schemeId);
    if (!scheme.scored()) {
      throw new UnsupportedOperationException("registers are out of scope");
    }
    if (!scheme.rules().isEmpty()) {
      throw new UnsupportedOperationException("rules are out of scope");
    }
    return new ReferenceEvaluator(policy, scheme, Objects.requireNonNull(data), Objects.requireNonNull(period)).run();
  }

  // ---------------------------------------------------------------- the evaluation

  /** An entity's value for an indicator: the value shown (raw or substitute), the value scored. */
  private record Input(@Nullable BigDecimal value, @Nullable BigDecimal scored, boolean exclude) {}

  private ReferenceResult run() {
    List<EntityDefinition> entities = entities();
    List<Indicator> indicators = scheme.indicators();

    Map<String, Map<String, Input>> inputs = new LinkedHashMap<>(); // entity → indicator → input
    Set<String> excluded = new LinkedHashSet<>();
    for (EntityDefinition e : entities) {
      Map<String, Input> mine = new LinkedHashMap<>();
      for (Indicator i : indicators) {
        Input in = input(i, e.id());
        mine.put(i.id(), in);
        if (in.exclude()) {
          excluded.add(e.id());
        }
      }
      inputs.put(e.id(), mine);
    }

    // the population of each indicator: the scored values of the entities assessed
    Map<String, Population> populations = new LinkedHashMap<>();
    for (Indicator i : indicators) {
      List<Fraction> values = new ArrayList<>();
      for (EntityDefinition e : entities) {
        BigDecimal v = inputs.get(e.id()).get(i.id()).scored();
        if (!excluded.contains(e.id()) && v != null) {
          values.add(Fraction.of(v));
        }
      }
      populations.put(i.id(), new Population(values));
    }

    Map<String, Entity> scored = new LinkedHashMap<>();
    for (EntityDefinition e : entities) {
      if (excluded.contains(e.id())) {
        continue;
      }
      Entity s = new Entity(e);
      for (Indicator i : indicators) {
        Input in = inputs.get(e.id()).get(i.id());
        s.values.put(i.id(), in.value());
        s.indicators.put(i.id(), in.scored() == null ? round(Fraction.ZERO) : points(i, Fraction.of(in.scored()), populations.get(i.id())));
      }
      Fraction base = Fraction.ZERO;
      for (Category c : scheme.categories()) {
        base = base.add(Fraction.of(category(c, s)));
      }
      Fraction adjustments = Fraction.ZERO;
      for (AdjustmentLayer layer : scheme.adjustments()) {
        BigDecimal p = layer(layer, e.id());
        s.layers.put(layer.id(), p);
        adjustments = adjustments.add(Fraction.of(p));
      }
      s.base = base;
      s.adjustments = adjustments;
      s.total = base.add(adjustments).round(totals.scale(), totals.mode());
      s.attributes.putAll(e.attributes());
      s.attributes.putAll(data.attributes(e.id()));
      scheme.ranking().tieBreaks().forEach(tb -> s.keys.add(key(s, tb)));
      scored.put(e.id(), s);
    }

    // places overall among the ranked entities, and within each group of them sharing an attribute's value
    List<Entity> ranked = scored.values().stream().filter(s -> s.definition.ranked()).toList();
    Map<String, Integer> places = places(ranked);
    Map<String, Map<String, Integer>> groupPlaces = new LinkedHashMap<>(); // entity → attribute → place
    for (String attribute : scheme.ranking().groups()) {
      Map<String, List<Entity>> groups = new LinkedHashMap<>();
      for (Entity s : ranked) {
        String value = s.attributes.get(attribute);
        if (value != null) {
          groups.computeIfAbsent(value, v -> new ArrayList<>()).add(s);
        }
      }
      for (List<Entity> group : groups.values()) {
        places(group).forEach((id, place) -> groupPlaces.computeIfAbsent(id, x -> new LinkedHashMap<>()).put(attribute, place));
      }
    }

    Map<String, ReferenceResult.Score> results = new LinkedHashMap<>();
    for (Entity s : scored.values()) {
      String id = s.definition.id();
      OptionalInt place = places.containsKey(id) ? OptionalInt.of(places.get(id)) : OptionalInt.empty();
      results.put(
          id,
          new ReferenceResult.Score(
              id, s.indicators, s.categories, s.layers, exact(s.base), exact(s.adjustments), s.total, place,
              groupPlaces.getOrDefault(id, Map.of())));
    }
    return new ReferenceResult(results, excluded);
  }

  /** One entity's numbers as they are worked out. */
  private static final class Entity {
    final EntityDefinition definition;
    final Map<String, @Nullable BigDecimal> values = new LinkedHashMap<>();
    final Map<String, BigDecimal> indicators = new LinkedHashMap<>();
    final Map<String, BigDecimal> categories = new LinkedHashMap<>();
    final Map<String, BigDecimal> layers = new LinkedHashMap<>();
    final Map<String, String> attributes = new LinkedHashMap<>();
    Fraction base = Fraction.ZERO;
    Fraction adjustments = Fraction.ZERO;
    BigDecimal total = BigDecimal.ZERO;
    /** The tie-break keys, in the chain's order (null when missing). */
    final List<@Nullable BigDecimal> keys = new ArrayList<>();

    Entity(EntityDefinition definition) {
      this.definition = definition;
    }
  }

  /** The entities the scheme names, or else those with a row in the period. */
  private List<EntityDefinition> entities() {
    if (!scheme.entities().isEmpty()) {
      return scheme.entities();
    }
    List<EntityDefinition> out = new ArrayList<>();
    for (String id : data.entitiesIn(period)) {
      out.add(new EntityDefinition(id, io.github.kaohe.model.Label.of(id, id), List.of(), true, Map.of()));
    }
    return out;
  }

  // ---------------------------------------------------------------- values

  private Input input(Indicator indicator, String entity) {
    BigDecimal raw = data.value(entity, period, indicator.id()).orElse(null);
    if (raw == null) {
      return missing(indicator, null);
    }
    BigDecimal t = transformed(indicator, raw);
    if (t == null) {
      // the value has no logarithm and counts as missing; the raw value is still the value shown
      return missing(indicator, raw);
    }
    return new Input(raw, t, false);
  }

  /** The missing-value rule; {@code raw} is a value present but without a logarithm. */
  private Input missing(Indicator indicator, @Nullable BigDecimal raw) {
    MissingValueRule rule = indicator.missing();
    switch (rule.kind()) {
      case ZERO_POINTS:
        return new Input(raw, null, false);
      case EXCLUDE_ENTITY:
        return new Input(raw, null, true);
      case SUBSTITUTE:
        BigDecimal v = rule.substitute().orElseThrow();
        BigDecimal t = transformed(indicator, v);
        if (t == null) {
          throw new UnsupportedOperationException("a substitute without a logarithm is an error, out of scope");
        }
        return new Input(v, t, false);
      default:
        throw new UnsupportedOperationException("the missing rule 'error' is out of scope");
    }
  }

  /** The value after the transforms, in order; null when a logarithm does not exist. */
  private static @Nullable BigDecimal transformed(Indicator indicator, BigDecimal value) {
    BigDecimal v = value;
    for (Transform t : indicator.transforms()) {
      if (t instanceof Clamp c) {
        if (c.min().isPresent() && v.compareTo(c.min().get()) < 0) {
          v = c.min().get();
        }
        if (c.max().isPresent() && v.compareTo(c.max().get()) > 0) {
          v = c.max().get();
        }
      } else if (t instanceof NaturalLog ln) {
        if (v.signum() <= 0) {
          if (ln.whenNotPositive() == NaturalLog.WhenNotPositive.ERROR) {
            throw new UnsupportedOperationException("ln of a value ≤ 0 under whenNotPositive: error is out of scope");
          }
          return null;
        }
        // ln x correctly rounded to the declared 34 digits: at 50 digits, then rounded
        v = DecimalMath.ln(v, WIDE).round(DecimalMath.PRECISION);
      } else {
        throw new UnsupportedOperationException("transform " + t.type());
      }
    }
    return v;
  }

  // ---------------------------------------------------------------- points

  /** The points for the scored value {@code x}, rounded once. */
  private BigDecimal points(Indicator indicator, Fraction x, Population population) {
    ScoringMethod method = indicator.method();
    Fraction w = Fraction.of(indicator.weight());
    boolean higher = indicator.direction() == Direction.HIGHER_IS_BETTER;

    if (method instanceof ProportionalToBest p) {
      Fraction min = population.min;
      Fraction max = population.max;
      if (!higher) {
        // weight × min / x; the lowest value must be positive
        if (min.signum() <= 0) {
          return whenBestNotPositive(p, w);
        }
        return x.signum() <= 0 ? round(w) : round(w.multiply(min).divide(x));
      }
      Fraction shift = p.negatives() == ProportionalToBest.Negatives.SHIFT && min.signum() < 0 ? min.negate() : Fraction.ZERO;
      Fraction best = max.add(shift);
      if (best.signum() <= 0) {
        return whenBestNotPositive(p, w);
      }
      Fraction shifted = x.add(shift);
      return shifted.signum() <= 0 ? round(Fraction.ZERO) : round(w.multiply(shifted).divide(best));
    }

    if (method instanceof MinMax m) {
      Fraction f = Fraction.of(m.floor());
      Fraction c = Fraction.of(m.ceiling());
      Fraction min = population.min;
      Fraction max = population.max;
      if (min.equals(max)) {
        Fraction share =
            switch (m.whenAllEqual()) {
              case CEILING -> c;
              case FLOOR -> f;
              case MIDDLE -> f.add(c).divide(Fraction.TWO);
            };
        return round(w.multiply(share));
      }
      Fraction v = x.max(min).min(max);
      Fraction position = (higher ? v.subtract(min) : max.subtract(v)).divide(max.subtract(min));
      return round(w.multiply(f.add(c.subtract(f).multiply(position))));
    }

    if (method instanceof Goalposts g) {
      Fraction lo = Fraction.of(g.lower().value());
      Fraction hi = Fraction.of(g.upper().value());
      Fraction v = x.max(lo).min(hi);
      Fraction distance = higher ? v.subtract(lo) : hi.subtract(v);
      return round(w.multiply(distance).divide(hi.subtract(lo)));
    }

    if (method instanceof RatioToBenchmark r) {
      Fraction b = Fraction.of(r.benchmark().value());
      Fraction cap = w.multiply(Fraction.of(r.cap().orElseThrow()));
      Fraction raw;
      if (higher) {
        raw = x.signum() <= 0 ? Fraction.ZERO : w.multiply(x).divide(b);
      } else {
        raw = x.signum() <= 0 ? cap : w.multiply(b).divide(x);
      }
      return round(raw.min(cap));
    }

    if (method instanceof TargetSteps t) {
      Fraction excess = higher ? x.subtract(Fraction.of(t.target().value())) : Fraction.of(t.target().value()).subtract(x);
      Fraction perStep = Fraction.of(excess.signum() < 0 ? t.penalty() : t.bonus());
      Fraction steps = excess.abs().divide(Fraction.of(t.step()));
      if (t.counting() == TargetSteps.Counting.WHOLE_STEPS) {
        steps = Fraction.of(steps.floor(), BigInteger.ONE);
      }
      Fraction change = perStep.multiply(steps);
      Fraction raw = excess.signum() < 0 ? w.subtract(change) : w.add(change);
      Fraction floor = Fraction.of(t.floor());
      Fraction cap = Fraction.of(t.cap().orElse(indicator.weight()));
      return round(raw.max(floor).min(cap));
    }

    if (method instanceof PlacePoints pp) {
      if (x.signum() <= 0 || !Fraction.of(x.floor(), BigInteger.ONE).equals(x)) {
        throw new UnsupportedOperationException("a place that is not a whole number of at least 1 is an error");
      }
      Fraction place = x;
      if (pp.mode() == PlacePoints.Mode.LINEAR) {
        Fraction n = Fraction.of(pp.fieldSize().orElseThrow());
        if (place.compareTo(n) >= 0) {
          return round(Fraction.ZERO);
        }
        return round(w.multiply(n.subtract(place)).divide(n.subtract(Fraction.ONE)));
      }
      Fraction lost = Fraction.of(pp.step().orElseThrow()).multiply(place.subtract(Fraction.ONE));
      return round(w.subtract(lost).max(Fraction.ZERO));
    }

    if (method instanceof Bands b) {
      for (Band band : b.bands()) {
        boolean above = band.from().map(from -> x.compareTo(Fraction.of(from)) >= 0).orElse(true);
        boolean below = band.to().map(to -> x.compareTo(Fraction.of(to)) < 0).orElse(true);
        if (above && below) {
          return round(Fraction.of(band.points()));
        }
      }
      return round(Fraction.of(b.otherwise().orElseThrow(() -> new UnsupportedOperationException("a value in no band is an error"))));
    }

    if (method instanceof ZScore z) {
      return zScore(z, w, higher, x, population);
    }

    if (method instanceof DirectPoints d) {
      boolean outside = x.signum() < 0 || x.compareTo(w) > 0;
      if (outside && d.outOfRange() == DirectPoints.OutOfRange.ERROR) {
        throw new UnsupportedOperationException("direct points out of range are an error");
      }
      return round(x.max(Fraction.ZERO).min(w));
    }

    throw new UnsupportedOperationException("method " + method.type());
  }

  private BigDecimal whenBestNotPositive(ProportionalToBest p, Fraction w) {
    return switch (p.whenBestNotPositive()) {
      case ZERO -> round(Fraction.ZERO);
      case FULL -> round(w);
      case ERROR -> throw new UnsupportedOperationException("whenBestNotPositive: error is out of scope");
    };
  }

  /**
   * {@code weight × (z + k) / 2k}, z clamped to [-k, k], z = (x − mean) / sd over the population
   * (population standard deviation), negated when lower is better.
   */
  private BigDecimal zScore(ZScore method, Fraction w, boolean higher, Fraction x, Population population) {
    Fraction mean = population.mean();
    Fraction variance = population.variance();
    if (variance.signum() == 0) {
      return round(method.whenNoSpread() == ZScore.WhenNoSpread.FULL ? w : w.divide(Fraction.TWO));
    }
    Fraction k = Fraction.of(method.spread());
    Fraction d = higher ? x.subtract(mean) : mean.subtract(x); // z = d / sd
    // |z| ≥ k exactly when d² ≥ k² × variance: then z is clamped to ±k
    if (d.multiply(d).compareTo(k.multiply(k).multiply(variance)) >= 0) {
      return round(d.signum() > 0 ? w : Fraction.ZERO);
    }
    if (w.signum() == 0 || d.signum() == 0) {
      return round(w.divide(Fraction.TWO)); // z = 0, or no weight: (0 + k) / 2k of the weight
    }
    Fraction sd = variance.sqrt();
    if (sd != null) {
      Fraction zed = d.divide(sd);
      return round(w.multiply(zed.add(k)).divide(k.add(k)));
    }
    // z is irrational, so are the points: 60 digits are plenty for their one rounding
    BigDecimal sdApprox = DecimalMath.sqrt(variance.approximate(new MathContext(70)), WIDER);
    BigDecimal zApprox = d.approximate(new MathContext(70)).divide(sdApprox, WIDER);
    BigDecimal kd = method.spread();
    BigDecimal value = w.approximate(new MathContext(70)).multiply(zApprox.add(kd)).divide(kd.add(kd), WIDER);
    return value.setScale(points.scale(), points.mode());
  }

  /**
   * The scored values of one indicator over the entities assessed, with their least and greatest,
   * mean and population variance, each worked out once.
   */
  private static final class Population {
    final List<Fraction> values;
    final Fraction min;
    final Fraction max;
    private @Nullable Fraction mean;
    private @Nullable Fraction variance;

    Population(List<Fraction> values) {
      this.values = values;
      Fraction lo = values.isEmpty() ? Fraction.ZERO : values.get(0);
      Fraction hi = lo;
      for (Fraction v : values) {
        lo = lo.min(v);
        hi = hi.max(v);
      }
      this.min = lo;
      this.max = hi;
    }

    Fraction mean() {
      if (mean == null) {
        Fraction sum = Fraction.ZERO;
        for (Fraction v : values) {
          sum = sum.add(v);
        }
        mean = sum.divide(Fraction.of(values.size()));
      }
      return mean;
    }

    Fraction variance() {
      if (variance == null) {
        Fraction m = mean();
        Fraction squares = Fraction.ZERO;
        for (Fraction v : values) {
          Fraction d = v.subtract(m);
          squares = squares.add(d.multiply(d));
        }
        variance = squares.divide(Fraction.of(values.size()));
      }
      return variance;
    }
  }

  // ---------------------------------------------------------------- categories and adjustments

  /** The category's points, rounded; records them, and its sub-categories', in the entity. */
  private BigDecimal category(Category category, Entity entity) {
    List<Fraction> parts = new ArrayList<>();
    List<Fraction> weights = new ArrayList<>();
    for (Category c : category.categories()) {
      parts.add(Fraction.of(category(c, entity)));
      weights.add(Fraction.of(c.weight()));
    }
    for (Indicator i : category.indicators()) {
      parts.add(Fraction.of(entity.indicators.get(i.id())));
      weights.add(Fraction.of(i.weight()));
    }
    BigDecimal result = combine(category, parts, weights);
    entity.categories.put(category.id(), result);
    return result;
  }

  private BigDecimal combine(Category category, List<Fraction> parts, List<Fraction> weights) {
    Fraction sum = Fraction.ZERO;
    for (Fraction p : parts) {
      sum = sum.add(p);
    }
    if (category.aggregation() == Aggregation.WEIGHTED_SUM) {
      return round(sum);
    }
    Fraction totalWeight = Fraction.ZERO;
    for (Fraction w : weights) {
      totalWeight = totalWeight.add(w);
    }
    if (totalWeight.signum() == 0) {
      return round(Fraction.ZERO);
    }
    Fraction weight = Fraction.of(category.weight());
    if (category.aggregation() == Aggregation.ARITHMETIC_MEAN) {
      // weight × Σ wᵢ (pointsᵢ / wᵢ) / Σ wᵢ = weight × Σ pointsᵢ / Σ wᵢ. As the engine, this counts the
      // points of a child of weight 0, which only target-steps with a cap above its weight can have.
      return round(weight.multiply(sum).divide(totalWeight));
    }
    // geometric: weight × Π (pointsᵢ / wᵢ)^(wᵢ / Σ wᵢ), zero when a share is zero or less; the mean
    // correctly rounded to 34 digits (computed at 50 from logarithms at 60), then weight × mean rounded once
    BigDecimal logs = BigDecimal.ZERO;
    for (int i = 0; i < parts.size(); i++) {
      Fraction wi = weights.get(i);
      if (wi.signum() == 0) {
        continue;
      }
      Fraction share = parts.get(i).divide(wi);
      if (share.signum() <= 0) {
        return round(Fraction.ZERO);
      }
      BigDecimal ln = DecimalMath.ln(parts.get(i).approximate(MathContext.UNLIMITED), WIDER)
          .subtract(DecimalMath.ln(wi.approximate(MathContext.UNLIMITED), WIDER));
      logs = logs.add(wi.approximate(MathContext.UNLIMITED).multiply(ln));
    }
    BigDecimal mean = DecimalMath.exp(logs.divide(totalWeight.approximate(MathContext.UNLIMITED), WIDER), WIDE)
        .round(DecimalMath.PRECISION);
    return round(weight.multiply(Fraction.of(mean)));
  }

  /** The layer's points: each item's count × points per unit within its cap, rounded; their sum within the layer's cap, rounded. */
  private BigDecimal layer(AdjustmentLayer layer, String entity) {
    Fraction sum = Fraction.ZERO;
    for (AdjustmentItem item : layer.items()) {
      BigDecimal count = data.value(entity, period, item.id()).orElse(BigDecimal.ZERO);
      if (count.signum() < 0 || count.stripTrailingZeros().scale() > 0) {
        throw new UnsupportedOperationException("a count that is not a whole number of at least 0 is an error");
      }
      Fraction p = Fraction.of(count).multiply(Fraction.of(item.pointsPerUnit()));
      if (item.cap().isPresent()) {
        p = withinCap(p, Fraction.of(item.cap().get()));
      }
      sum = sum.add(Fraction.of(round(p)));
    }
    if (layer.cap().isPresent()) {
      sum = withinCap(sum, Fraction.of(layer.cap().get()));
    }
    return round(sum);
  }

  /** v limited to [-cap, cap]. */
  private static Fraction withinCap(Fraction v, Fraction cap) {
    return v.max(cap.negate()).min(cap);
  }

  // ---------------------------------------------------------------- places

  /**
   * Each entity's place among {@code field}, by id: 1 + the number of entities that rank strictly
   * ahead (competition), 1 + the number of distinct scores ahead (dense), or 1 + the number ahead
   * or equal with a smaller id (ordinal).
   */
  private Map<String, Integer> places(List<Entity> field) {
    TieMethod ties = scheme.ranking().ties();
    Map<List<Object>, Entity> distinct = new LinkedHashMap<>(); // one entity for each distinct score
    for (Entity e : field) {
      distinct.putIfAbsent(scoreKey(e), e);
    }
    Map<String, Integer> places = new LinkedHashMap<>();
    for (Entity entity : field) {
      int ahead = 0;
      for (Entity other : ties == TieMethod.DENSE ? distinct.values() : field) {
        int c = compareScores(other, entity); // < 0: other ranks ahead
        if (c < 0 || c == 0 && ties == TieMethod.ORDINAL && other.definition.id().compareTo(entity.definition.id()) < 0) {
          ahead++;
        }
      }
      places.put(entity.definition.id(), 1 + ahead);
    }
    return places;
  }

  /**
   * Negative when {@code a} ranks ahead of {@code b}: the higher total; equal totals by the
   * tie-break chain in order, a missing key last.
   */
  private int compareScores(Entity a, Entity b) {
    int c = b.total.compareTo(a.total);
    for (int i = 0; c == 0 && i < higherFirst.size(); i++) {
      BigDecimal ka = a.keys.get(i);
      BigDecimal kb = b.keys.get(i);
      if (ka == null || kb == null) {
        c = ka == kb ? 0 : ka == null ? 1 : -1;
      } else {
        c = higherFirst.get(i) ? kb.compareTo(ka) : ka.compareTo(kb);
      }
    }
    return c;
  }

  /** What a tie-break compares: points of an indicator or category, or an indicator's value (raw or substitute). */
  private static @Nullable BigDecimal key(Entity e, TieBreak tb) {
    if (tb.by() == TieBreak.Basis.VALUE) {
      return e.values.get(tb.of());
    }
    BigDecimal p = e.indicators.get(tb.of());
    return p != null ? p : e.categories.get(tb.of());
  }

  /** More points are better; a value is better in its indicator's direction. */
  private boolean higherFirst(TieBreak tb) {
    return tb.by() == TieBreak.Basis.POINTS || scheme.indicator(tb.of()).direction() == Direction.HIGHER_IS_BETTER;
  }

  /** The total and the tie-break keys, compared by value: equal lists are a tie. */
  private static List<Object> scoreKey(Entity e) {
    List<Object> key = new ArrayList<>();
    key.add(e.total.stripTrailingZeros());
    for (BigDecimal k : e.keys) {
      key.add(k == null ? "missing" : k.stripTrailingZeros());
    }
    return key;
  }

  // ---------------------------------------------------------------- rounding

  /** The exact value rounded once, as the policy rounds points. */
  private BigDecimal round(Fraction exact) {
    return exact.round(points.scale(), points.mode());
  }

  /** A sum of rounded numbers, which is exact at the points' scale. */
  private BigDecimal exact(Fraction sum) {
    return sum.round(points.scale(), RoundingMode.UNNECESSARY);
  }
}
