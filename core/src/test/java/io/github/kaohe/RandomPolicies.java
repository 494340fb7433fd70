// Over 500 lines: one generator whose parts constrain each other (weights, ids, tie-breaks); split, each part would need the rest.
package io.github.kaohe;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.model.AdjustmentItem;
import io.github.kaohe.model.AdjustmentLayer;
import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.Arithmetic;
import io.github.kaohe.model.Band;
import io.github.kaohe.model.Bands;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.Clamp;
import io.github.kaohe.model.DirectPoints;
import io.github.kaohe.model.Direction;
import io.github.kaohe.model.EntityDefinition;
import io.github.kaohe.model.Goalposts;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.MinMax;
import io.github.kaohe.model.MissingValueRule;
import io.github.kaohe.model.NaturalLog;
import io.github.kaohe.model.PlacePoints;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.PolicySource;
import io.github.kaohe.model.ProportionalToBest;
import io.github.kaohe.model.Ranking;
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
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Random valid policies, and data to evaluate them on, for properties.
 *
 * <p>Policies are built imperatively from one {@link Random}, because their parts constrain each
 * other (weights that add up, ids used once, tie-breaks that refer to the table); properties
 * turn them into arbitraries with {@code Arbitraries.randomValue(RandomPolicies::policy)}. Such
 * values do not shrink, so properties print what failed.
 *
 * <p>An <em>evaluable</em> policy is one that evaluates on the data {@link #rows} generates
 * without an {@code EvaluationException}: no missing rule {@code error}, no method option that
 * fails on purpose, logarithms only of values that have one.
 */
public final class RandomPolicies {
  public static final Period PERIOD = Period.year(2015);

  /** Labels that YAML would read as something else when written unquoted. */
  public static final List<String> YAML_HOSTILE =
      List.of(
          "yes", "no", "null", "Null", "NULL", "~", "true", "False", "on", "Off", "y", "N", "1.0", "0x1F", "1e3", "+1",
          "1_000", ".inf", "-.inf", ".nan", "0o17", "2020-01-01", "12:30", "- x", ": y", "? z", "#", "# not a comment",
          "a #b", "a: b", "{x}", "[y]", "&a", "*b", "!t", "!!str", "%p", "@", "`", "|", "> x", "---", "...", "'q'",
          "\"d\"", "  lead", "trail  ", "多行\n文本", "tab\there", "中文：冒号", "= 1", "<<", ",", "\\", "\u00a0nbsp",
          "a\u2028b", "emoji 😀", "\u0085nel", "a\u0085b");

  private final Random r;
  private final boolean evaluable;
  /** Whether indicators may take the ln transform. */
  private boolean lnAllowed = true;
  /** Whether a scheme may name its entities (otherwise they come from the data). */
  private boolean declareEntities = true;
  /**
   * Whether z-score indicators may take the ln transform. Not in the hard cases: the engine rounds a
   * z-score's mean and variance to 34 digits, and logarithms have 34 digits already, so an exact
   * z (±1 over two values) comes out a hair off (EngineMatchesReferenceProperties#zScoreIsExactWhereTheMathIs).
   */
  private boolean lnForZScores = true;
  private final Set<String> schemeIds = new HashSet<>();
  private Set<String> tableIds = new HashSet<>();

  private RandomPolicies(Random r, boolean evaluable) {
    this.r = r;
    this.evaluable = evaluable;
  }

  /** A valid policy drawn from this source of randomness. */
  public static Policy policy(Random r) {
    return new RandomPolicies(r, false).policy();
  }

  /** A scheme to evaluate, in a policy of its own, and rows of data for it. */
  public record Case(Policy policy, Scheme scheme, List<Row> rows) {
    /** The rows as a dataset, in the order given. */
    public Dataset data() {
      return RandomPolicies.data(rows);
    }

    @Override
    public String toString() {
      return io.github.kaohe.load.PolicyWriter.toYaml(policy) + "\nrows: " + rows;
    }
  }

  /** One entity's row: values by key (indicator or adjustment item), and attributes. */
  public record Row(String entity, Map<String, BigDecimal> values, Map<String, String> attributes) {}

  /** An evaluable policy of one scheme, with data. */
  public static Case evaluableCase(Random r) {
    RandomPolicies g = new RandomPolicies(r, true);
    Policy p = g.policy(1);
    Scheme s = p.schemes().get(0);
    return new Case(p, s, g.rows(s));
  }

  /**
   * An evaluable policy of one scheme, with data aimed at the hard cases of exact arithmetic
   * ({@link #hardRows}).
   *
   * @param ln whether indicators may take the ln transform
   * @param entities how many entities the data has; 0 for a few (or those the scheme names)
   */
  public static Case hardCase(Random r, boolean ln, int entities) {
    RandomPolicies g = new RandomPolicies(r, true);
    g.lnAllowed = ln;
    g.lnForZScores = false;
    g.declareEntities = entities == 0;
    Policy p = g.policy(1);
    Scheme s = p.schemes().get(0);
    return new Case(p, s, g.hardRows(s, entities));
  }

  /**
   * An evaluable policy of one scheme whose entities come from the data, with rows of ordinary
   * values (ties among them) for {@code entities} entities.
   */
  public static Case dataCase(Random r, int entities) {
    RandomPolicies g = new RandomPolicies(r, true);
    g.declareEntities = false;
    Policy p = g.policy(1);
    Scheme s = p.schemes().get(0);
    return new Case(p, s, g.rows(s, entities));
  }

  public static Dataset data(List<Row> rows) {
    Dataset.Builder b = Dataset.builder();
    for (Row row : rows) {
      b.row(row.entity(), PERIOD);
      row.values().forEach((k, v) -> b.value(row.entity(), PERIOD, k, v));
      row.attributes().forEach((k, v) -> b.attribute(row.entity(), k, v));
    }
    return b.build();
  }

  // ---------------------------------------------------------------- policy

  private Policy policy() {
    return policy(1 + r.nextInt(2));
  }

  private Policy policy(int schemes) {
    List<Scheme> list = new ArrayList<>();
    for (int i = 0; i < schemes; i++) {
      list.add(scheme());
    }
    LocalDate date = LocalDate.of(1990 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28));
    PolicySource source =
        new PolicySource(
            label(), text(), date, maybe(() -> date.plusDays(r.nextInt(400))), maybe(this::text), maybe(this::text));
    return new Policy(id(), label(), text(), source, Arithmetic.of(rounding(), rounding()), list);
  }

  private Rounding rounding() {
    List<RoundingMode> modes = new ArrayList<>(List.of(RoundingMode.values()));
    modes.remove(RoundingMode.UNNECESSARY);
    return Rounding.of(r.nextInt(5), pick(modes));
  }

  // ---------------------------------------------------------------- scheme

  private Scheme scheme() {
    String id;
    do {
      id = id();
    } while (!schemeIds.add(id));
    tableIds = new HashSet<>();
    List<String> attributes = distinctIds(r.nextInt(3));
    int depth = 1 + r.nextInt(2);
    List<Category> categories = new ArrayList<>();
    int n = 1 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      categories.add(category(depth));
    }
    BigDecimal total = categories.stream().map(Category::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.signum() == 0) {
      // every weight drew 0: add a category that weighs something
      categories.add(category(1, BigDecimal.ONE));
      total = BigDecimal.ONE;
    }
    BigDecimal tolerance = r.nextInt(4) == 0 ? decimal(0, 1, 2) : BigDecimal.ZERO;
    List<AdjustmentLayer> adjustments = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      adjustments.add(layer());
    }
    List<EntityDefinition> entities = entities(attributes);
    Ranking ranking = ranking(categories, attributes);
    return new Scheme(
        id, label(), maybe(this::text), total, tolerance, attributes, entities, categories, adjustments, ranking);
  }

  private Category category(int depth) {
    return category(depth, null);
  }

  /** A category; {@code fixed} forces a weighted-sum of one indicator of that weight. */
  private Category category(int depth, BigDecimal fixed) {
    String id = tableId();
    Aggregation aggregation =
        fixed != null ? Aggregation.WEIGHTED_SUM : r.nextInt(3) == 0 ? pick(List.of(Aggregation.values())) : Aggregation.WEIGHTED_SUM;
    List<Category> subs = new ArrayList<>();
    List<Indicator> indicators = new ArrayList<>();
    int n = fixed != null ? 1 : 1 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      if (depth > 1) {
        subs.add(category(depth - 1));
      } else {
        indicators.add(indicator(fixed));
      }
    }
    BigDecimal children = BigDecimal.ZERO;
    for (Category c : subs) {
      children = children.add(c.weight());
    }
    for (Indicator i : indicators) {
      children = children.add(i.weight());
    }
    BigDecimal weight = aggregation == Aggregation.WEIGHTED_SUM ? children : decimal(1, 30, 2);
    return new Category(id, label(), weight, aggregation, subs, indicators, maybe(this::text));
  }

  private List<EntityDefinition> entities(List<String> attributes) {
    List<EntityDefinition> entities = new ArrayList<>();
    Set<String> names = new HashSet<>();
    int n = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(5);
    if (!declareEntities) {
      n = 0;
    }
    for (int i = 0; i < n; i++) {
      EntityDefinition e = entity(attributes);
      if (Collections.disjoint(names, e.allNames())) {
        names.addAll(e.allNames());
        entities.add(e);
      }
    }
    return entities;
  }

  private EntityDefinition entity(List<String> attributes) {
    String id = text().strip();
    if (id.isEmpty()) {
      id = id();
    }
    List<String> aliases = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      aliases.add(text());
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (String a : attributes) {
      if (r.nextInt(4) > 0) {
        values.put(a, evaluable ? pick(List.of("东", "西", "x")) : text());
      }
    }
    return new EntityDefinition(id, label(), aliases, r.nextInt(5) > 0, values);
  }

  private AdjustmentLayer layer() {
    boolean bonus = r.nextBoolean();
    List<AdjustmentItem> items = new ArrayList<>();
    for (int i = 1 + r.nextInt(3); i > 0; i--) {
      BigDecimal perUnit = decimal(1, 10, 1);
      items.add(
          new AdjustmentItem(
              tableId(), label(), bonus ? perUnit : perUnit.negate(), maybe(() -> decimal(1, 20, 1)), maybe(this::text)));
    }
    return new AdjustmentLayer(tableId(), label(), maybe(() -> decimal(1, 20, 1)), items);
  }

  private Ranking ranking(List<Category> categories, List<String> attributes) {
    List<Indicator> indicators = new ArrayList<>();
    List<String> all = new ArrayList<>();
    for (Category c : categories) {
      indicators.addAll(c.allIndicators());
      collectIds(c, all);
    }
    List<TieBreak> chain = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      chain.add(r.nextBoolean() ? TieBreak.value(pick(indicators).id()) : TieBreak.points(pick(all)));
    }
    List<String> groups = new ArrayList<>();
    for (String a : attributes) {
      if (r.nextBoolean()) {
        groups.add(a);
      }
    }
    return new Ranking(pick(List.of(TieMethod.values())), chain, groups);
  }

  private static void collectIds(Category c, List<String> ids) {
    ids.add(c.id());
    c.categories().forEach(s -> collectIds(s, ids));
    c.indicators().forEach(i -> ids.add(i.id()));
  }

  // ---------------------------------------------------------------- indicator

  private Indicator indicator(BigDecimal fixedWeight) {
    BigDecimal weight = fixedWeight != null ? fixedWeight : r.nextInt(10) == 0 ? BigDecimal.ZERO : decimal(1, 20, 2);
    ScoringMethod method = method(weight, null);
    Direction direction = direction(method);
    List<Transform> transforms = method instanceof PlacePoints && evaluable ? List.of() : transforms();
    if (method instanceof ZScore && !lnForZScores) {
      transforms = transforms.stream().filter(t -> !(t instanceof NaturalLog)).toList();
    }
    boolean ln = transforms.stream().anyMatch(NaturalLog.class::isInstance);
    return Indicator.builder(tableId(), label(), weight)
        .unit(pick(List.of("", "%", "万元", "个", text())))
        .direction(direction)
        .method(method)
        .transforms(transforms)
        .missing(missing(method, ln))
        .source(text())
        .build();
  }

  /** A direction the method allows. */
  private Direction direction(ScoringMethod method) {
    if (method instanceof PlacePoints) {
      return Direction.LOWER_IS_BETTER;
    }
    if (method instanceof DirectPoints
        || method instanceof ProportionalToBest p && p.negatives() == ProportionalToBest.Negatives.SHIFT) {
      return Direction.HIGHER_IS_BETTER;
    }
    return r.nextBoolean() ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
  }

  /**
   * A scoring method with valid parameters for this weight; {@code monotone} (a direction) asks
   * for bands whose points follow it and cover every value.
   */
  ScoringMethod method(BigDecimal weight, Direction monotone) {
    switch (r.nextInt(9)) {
      case 0:
        return ProportionalToBest.of(
            pick(List.of(ProportionalToBest.Negatives.values())),
            evaluable
                ? pick(List.of(ProportionalToBest.WhenBestNotPositive.ZERO, ProportionalToBest.WhenBestNotPositive.FULL))
                : pick(List.of(ProportionalToBest.WhenBestNotPositive.values())));
      case 1: {
        BigDecimal floor = decimal(0, 1, 2);
        BigDecimal ceiling = floor.add(decimal(0, 1, 2)).min(BigDecimal.ONE);
        return MinMax.of(floor, ceiling, pick(List.of(MinMax.WhenAllEqual.values())));
      }
      case 2: {
        BigDecimal lower = decimal(-50, 50, 1);
        return Goalposts.of(lower, lower.add(decimal(1, 100, 1)));
      }
      case 3:
        return RatioToBenchmark.of(decimal(1, 100, 1), r.nextBoolean() ? BigDecimal.ONE : BigDecimal.ONE.add(decimal(0, 2, 1)));
      case 4: {
        BigDecimal floor = r.nextBoolean() ? BigDecimal.ZERO : decimal(0, 1, 2).multiply(weight);
        Optional<BigDecimal> cap = maybe(() -> floor.add(decimal(0, 30, 1)));
        return new TargetSteps(
            decimal(-20, 100, 1), decimal(1, 10, 1), decimal(0, 5, 1), r.nextBoolean() ? BigDecimal.ZERO : decimal(0, 5, 1),
            floor, cap, pick(List.of(TargetSteps.Counting.values())));
      }
      case 5:
        return r.nextBoolean() ? PlacePoints.linear(2 + r.nextInt(30)) : PlacePoints.step(decimal(1, 30, 1).divide(BigDecimal.TEN));
      case 6:
        return bands(weight, monotone);
      case 7:
        return new ZScore(decimal(1, 40, 1).divide(BigDecimal.TEN), pick(List.of(ZScore.WhenNoSpread.values())));
      default:
        return new DirectPoints(evaluable ? DirectPoints.OutOfRange.CLAMP : pick(List.of(DirectPoints.OutOfRange.values())));
    }
  }

  private Bands bands(BigDecimal weight, Direction monotone) {
    int n = 1 + r.nextInt(4);
    List<BigDecimal> points = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      points.add(weight.signum() == 0 ? BigDecimal.ZERO : decimal(0, 100, 0).multiply(weight).divide(BigDecimal.valueOf(100)));
    }
    if (monotone != null) {
      Collections.sort(points);
      if (monotone == Direction.LOWER_IS_BETTER) {
        Collections.reverse(points);
      }
    }
    BigDecimal from = decimal(-50, 50, 1);
    boolean coverAll = monotone != null;
    List<Band> bands = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      BigDecimal to = from.add(decimal(1, 40, 1));
      boolean openBelow = i == 0 && (coverAll || r.nextBoolean());
      boolean openAbove = i == n - 1 && (coverAll || r.nextBoolean());
      bands.add(new Band(openBelow ? Optional.empty() : Optional.of(from), openAbove ? Optional.empty() : Optional.of(to), points.get(i)));
      // contiguous when covering everything; otherwise sometimes a gap
      from = coverAll || r.nextBoolean() ? to : to.add(decimal(1, 10, 1));
    }
    Optional<BigDecimal> otherwise =
        coverAll ? Optional.empty() : evaluable || r.nextBoolean() ? Optional.of(weight.signum() == 0 ? BigDecimal.ZERO : decimal(0, 1, 2).multiply(weight)) : Optional.empty();
    return new Bands(bands, otherwise);
  }

  private List<Transform> transforms() {
    switch (r.nextInt(6)) {
      case 0:
        if (!lnAllowed) {
          return List.of();
        }
        return List.of(new NaturalLog(evaluable ? NaturalLog.WhenNotPositive.MISSING : pick(List.of(NaturalLog.WhenNotPositive.values()))));
      case 1:
        return List.of(clamp(false));
      case 2:
        // clamped into positive values first, so that the logarithm exists
        if (!lnAllowed) {
          return List.of(clamp(true));
        }
        return List.of(clamp(true), new NaturalLog(pick(List.of(NaturalLog.WhenNotPositive.values()))));
      default:
        return List.of();
    }
  }

  private Clamp clamp(boolean positive) {
    BigDecimal min = positive ? decimal(1, 10, 1) : decimal(-20, 20, 1);
    BigDecimal max = min.add(decimal(0, 100, 1));
    if (positive) {
      return new Clamp(Optional.of(min), maybe(() -> max));
    }
    return switch (r.nextInt(3)) {
      case 0 -> new Clamp(Optional.of(min), Optional.empty());
      case 1 -> new Clamp(Optional.empty(), Optional.of(max));
      default -> Clamp.of(min, max);
    };
  }

  private MissingValueRule missing(ScoringMethod method, boolean ln) {
    switch (r.nextInt(evaluable ? 3 : 4)) {
      case 0:
        return MissingValueRule.zeroPoints();
      case 1:
        return MissingValueRule.excludeEntity();
      case 2:
        // a substitute the method and the transforms can use
        return MissingValueRule.substitute(
            method instanceof PlacePoints ? BigDecimal.valueOf(1 + r.nextInt(10)) : ln ? decimal(1, 50, 1) : decimal(-10, 100, 1));
      default:
        return MissingValueRule.error();
    }
  }

  // ---------------------------------------------------------------- data

  /** A row per entity (declared, or made up when the scheme names none), in random order. */
  public List<Row> rows(Scheme scheme) {
    return rows(scheme, 0);
  }

  /** Rows for the scheme's entities, or for {@code count} entities (0: a few) if it names none. */
  public List<Row> rows(Scheme scheme, int count) {
    List<String> entities = new ArrayList<>();
    scheme.entities().forEach(e -> entities.add(e.id()));
    if (entities.isEmpty()) {
      for (int i = count > 0 ? count : 1 + r.nextInt(7); i > 0; i--) {
        entities.add("e" + i);
      }
    }
    List<Indicator> indicators = scheme.indicators();
    // a few values per indicator, drawn again and again, make ties
    Map<String, List<BigDecimal>> pools = new LinkedHashMap<>();
    for (Indicator i : indicators) {
      List<BigDecimal> pool = new ArrayList<>();
      for (int k = 1 + r.nextInt(3); k > 0; k--) {
        pool.add(value(i));
      }
      pools.put(i.id(), pool);
    }
    List<Row> rows = new ArrayList<>();
    for (String e : entities) {
      Map<String, BigDecimal> values = new LinkedHashMap<>();
      for (Indicator i : indicators) {
        int roll = r.nextInt(10);
        if (roll == 0) {
          continue; // missing
        }
        values.put(i.id(), roll < 5 ? pick(pools.get(i.id())) : value(i));
      }
      for (AdjustmentItem item : scheme.adjustmentItems()) {
        if (r.nextBoolean()) {
          values.put(item.id(), BigDecimal.valueOf(r.nextInt(4)));
        }
      }
      Map<String, String> attributes = new LinkedHashMap<>();
      if (scheme.entities().isEmpty()) {
        for (String a : scheme.attributes()) {
          attributes.put(a, pick(List.of("东", "西")));
        }
      }
      rows.add(new Row(e, values, attributes));
    }
    Collections.shuffle(rows, r);
    return rows;
  }

  // ---------------------------------------------------------------- data for the hard cases

  /** Values at the edges of exact arithmetic, for any method but place-points. */
  private static final List<BigDecimal> SPECIALS =
      List.of(
          "0", "1E-12", "-1E-12", "0.000000000001", "9200000000000000000", "9223372036854775807", "9223372036854775808",
          "-9223372036854775808", "123456789012345678.9", "-123456789012345678.9", "3.14159265358979323846264338327950288",
          "1.005", "2.675", "-0.5", "0.125", "100", "1E+20")
          .stream().map(BigDecimal::new).toList();

  /**
   * Rows aimed at the hard cases of exact arithmetic: values on simple fractions of each method's
   * range, so that points land on rounding boundaries (…5 one place beyond the points' scale);
   * ties; one entity; every value equal (degenerate min–max, no spread); negatives; zeros; missing
   * values; values with many decimals, near the long limit, and tiny ones. In random order.
   *
   * @param count how many entities when the scheme names none; 0 for one to eight
   */
  public List<Row> hardRows(Scheme scheme, int count) {
    List<String> entities = new ArrayList<>();
    scheme.entities().forEach(e -> entities.add(e.id()));
    if (entities.isEmpty()) {
      int n = count > 0 ? count : r.nextInt(5) == 0 ? 1 : 2 + r.nextInt(7);
      for (int i = 1; i <= n; i++) {
        entities.add("e" + i);
      }
    }
    Map<String, Supplier<BigDecimal>> draws = new LinkedHashMap<>();
    for (Indicator i : scheme.indicators()) {
      draws.put(i.id(), hardValues(i));
    }
    int missingPercent = pick(List.of(0, 0, 5, 10, 30));
    List<Row> rows = new ArrayList<>();
    for (String e : entities) {
      if (!scheme.entities().isEmpty() && r.nextInt(12) == 0) {
        continue; // a named entity without a row: every value missing
      }
      Map<String, BigDecimal> values = new LinkedHashMap<>();
      for (Indicator i : scheme.indicators()) {
        if (r.nextInt(100) >= missingPercent) {
          values.put(i.id(), draws.get(i.id()).get());
        }
      }
      for (AdjustmentItem item : scheme.adjustmentItems()) {
        if (r.nextBoolean()) {
          values.put(item.id(), BigDecimal.valueOf(pick(List.of(0, 1, 2, 3, 7, 1000))));
        }
      }
      Map<String, String> attributes = new LinkedHashMap<>();
      for (String a : scheme.attributes()) {
        // entities from the data mostly have their attributes there; named ones sometimes override theirs
        if (scheme.entities().isEmpty() ? r.nextInt(6) > 0 : r.nextInt(6) == 0) {
          attributes.put(a, pick(List.of("东", "西", "x")));
        }
      }
      rows.add(new Row(e, values, attributes));
    }
    if (!scheme.entities().isEmpty() && r.nextInt(6) == 0) {
      rows.add(new Row("stranger", Map.of(), Map.of())); // not named by the scheme: not assessed
    }
    Collections.shuffle(rows, r);
    return rows;
  }

  /** How one indicator's values are drawn: all equal, from a small pool (ties), or each anew. */
  private Supplier<BigDecimal> hardValues(Indicator indicator) {
    Supplier<BigDecimal> one = hardValue(indicator);
    switch (r.nextInt(8)) {
      case 0: {
        BigDecimal v = one.get();
        return () -> v;
      }
      case 1:
      case 2: {
        List<BigDecimal> pool = new ArrayList<>();
        for (int k = 1 + r.nextInt(3); k > 0; k--) {
          pool.add(one.get());
        }
        return () -> pick(pool);
      }
      default:
        return one;
    }
  }

  /** Draws values for the indicator: mostly simple fractions of its method's range. */
  private Supplier<BigDecimal> hardValue(Indicator indicator) {
    ScoringMethod m = indicator.method();
    if (m instanceof PlacePoints pp) {
      int field = pp.fieldSize().orElse(20);
      return () -> r.nextInt(20) == 0 ? BigDecimal.valueOf(Integer.MAX_VALUE) : BigDecimal.valueOf(1 + r.nextInt(field + 2));
    }
    BigDecimal unit =
        pick(List.of(decimal(1, 100, 2), decimal(1, 9, 0), new BigDecimal("1E+15"), new BigDecimal("0.0001"),
            new BigDecimal("1E-12").multiply(BigDecimal.valueOf(1 + r.nextInt(9)))));
    BigDecimal origin = r.nextBoolean() ? BigDecimal.ZERO : decimal(-30, 100, 2);
    BigDecimal weight = indicator.weight();
    Supplier<BigDecimal> any = () -> {
      int roll = r.nextInt(20);
      if (roll < 10) {
        return onAFraction(m, weight, origin, unit);
      }
      if (roll < 14) {
        return pick(SPECIALS);
      }
      if (roll < 17) {
        return decimal(-30, 150, r.nextInt(3));
      }
      return BigDecimal.valueOf(r.nextLong() % 1_000_000_000_000L, 8 + r.nextInt(13)); // many decimals
    };
    if (m instanceof ZScore) {
      // The engine rounds a z-score's mean, variance and deviation to 34 digits, so where they need
      // more, an exact z (±1 over two values) comes out a hair off and can round a unit the other
      // way, and a single value of more digits shows a spread: see EngineMatchesReferenceProperties
      // #zScoreOfOneValueOfMoreThan34DigitsHasNoSpread and #zScoreIsExactWhereTheMathIs. Values here
      // stay under 10^6 with at most 4 decimals, so that those numbers keep within 34 digits.
      BigDecimal limit = BigDecimal.valueOf(1_000_000);
      return () -> {
        BigDecimal v = any.get().remainder(limit);
        return v.setScale(Math.min(Math.max(v.scale(), 0), 4), RoundingMode.DOWN);
      };
    }
    return any;
  }

  /** A value at a simple fraction (eighths, quarters) of the method's range, or at one of its edges. */
  private BigDecimal onAFraction(ScoringMethod m, BigDecimal weight, BigDecimal origin, BigDecimal unit) {
    BigDecimal eighths = BigDecimal.valueOf(r.nextInt(25) - 8).divide(BigDecimal.valueOf(8));
    if (m instanceof Goalposts g) {
      return g.lower().value().add(g.upper().value().subtract(g.lower().value()).multiply(eighths));
    }
    if (m instanceof RatioToBenchmark rb) {
      return r.nextBoolean()
          ? rb.benchmark().value().multiply(eighths)
          : rb.benchmark().value().multiply(BigDecimal.valueOf(8)).divide(BigDecimal.valueOf(pick(List.of(1, 2, 4, 5, 10, 16, 20, 25, 40))));
    }
    if (m instanceof TargetSteps t) {
      return t.target().value().add(t.step().multiply(BigDecimal.valueOf(r.nextInt(33) - 16)).divide(BigDecimal.valueOf(4)));
    }
    if (m instanceof Bands b) {
      List<BigDecimal> edges = new ArrayList<>();
      for (Band band : b.bands()) {
        band.from().ifPresent(edges::add);
        band.to().ifPresent(edges::add);
      }
      if (edges.isEmpty()) {
        return decimal(-30, 150, 2); // one band, open either way
      }
      BigDecimal edge = pick(edges);
      return switch (r.nextInt(3)) {
        case 0 -> edge;
        case 1 -> edge.subtract(pick(List.of(new BigDecimal("0.01"), new BigDecimal("1E-10"))));
        default -> edge.add(decimal(-20, 20, 1));
      };
    }
    if (m instanceof DirectPoints) {
      return r.nextBoolean()
          ? weight.multiply(eighths)
          : BigDecimal.valueOf(r.nextInt(2000) * 10L + 5, 3 + r.nextInt(3)); // …5 beyond the points' scale
    }
    // proportional-to-best, min-max, z-score: origin + k/8 units
    return origin.add(unit.multiply(eighths));
  }

  /** A value the indicator can score. */
  BigDecimal value(Indicator indicator) {
    if (indicator.method() instanceof PlacePoints) {
      return BigDecimal.valueOf(1 + r.nextInt(20));
    }
    return decimal(-30, 150, r.nextInt(3));
  }

  // ---------------------------------------------------------------- basics

  private String tableId() {
    String id;
    do {
      id = id();
    } while (!tableIds.add(id));
    return id;
  }

  private List<String> distinctIds(int n) {
    Set<String> ids = new java.util.LinkedHashSet<>();
    while (ids.size() < n) {
      ids.add(id());
    }
    return new ArrayList<>(ids);
  }

  /** An id such as {@code tax}, {@code tax-growth2} or {@code a.b_c}. */
  String id() {
    String letters = "abcdefghijklmnopqrstuvwxyz";
    String alnum = letters + "0123456789";
    StringBuilder s = new StringBuilder().append(letters.charAt(r.nextInt(26)));
    for (int i = r.nextInt(5); i > 0; i--) {
      s.append(alnum.charAt(r.nextInt(alnum.length())));
    }
    for (int parts = r.nextInt(3); parts > 0; parts--) {
      s.append("-_.".charAt(r.nextInt(3)));
      for (int i = 1 + r.nextInt(3); i > 0; i--) {
        s.append(alnum.charAt(r.nextInt(alnum.length())));
      }
    }
    return s.toString();
  }

  Label label() {
    return Label.of(text(), text());
  }

  /** Text that is not blank: Chinese, English, YAML-hostile, or random characters. */
  String text() {
    String t =
        switch (r.nextInt(6)) {
          case 0 -> pick(YAML_HOSTILE);
          case 1 -> chars(0x4e00, 0x9fa5, 1 + r.nextInt(8));
          case 2 -> chars(0x20, 0x7e, 1 + r.nextInt(12));
          case 3 -> pick(YAML_HOSTILE) + chars(0x4e00, 0x9fa5, 1 + r.nextInt(3));
          case 4 -> pick(List.of("Tax revenue", "增速", "Provincial place", "汴西新区", "开封市人民政府办公室"));
          default -> chars(0x20, 0x7e, 1) + pick(List.of("\t", "\n", "\r\n", "\"", "'", ": ", " #")) + chars(0x4e00, 0x9fa5, 2);
        };
    return t.isBlank() ? "x" + t : t;
  }

  private String chars(int from, int to, int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append((char) (from + r.nextInt(to - from + 1)));
    }
    return s.toString();
  }

  /** A decimal in [min, max] with up to {@code scale} decimals (its scale is kept, e.g. 1.50). */
  BigDecimal decimal(int min, int max, int scale) {
    int s = r.nextInt(scale + 1);
    long unit = BigDecimal.TEN.pow(s).longValueExact();
    long span = (long) (max - min) * unit;
    return BigDecimal.valueOf(min * unit + (long) (r.nextDouble() * (span + 1)), s).min(BigDecimal.valueOf(max));
  }

  <T> T pick(List<T> items) {
    return items.get(r.nextInt(items.size()));
  }

  private <T> Optional<T> maybe(Supplier<T> value) {
    return r.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
  }

  /** A generator for properties that build their own cases from the same parts. */
  public static RandomPolicies evaluable(Random r) {
    return new RandomPolicies(r, true);
  }

  /** A scoring method for this weight whose bands, if any, follow the direction and cover every value. */
  public ScoringMethod monotoneMethod(BigDecimal weight, Direction direction) {
    return method(weight, direction);
  }

  public Direction directionFor(ScoringMethod method) {
    return direction(method);
  }

  public BigDecimal anyDecimal(int min, int max, int scale) {
    return decimal(min, max, scale);
  }

  public BigDecimal valueFor(Indicator indicator) {
    return value(indicator);
  }

  public <T> T any(List<T> items) {
    return pick(items);
  }
}
