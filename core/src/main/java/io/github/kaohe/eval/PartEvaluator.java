package io.github.kaohe.eval;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.internal.columns.ColumnStore;
import io.github.kaohe.model.Classification;
import io.github.kaohe.model.Measure;
import io.github.kaohe.model.MeasureFormula;
import io.github.kaohe.model.RuleTable;
import io.github.kaohe.model.MissingValueRule;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Rules;
import io.github.kaohe.model.Scheme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;

/**
 * Evaluates one scheme over a population held in parts, such as the partitions of a Spark
 * dataset, with the same answer as {@link Evaluator} over the whole. Three passes:
 *
 * <ol>
 *   <li>{@link #summarise} each part: the exact statistics of its values (count, least, greatest,
 *       sums) and the problems with its inputs; {@linkplain PartSummary#merge merge} the summaries;
 *   <li>{@link #score} each part with the merged summary: every method is prepared over the whole
 *       population, so each entity's points and total are those of the evaluation of the whole,
 *       computed by the engine's own kernels;
 *   <li>sort the parts' {@link Standing}s together: the order and its ties give the places.
 * </ol>
 *
 * <p>Each part must hold all the rows of its entities. Statistics of groups (a benchmark that is
 * a county's mean, the mean that stands in for a missing value) are summarised per group and
 * merged like the others; a scheme that gives missing values the mean <em>points</em> of their
 * group needs one more pass between the two, {@link #summarisePoints}. Classes by shares within
 * groups read the places of a whole group: each part must then hold whole groups of {@link
 * #partedBy} (the rules are the engine's own, applied to the part). Rule tables, checks and
 * measures read places, earlier periods and figures of the whole population: where a scheme
 * {@linkplain #rulesAfterPlaces has them}, each part is {@linkplain #rule ruled} after the places
 * of every period are known, with the whole's history ({@link PartHistory}), its own entities'
 * places ({@link PartPlaces}) and the whole population's figures ({@link PopulationFigures},
 * summarised by {@link #summariseFigures} and merged). A scheme that needs more than this
 * (targets of named entities, links, classes by shares of the whole population,
 * declared entities) is
 * not evaluated in parts yet: {@link #unsupported} names what stands in the way, and {@link #of}
 * refuses such a scheme. Instances are immutable and thread-safe.
 */
public final class PartEvaluator {
  private final Policy policy;
  private final Scheme scheme;

  private PartEvaluator(Policy policy, Scheme scheme) {
    this.policy = policy;
    this.scheme = scheme;
  }

  /**
   * An evaluator of the scheme in parts.
   *
   * @throws java.util.NoSuchElementException if the policy has no such scheme
   * @throws IllegalArgumentException if the scheme needs what parts cannot give yet, naming it
   */
  public static PartEvaluator of(Policy policy, String schemeId) {
    Objects.requireNonNull(policy, "policy");
    Scheme scheme = policy.scheme(schemeId);
    List<String> unsupported = unsupported(scheme);
    if (!unsupported.isEmpty()) {
      throw new IllegalArgumentException("the scheme " + schemeId + " cannot be evaluated in parts yet: "
          + String.join("; ", unsupported) + ". Evaluate it on one machine with Evaluator (kaohe score).");
    }
    return new PartEvaluator(policy, scheme);
  }

  /** What in the scheme cannot be evaluated in parts yet, each with where it is in the policy; empty if nothing. */
  public static List<String> unsupported(Scheme scheme) {
    List<String> out = new ArrayList<>();
    String at = "schemes." + scheme.id();
    Rules rules = scheme.rules();
    for (RuleTable t : rules.tables()) {
      if (t.rows().stream().anyMatch(r -> Vetoes.placement(r) != null)) {
        out.add(at + ".rules." + t.id() + ": a one-vote veto of the ranking moves entities before places are counted,"
            + " which ordering the parts does not do yet");
      }
    }
    for (io.github.kaohe.model.Target t : rules.targets()) {
      if (!t.entities().isEmpty()) {
        out.add(at + ".targets." + t.id() + ": a target of named entities is read where each entity's rows are,"
            + " which other parts do not see yet");
      }
    }
    for (Measure m : rules.measures()) {
      if (m.formula() instanceof MeasureFormula.Population p && p.statistic() == MeasureFormula.Statistic.MEDIAN) {
        out.add(at + ".measures." + m.id() + ": a median of the whole population is not a figure that parts can"
            + " summarise and merge");
      } else if (m.formula() instanceof MeasureFormula.EntityValue) {
        out.add(at + ".measures." + m.id() + ": a named entity's value is read from its own part, which other parts"
            + " do not see yet");
      }
    }
    if (!rules.links().isEmpty() || !rules.context().isEmpty()) {
      out.add(at + ".links: attributes linked from another scheme's entities are not read in parts yet");
    }
    List<String> within = new ArrayList<>();
    for (Classification c : rules.classifications()) {
      String where = at + ".classes." + c.id();
      if (c.basis() == Classification.Basis.SHARES) {
        if (c.within().isEmpty()) {
          out.add(where + ": classes by shares of the whole population read every entity's place (give within: an attribute)");
        } else if (!within.isEmpty() && !within.contains(c.within().get())) {
          out.add(where + ": classes by shares within " + c.within().get() + " and within " + within.get(0)
              + " need parts that hold whole groups of both");
        } else {
          within.add(c.within().get());
        }
      }
    }
    if (!scheme.entities().isEmpty()) {
      out.add(at + ".entities: a scheme that declares its " + scheme.entities().size()
          + " entities is small enough for one machine");
    }
    return out;
  }

  /**
   * Whether the scheme's rules run after places are known, with {@link #rule}: it has rule
   * tables, checks, targets or measures, which may read places, earlier periods and figures of the
   * whole population, or classes by cut-offs of a place. Its other rules (classes of values or
   * totals, by shares within groups) are applied by {@link #score}.
   */
  public boolean rulesAfterPlaces() {
    Rules rules = scheme.rules();
    return !rules.tables().isEmpty() || !rules.checks().isEmpty() || !rules.measures().isEmpty()
        || !rules.targets().isEmpty() || !rules.taxSharing().isEmpty()
        || rules.classifications().stream()
            .anyMatch(c -> c.basis() != Classification.Basis.SHARES && c.of().startsWith("result.place"));
  }

  /** Whether the scheme has measures that are figures of the whole population: then {@link #summariseFigures} runs before {@link #rule}. */
  public boolean readsFigures() {
    return scheme.rules().measures().stream().anyMatch(m -> m.formula() instanceof MeasureFormula.Population);
  }

  /**
   * The attribute whose groups each part must hold whole (with all the rows of their entities):
   * that of the scheme's classes by shares within groups, which read every place of a group; empty
   * when parts by entity do.
   */
  public Optional<String> partedBy() {
    return scheme.rules().classifications().stream()
        .filter(c -> c.basis() == Classification.Basis.SHARES)
        .findFirst()
        .flatMap(Classification::within);
  }

  /** Whether the scheme gives missing values their group's points: then {@link #summarisePoints} runs between the passes. */
  public boolean imputesPoints() {
    return scheme.indicators().stream().anyMatch(i -> i.missing().imputes(MissingValueRule.Imputation.Basis.POINTS));
  }

  public Policy policy() {
    return policy;
  }

  public Scheme scheme() {
    return scheme;
  }

  /** Pass 1: the statistics of a part's values in the period, and the problems with its inputs. */
  public PartSummary summarise(Dataset part, Period period) {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(period, "period");
    ColumnStore<Period> columns = ColumnStore.of(part);
    return ScoringRun.summarise(policy, scheme, columns, new DerivedColumns(scheme, columns), period);
  }

  /**
   * The pass between the two for a scheme that {@linkplain #imputesPoints imputes points}: the
   * statistics of the part's groups' points, scored with the whole's summary (every part's
   * {@link #summarise}, merged). Merge the parts' and give them to {@link PartSummary#withPoints}.
   */
  public PointsSummary summarisePoints(Dataset part, Period period, PartSummary whole) {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(period, "period");
    checkScheme(whole);
    ColumnStore<Period> columns = ColumnStore.of(part);
    try {
      return new PointsSummary(ScoringRun.summarisePoints(policy, scheme, columns, new DerivedColumns(scheme, columns),
          period, whole.statistics(), whole.groups()));
    } catch (EvaluationException e) {
      return new PointsSummary(GroupSummaries.NONE); // scoring reports it
    }
  }

  /**
   * Pass 2: a part scored with the whole population's summary (every part's, merged), and its
   * classes. Problems that only scoring finds (a value a method cannot score, a population a
   * method cannot score) are returned, not thrown, so that a cluster can gather them from every
   * part.
   */
  public PartScores score(Dataset part, Period period, PartSummary whole) {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(period, "period");
    checkScheme(whole);
    ColumnStore<Period> columns = ColumnStore.of(part);
    DerivedColumns derived = new DerivedColumns(scheme, columns);
    try {
      ScoredPeriod scored = ScoringRun.scorePart(policy, scheme, columns, derived, period, whole.statistics(),
          whole.groups());
      SchemeResult plain = new SchemeResult(scored);
      SchemeResult result = plain;
      if (!scheme.rules().isEmpty() && !rulesAfterPlaces()) {
        // these rules (classes of values, by shares within groups) read this period only: its result, and the part's own data
        History history = new History(part, p -> {
          if (!p.equals(period)) {
            throw new IllegalStateException("a rule read " + p + " while evaluating " + period + " in parts");
          }
          return plain;
        });
        result = new RulesStage(policy, scheme, part, history, derived).apply(history.require(period));
      }
      return new PartScores(scored, result, List.of());
    } catch (EvaluationException e) {
      return new PartScores(null, null, e.problems());
    }
  }

  /**
   * The pass before {@link #rule} for a scheme that {@linkplain #readsFigures reads figures of the
   * whole population}: what the part holds of each figure in each period of the history that is
   * not {@code known} yet, to be merged with the other parts' and {@linkplain #resolve resolved}.
   * A figure that reads one not known yet is left for the next round.
   */
  public PopulationFigures summariseFigures(Dataset part, PartHistory history, PartPlaces places, PopulationFigures known) {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(known, "known");
    ColumnStore<Period> columns = ColumnStore.of(part);
    DerivedColumns derived = new DerivedColumns(scheme, columns);
    History h = history(part, columns, derived, history, places);
    Values values = new Values(scheme, part, h, derived, known);
    Map<String, PopulationFigures.Partial> partial = new HashMap<>();
    Set<String> unresolved = new HashSet<>();
    for (Measure m : scheme.rules().measures()) {
      if (!(m.formula() instanceof MeasureFormula.Population p)) {
        continue;
      }
      for (Period period : history.scored()) {
        String key = PopulationFigures.key(m.id(), period);
        if (known.knownFigures().containsKey(key)) {
          continue;
        }
        Optional<SchemeResult> r = h.find(period);
        if (r.isEmpty()) {
          continue; // a period that cannot be scored: read as missing before any figure
        }
        try {
          partial.put(key, PopulationFigures.Partial.of(values.populationValues(p, r.get().scored(), period)));
        } catch (PopulationFigures.Unresolved u) {
          unresolved.add(key);
        }
      }
    }
    return new PopulationFigures(known.knownFigures(), partial, unresolved);
  }

  /**
   * The figures of every part's {@link #summariseFigures}, merged: each figure no part left
   * unresolved is worked out from the merged summary, exactly as from the whole population.
   */
  public PopulationFigures resolve(PopulationFigures merged, PartHistory history) {
    Objects.requireNonNull(merged, "merged");
    Map<String, PopulationFigures.Figure> known = new HashMap<>(merged.knownFigures());
    for (Measure m : scheme.rules().measures()) {
      if (!(m.formula() instanceof MeasureFormula.Population p)) {
        continue;
      }
      for (Period period : history.scored()) {
        String key = PopulationFigures.key(m.id(), period);
        if (!known.containsKey(key) && !merged.unresolvedKeys().contains(key)) {
          PopulationFigures.Partial values = merged.partials().getOrDefault(key, PopulationFigures.Partial.EMPTY);
          known.put(key, PopulationFigures.Figure.of(Values.figure(p, values, period, Values.named(scheme, p.of()))));
        }
      }
    }
    return new PopulationFigures(known, Map.of(), merged.unresolvedKeys());
  }

  /**
   * The last pass for a scheme whose {@linkplain #rulesAfterPlaces rules run after places}: the
   * part in the period with its places, and with what the engine's own rules give each entity
   * (measures, classes, the outcomes of the rule tables, checks, targets), reading earlier periods from
   * the part's own rows scored with the whole's {@code history}, places from {@code places} and
   * figures of the whole population from {@code figures}. Problems are returned, not thrown.
   */
  public PartScores rule(Dataset part, Period period, PartHistory history, PartPlaces places, PopulationFigures figures) {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(figures, "figures");
    ColumnStore<Period> columns = ColumnStore.of(part);
    DerivedColumns derived = new DerivedColumns(scheme, columns);
    History h = history(part, columns, derived, history, places);
    try {
      SchemeResult placed = h.require(period);
      SchemeResult ruled = new RulesStage(policy, scheme, new Values(scheme, part, h, derived, figures)).apply(placed);
      return new PartScores(placed.scored(), ruled, List.of());
    } catch (EvaluationException e) {
      return new PartScores(null, null, e.problems());
    }
  }

  /** The part's history: each period the whole can score, scored with its summary and placed as every part's order places it. */
  private History history(Dataset part, ColumnStore<Period> columns, DerivedColumns derived, PartHistory history,
      PartPlaces places) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(places, "places");
    return new History(history.periods(), p -> {
      List<EvaluationProblem> failed = history.failed(p);
      if (failed != null) {
        throw new EvaluationException(failed);
      }
      PartSummary whole = history.summary(p);
      if (whole == null) {
        throw new IllegalStateException("a rule read " + p + ", which the history of the parts does not score");
      }
      checkScheme(whole);
      return new SchemeResult(places.apply(
          ScoringRun.scorePart(policy, scheme, columns, derived, p, whole.statistics(), whole.groups())));
    });
  }

  private void checkScheme(PartSummary whole) {
    Objects.requireNonNull(whole, "whole");
    if (whole.statistics().length != scheme.indicators().size()) {
      throw new IllegalArgumentException("the summary is of another scheme: " + whole.statistics().length
          + " indicators, where " + scheme.id() + " has " + scheme.indicators().size());
    }
  }
}
