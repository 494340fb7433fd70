package io.github.kaohe.eval;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.internal.columns.ColumnStore;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Evaluates a policy's schemes on data: indicator points, category points, adjustments, totals
 * and places, each computed in exact decimals and rounded as the policy declares.
 *
 * <pre>{@code
 * SchemeResult result = Evaluator.of(policy).evaluate("industrial-cluster-zones", data, Period.year(2015));
 * }</pre>
 *
 * <p>Either every entity is evaluated or an {@link EvaluationException} lists every problem; no
 * partial result is returned. Instances are immutable and thread-safe.
 */
public final class Evaluator {
  static {
    io.github.kaohe.internal.EngineAccess.install(SampleScoring::new);
  }

  private final Policy policy;
  private final boolean parallel;

  private Evaluator(Policy policy, boolean parallel) {
    this.policy = policy;
    this.parallel = parallel;
  }

  /** An evaluator of the policy that scores on the calling thread. */
  public static Evaluator of(Policy policy) {
    return new Evaluator(Objects.requireNonNull(policy, "policy"), false);
  }

  /**
   * The same evaluator, but scoring the entities of a large period (50,000 values or more) in
   * parallel, on the common fork-join pool, in chunks whose statistics and problems are merged in
   * a fixed order: the results, and the problems with bad data, are the same.
   */
  public Evaluator parallel() {
    return new Evaluator(policy, true);
  }

  public Policy policy() {
    return policy;
  }

  /**
   * Evaluates one scheme in one period.
   *
   * @throws java.util.NoSuchElementException if the policy has no such scheme
   * @throws EvaluationException listing every problem with the data
   */
  public SchemeResult evaluate(String schemeId, Dataset data, Period period) {
    return evaluate(schemeId, data, List.of(period)).get(0);
  }

  /**
   * Evaluates one scheme in several periods, in order. Rules that look back (the place last
   * year, two years running) read the earlier periods' results, computed once; a period the data
   * does not hold makes those rules "not evaluable", never silently false.
   *
   * @throws EvaluationException listing every problem with the data of the periods asked for
   */
  public List<SchemeResult> evaluate(String schemeId, Dataset data, List<Period> periods) {
    Scheme scheme = policy.scheme(schemeId);
    Objects.requireNonNull(data, "data");
    ColumnStore<Period> columns = ColumnStore.of(data);
    DerivedColumns derived = new DerivedColumns(scheme, columns);
    Vetoes[] vetoes = {null}; // read the history they are part of: set just below
    History history = new History(data, p -> new SchemeResult(ScoringRun.score(policy, scheme, columns, derived, p, parallel, vetoes[0])));
    vetoes[0] = Vetoes.of(policy, scheme, data, history, derived);
    RulesStage rules = scheme.rules().isEmpty() ? null : new RulesStage(policy, scheme, data, history, derived);
    List<SchemeResult> results = new ArrayList<>();
    List<EvaluationProblem> problems = new ArrayList<>();
    for (Period p : periods) {
      try {
        SchemeResult scored = history.require(p);
        results.add(rules == null ? scored : rules.apply(scored));
      } catch (EvaluationException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new EvaluationException(problems);
    }
    return results;
  }
}
