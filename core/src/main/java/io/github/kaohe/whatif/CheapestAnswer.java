package io.github.kaohe.whatif;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.EvaluationException;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Scheme;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Sets up the search for the cheapest combination ({@link Cheapest}) and puts its answer in words. */
final class CheapestAnswer {
  private CheapestAnswer() {}

  static Combination find(WhatIf whatIf, String entity, Goal goal, Costs costs, int mostEvaluations) {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(costs, "costs");
    Scheme scheme = whatIf.scheme();
    Period period = whatIf.period();
    Dataset data = whatIf.data();
    if (goal instanceof Goal.Class c) {
      c.tiers(scheme);
    }
    Evaluator evaluator = whatIf.evaluatorFor(goal);
    SchemeResult now = evaluator.evaluate(scheme.id(), data, period);
    EntityResult e = now.entityNamed(entity).orElseThrow(() -> new IllegalArgumentException(
        "no entity '" + entity + "' in the results of " + scheme.id() + " in " + period));
    String row = whatIf.dataId(e);
    List<String> keys = whatIf.keys();
    List<String> problems = new ArrayList<>();
    for (String key : costs.perUnit().keySet()) {
      if (!keys.contains(key)) {
        problems.add("'" + key + "' has a cost but is not a value the scheme reads; it reads: " + keys);
      } else if (data.value(row, period, key).isEmpty()) {
        problems.add("'" + e.id() + "' has no value of '" + key + "' to change");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    List<Counterfactual> singles = new ArrayList<>();
    for (String key : costs.perUnit().keySet()) {
      singles.add(whatIf.reach(entity, goal, key));
    }
    if (goal.metBy(e, scheme)) {
      Label standing = goal.standing(e);
      return new Combination(Combination.Status.ALREADY, List.of(), Optional.of(BigDecimal.ZERO), Optional.of(BigDecimal.ZERO), true,
          singles, standing, Label.of("已" + goal.describe().zh() + "（" + standing.zh() + "）",
              "already " + goal.describe().en() + " (" + standing.en() + ")"), 0);
    }
    List<Cheapest.Axis> axes = new ArrayList<>();
    int k = 0;
    for (Map.Entry<String, BigDecimal> cost : costs.perUnit().entrySet()) {
      WhatIf.Key key = Keys.describe(scheme, cost.getKey());
      BigDecimal v0 = data.value(row, period, key.id()).orElseThrow();
      Search.Span span = Search.span(data, period, key, v0, whatIf.widen());
      boolean up = upward(singles.get(k++), span, data, row, period, key, evaluator, scheme, e.id());
      BigDecimal step = up ? span.step() : span.step().negate();
      long most = (up ? span.up().subtract(span.start()) : span.start().subtract(span.down()))
          .divide(span.step(), 0, RoundingMode.FLOOR).longValueExact();
      Counterfactual single = singles.get(k - 1);
      if (single.status() == Counterfactual.Status.REACHED && single.change().isPresent()) {
        // Past the single answer this value reaches the goal alone: more of it only costs more.
        most = Math.min(most, single.change().get().divide(step, 0, RoundingMode.UNNECESSARY).longValueExact());
      } else {
        most = evaluable(most, span.start(), step, data, row, period, key, evaluator, scheme, e.id());
      }
      axes.add(new Cheapest.Axis(key, span.start(), step, most, cost.getValue().multiply(span.step())));
    }
    Cheapest search = new Cheapest(scheme, data, period, evaluator, row, e.id(), goal, axes, mostEvaluations);
    Cheapest.Answer answer = search.solve();
    long[] at = answer.at();
    BigDecimal cost = answer.cost();
    BigDecimal least = answer.least();
    boolean optimal = cost != null && least != null && least.compareTo(cost) >= 0;
    boolean broken = false;
    // A single answer is a combination too; one cheaper than the search's means a value broke the
    // assumption (its goal, once reached, was lost further on), so the answer is not proven.
    for (int i = 0; i < singles.size(); i++) {
      Optional<BigDecimal> change = singles.get(i).change();
      if (singles.get(i).status() == Counterfactual.Status.REACHED && change.isPresent()) {
        Cheapest.Axis axis = axes.get(i);
        long steps = change.get().divide(axis.step(), 0, RoundingMode.UNNECESSARY).longValueExact();
        if (steps >= 0 && (cost == null || axis.cost(steps).compareTo(cost) < 0)) {
          at = new long[axes.size()];
          at[i] = steps;
          cost = axis.cost(steps);
          least = least == null ? cost : least.min(cost);
          optimal = false;
          broken = true;
        }
      }
    }
    if (at == null || cost == null) {
      return unreachable(axes, singles, goal, e, search.evaluations());
    }
    BigDecimal leastCost = least == null ? cost : least.min(cost);
    List<Combination.Change> changes = new ArrayList<>();
    for (int i = 0; i < axes.size(); i++) {
      Cheapest.Axis a = axes.get(i);
      changes.add(new Combination.Change(a.key().id(), a.key().name(), a.key().unit(), a.from(), a.at(at[i]), a.cost(at[i])));
    }
    EntityResult reached = search.at(at);
    Label standing = reached == null ? goal.describe() : goal.standing(reached);
    return new Combination(Combination.Status.REACHED, changes, Optional.of(cost), Optional.of(leastCost), optimal, singles, standing,
        reason(changes, cost, leastCost, optimal, broken, costs.unit(), goal, standing, mostEvaluations), search.evaluations());
  }

  /**
   * Whether the value helps as it rises: the way its single answer moves it, or where there is
   * none, the way the entity's total is the greater at the end of the range (rising on a tie).
   */
  private static boolean upward(Counterfactual single, Search.Span span, Dataset data, String row, Period period, WhatIf.Key key,
      Evaluator evaluator, Scheme scheme, String entity) {
    if (single.change().isPresent() && single.change().get().signum() != 0) {
      return single.change().get().signum() > 0;
    }
    BigDecimal atUp = total(evaluator, scheme, data.withValue(row, period, key.id(), span.up()), period, entity);
    BigDecimal atDown = total(evaluator, scheme, data.withValue(row, period, key.id(), span.down()), period, entity);
    return atUp == null || atDown != null && atUp.compareTo(atDown) >= 0;
  }

  /**
   * The farthest of the end, three quarters, half and a quarter of the way that can be evaluated
   * (a value of 0 may divide by zero, a floor may leave the entity out); 0 if none can.
   */
  private static long evaluable(long most, BigDecimal from, BigDecimal step, Dataset data, String row, Period period, WhatIf.Key key,
      Evaluator evaluator, Scheme scheme, String entity) {
    for (long n : new long[] {most, most * 3 / 4, most / 2, most / 4}) {
      if (n > 0 && total(evaluator, scheme, data.withValue(row, period, key.id(), from.add(step.multiply(BigDecimal.valueOf(n)))),
          period, entity) != null) {
        return n;
      }
    }
    return 0;
  }

  private static @Nullable BigDecimal total(Evaluator evaluator, Scheme scheme, Dataset data, Period period, String entity) {
    try {
      return evaluator.evaluate(scheme.id(), data, period).entity(entity).map(EntityResult::total).orElse(null);
    } catch (EvaluationException x) {
      return null;
    }
  }

  private static Combination unreachable(List<Cheapest.Axis> axes, List<Counterfactual> singles, Goal goal, EntityResult e,
      int evaluations) {
    StringBuilder zh = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (Cheapest.Axis a : axes) {
      BigDecimal far = a.at(a.most());
      zh.append(zh.length() == 0 ? "" : "、").append(a.key().name().zh()).append(" ").append(show(a.from())).append("→").append(show(far))
          .append(unit(a.key().unit()));
      en.append(en.length() == 0 ? "" : ", ").append(a.key().name().en()).append(" ").append(show(a.from())).append(" → ")
          .append(show(far)).append(unit(a.key().unit()));
    }
    Label standing = goal.standing(e);
    return new Combination(Combination.Status.UNREACHABLE, List.of(), Optional.empty(), Optional.empty(), true, singles, standing,
        Label.of("试过的组合都未能" + goal.describe().zh() + "，即使同时改到范围尽头（" + zh + "）",
            "no combination tried reaches " + goal.describe().en() + ", not even all at the end of their ranges (" + en + ")"),
        evaluations);
  }

  private static Label reason(List<Combination.Change> changes, BigDecimal cost, BigDecimal least, boolean optimal, boolean broken,
      String costUnit,
      Goal goal, Label standing, int mostEvaluations) {
    StringBuilder zh = new StringBuilder("最省的组合：");
    StringBuilder en = new StringBuilder("Cheapest combination: ");
    boolean first = true;
    for (Combination.Change c : changes) {
      if (c.change().signum() == 0) {
        continue;
      }
      String signed = (c.change().signum() > 0 ? "+" : "") + show(c.change());
      String u = unit(c.unit());
      zh.append(first ? "" : "、").append(c.name().zh()).append("由 ").append(show(c.from())).append(u).append(" 变为 ")
          .append(show(c.to())).append(u).append("（").append(signed).append("，成本 ").append(show(c.cost())).append(unit(costUnit))
          .append("）");
      en.append(first ? "" : ", ").append(c.name().en()).append(" from ").append(show(c.from())).append(u).append(" to ")
          .append(show(c.to())).append(u).append(" (").append(signed).append(", cost ").append(show(c.cost())).append(unit(costUnit))
          .append(")");
      first = false;
    }
    zh.append("；成本合计 ").append(show(cost)).append(unit(costUnit)).append("，即").append(goal.describe().zh())
        .append("（").append(standing.zh()).append("）");
    en.append("; cost ").append(show(cost)).append(unit(costUnit)).append(" in all, reaches ").append(goal.describe().en())
        .append(" (").append(standing.en()).append(")");
    if (broken) {
      zh.append("；未能证明最省：某项改得更多反而未能达到目标");
      en.append("; not proven cheapest: changing a value further lost the goal again");
    } else if (!optimal) {
      zh.append("；未能证明最省（计算上限 ").append(mostEvaluations).append(" 次）：任何组合成本至少 ").append(show(least)).append(unit(costUnit));
      en.append("; not proven cheapest (limit of ").append(mostEvaluations).append(" evaluations): any combination costs at least ")
          .append(show(least)).append(unit(costUnit));
    }
    return Label.of(zh.toString(), en.toString());
  }

  private static String unit(String unit) {
    return unit.isEmpty() ? "" : unit.equals("%") ? "%" : " " + unit;
  }

  private static String show(BigDecimal v) {
    return v.toPlainString();
  }
}
