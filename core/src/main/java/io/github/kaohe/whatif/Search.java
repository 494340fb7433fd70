package io.github.kaohe.whatif;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.EvaluationException;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Scheme;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The search for one value: try the least and the greatest value the data hold for the key, then
 * bisect, at the value's scale, between the value now and the end that reaches the goal.
 */
final class Search {
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private final Scheme scheme;
  private final Dataset data;
  private final Period period;
  private final Evaluator evaluator;
  private final String entity;
  private final String row;
  private final Goal goal;
  private final WhatIf.Key key;
  private final BigDecimal widen;

  Search(Scheme scheme, Dataset data, Period period, Evaluator evaluator, String entity, String row, Goal goal, WhatIf.Key key,
      BigDecimal widen) {
    this.scheme = scheme;
    this.data = data;
    this.period = period;
    this.evaluator = evaluator;
    this.entity = entity;
    this.row = row;
    this.goal = goal;
    this.key = key;
    this.widen = widen;
  }

  /** What the entity's result would be with the key's value set to {@code v}; null when that cannot be evaluated. */
  private @Nullable EntityResult at(BigDecimal v) {
    try {
      return evaluator.evaluate(scheme.id(), data.withValue(row, period, key.id(), v), period).entity(entity).orElse(null);
    } catch (EvaluationException e) {
      return null;
    }
  }

  private boolean meets(@Nullable EntityResult r) {
    return r != null && goal.metBy(r, scheme);
  }

  Counterfactual run(EntityResult now) {
    Optional<BigDecimal> from = data.value(row, period, key.id());
    if (from.isEmpty()) {
      return answer(Counterfactual.Status.NO_VALUE, from, Optional.empty(), goal.standing(now),
          Label.of(key.name().zh() + "：无数据，无从改变", key.name().en() + ": no value to change"));
    }
    BigDecimal v0 = from.get();
    if (goal.metBy(now, scheme)) {
      return answer(Counterfactual.Status.ALREADY, from, Optional.empty(), goal.standing(now),
          Label.of("已" + goal.describe().zh() + "（" + goal.standing(now).zh() + "）",
              "already " + goal.describe().en() + " (" + goal.standing(now).en() + ")"));
    }
    Span span = span(data, period, key, v0, widen);
    BigDecimal step = span.step();
    BigDecimal up = span.up();
    BigDecimal down = span.down();
    BigDecimal start = span.start();
    Probe upward = probe(start, up, step);
    Probe downward = probe(start, down, step);
    BigDecimal best = null;
    if (upward.hit != null) {
      best = bisect(upward.miss, upward.hit, step);
    }
    if (downward.hit != null) {
      BigDecimal lower = bisect(downward.miss, downward.hit, step);
      if (best == null || lower.subtract(v0).abs().compareTo(best.subtract(v0).abs()) < 0) {
        best = lower;
      }
    }
    EntityResult atUp = upward.far;
    EntityResult atDown = downward.far;
    BigDecimal least = down;
    BigDecimal greatest = up;
    if (best == null) {
      Label atGreatest = atUp == null ? goal.standing(now) : goal.standing(atUp);
      Label atLeast = atDown == null ? goal.standing(now) : goal.standing(atDown);
      return answer(Counterfactual.Status.UNREACHABLE, from, Optional.empty(), atGreatest,
          Label.of(key.name().zh() + "在 " + show(least) + "～" + show(greatest) + unitZh() + " 之间试过的值都未能"
                  + goal.describe().zh() + "：取 " + show(greatest) + " 时为" + atGreatest.zh() + "，取 " + show(least) + " 时为" + atLeast.zh(),
              key.name().en() + ": no value tried from " + show(least) + " to " + show(greatest) + unitEn()
                  + " reaches " + goal.describe().en() + "; at " + show(greatest) + " it would be " + atGreatest.en()
                  + ", at " + show(least) + " " + atLeast.en()));
    }
    EntityResult reached = at(best);
    Label standing = reached == null ? goal.describe() : goal.standing(reached);
    BigDecimal change = best.subtract(v0);
    String signed = (change.signum() > 0 ? "+" : "") + show(change);
    return answer(Counterfactual.Status.REACHED, from, Optional.of(best), standing,
        Label.of(key.name().zh() + "由 " + show(v0) + unitZh() + " 变为 " + show(best) + unitZh() + "（" + signed + "），即"
                + goal.describe().zh() + "（" + standing.zh() + "）",
            key.name().en() + " from " + show(v0) + unitEn() + " to " + show(best) + unitEn() + " (" + signed + ") reaches "
                + goal.describe().en() + " (" + standing.en() + ")"));
  }

  /**
   * The values tried for a key: from {@code down} to {@code up} in steps of {@code step}, through
   * {@code start} (the value now at its own scale).
   */
  record Span(BigDecimal start, BigDecimal down, BigDecimal up, BigDecimal step) {}

  /**
   * The period's least to greatest value of the key, widened by {@code widen} times that range on
   * each side, never below 0 for a key that is never negative, and within its plausible range.
   */
  static Span span(Dataset data, Period period, WhatIf.Key key, BigDecimal v0, BigDecimal widen) {
    BigDecimal least = v0;
    BigDecimal greatest = v0;
    int scale = Math.max(0, v0.scale());
    for (String id : data.entities()) {
      Optional<BigDecimal> v = data.value(id, period, key.id());
      if (v.isPresent()) {
        least = least.min(v.get());
        greatest = greatest.max(v.get());
      }
    }
    BigDecimal step = BigDecimal.ONE.movePointLeft(scale);
    BigDecimal width = greatest.subtract(least);
    width = (width.signum() == 0 ? greatest.abs().max(BigDecimal.ONE) : width).multiply(widen);
    BigDecimal up = greatest.add(width).setScale(scale, RoundingMode.CEILING);
    BigDecimal down = least.subtract(width).setScale(scale, RoundingMode.FLOOR);
    if (least.signum() >= 0 && down.signum() < 0) {
      down = BigDecimal.ZERO.setScale(scale); // data that are never negative stay so
    }
    if (key.plausible().max().isPresent()) {
      up = up.min(key.plausible().max().get().setScale(scale, RoundingMode.FLOOR)).max(v0.setScale(scale, RoundingMode.UNNECESSARY));
    }
    if (key.plausible().min().isPresent()) {
      down = down.max(key.plausible().min().get().setScale(scale, RoundingMode.CEILING)).min(v0.setScale(scale, RoundingMode.UNNECESSARY));
    }
    return new Span(v0.setScale(scale, RoundingMode.UNNECESSARY), down, up, step);
  }

  /** The last value tried that misses the goal, the first that meets it (null: none), and the result at the far end. */
  private record Probe(BigDecimal miss, @Nullable BigDecimal hit, @Nullable EntityResult far) {}

  /**
   * Tries a quarter, half, three quarters and all of the way from {@code from} to {@code to}, and
   * stops at the first that meets the goal: an end that misses it (a scope's floor, a division by
   * zero) does not hide a value between that meets it.
   */
  private Probe probe(BigDecimal from, BigDecimal to, BigDecimal step) {
    if (to.compareTo(from) == 0) {
      return new Probe(from, null, null);
    }
    BigDecimal miss = from;
    EntityResult far = null;
    for (int k = 1; k <= 4; k++) {
      BigDecimal v = k == 4 ? to
          : from.add(to.subtract(from).multiply(BigDecimal.valueOf(k)).divide(BigDecimal.valueOf(4), step.scale(), RoundingMode.FLOOR));
      if (v.compareTo(miss) == 0) {
        continue;
      }
      EntityResult r = at(v);
      if (meets(r)) {
        return new Probe(miss, v, r);
      }
      miss = v;
      far = r;
    }
    return new Probe(miss, null, far);
  }

  /**
   * The value nearest to {@code from} (which misses the goal) on the way to {@code to} (which meets
   * it) that meets the goal, at the steps' scale.
   */
  private BigDecimal bisect(BigDecimal from, BigDecimal to, BigDecimal step) {
    BigDecimal miss = from;
    BigDecimal hit = to;
    while (hit.subtract(miss).abs().compareTo(step) > 0) {
      BigDecimal mid = miss.add(hit).divide(TWO, step.scale(), RoundingMode.FLOOR);
      if (mid.compareTo(miss) == 0 || mid.compareTo(hit) == 0) {
        mid = miss.add(hit.compareTo(miss) > 0 ? step : step.negate());
      }
      if (meets(at(mid))) {
        hit = mid;
      } else {
        miss = mid;
      }
    }
    return hit;
  }

  private Counterfactual answer(
      Counterfactual.Status status, Optional<BigDecimal> from, Optional<BigDecimal> to, Label standing, Label reason) {
    return new Counterfactual(key.id(), key.name(), key.unit(), status, from, to, standing, reason);
  }

  private String unitZh() {
    return key.unit().isEmpty() ? "" : key.unit().equals("%") ? "%" : " " + key.unit();
  }

  private String unitEn() {
    return unitZh();
  }

  private static String show(BigDecimal v) {
    return v.toPlainString();
  }
}
