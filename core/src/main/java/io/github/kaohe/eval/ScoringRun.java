// Over 500 lines: the stages of one scoring share its columns and problem log, and a run on a base (the sensitivity analysis) reuses the first stages of another; apart, each would need every field.
package io.github.kaohe.eval;

import io.github.kaohe.data.Period;
import io.github.kaohe.internal.columns.Bits;
import io.github.kaohe.internal.columns.ColumnStore;
import io.github.kaohe.internal.columns.DecimalColumn;
import io.github.kaohe.internal.columns.LongDecimals;
import io.github.kaohe.model.AdjustmentItem;
import io.github.kaohe.model.AdjustmentLayer;
import io.github.kaohe.model.Arithmetic;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.MissingValueRule;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.TieBreak;
import io.github.kaohe.model.Parameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Map;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Scores one scheme in one period, in stages over columns: the inputs (transforms, missing
 * values, exclusions), the population's statistics per indicator, the points of every entity per
 * indicator by the method's {@link Kernel} (its {@link Scorer} where the kernel defers), then
 * totals, and {@link RankOrder} places them. The stages that visit every entity run over chunks
 * of {@value #CHUNK} entities, on every core when asked; the chunks' statistics and problems are
 * merged in chunk order, so the result does not depend on how the work was shared.
 */
final class ScoringRun {
  /** Entities per chunk: a multiple of 64, so that chunks never share a word of a bitmap. */
  static final int CHUNK = 4096;
  /** Below this many values (entities × indicators), working in parallel costs more than it saves. */
  private static final int PARALLEL_FROM = 50_000;

  final Policy policy;
  final Scheme scheme;
  final Period period;
  final Arithmetic arithmetic;
  final Population population;
  final IndicatorInput[] inputs;
  final @Nullable Scorer[] scorers;
  final long[][] points;
  final @Nullable BigDecimal[][] widePoints;
  final long[] totals;
  @Nullable BigDecimal @Nullable [] wideTotals;
  final Adjustments adjustments;
  final long[] excluded;
  final boolean sumsOnly;
  final Categories categories;
  private final Kernel[] kernels;
  private final @Nullable BigDecimal[] substitutePoints;
  private final @Nullable String[] substituteFailures;
  /** Whether any entity takes the indicator's substitute (written by several chunks, only ever true). */
  private final boolean[] substituted;
  private final boolean parallel;
  private final ProblemLog problems;
  private boolean[] dense;
  /**
   * The column of an indicator that a run for its places alone adds to the totals and does not
   * store (see {@link #leaveUnstored}); reading it fails, loudly, rather than giving zeros.
   */
  private static final long[] UNSTORED = new long[0];
  /** One chunk's points of an unstored column, on their way to the totals. */
  private long @Nullable [] scratch;
  /** The base's fractions of its columns (a reweighted run's, shared); null for other runs. */
  private @Nullable Fractions fractions;
  /** Per indicator, the fractions this run's kernel scores its column from, once looked up. */
  private Fractions.@Nullable Column @Nullable [] fractionColumns;
  /** Per indicator, whether {@link #fractionColumns} was looked up (null there then means not served). */
  private boolean @Nullable [] fractionsLookedUp;
  /**
   * Whether every column is dense or kept and their points cannot add up past 2^62, so that the
   * kernels add them to the totals as they score them, without checks (a reweighted run only).
   */
  private boolean plainSums;
  /**
   * Whether the run's result is read for its places alone (a sensitivity sample's), and is dropped
   * before its columns are reused: its listing order is then worked out only if asked for.
   */
  boolean placesOnly;
  /** Per indicator, whether its column was taken whole from a {@link PointsMemo}: not scored again. */
  private final boolean[] kept;
  /**
   * Whether the kept columns add up without overflow whatever the entity (their greatest
   * magnitudes do): they are then added first, to totals still zero, by plain additions.
   */
  private boolean keptSumsFit;
  /** The kept columns' greatest magnitudes added up (at most {@link #KEPT_SUM_LIMIT}). */
  private long keptBound;
  /** Per indicator, the memo's column this run took or gave it; null without a memo. */
  private PointsMemo.@Nullable Entry @Nullable [] memoColumns;
  /**
   * Totals kept by the memo whose columns differ from this run's, all kept, in a few: this run's
   * totals are those corrected by the few (see {@link PointsMemo.Sum}); null: added up.
   */
  private PointsMemo.@Nullable Sum nearSum;
  private static final long KEPT_SUM_LIMIT = 1L << 62;
  /** Per indicator, whether a value of its dense column left the kernel for the decimals. */
  private final boolean[] slowSeen;
  private final DerivedColumns derived;
  /** Entities a one-vote veto places last or nowhere (null: none). */
  final @Nullable Vetoes vetoes;
  /** The scorers of indicators whose parameters vary by entity. */
  final Variants variants;
  /** What stands in for missing values under the rule impute. */
  final Imputations imputations;
  /** Per indicator, the population's statistics; set by the stages that no weight changes. */
  private Statistics @Nullable [] statistics;
  /** Whether every entity is assessed and in row order, none excluded: the columns may be dense. */
  private boolean everyRow;
  /**
   * The whole population's statistics, when this run scores one part of it (a partition of a
   * cluster): the methods are prepared over these, not over the part's own values. Null: the
   * population is all here.
   */
  private final Statistics @Nullable [] whole;
  /** The whole population's statistics of groups, when this run scores one part of it; else null. */
  final @Nullable GroupSummaries wholeGroups;

  private ScoringRun(Policy policy, Scheme scheme, ColumnStore<Period> data, DerivedColumns derived, Period period,
      boolean parallel, @Nullable Vetoes vetoes, Statistics @Nullable [] whole, @Nullable GroupSummaries wholeGroups) {
    this.policy = policy;
    this.whole = whole;
    this.wholeGroups = wholeGroups;
    this.vetoes = vetoes;
    this.scheme = scheme;
    this.period = period;
    this.arithmetic = policy.arithmetic();
    this.population = Population.of(policy, scheme, data, period);
    List<Indicator> indicators = scheme.indicators();
    int k = indicators.size();
    int n = population.size();
    this.parallel = parallel && (long) n * Math.max(k, 1) >= PARALLEL_FROM;
    this.problems = new ProblemLog(scheme.id(), period.toString());
    this.derived = derived;

    this.inputs = new IndicatorInput[k];
    for (int j = 0; j < k; j++) {
      Indicator i = indicators.get(j);
      DecimalColumn raw = derived.column(period, i.id());
      if (derived.isDerived(i.id())) {
        divisionErrors(j, i, derived.derived(period, i.id()).divisionErrors());
      }
      inputs[j] = IndicatorInput.of(i, j, raw, population, problems);
    }
    this.scorers = new Scorer[k];
    this.kernels = new Kernel[k];
    this.kept = new boolean[k];
    this.slowSeen = new boolean[k];
    this.points = new long[k][n];
    this.widePoints = new BigDecimal[k][];
    this.totals = new long[n];
    this.excluded = Bits.of(n);
    this.substitutePoints = new BigDecimal[k];
    this.substituteFailures = new String[k];
    this.substituted = new boolean[k];
    List<DecimalColumn> counts = new ArrayList<>();
    for (AdjustmentLayer layer : scheme.adjustments()) {
      for (AdjustmentItem item : layer.items()) {
        counts.add(data.column(period, item.id()));
      }
    }
    this.adjustments = new Adjustments(scheme.adjustments(), arithmetic.points(), counts.toArray(DecimalColumn[]::new));
    this.sumsOnly = ScoredPeriod.sumsOnly(scheme.categories());
    this.categories = new Categories(scheme.categories(), inputs, arithmetic.points());
    this.imputations = new Imputations(k, population, excluded);
    this.variants = new Variants(k, inputs, population, excluded, problems, arithmetic.points(), derived, period);
  }

  /**
   * A run of {@code scheme} — the base's scheme with other weights or scoring methods, the same
   * indicators in the same order, missing rules and transforms — that reuses what the base worked
   * out before any weight or method is read: the population, the inputs, the exclusions, the
   * statistics, the imputed values and the problems found with the inputs.
   */
  private ScoringRun(ScoringRun base, Policy policy, Scheme scheme, @Nullable Vetoes vetoes, long @Nullable [][] columns) {
    this.policy = policy;
    this.vetoes = vetoes;
    this.scheme = scheme;
    this.period = base.period;
    this.arithmetic = policy.arithmetic();
    this.population = base.population;
    List<Indicator> indicators = scheme.indicators();
    int k = indicators.size();
    int n = population.size();
    this.parallel = false;
    this.problems = base.problems.fresh();
    problems.merge(base.problems);
    this.derived = base.derived;
    this.inputs = new IndicatorInput[k];
    for (int j = 0; j < k; j++) {
      inputs[j] = base.inputs[j].withIndicator(indicators.get(j));
    }
    this.scorers = new Scorer[k];
    this.kernels = new Kernel[k];
    this.kept = new boolean[k];
    this.slowSeen = new boolean[k];
    // the columns to reuse are the points, then the totals: zeroed in reweighted, once dense is known
    this.points = columns == null ? new long[k][n] : java.util.Arrays.copyOf(columns, k);
    this.widePoints = new BigDecimal[k][];
    this.totals = columns == null ? new long[n] : columns[k];
    this.excluded = base.excluded;
    this.substitutePoints = new BigDecimal[k];
    this.substituteFailures = new String[k];
    this.substituted = base.substituted.clone();
    this.adjustments = base.adjustments;
    this.sumsOnly = ScoredPeriod.sumsOnly(scheme.categories());
    this.categories = new Categories(scheme.categories(), inputs, arithmetic.points());
    this.imputations = base.imputations.copy();
    this.variants = new Variants(k, inputs, population, excluded, problems, arithmetic.points(), derived, period);
    this.statistics = base.statistics;
    this.everyRow = base.everyRow;
    this.whole = null;
    this.wholeGroups = null;
  }

  /**
   * The stages of the scheme in the period that no weight or scoring method changes (inputs,
   * exclusions, statistics with their sums, imputed values), run once: the base of
   * {@link #reweighted}. Its problems are kept, to be reported by each run on it.
   */
  static ScoringRun base(Policy policy, Scheme scheme, ColumnStore<Period> data, DerivedColumns derived, Period period) {
    ScoringRun base = new ScoringRun(policy, scheme, data, derived, period, false, null, null, null);
    base.forEachChunk(base::missing);
    base.statistics = base.statistics(true);
    base.everyRow = base.population.identity() && Bits.count(base.excluded) == 0;
    base.imputations.imputeValues(base);
    base.population.idRanks(); // computed here, once, before runs on several threads read it
    base.fractions = new Fractions(base.population.size(), base.inputs.length);
    return base;
  }

  /**
   * Scores {@code scheme} on a {@link #base} of a scheme that differs from it only in weights and
   * scoring methods: the same places, points and problems as {@link #score}, without the stages
   * the base ran. {@code columns} (null: new ones), {@code (indicators + 1) × entities} points and
   * then totals to reuse, belong to the result: the caller reuses them only once it has read what
   * it needs of it.
   *
   * @throws EvaluationException listing every problem, in one order
   */
  static ScoredPeriod reweighted(
      ScoringRun base, Policy policy, Scheme scheme, @Nullable Vetoes vetoes, long @Nullable [][] columns,
      @Nullable PointsMemo memo) {
    try {
      return reweighted(base, policy, scheme, vetoes, columns, memo, true);
    } catch (Restart e) { // an entity the shortcuts cannot serve: score again without them
      return reweighted(base, policy, scheme, vetoes, columns, memo, false);
    }
  }

  private static ScoredPeriod reweighted(
      ScoringRun base, Policy policy, Scheme scheme, @Nullable Vetoes vetoes, long @Nullable [][] columns,
      @Nullable PointsMemo memo, boolean shortcuts) {
    ScoringRun run = new ScoringRun(base, policy, scheme, vetoes, columns);
    run.prepare(run.statistics);
    run.dense = run.dense();
    if (memo != null) {
      run.takeKept(base, memo);
    }
    if (shortcuts && columns != null) { // the result is read for its places alone
      run.leaveUnstored(memo);
    }
    run.plainSums = shortcuts && run.sumsFit();
    run.fractions = shortcuts ? base.fractions : null;
    run.placesOnly = columns != null;
    if (columns != null) {
      java.util.Arrays.fill(columns[columns.length - 1], 0);
      for (int j = 0; j < columns.length - 1; j++) {
        if (!run.dense[j]) { // a dense column is written whole; any other only where an entity has points
          java.util.Arrays.fill(columns[j], 0);
        }
      }
    }
    run.forEachChunk(run::score);
    run.imputations.imputePoints(run);
    if (!run.problems.isEmpty()) {
      throw new EvaluationException(run.problems.problems());
    }
    if (memo != null) {
      run.keep(base, memo);
    }
    return RankOrder.rank(run, run.population.size());
  }

  /** Whether indicator {@code j}'s column is the kernel's over the values alone, nothing imputed after. */
  private boolean memoisable(int j) {
    return dense[j] && scorers[j] != null && !Imputations.imputes(inputs[j], MissingValueRule.Imputation.Basis.POINTS);
  }

  /** The columns of indicators that the memo holds as this run would score them. */
  private void takeKept(ScoringRun base, PointsMemo memo) {
    long bound = 0;
    memoColumns = new PointsMemo.Entry[inputs.length];
    boolean all = true;
    for (int j = 0; j < inputs.length; j++) {
      PointsMemo.Entry column = memoisable(j) ? memo.get(j, base, inputs[j].indicator) : null;
      if (column != null) {
        points[j] = column.points(); // read only from here on: the memo's columns are never written
        kept[j] = true;
        memoColumns[j] = column;
        long greatest = column.greatest(); // added saturating: bound + greatest may pass a long and wrap
        bound = greatest >= KEPT_SUM_LIMIT - bound ? KEPT_SUM_LIMIT : bound + greatest;
      }
      all &= column != null;
    }
    keptSumsFit = bound < KEPT_SUM_LIMIT;
    keptBound = bound;
    if (all && keptSumsFit && totalsAreSums()) {
      nearSum = memo.nearestSum(base, memoColumns);
    }
  }

  /** Whether the totals are the points added up, unrounded and unadjusted, once every column is scored. */
  private boolean totalsAreSums() {
    return sumsOnly && adjustments.isEmpty() && arithmetic.points().scale() == arithmetic.totals().scale();
  }

  /**
   * Leaves unstored the columns that only the totals read, in a run whose result is read for its
   * places alone: a column the kernel scores whole, where the total is the plain sum of the points
   * and no tie-break, imputation or memo reads them. A sample's points columns are most of the
   * memory it writes and reads again (12 × 10^5 entities: 9.6 MB, more than a core's cache).
   */
  private void leaveUnstored(@Nullable PointsMemo memo) {
    boolean tieBreaksReadPoints = scheme.ranking().tieBreaks().stream().anyMatch(t -> t.by() == TieBreak.Basis.POINTS);
    boolean imputedPoints = java.util.Arrays.stream(inputs) // whose totals are added up again from every column
        .anyMatch(in -> Imputations.imputes(in, MissingValueRule.Imputation.Basis.POINTS));
    if (!sumsOnly || tieBreaksReadPoints || imputedPoints || (memo != null && memo.keeping())) {
      return;
    }
    for (int j = 0; j < inputs.length; j++) {
      if (dense[j] && !kept[j] && scorers[j] != null && kernels[j] != Kernel.NONE) {
        points[j] = UNSTORED;
      }
    }
  }

  /** Whether {@link #plainSums} may be used: see there. */
  private boolean sumsFit() {
    if (!sumsOnly || !adjustments.isEmpty()) {
      return false;
    }
    long bound = 0;
    for (int j = 0; j < inputs.length; j++) {
      if (scorers[j] == null) {
        return false;
      }
      if (kept[j]) {
        continue; // within the kept columns' bound, checked below
      }
      long g = kernels[j].greatest();
      if (!dense[j] || g >= KEPT_SUM_LIMIT) {
        return false;
      }
      bound += g;
      if (bound >= KEPT_SUM_LIMIT) {
        return false;
      }
    }
    boolean anyKept = false;
    for (boolean k : kept) {
      anyKept |= k;
    }
    return !anyKept || (keptSumsFit && bound < KEPT_SUM_LIMIT - keptBound);
  }

  /**
   * Thrown where a reweighted run's shortcuts (columns unstored, totals added without checks) meet
   * an entity they cannot serve exactly: the run is made again without them.
   */
  private static final class Restart extends RuntimeException {
    Restart() {
      super(null, null, false, false);
    }
  }

  /**
   * Offers the memo each column scored whole by the kernel (it keeps a copy); and, where this run
   * added up every column itself without checks (not corrected from a sum kept) and the memo now
   * holds all of them, its totals.
   */
  private void keep(ScoringRun base, PointsMemo memo) {
    boolean all = memoColumns != null;
    for (int j = 0; j < inputs.length; j++) {
      if (!kept[j] && !slowSeen[j] && memoisable(j) && widePoints[j] == null && points[j] != UNSTORED) {
        PointsMemo.Entry entry = memo.put(j, base, inputs[j].indicator, points[j]);
        if (memoColumns != null) {
          memoColumns[j] = entry;
        }
      }
      all &= memoColumns != null && memoColumns[j] != null;
    }
    if (all && nearSum == null && plainSums && totalsAreSums()) {
      memo.putSum(base, memoColumns, totals);
    }
  }

  /**
   * Scores the scheme in the period; {@code vetoes} (null: none) place some entities last or
   * nowhere.
   *
   * @throws EvaluationException listing every problem, in one order
   */
  static ScoredPeriod score(
      Policy policy, Scheme scheme, ColumnStore<Period> data, DerivedColumns derived, Period period, boolean parallel,
      @Nullable Vetoes vetoes) {
    return new ScoringRun(policy, scheme, data, derived, period, parallel, vetoes, null, null).run();
  }

  /**
   * Scores a part of the population with the methods prepared over the whole population's
   * statistics (merged from every part's {@link #summarise}): each entity's points and total are
   * those it has when the whole population is evaluated at once; its places are the part's only.
   */
  static ScoredPeriod scorePart(
      Policy policy, Scheme scheme, ColumnStore<Period> data, DerivedColumns derived, Period period,
      Statistics[] whole, GroupSummaries wholeGroups) {
    return new ScoringRun(policy, scheme, data, derived, period, false, null, whole, wholeGroups).run();
  }

  /**
   * Stages 1 and 2 on a part of the population: the statistics of its values, and of its groups'
   * values where a parameter or an imputation reads them, to be merged with the other parts', and
   * the problems with its inputs.
   */
  static PartSummary summarise(
      Policy policy, Scheme scheme, ColumnStore<Period> data, DerivedColumns derived, Period period) {
    ScoringRun run = new ScoringRun(policy, scheme, data, derived, period, false, null, null, null);
    run.forEachChunk(run::missing);
    Statistics[] stats = run.statistics(false);
    GroupSummaries.Builder groups = new GroupSummaries.Builder();
    for (int j = 0; j < run.inputs.length; j++) {
      IndicatorInput in = run.inputs[j];
      for (Map.Entry<String, Parameter> v : MethodParameters.varying(in.indicator.method()).entrySet()) {
        if (v.getValue() instanceof Parameter.OfPopulation of) {
          groups.put(GroupSummaries.parameter(j, v.getKey()), run.variants.groups(j, of));
        }
      }
      if (Imputations.imputes(in, MissingValueRule.Imputation.Basis.VALUES)) {
        groups.put(GroupSummaries.imputed(j), run.imputations.groups(in, run.imputations.knownValues(run, in)));
      }
    }
    return new PartSummary(stats, groups.build(), run.problems.problems());
  }

  /**
   * The pass between {@link #summarise} and {@link #scorePart} for a scheme that imputes points: a
   * part scored with the whole's statistics, and the statistics of its groups' points, to be
   * merged with the other parts'. Problems are left to the pass that scores.
   */
  static GroupSummaries summarisePoints(
      Policy policy, Scheme scheme, ColumnStore<Period> data, DerivedColumns derived, Period period,
      Statistics[] whole, GroupSummaries wholeGroups) {
    ScoringRun run = new ScoringRun(policy, scheme, data, derived, period, false, null, whole, wholeGroups);
    run.forEachChunk(run::missing);
    run.statistics(false);
    run.everyRow = run.population.identity() && Bits.count(run.excluded) == 0;
    run.prepare(whole);
    run.dense = run.dense();
    run.imputations.imputeValues(run);
    run.forEachChunk(run::score);
    GroupSummaries.Builder groups = new GroupSummaries.Builder();
    for (int j = 0; j < run.inputs.length; j++) {
      IndicatorInput in = run.inputs[j];
      if (Imputations.imputes(in, MissingValueRule.Imputation.Basis.POINTS) && run.scorers[j] != null) {
        groups.put(GroupSummaries.imputed(j), run.imputations.groups(in, run.imputations.knownPoints(run, j)));
      }
    }
    return groups.build();
  }

  /** The entities whose indicator's formula divided by zero where its rule says that is an error. */
  private void divisionErrors(int j, Indicator indicator, long[] rows) {
    if (Bits.count(rows) == 0) {
      return;
    }
    for (int e = 0; e < population.size(); e++) {
      int row = population.row(e);
      if (row >= 0 && Bits.get(rows, row)) {
        problems.input(e, j, population.id(e), indicator.id(),
            "the formula " + indicator.formula().orElseThrow().text() + " divides by zero, and its rule ifZeroDivisor"
                + " is 'error': correct the data, or declare ifZeroDivisor: missing or zero");
      }
    }
  }

  private ScoredPeriod run() {
    int n = population.size();
    forEachChunk(this::missing);
    Statistics[] stats = statistics(false); // also marks the indicators whose substitute is scored here
    everyRow = population.identity() && Bits.count(excluded) == 0;
    prepare(whole != null ? whole : stats);
    dense = dense();
    imputations.imputeValues(this);
    forEachChunk(this::score);
    imputations.imputePoints(this);
    if (!problems.isEmpty()) {
      throw new EvaluationException(problems.problems());
    }
    return RankOrder.rank(this, n);
  }

  /** Runs a stage over every chunk, each with its own problem log, merged in chunk order. */
  private void forEachChunk(ChunkStage stage) {
    int n = population.size();
    int chunks = (n + CHUNK - 1) / CHUNK;
    IntFunction<ProblemLog> one = c -> {
      ProblemLog log = problems.fresh();
      stage.run(c * CHUNK, Math.min(n, (c + 1) * CHUNK), log);
      return log;
    };
    ProblemLog[] logs = parallel
        ? IntStream.range(0, chunks).parallel().mapToObj(one).toArray(ProblemLog[]::new)
        : IntStream.range(0, chunks).mapToObj(one).toArray(ProblemLog[]::new);
    for (ProblemLog log : logs) {
      problems.merge(log);
    }
  }

  @FunctionalInterface
  private interface ChunkStage {
    void run(int from, int to, ProblemLog log);
  }

  /** Stage 1: values missing under each rule; entities excluded. */
  private void missing(int from, int to, ProblemLog log) {
    for (int e = from; e < to; e++) {
      int row = population.row(e);
      for (IndicatorInput in : inputs) {
        if (in.hasScored(row)) {
          continue;
        }
        String id = in.indicator.id();
        switch (in.rule) {
          case EXCLUDE_ENTITY -> Bits.set(excluded, e);
          case SUBSTITUTE -> {
            if (in.substituteLogError) {
              log.input(e, in.index, population.id(e), id, IndicatorInput.logError(in.substituteFailedAt));
            } else if (in.substituteScored == null) {
              log.input(e, in.index, population.id(e), id,
                  "the substitute " + in.substitute.toPlainString() + " has no logarithm");
            }
          }
          case ERROR -> log.input(e, in.index, population.id(e), id,
              in.whyMissing(row) + " in " + period + ", and the indicator's missing rule is 'error': add the value"
                  + " to the data, or declare another rule (zero-points, exclude-entity, substitute)");
          default -> {
            // zero points
          }
        }
      }
    }
  }

  /**
   * Stage 2: per indicator, the statistics of the values scored by entities not excluded; with
   * their sums for every indicator when {@code allSums}, else only where the method reads them.
   */
  private Statistics[] statistics(boolean allSums) {
    int k = inputs.length;
    int n = population.size();
    int chunks = (n + CHUNK - 1) / CHUNK;
    IntFunction<Statistics[]> one = c -> {
      Statistics[] s = new Statistics[k];
      for (int j = 0; j < k; j++) {
        s[j] = new Statistics(inputs[j].scored.scale(), allSums || needsSums(inputs[j].indicator));
        addChunk(inputs[j], s[j], c * CHUNK, Math.min(n, (c + 1) * CHUNK));
      }
      return s;
    };
    Statistics[][] parts = parallel
        ? IntStream.range(0, chunks).parallel().mapToObj(one).toArray(Statistics[][]::new)
        : IntStream.range(0, chunks).mapToObj(one).toArray(Statistics[][]::new);
    Statistics[] all = new Statistics[k];
    for (int j = 0; j < k; j++) {
      all[j] = new Statistics(inputs[j].scored.scale(), allSums || needsSums(inputs[j].indicator));
      for (Statistics[] part : parts) {
        all[j].merge(part[j]);
      }
    }
    return all;
  }

  /** Whether the method reads the population's mean and spread, not only its bounds. */
  private static boolean needsSums(Indicator indicator) {
    return indicator.method() instanceof io.github.kaohe.model.ZScore;
  }

  private void addChunk(IndicatorInput in, Statistics s, int from, int to) {
    DecimalColumn scored = in.scored;
    long substitute = in.substituteScored == null
        ? LongDecimals.OVERFLOW : LongDecimals.unscaled(in.substituteScored, scored.scale());
    for (int e = from; e < to; e++) {
      if (Bits.get(excluded, e)) {
        continue;
      }
      int row = population.row(e);
      if (row >= 0 && scored.fits(row)) {
        s.add(scored.unscaled(row));
      } else if (row >= 0 && scored.has(row)) {
        s.add(scored.get(row));
      } else if (in.rule == MissingValueRule.Kind.SUBSTITUTE && in.substituteScored != null) {
        substituted[in.index] = true;
        if (substitute != LongDecimals.OVERFLOW) {
          s.add(substitute);
        } else {
          s.add(in.substituteScored);
        }
      }
    }
  }

  /** Stage 3: each method prepared over its population, and the substitutes scored once. */
  private void prepare(Statistics[] stats) {
    for (int j = 0; j < inputs.length; j++) {
      Indicator indicator = inputs[j].indicator;
      Map<String, Parameter> varying = MethodParameters.varying(indicator.method());
      if (!varying.isEmpty()) {
        variants.prepare(j, varying, stats[j], wholeGroups);
        scorers[j] = variants.first(j);
        kernels[j] = Kernel.NONE;
        continue;
      }
      try {
        scorers[j] = Scorers.prepare(indicator, arithmetic.points(), stats[j]);
      } catch (Scorer.Failure f) {
        problems.prepare(j, indicator.id(), f.getMessage());
        continue;
      }
      // A kernel reads values at its statistics' scale: a part whose column has another scale
      // (its values have fewer decimals than the whole's) is scored by the scorer, exactly.
      kernels[j] = stats[j].scale() != inputs[j].scored.scale()
          ? Kernel.NONE : Kernels.prepare(indicator, arithmetic.points(), stats[j]);
      if (substituted[j] && inputs[j].substituteScored != null) {
        try {
          substitutePoints[j] = scorers[j].points(inputs[j].substituteScored);
        } catch (Scorer.Failure f) {
          substituteFailures[j] = f.getMessage();
        }
      }
    }
  }

  /** An entity's total again, from its points as they now are. */
  void retotal(int e) {
    int p = arithmetic.points().scale();
    int row = population.row(e);
    BigDecimal adjustment = adjustments.isEmpty() || adjustments.none(row)
        ? BigDecimal.ZERO : adjustments.sum(row, problems.fresh(), e, inputs.length, population.id(e));
    long base = 0;
    for (int j = 0; j < inputs.length; j++) {
      if (points[j] == UNSTORED) {
        throw new Restart();
      }
      base = widePoints[j] != null && widePoints[j][e] != null ? LongDecimals.OVERFLOW : LongDecimals.add(base, points[j][e]);
    }
    totals[e] = base;
    if (wideTotals != null) {
      wideTotals[e] = null;
    }
    total(e, adjustment, p);
  }

  /** Per indicator, whether its column can be scored without looking at anything but the values. */
  private boolean[] dense() {
    boolean[] dense = new boolean[inputs.length];
    boolean all = everyRow;
    for (int j = 0; j < inputs.length; j++) {
      DecimalColumn c = inputs[j].scored;
      dense[j] = !variants.vary(j) && all && !c.hasWide() && c.count() == population.size() && c.unscaledValues().length >= population.size();
    }
    return dense;
  }

  /** Stage 4: points per indicator, then adjustments and totals, for a chunk of entities. */
  private void score(int from, int to, ProblemLog log) {
    if (nearSum != null) {
      corrected(nearSum, from, to);
      return;
    }
    boolean complete = true;
    for (int j = 0; j < inputs.length; j++) {
      if (scorers[j] == null) {
        complete = false; // reported: the method cannot score this population
        continue;
      }
      if (kept[j] && sumsOnly && keptSumsFit) {
        long[] column = points[j]; // totals are still zero here, or hold kept columns alone: no overflow
        for (int e = from; e < to; e++) {
          totals[e] += column[e];
        }
      }
    }
    for (int j = 0; j < inputs.length; j++) {
      if (scorers[j] == null) {
        continue;
      }
      if (kept[j]) {
        if (sumsOnly && !keptSumsFit) {
          long[] column = points[j];
          for (int e = from; e < to; e++) {
            totals[e] = LongDecimals.add(totals[e], column[e]);
          }
        }
        continue;
      }
      scoreIndicator(j, from, to, log);
    }
    int p = arithmetic.points().scale();
    if (complete && sumsOnly && adjustments.isEmpty() && p == arithmetic.totals().scale()) {
      // the total is the points added up as they were scored: only one that overflowed needs more
      for (int e = from; e < to; e++) {
        if (totals[e] == LongDecimals.OVERFLOW && !Bits.get(excluded, e)) {
          total(e, BigDecimal.ZERO, p);
        }
      }
      return;
    }
    for (int e = from; e < to; e++) {
      if (Bits.get(excluded, e)) {
        continue;
      }
      int row = population.row(e);
      BigDecimal adjustment = adjustments.isEmpty() || adjustments.none(row)
          ? BigDecimal.ZERO : adjustments.sum(row, log, e, inputs.length, population.id(e));
      if (complete) {
        total(e, adjustment, p);
      }
    }
  }

  /**
   * Totals as {@code sum}'s, corrected by the columns that differ: exact, as every total and every
   * step is below 2^62 (the kept columns' bounds) or wraps back to it, additions of longs undoing
   * exactly.
   */
  private void corrected(PointsMemo.Sum sum, int from, int to) {
    System.arraycopy(sum.totals(), from, totals, from, to - from);
    for (int j = 0; j < inputs.length; j++) {
      if (sum.columns()[j] == memoColumns[j]) {
        continue;
      }
      long[] now = points[j];
      long[] then = sum.columns()[j].points();
      for (int e = from; e < to; e++) {
        totals[e] += now[e] - then[e];
      }
    }
  }

  private void scoreIndicator(int j, int from, int to, ProblemLog log) {
    IndicatorInput in = inputs[j];
    DecimalColumn scored = in.scored;
    Kernel kernel = kernels[j];
    long[] out = points[j];
    int p = arithmetic.points().scale();
    if (dense[j]) {
      // every entity assessed and valued, in row order: the kernel over the column, nothing else
      long[] x = scored.unscaledValues();
      boolean stored = out != UNSTORED;
      long[] into = stored ? out : scratch();
      int shift = stored ? 0 : from; // the chunk's points are at into[e − shift]
      if (plainSums) {
        Fractions.Column f = fractionsOf(j, x, kernel);
        if (f != null && ((AffineKernel) kernel).addedByFraction(x, f, from, to, totals, stored ? out : null)) {
          return;
        }
        if (kernel.pointsAdded(x, from, to, into, from - shift, totals, stored) > 0) {
          slowValues(j, from, to, into, shift, log, true);
        }
        return;
      }
      kernel.points(x, from, to, into, from - shift);
      slowValues(j, from, to, into, shift, log, false);
      return;
    }
    for (int e = from; e < to; e++) {
      if (Bits.get(excluded, e)) {
        continue;
      }
      int row = population.row(e);
      Kernel own = kernel;
      if (variants.vary(j)) {
        own = variants.kernel(j, e);
        if (own == null) {
          continue; // its parameter has no value: a problem, reported
        }
      }
      if (row >= 0 && scored.fits(row)) {
        long x = own.points(scored.unscaled(row));
        if (x != Kernel.SLOW) {
          out[e] = x;
          if (sumsOnly) {
            totals[e] = LongDecimals.add(totals[e], x);
          }
          continue;
        }
      }
      BigDecimal v;
      if (row >= 0 && scored.has(row)) {
        v = slow(j, e, scored.get(row), log);
      } else if (in.rule == MissingValueRule.Kind.IMPUTE) {
        BigDecimal imputed = imputations.value(j, e);
        v = imputed == null || !Imputations.imputes(in, MissingValueRule.Imputation.Basis.VALUES) ? null
            : slow(j, e, imputed, log);
      } else if (in.rule == MissingValueRule.Kind.SUBSTITUTE && in.substituteScored != null && variants.vary(j)) {
        v = slow(j, e, in.substituteScored, log);
      } else if (in.rule == MissingValueRule.Kind.SUBSTITUTE && in.substituteScored != null) {
        if (substituteFailures[j] != null) {
          log.scoring(e, j, population.id(e), in.indicator.id(), substituteFailures[j]);
        }
        v = substitutePoints[j];
      } else {
        v = null; // missing: zero points, or a problem reported already
      }
      store(j, e, v == null ? BigDecimal.ZERO : v, p);
    }
  }

  /**
   * The values of a dense column's chunk that the kernel left SLOW, by the scorer; and the points
   * of the others added to the totals, unless the kernel {@code added} them.
   */
  private void slowValues(int j, int from, int to, long[] into, int shift, ProblemLog log, boolean added) {
    int p = arithmetic.points().scale();
    boolean stored = points[j] != UNSTORED;
    for (int e = from; e < to; e++) {
      long v = into[e - shift];
      if (v == Kernel.SLOW) {
        slowSeen[j] = true;
        BigDecimal slow = slow(j, e, inputs[j].scored.get(e), log);
        long x = slow == null ? 0 : LongDecimals.unscaled(slow, p);
        if (added && (x == LongDecimals.OVERFLOW || Math.abs(x) > kernels[j].greatest())) {
          throw new Restart(); // beyond the bound the plain sums were allowed on
        }
        if (stored) {
          points[j][e] = 0; // as if never written: store keeps the points here or, too wide, beside
          store(j, e, slow == null ? BigDecimal.ZERO : slow, p);
        } else if (x == LongDecimals.OVERFLOW) {
          throw new Restart(); // too wide for a long: kept beside the column, which must exist
        } else {
          totals[e] = LongDecimals.add(totals[e], x);
        }
      } else if (sumsOnly && !added) {
        totals[e] = LongDecimals.add(totals[e], v);
      }
    }
  }

  /** The entity's scorer of indicator {@code j}: its own where the parameters vary; null if it has none. */
  @Nullable Scorer scorerFor(int j, int e) {
    return variants.vary(j) ? variants.scorer(j, e) : scorers[j];
  }

  private @Nullable BigDecimal slow(int j, int e, BigDecimal value, ProblemLog log) {
    try {
      return scorerFor(j, e).points(value);
    } catch (Scorer.Failure f) {
      log.scoring(e, j, population.id(e), inputs[j].indicator.id(), f.getMessage());
      return null;
    }
  }

  private void store(int j, int e, BigDecimal value, int scale) {
    long x = LongDecimals.unscaled(value, scale);
    if (sumsOnly) {
      totals[e] = LongDecimals.add(totals[e], x); // the base so far; OVERFLOW sends the total to decimals
    }
    if (x != LongDecimals.OVERFLOW) {
      points[j][e] = x;
      return;
    }
    synchronized (widePoints) {
      if (widePoints[j] == null) {
        widePoints[j] = new BigDecimal[points[j].length];
      }
      widePoints[j][e] = value;
    }
  }

  /** The entity's total: base plus adjustments, rounded once to the totals' scale. */
  private void total(int e, BigDecimal adjustment, int p) {
    long base = totals[e]; // the points added up as they were scored, where categories only add
    boolean fits = sumsOnly && base != LongDecimals.OVERFLOW;
    long adj = adjustment.signum() == 0 ? 0 : LongDecimals.unscaled(adjustment, p); // most entities have none
    if (fits && adj != LongDecimals.OVERFLOW) {
      long sum = LongDecimals.add(base, adj);
      long t = sum == LongDecimals.OVERFLOW ? LongDecimals.OVERFLOW
          : LongDecimals.rescale(sum, p, arithmetic.totals().scale(), arithmetic.totals().mode());
      if (t != LongDecimals.OVERFLOW) {
        totals[e] = t;
        return;
      }
    }
    BigDecimal total = arithmetic.totals().apply(categories.base(e, this::pointsOf).add(adjustment));
    long t = LongDecimals.unscaled(total, arithmetic.totals().scale());
    if (t != LongDecimals.OVERFLOW) {
      totals[e] = t;
      return;
    }
    synchronized (this) {
      if (wideTotals == null) {
        wideTotals = new BigDecimal[totals.length];
      }
      wideTotals[e] = total;
    }
  }

  /** The fractions of column {@code j} that its kernel may add from; null where it may not. */
  private Fractions.@Nullable Column fractionsOf(int j, long[] x, Kernel kernel) {
    if (fractions == null || !(kernel instanceof AffineKernel affine) || affine.fractionDenominator() == 0) {
      return null;
    }
    if (fractionColumns == null) {
      fractionColumns = new Fractions.Column[inputs.length];
      fractionsLookedUp = new boolean[inputs.length];
    }
    if (!fractionsLookedUp[j]) { // once per column, not per chunk: a column not served stays null
      fractionColumns[j] = fractions.of(j, x, affine.fractionDenominator());
      fractionsLookedUp[j] = true;
    }
    return fractionColumns[j];
  }

  private long[] scratch() {
    if (scratch == null) {
      scratch = new long[CHUNK];
    }
    return scratch;
  }

  /** The points of indicator {@code j} for the entity at position {@code e}. */
  BigDecimal pointsOf(int j, int e) {
    if (points[j] == UNSTORED) {
      throw new Restart();
    }
    BigDecimal[] wide = widePoints[j];
    return wide != null && wide[e] != null ? wide[e] : BigDecimal.valueOf(points[j][e], arithmetic.points().scale());
  }

  boolean parallel() {
    return parallel;
  }

  /** The entities not assessed, and the indicators whose missing values excluded them. */
  List<Exclusion> exclusions() {
    List<Exclusion> out = new ArrayList<>();
    for (int w = 0; w < excluded.length; w++) { // a word at a time: most have no entity excluded
      for (long bits = excluded[w]; bits != 0; bits &= bits - 1) {
        int e = (w << 6) + Long.numberOfTrailingZeros(bits);
        if (e >= population.size()) {
          break;
        }
        List<String> why = new ArrayList<>();
        for (IndicatorInput in : inputs) {
          if (in.rule == MissingValueRule.Kind.EXCLUDE_ENTITY && !in.hasScored(population.row(e))) {
            why.add(in.indicator.id());
          }
        }
        out.add(new Exclusion(population.definition(e), why));
      }
    }
    return out;
  }
}
