package io.github.kaohe.eval;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.internal.EngineAccess;
import io.github.kaohe.internal.columns.ColumnStore;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jspecify.annotations.Nullable;

/**
 * Scores variants of one scheme — other weights, scoring methods, missing rules, aggregations —
 * as {@link Evaluator} would, but without redoing for each what none of them changes: the data's
 * columns and derived columns once; per period and set of missing rules, the population, inputs,
 * exclusions and statistics once ({@link ScoringRun#base}); per variant only the points, totals
 * and places ({@link ScoringRun#reweighted}), and the rules where asked. Thread-safe.
 */
final class SampleScoring implements EngineAccess.SchemeSamples {
  private final String schemeId;
  private final Dataset data;
  private final Period period;
  private final ColumnStore<Period> columns;
  private final DerivedColumns derived;
  private final Population population;
  /**
   * Points columns of the period analysed, free for the next sample scored for its places only:
   * 12 columns of 10^5 entities are 9.6 MB, which each sample would otherwise allocate (and the
   * collector reclaim) every few milliseconds. One set per thread at work, at most.
   */
  private final Queue<long[][]> spareColumns = new ConcurrentLinkedQueue<>();
  /**
   * Per thread, the points columns of the samples it scored last, for the next sample to reuse
   * where it changes no indicator (the A_B^i rows of a Saltelli design); empty when the
   * population is too large for them to be worth their memory.
   */
  private final Map<Thread, PointsMemo> memos = new ConcurrentHashMap<>();
  /** The bases by period and missing rules: few, since a sample changes weights far more often. */
  private final Map<List<Object>, ScoringRun> bases = new ConcurrentHashMap<>();

  /** Whether the points columns may be memoised at all (false: as for a population too large for them). */
  private final boolean memoise;

  SampleScoring(Policy policy, String schemeId, Dataset data, Period period) {
    this(policy, schemeId, data, period, true);
  }

  SampleScoring(Policy policy, String schemeId, Dataset data, Period period, boolean memoise) {
    this.memoise = memoise;
    Scheme scheme = policy.scheme(schemeId);
    this.schemeId = schemeId;
    this.data = data;
    this.period = period;
    this.columns = ColumnStore.of(data);
    this.derived = new DerivedColumns(scheme, columns);
    this.population = base(policy, scheme, period).population;
  }

  @Override
  public int size() {
    return population.size();
  }

  @Override
  public String id(int position) {
    return population.id(position);
  }

  @Override
  public Label name(int position) {
    return population.definition(position).name();
  }

  @Override
  public @Nullable SchemeResult score(Policy variant, int[] places, boolean rules) {
    Scheme scheme = variant.scheme(schemeId);
    Vetoes[] vetoes = {null}; // read the history they are part of: set just below, as the Evaluator does
    boolean withRules = rules && !scheme.rules().isEmpty();
    // spare columns only for the period analysed, and only when its result is read for its places
    // alone, here: they are free again once the places are copied out
    long[][] reused = withRules ? null : columns(scheme);
    try {
      History history = new History(data, p -> new SchemeResult(
          ScoringRun.reweighted(base(variant, scheme, p), variant, scheme, vetoes[0], p.equals(period) ? reused : null,
              p.equals(period) ? memo(scheme) : null)));
      vetoes[0] = Vetoes.of(variant, scheme, data, history, derived);
      SchemeResult scored = history.require(period);
      int[] placed = scored.scored().places;
      if (placed.length != places.length) {
        throw new IllegalArgumentException(places.length + " places for " + placed.length + " entities");
      }
      System.arraycopy(placed, 0, places, 0, placed.length);
      return withRules ? new RulesStage(variant, scheme, data, history, derived).apply(scored) : null;
    } finally {
      if (reused != null) {
        spareColumns.add(reused);
      }
    }
  }

  @Override
  public List<OutcomeResult> outcomes(SchemeResult result, int position) {
    SchemeResult.EntityRules r = result.rules(position);
    return r == null ? List.of() : r.outcomes();
  }

  /** Points columns reused so far, by every thread. */
  int memoHits() {
    return memos.values().stream().mapToInt(PointsMemo::hits).sum();
  }

  /** This thread's memo of points columns, or null if the population is too large for one. */
  private @Nullable PointsMemo memo(Scheme scheme) {
    int k = scheme.indicators().size();
    return memoise && PointsMemo.fits(population.size(), k)
        ? memos.computeIfAbsent(Thread.currentThread(), t -> new PointsMemo(k)) : null;
  }

  /** Spare points and totals columns for the period analysed, or new ones. */
  private long[][] columns(Scheme scheme) {
    long[][] c = spareColumns.poll();
    return c != null ? c : new long[scheme.indicators().size() + 1][population.size()]; // points, then totals
  }

  /** The base of the scheme's period: per period and set of missing rules, made once. */
  private ScoringRun base(Policy policy, Scheme scheme, Period p) {
    List<Object> key = new ArrayList<>();
    key.add(p);
    for (Indicator i : scheme.indicators()) {
      key.add(i.id());
      key.add(i.missing());
      key.add(i.transforms());
    }
    return bases.computeIfAbsent(key, k -> ScoringRun.base(policy, scheme, columns, derived, p));
  }
}
