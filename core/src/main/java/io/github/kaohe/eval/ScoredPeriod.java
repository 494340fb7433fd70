package io.github.kaohe.eval;

import io.github.kaohe.data.Period;
import io.github.kaohe.internal.columns.Bits;
import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.Arithmetic;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One scheme scored in one period, by column: per indicator the points of every entity, per
 * entity the total, the place and the places within groups, and the listing order. An entity's
 * detail (category points, the formula of each point, adjustments, attributes) is worked out
 * from these columns and the prepared scorers when asked for, never stored. Immutable.
 */
final class ScoredPeriod {
  final Policy policy;
  final Scheme scheme;
  final Period period;
  final Population population;
  final Arithmetic arithmetic;
  final IndicatorInput[] inputs;
  final @Nullable Scorer[] scorers;
  private final Variants variants;
  private final Imputations imputations;
  private final Categories categories;
  private final long[][] points;
  private final @Nullable BigDecimal[][] widePoints;
  private final long[] totals;
  private final @Nullable BigDecimal @Nullable [] wideTotals;
  final Adjustments adjustments;
  final long[] excluded;
  /**
   * The positions of the assessed entities in listing order: by place, then the unplaced by total.
   * Null until first asked for where {@link #lister} works it out (a run read for its places alone).
   */
  private volatile int @Nullable [] order;
  private final @Nullable Supplier<int[]> lister;
  /** How many entities are listed: known without the listing, so that counting them sorts nothing. */
  private final int size;
  /** Each position's place, 0 for none. */
  final int[] places;
  /** Per group attribute, each position's place within its group, 0 for none. */
  final Map<String, int[]> groupPlaces;
  final List<String> notes;
  final List<Exclusion> exclusions;
  /** What the evaluation did that the policy may not expect (a geometric mean that met 0 or less). */
  final List<EvaluationProblem> warnings;
  private final Map<String, Integer> indicatorIndex = new HashMap<>();
  /** The scheme's categories by id: a cluster asks for each entity's points by id, millions of times. */
  private final Map<String, Category> categoryIndex = new HashMap<>();
  /**
   * Per category that adds its parts up, at every depth below it too, the columns of its
   * indicators: its points are their sum ({@link #summedPoints}), read without a list per entity.
   */
  private final Map<String, int[]> summedColumns = new HashMap<>();
  private final boolean sumsOnly;
  private volatile @Nullable Map<String, Integer> positions;

  ScoredPeriod(ScoringRun run, int[] order, int[] places, Map<String, int[]> groupPlaces, List<String> notes) {
    this(run, order, null, places, groupPlaces, notes);
  }

  /** The listing order worked out by {@code lister} only if it is asked for. */
  ScoredPeriod(ScoringRun run, Supplier<int[]> lister, int[] places, List<String> notes) {
    this(run, null, lister, places, Map.of(), notes);
  }

  private ScoredPeriod(ScoringRun run, int @Nullable [] order, @Nullable Supplier<int[]> lister, int[] places,
      Map<String, int[]> groupPlaces, List<String> notes) {
    this.policy = run.policy;
    this.scheme = run.scheme;
    this.period = run.period;
    this.population = run.population;
    this.arithmetic = run.arithmetic;
    this.inputs = run.inputs;
    this.scorers = run.scorers;
    this.variants = run.variants;
    this.imputations = run.imputations;
    this.categories = run.categories;
    this.points = run.points;
    this.widePoints = run.widePoints;
    this.totals = run.totals;
    this.wideTotals = run.wideTotals;
    this.adjustments = run.adjustments;
    this.excluded = run.excluded;
    this.exclusions = run.exclusions();
    this.order = order;
    this.lister = lister;
    // a lazily listed run has everyone ranked and no one excluded: each position is listed
    this.size = order != null ? order.length : places.length;
    this.places = places;
    this.groupPlaces = groupPlaces;
    this.notes = List.copyOf(notes);
    for (int j = 0; j < inputs.length; j++) {
      indicatorIndex.put(inputs[j].indicator.id(), j);
    }
    scheme.allCategories().forEach(c -> categoryIndex.put(c.id(), c));
    categoryIndex.values().stream().filter(c -> sumsOnly(List.of(c))).forEach(c -> summedColumns.put(c.id(),
        c.allIndicators().stream().mapToInt(i -> indicatorIndex.get(i.id())).toArray()));
    this.sumsOnly = run.sumsOnly;
    this.warnings = GeometricMeans.warnings(this);
  }

  private ScoredPeriod(ScoredPeriod base, int[] places, Map<String, int[]> groupPlaces) {
    this.policy = base.policy;
    this.scheme = base.scheme;
    this.period = base.period;
    this.population = base.population;
    this.arithmetic = base.arithmetic;
    this.inputs = base.inputs;
    this.scorers = base.scorers;
    this.variants = base.variants;
    this.imputations = base.imputations;
    this.categories = base.categories;
    this.points = base.points;
    this.widePoints = base.widePoints;
    this.totals = base.totals;
    this.wideTotals = base.wideTotals;
    this.adjustments = base.adjustments;
    this.excluded = base.excluded;
    this.exclusions = base.exclusions;
    this.order = base.order();
    this.lister = null;
    this.size = base.size;
    this.places = places;
    this.groupPlaces = groupPlaces;
    this.notes = base.notes;
    this.indicatorIndex.putAll(base.indicatorIndex);
    this.categoryIndex.putAll(base.categoryIndex);
    this.summedColumns.putAll(base.summedColumns);
    this.sumsOnly = base.sumsOnly;
    this.warnings = base.warnings;
  }

  /**
   * This part of a population with the places that ordering every part gave (each position's place,
   * 0 for none; per group attribute, the same): what rules that read places see. The listing order
   * stays the part's own, which agrees with the places.
   */
  ScoredPeriod withPlaces(int[] places, Map<String, int[]> groupPlaces) {
    return new ScoredPeriod(this, places, groupPlaces);
  }

  /** The column of an indicator. */
  int indexOf(String indicator) {
    return indicatorIndex.get(indicator);
  }

  /** How many entities are assessed (and listed). */
  int size() {
    return size;
  }

  /** The position of the entity listed {@code k}-th. */
  int position(int k) {
    return order()[k];
  }

  private int[] order() {
    int[] listed = order;
    if (listed == null) {
      synchronized (this) {
        listed = order;
        if (listed == null) {
          listed = lister.get();
          order = listed;
        }
      }
    }
    return listed;
  }

  /**
   * Reads the columns of the entities listed from {@code from} to {@code to} (exclusive), column
   * by column, before their results are built one by one. Listed by place, their rows are scattered
   * over the columns, and an entity's result reads some sixty of them: one after another, each
   * waits for memory (4 of the 5 s it took to list a million entities), while a loop over one
   * column keeps many loads in flight. Returns a mix of what it read, for the caller to keep, so
   * that the reads are not dropped as unused.
   */
  long warm(int from, int to) {
    int[] order = order();
    long mix = 0;
    for (int k = from; k < to; k++) {
      int e = order[k];
      mix ^= population.touch(e) ^ places[e] ^ totals[e];
    }
    for (int j = 0; j < inputs.length; j++) {
      IndicatorInput in = inputs[j];
      long[] column = points[j];
      for (int k = from; k < to; k++) {
        int e = order[k];
        mix ^= in.touch(population.row(e)) ^ column[e];
      }
    }
    return mix;
  }

  /** The position of the assessed entity with this id, or −1. */
  int find(String id) {
    int byData = population.positionByData(id);
    if (byData != -2) { // the data's index: no map of a million ids beside it
      return byData >= 0 && !isExcluded(byData) ? byData : -1;
    }
    Map<String, Integer> p = positions;
    if (p == null) {
      int[] order = order();
      p = new HashMap<>(order.length * 2);
      for (int e : order) {
        p.put(population.id(e), e);
      }
      positions = p;
    }
    Integer e = p.get(id);
    return e == null ? -1 : e;
  }

  String id(int e) {
    return population.id(e);
  }

  boolean isExcluded(int e) {
    return Bits.get(excluded, e);
  }

  /** The points of indicator {@code j} for the entity at position {@code e}. */
  BigDecimal points(int j, int e) {
    BigDecimal[] wide = widePoints[j];
    if (wide != null && wide[e] != null) {
      return wide[e];
    }
    return BigDecimal.valueOf(points[j][e], arithmetic.points().scale());
  }

  BigDecimal total(int e) {
    if (wideTotals != null && wideTotals[e] != null) {
      return wideTotals[e];
    }
    return BigDecimal.valueOf(totals[e], arithmetic.totals().scale());
  }

  OptionalInt place(int e) {
    return places[e] == 0 ? OptionalInt.empty() : OptionalInt.of(places[e]);
  }

  Map<String, Integer> groupPlaces(int e) {
    if (groupPlaces.isEmpty()) {
      return Map.of();
    }
    Map<String, Integer> out = new LinkedHashMap<>();
    groupPlaces.forEach((attribute, column) -> {
      if (column[e] != 0) {
        out.put(attribute, column[e]);
      }
    });
    return out;
  }

  /** The entity's attributes: declared, then from the data, then linked from other schemes. */
  Map<String, String> attributes(int e) {
    return population.attributes(e);
  }

  @Nullable String attribute(int e, String key) {
    return population.attribute(e, key);
  }

  /** The points of a category or indicator by id, if the scheme has it. */
  @Nullable BigDecimal points(String id, int e) {
    Integer j = indicatorIndex.get(id);
    if (j != null) {
      return points(j, e);
    }
    Category c = categoryIndex.get(id);
    return c == null ? null : categoryPoints(c, e);
  }

  /** A category's points, computed from its children's. */
  BigDecimal categoryPoints(Category category, int e) {
    int[] columns = summedColumns.get(category.id());
    BigDecimal summed = columns == null ? null : summedPoints(columns, e);
    return summed != null ? summed : categories.points(category, e, this::points);
  }

  /** The scheme's category with this id, at any depth, or null. */
  @Nullable Category category(String id) {
    return categoryIndex.get(id);
  }

  /** Whether the scheme has an indicator with this id. */
  boolean hasIndicator(String id) {
    return indicatorIndex.containsKey(id);
  }

  /**
   * The sum of these indicators' points for the entity, read straight from their columns: a
   * category's points where it and every category below it add their parts up, as {@link
   * #categoryPoints} gives them (each sum is at the points' scale, so rounding it changes nothing),
   * without a list of parts per entity. Null where a column holds points too wide for a long, or the
   * sum would overflow one.
   */
  private @Nullable BigDecimal summedPoints(int[] columns, int e) {
    long sum = 0;
    for (int j : columns) {
      BigDecimal[] wide = widePoints[j];
      if (wide != null && wide[e] != null) {
        return null;
      }
      long p = points[j][e];
      long s = sum + p;
      if (((sum ^ s) & (p ^ s)) < 0) { // overflowed
        return null;
      }
      sum = s;
    }
    return BigDecimal.valueOf(sum, arithmetic.points().scale());
  }

  /** The sum of the top-level categories' points. */
  BigDecimal base(int e) {
    return categories.base(e, this::points);
  }

  /** The sum of the adjustment layers' points ({@code 0} without layers). */
  BigDecimal adjustmentPoints(int e) {
    BigDecimal sum = BigDecimal.ZERO;
    for (AdjustmentResult l : adjustments.results(population.row(e))) {
      sum = sum.add(l.points());
    }
    return sum;
  }

  /** Whether every category adds its children up, so that the base is the sum of all points. */
  boolean sumsOnly() {
    return sumsOnly;
  }

  static boolean sumsOnly(List<Category> categories) {
    for (Category c : categories) {
      if (c.aggregation() != Aggregation.WEIGHTED_SUM || !sumsOnly(c.categories())) {
        return false;
      }
    }
    return true;
  }

  /** The entity's result as scored, before rules. */
  EntityResult entity(int e) {
    List<CategoryResult> categories = new ArrayList<>();
    BigDecimal base = BigDecimal.ZERO;
    for (Category c : scheme.categories()) {
      CategoryResult r = category(c, e);
      categories.add(r);
      base = base.add(r.points());
    }
    List<AdjustmentResult> layers = adjustments.results(population.row(e));
    BigDecimal adjustmentPoints = BigDecimal.ZERO;
    for (AdjustmentResult l : layers) {
      adjustmentPoints = adjustmentPoints.add(l.points());
    }
    return new EntityResult(population.definition(e), attributes(e), base, adjustmentPoints, total(e), categories, layers,
        place(e), groupPlaces(e));
  }

  private CategoryResult category(Category category, int e) {
    List<CategoryResult> subs = new ArrayList<>();
    List<IndicatorResult> own = new ArrayList<>();
    List<BigDecimal> children = new ArrayList<>();
    List<BigDecimal> weights = new ArrayList<>();
    for (Category c : category.categories()) {
      CategoryResult r = category(c, e);
      subs.add(r);
      children.add(r.points());
      weights.add(c.weight());
    }
    for (Indicator i : category.indicators()) {
      IndicatorResult r = indicator(indicatorIndex.get(i.id()), e);
      own.add(r);
      children.add(r.points());
      weights.add(i.weight());
    }
    return new CategoryResult(category, Aggregations.combine(category, children, weights, arithmetic.points()), subs, own);
  }

  /**
   * How indicator {@code j}'s points came about for the entity, as {@link #indicator} says it,
   * without building its result.
   */
  IndicatorStatus status(int j, int e) {
    if (imputations.note(j, e) != null) {
      return imputations.value(j, e) == null ? IndicatorStatus.MISSING_ZERO_POINTS : IndicatorStatus.MISSING_IMPUTED;
    }
    return inputs[j].status(population.row(e));
  }

  /** Indicator {@code j}'s result for the entity: value, scored value, points, status and how. */
  IndicatorResult indicator(int j, int e) {
    IndicatorInput in = inputs[j];
    int row = population.row(e);
    BigDecimal scored = in.scoredValue(row);
    Scorer scorer = variants.vary(j) ? variants.scorer(j, e) : scorers[j];
    Label note = imputations.note(j, e);
    if (note != null) {
      BigDecimal imputed = imputations.value(j, e);
      boolean ofValues = Imputations.imputes(in, io.github.kaohe.model.MissingValueRule.Imputation.Basis.VALUES);
      return new IndicatorResult(in.indicator, ofValues ? imputed : null, ofValues ? imputed : null, points(j, e), status(j, e),
          ofValues && imputed != null ? scorer : null, note);
    }
    return new IndicatorResult(in.indicator, in.shownValue(row), scored, points(j, e), status(j, e),
        scored == null ? null : scorer);
  }
}
