package io.github.kaohe.eval;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.internal.columns.ColumnStore;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.MissingValueRule;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
 * <p>Each part must hold all the rows of its entities. A scheme that needs more than this (rule
 * tables, classes and checks, which read places and earlier periods; parameters that vary by group;
 * imputed values; declared entities) is not evaluated in parts yet: {@link #unsupported} names
 * what stands in the way, and {@link #of} refuses such a scheme. Instances are immutable and
 * thread-safe.
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
    if (!scheme.rules().isEmpty()) {
      out.add(at + ".rules: rule tables, classes, checks and targets read places and earlier periods");
    }
    if (!scheme.entities().isEmpty()) {
      out.add(at + ".entities: a scheme that declares its " + scheme.entities().size()
          + " entities is small enough for one machine");
    }
    for (Indicator i : scheme.indicators()) {
      if (!MethodParameters.varying(i.method()).isEmpty()) {
        out.add(at + ".indicators." + i.id() + ".method: a parameter that varies by group (a group benchmark)");
      }
      if (i.missing().kind() == MissingValueRule.Kind.IMPUTE) {
        out.add(at + ".indicators." + i.id() + ".missing: imputed values (statistics of groups)");
      }
    }
    return out;
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
   * Pass 2: a part scored with the whole population's summary (every part's, merged). Problems
   * that only scoring finds (a value a method cannot score, a population a method cannot score)
   * are returned, not thrown, so that a cluster can gather them from every part.
   */
  public PartScores score(Dataset part, Period period, PartSummary whole) {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(whole, "whole");
    if (whole.statistics().length != scheme.indicators().size()) {
      throw new IllegalArgumentException("the summary is of another scheme: " + whole.statistics().length
          + " indicators, where " + scheme.id() + " has " + scheme.indicators().size());
    }
    ColumnStore<Period> columns = ColumnStore.of(part);
    try {
      return new PartScores(ScoringRun.scorePart(policy, scheme, columns, new DerivedColumns(scheme, columns), period,
          whole.statistics()), List.of());
    } catch (EvaluationException e) {
      return new PartScores(null, e.problems());
    }
  }
}
