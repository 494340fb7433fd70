package io.github.kaohe.whatif;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.EvaluationException;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.model.Scheme;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The search for the cheapest combination: branch and bound over the values' steps, one value per
 * level, exact under the same assumption as a single answer (a goal reached stays reached as any
 * value moves further the way that helps).
 *
 * <p>Each value moves in whole steps of its scale the way that helps it, from 0 to the end of its
 * range tried. For the last value, the fewest steps that reach the goal (given the others) are
 * found by bisection. For a value before it, let g(n) be the cheapest cost of the values after it
 * when it moves n steps: g never rises as n grows (more of one value never needs more of the
 * others), so on an interval of steps lo…hi whose ends are solved, any n inside costs at least
 * {@code c × (lo + 1) + g(hi)}. Intervals are split at their middle, the one with the least such
 * bound first, until no interval's bound is below the cheapest cost found: then that cost is the
 * optimum on the grid of steps. A limit on evaluations may stop the splitting first; the least
 * bound left is then what any combination costs at least.
 */
final class Cheapest {
  private final Scheme scheme;
  private final Dataset data;
  private final Period period;
  private final Evaluator evaluator;
  private final String row;
  private final String entity;
  private final Goal goal;
  private final List<Axis> axes;
  private final int budget;
  private final Map<List<Long>, Boolean> memo = new HashMap<>();
  private int evaluations;

  /**
   * One value: at position n it is {@code from + n × step} (the step signed the way that helps),
   * n from 0 to {@code most}; each step costs {@code costPerStep}.
   */
  record Axis(WhatIf.Key key, BigDecimal from, BigDecimal step, long most, BigDecimal costPerStep) {
    BigDecimal at(long n) {
      return from.add(step.multiply(BigDecimal.valueOf(n)));
    }

    BigDecimal cost(long n) {
      return costPerStep.multiply(BigDecimal.valueOf(n));
    }
  }

  /**
   * The answer for the values from one level on: the positions of the cheapest combination found
   * and its cost (null: none reaches the goal), and the least any can cost (null: none can).
   */
  record Answer(long @Nullable [] at, @Nullable BigDecimal cost, @Nullable BigDecimal least) {
    static final Answer NONE = new Answer(null, null, null);
  }

  Cheapest(Scheme scheme, Dataset data, Period period, Evaluator evaluator, String row, String entity, Goal goal, List<Axis> axes,
      int budget) {
    this.scheme = scheme;
    this.data = data;
    this.period = period;
    this.evaluator = evaluator;
    this.row = row;
    this.entity = entity;
    this.goal = goal;
    this.axes = List.copyOf(axes);
    this.budget = budget;
  }

  int evaluations() {
    return evaluations;
  }

  /** The cheapest combination over all the values. */
  Answer solve() {
    return solve(new long[0]);
  }

  /** The entity's result with each value at its position; null where it cannot be evaluated. */
  @Nullable EntityResult at(long[] positions) {
    Dataset d = data;
    for (int k = 0; k < axes.size(); k++) {
      if (positions[k] != 0) {
        d = d.withValue(row, period, axes.get(k).key().id(), axes.get(k).at(positions[k]));
      }
    }
    try {
      return evaluator.evaluate(scheme.id(), d, period).entity(entity).orElse(null);
    } catch (EvaluationException e) {
      return null;
    }
  }

  private boolean meets(long[] prefix, long n) {
    long[] positions = Arrays.copyOf(prefix, axes.size());
    positions[prefix.length] = n;
    List<Long> key = Arrays.stream(positions).boxed().toList();
    Boolean known = memo.get(key);
    if (known == null) {
      evaluations++;
      EntityResult r = at(positions);
      known = r != null && goal.metBy(r, scheme);
      memo.put(key, known);
    }
    return known;
  }

  /** The fewest steps of the value at {@code prefix.length} that reach the goal, the values after it at 0; −1 if none. */
  private long fewest(long[] prefix) {
    long most = axes.get(prefix.length).most();
    if (!meets(prefix, most)) {
      return -1;
    }
    long miss = -1;
    long hit = most;
    while (hit - miss > 1) {
      long mid = miss + (hit - miss) / 2;
      if (meets(prefix, mid)) {
        hit = mid;
      } else {
        miss = mid;
      }
    }
    return hit;
  }

  private Answer solve(long[] prefix) {
    int level = prefix.length;
    Axis axis = axes.get(level);
    long alone = fewest(prefix);
    if (level == axes.size() - 1) {
      return alone < 0 ? Answer.NONE : new Answer(new long[] {alone}, axis.cost(alone), axis.cost(alone));
    }
    // Past the steps that reach the goal with the values after at 0, this value only costs more.
    long end = alone < 0 ? axis.most() : alone;
    TreeMap<Long, Answer> solved = new TreeMap<>();
    solved.put(end, alone < 0 ? solve(with(prefix, end)) : new Answer(new long[axes.size() - level - 1], BigDecimal.ZERO, BigDecimal.ZERO));
    if (solved.get(end).cost() == null) {
      return Answer.NONE; // the values after cannot make up even for the most of this one, so nowhere
    }
    if (end > 0) {
      solved.put(0L, solve(with(prefix, 0)));
    }
    while (true) {
      long[] open = cheapestBound(solved, axis);
      if (open.length == 0 || evaluations >= budget) {
        break;
      }
      long mid = open[0] + (open[1] - open[0]) / 2;
      solved.put(mid, solve(with(prefix, mid)));
    }
    long bestAt = -1;
    BigDecimal bestCost = null;
    BigDecimal least = null;
    for (Entry<Long, Answer> e : solved.entrySet()) {
      Answer a = e.getValue();
      if (a.cost() != null && (bestCost == null || axis.cost(e.getKey()).add(a.cost()).compareTo(bestCost) < 0)) {
        bestCost = axis.cost(e.getKey()).add(a.cost());
        bestAt = e.getKey();
      }
      if (a.least() != null) {
        least = min(least, axis.cost(e.getKey()).add(a.least()));
      }
    }
    BigDecimal[] bound = openBound(solved, axis);
    least = bound.length == 0 ? least : min(least, bound[0]);
    if (bestCost == null) {
      return Answer.NONE;
    }
    long[] at = solved.get(bestAt).at();
    long[] positions = new long[axes.size() - level];
    positions[0] = bestAt;
    System.arraycopy(at == null ? new long[0] : at, 0, positions, 1, positions.length - 1);
    return new Answer(positions, bestCost, least == null ? bestCost : least.min(bestCost));
  }

  /**
   * The open interval (its ends lo, hi) with the least bound below the cheapest cost found; empty
   * when none is left.
   */
  private static long[] cheapestBound(TreeMap<Long, Answer> solved, Axis axis) {
    BigDecimal best = null;
    for (Entry<Long, Answer> e : solved.entrySet()) {
      if (e.getValue().cost() != null) {
        best = min(best, axis.cost(e.getKey()).add(e.getValue().cost()));
      }
    }
    long[] pick = new long[0];
    BigDecimal pickBound = null;
    Long lo = null;
    for (Entry<Long, Answer> e : solved.entrySet()) {
      long hi = e.getKey();
      BigDecimal rest = e.getValue().least();
      if (lo != null && hi - lo > 1 && rest != null) {
        BigDecimal bound = axis.cost(lo + 1).add(rest);
        if ((best == null || bound.compareTo(best) < 0) && (pickBound == null || bound.compareTo(pickBound) < 0)) {
          pick = new long[] {lo, hi};
          pickBound = bound;
        }
      }
      lo = hi;
    }
    return pick;
  }

  /** The least bound of the open intervals left (empty: none), what the steps not tried may cost at least. */
  private static BigDecimal[] openBound(TreeMap<Long, Answer> solved, Axis axis) {
    BigDecimal least = null;
    Long lo = null;
    for (Entry<Long, Answer> e : solved.entrySet()) {
      long hi = e.getKey();
      if (lo != null && hi - lo > 1 && e.getValue().least() != null) {
        least = min(least, axis.cost(lo + 1).add(e.getValue().least()));
      }
      lo = hi;
    }
    return least == null ? new BigDecimal[0] : new BigDecimal[] {least};
  }

  private static BigDecimal min(@Nullable BigDecimal a, BigDecimal b) {
    return a == null ? b : a.min(b);
  }

  private static long[] with(long[] prefix, long n) {
    long[] p = Arrays.copyOf(prefix, prefix.length + 1);
    p[prefix.length] = n;
    return p;
  }
}
