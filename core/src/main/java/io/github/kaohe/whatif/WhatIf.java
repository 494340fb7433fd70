package io.github.kaohe.whatif;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.EvaluationException;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Counterfactuals for one scheme, data and period: for an entity and a {@link Goal}, the smallest
 * change of each of its values that reaches the goal, all else fixed.
 *
 * <pre>{@code
 * WhatIf whatIf = WhatIf.of(policy, "above-scale", data, Period.year(2022));
 * for (Counterfactual c : whatIf.reach("青溪丰永化工有限公司002", Goal.place(10))) {
 *   System.out.println(c.reason().zh());
 * }
 * }</pre>
 *
 * <p>Each value tried is evaluated by the whole engine on a copy of the data with that one value
 * changed ({@link Dataset#withValue}), so best values, averages, benchmarks, min–max ranges and
 * everyone else's points move with it, exactly: a value raised past the greatest becomes the new
 * best. Values are tried from the least to the greatest value the data hold for that key in the
 * period, widened by that range's width on each side ({@link #beyondTheData}), and the answer is
 * exact at the scale the value is written at (a value of {@code 2001.6} moves in steps of 0.1):
 * a quarter, half, three quarters and all of the way each side, then bisection from the last
 * value that misses to the first that reaches, about log₂ of the steps between them in
 * evaluations (some 20 to 30 per value rather than one per step). The values tried never leave
 * what the key can plausibly hold ({@link io.github.kaohe.data.DataReader#plausible}): a share
 * stays within 0 to 100 %, an amount 0 or more. Bisection assumes that once a value reaches the goal, values further the same
 * way do too, which holds for every method whose points do not fall as the value improves (bands
 * that do not follow the direction, or a formula where the value appears on both sides of a
 * division, may break it). For a place or class goal, rule tables other than vetoes, checks,
 * targets and tax sharing are left out of the evaluations, as they cannot change places.
 * Immutable and thread-safe.
 */
public final class WhatIf {
  private final Policy policy;
  private final Scheme scheme;
  private final Dataset data;
  private final Period period;
  private final Evaluator full;
  private final Evaluator placesOnly;
  private final BigDecimal widen;

  private WhatIf(Policy policy, Scheme scheme, Dataset data, Period period, BigDecimal widen) {
    this.policy = policy;
    this.widen = widen;
    this.scheme = scheme;
    this.data = data;
    this.period = period;
    this.full = Evaluator.of(policy);
    this.placesOnly = Evaluator.of(Trimmed.forPlaces(policy, scheme));
  }

  /**
   * Counterfactuals of a scheme in a period.
   *
   * @throws java.util.NoSuchElementException if the policy has no such scheme
   */
  public static WhatIf of(Policy policy, String schemeId, Dataset data, Period period) {
    Objects.requireNonNull(policy, "policy");
    return new WhatIf(policy, policy.scheme(schemeId), Objects.requireNonNull(data, "data"), Objects.requireNonNull(period, "period"),
        BigDecimal.ONE);
  }

  /**
   * The same, trying values as far as {@code widths} times the data's range beyond its least and
   * greatest value (by default 1: from {@code least − (greatest − least)} to
   * {@code greatest + (greatest − least)}, never below 0 for a key whose values are not negative);
   * 0 keeps to the data's range.
   */
  public WhatIf beyondTheData(BigDecimal widths) {
    if (Objects.requireNonNull(widths, "widths").signum() < 0) {
      throw new IllegalArgumentException("how far beyond the data's range is 0 or more, not " + widths.toPlainString());
    }
    return new WhatIf(policy, scheme, data, period, widths);
  }

  /**
   * The values that can be changed: the data keys the scheme's indicators are computed from (an
   * indicator's own value, or the facts its formula reads), in table order, each once, if the data
   * hold that key in the period.
   */
  public List<String> keys() {
    return Keys.of(scheme).stream().filter(k -> data.count(period, k) > 0).toList();
  }

  /**
   * For each of {@link #keys()}, the smallest change of the entity's value that reaches the goal.
   *
   * @param entity the entity's id, Chinese or English name, or alias
   * @throws IllegalArgumentException if the entity has no result, or the goal names a class or
   *     classification the scheme does not have
   * @throws EvaluationException if the data as they are cannot be evaluated
   */
  public List<Counterfactual> reach(String entity, Goal goal) {
    List<Counterfactual> out = new ArrayList<>();
    for (String key : keys()) {
      out.add(reach(entity, goal, key));
    }
    return out;
  }

  /** The smallest change of one value of the entity's that reaches the goal. */
  public Counterfactual reach(String entity, Goal goal, String key) {
    Objects.requireNonNull(goal, "goal");
    if (goal instanceof Goal.Class c) {
      c.tiers(scheme); // a clear error for a class the scheme does not have
    }
    Evaluator evaluator = goal instanceof Goal.Given ? full : placesOnly;
    SchemeResult now = evaluator.evaluate(scheme.id(), data, period);
    EntityResult e = now.entityNamed(Objects.requireNonNull(entity, "entity")).orElseThrow(() -> new IllegalArgumentException(
        "no entity '" + entity + "' in the results of " + scheme.id() + " in " + period));
    String row = dataId(e);
    return new Search(scheme, data, period, evaluator, e.id(), row, goal, Keys.describe(scheme, key), widen).run(e);
  }

  /**
   * The most evaluations of the scheme the search for the cheapest combination makes before it
   * stops and says how far from proven its answer is.
   */
  public static final int MOST_EVALUATIONS = 4_000;

  /**
   * The cheapest combination of changes of the values with a cost that reaches the goal, every
   * other value fixed, the population's statistics moving with the changes as for a single answer.
   *
   * <p>Each value moves the way its single answer moves it (or, where none reaches the goal
   * alone, the way that raises the entity's total), in steps of the scale it is written at, within
   * the same range as a single answer. The search (branch and bound over the steps, one value per
   * level, bisection on the last) gives the exact optimum on that grid wherever a goal reached
   * stays reached as any value moves further the way that helps — the assumption of the single
   * answers; it never costs more than the cheapest single answer, which it is compared with. If it
   * would take more than {@value #MOST_EVALUATIONS} evaluations, it stops and says so, with the least
   * cost any combination can have ({@link Combination#leastCost()}).
   *
   * @param entity the entity's id, Chinese or English name, or alias
   * @throws IllegalArgumentException if the entity has no result or no value of a key with a
   *     cost, or a key with a cost is not among {@link #keys()} (every such problem at once)
   */
  public Combination cheapest(String entity, Goal goal, Costs costs) {
    return CheapestAnswer.find(this, entity, goal, costs, MOST_EVALUATIONS);
  }

  Combination cheapest(String entity, Goal goal, Costs costs, int mostEvaluations) {
    return CheapestAnswer.find(this, entity, goal, costs, mostEvaluations);
  }

  /** The evaluator a goal needs: the whole policy for an outcome, only what places need otherwise. */
  Evaluator evaluatorFor(Goal goal) {
    return goal instanceof Goal.Given ? full : placesOnly;
  }

  Dataset data() {
    return data;
  }

  BigDecimal widen() {
    return widen;
  }

  /** The entity's id in the data: its id, or the name or alias the data give it by. */
  String dataId(EntityResult e) {
    if (data.entities().contains(e.id())) {
      return e.id();
    }
    Optional<String> named = e.entity().allNames().stream().filter(data.entities()::contains).findFirst();
    return named.orElseThrow(() -> new IllegalArgumentException("the data have no row of '" + e.id() + "' to change"));
  }

  /** A key of the data with its name, unit and the values it can plausibly hold. */
  record Key(String id, Label name, String unit, io.github.kaohe.model.ValidRange plausible) {}

  /** The scheme evaluated. */
  public Scheme scheme() {
    return scheme;
  }

  public Period period() {
    return period;
  }
}
