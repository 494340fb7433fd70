package io.github.kaohe.whatif;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.ValidRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A provisional ranking: some entities' values for the period are not in yet (pending), each with
 * the range it may still take. The ranking is evaluated on the data as they are (a pending value
 * that is missing follows its missing-value rule, and the result is flagged provisional by being a
 * {@link Result}), and for each entity the best and the worst place it can still reach: the least
 * and greatest place over every combination of the pending values at the ends of their ranges,
 * and the data as they are where every pending value is in and within its range (a value missing
 * now is not one of the outcomes). A place whose best and worst are equal is final.
 *
 * <pre>{@code
 * Provisional.Result r = Provisional.of(policy, "firms", data, Period.year(2015))
 *     .pending("b", "tax", new BigDecimal("70"), new BigDecimal("90"))
 *     .evaluate();
 * r.bounds().get("a").isFinal();
 * }</pre>
 *
 * <p>The ends are the extremes wherever each entity's total moves one way as a pending value does
 * and the others' move the other way or keep their order (every method whose points do not fall as
 * the value improves, with the best value, range or average moving with it); a method that breaks
 * this (bands against the direction) may reach a place between combinations that no end shows,
 * and so may two other entities whose order turns on how one indicator's range or best value is
 * scaled against their other indicators (a place between the ends, not in the bounds).
 * With k pending values, 2^k evaluations: at most {@value #MOST_PENDING} pending values.
 * Immutable.
 */
public final class Provisional {
  /** The most pending values whose every combination of ends is evaluated (2^12 = 4,096 evaluations). */
  public static final int MOST_PENDING = 12;

  private final Policy policy;
  private final Scheme scheme;
  private final Dataset data;
  private final Period period;
  private final List<Pending> pending;

  private Provisional(Policy policy, Scheme scheme, Dataset data, Period period, List<Pending> pending) {
    this.policy = policy;
    this.scheme = scheme;
    this.data = data;
    this.period = period;
    this.pending = List.copyOf(pending);
  }

  /**
   * A ranking of the scheme in the period with no value pending yet.
   *
   * @throws java.util.NoSuchElementException if the policy has no such scheme
   */
  public static Provisional of(Policy policy, String schemeId, Dataset data, Period period) {
    Objects.requireNonNull(policy, "policy");
    return new Provisional(policy, policy.scheme(schemeId), Objects.requireNonNull(data, "data"),
        Objects.requireNonNull(period, "period"), List.of());
  }

  /**
   * A value not in yet, and the range it may take (units of the data).
   *
   * @param entity the entity's id in the data
   * @param key the value's key (an indicator's or fact's id)
   * @param least the least value it may take
   * @param greatest the greatest
   */
  public record Pending(String entity, String key, BigDecimal least, BigDecimal greatest) {
    public Pending {
      Objects.requireNonNull(entity, "entity");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(least, "least");
      Objects.requireNonNull(greatest, "greatest");
      if (least.compareTo(greatest) > 0) {
        throw new IllegalArgumentException("the pending value of '" + key + "' for '" + entity + "' ranges from "
            + least.toPlainString() + " to " + greatest.toPlainString() + ": the least is greater than the greatest");
      }
    }
  }

  /** The same ranking with one more value pending, within a declared range. */
  public Provisional pending(String entity, String key, BigDecimal least, BigDecimal greatest) {
    if (!data.entities().contains(Objects.requireNonNull(entity, "entity"))) {
      throw new IllegalArgumentException("the data have no entity '" + entity + "'");
    }
    List<Pending> more = new ArrayList<>(pending);
    more.add(new Pending(entity, key, least, greatest));
    if (more.size() > MOST_PENDING) {
      throw new IllegalArgumentException("at most " + MOST_PENDING + " values may be pending (every combination of their ends"
          + " is evaluated), not " + more.size());
    }
    return new Provisional(policy, scheme, data, period, more);
  }

  /**
   * The same ranking with one more value pending, within the range it can take: the least to the
   * greatest value the period's data hold for that key, within what it can plausibly hold.
   *
   * @throws IllegalArgumentException if no entity has a value of the key in the period
   */
  public Provisional pending(String entity, String key) {
    BigDecimal least = null;
    BigDecimal greatest = null;
    for (String id : data.entities()) {
      Optional<BigDecimal> v = data.value(id, period, key);
      if (v.isPresent()) {
        least = least == null ? v.get() : least.min(v.get());
        greatest = greatest == null ? v.get() : greatest.max(v.get());
      }
    }
    if (least == null || greatest == null) {
      throw new IllegalArgumentException("no entity has a value of '" + key + "' in " + period + " to bound the pending one by:"
          + " give its range");
    }
    ValidRange plausible = Keys.describe(scheme, key).plausible();
    if (plausible.min().isPresent()) {
      least = least.max(plausible.min().get());
    }
    if (plausible.max().isPresent()) {
      greatest = greatest.min(plausible.max().get());
    }
    return pending(entity, key, least, greatest.max(least));
  }

  /**
   * An entity's best and worst place while the pending values are not in.
   *
   * @param entity the entity's id
   * @param best the best place it can still reach (0: it may take no place at best either)
   * @param worst the worst (0: it may end without a place)
   */
  public record Bounds(String entity, int best, int worst) {
    /** Whether the place cannot change anymore. */
    public boolean isFinal() {
      return best == worst;
    }
  }

  /**
   * The provisional result and each entity's bounds.
   *
   * @param result the ranking on the data as they are
   * @param pending the values pending, in the order given
   * @param bounds each assessed entity's bounds, by id, in the result's order
   */
  public record Result(SchemeResult result, List<Pending> pending, Map<String, Bounds> bounds) {
    /** The word that flags a provisional result: 暂定 / provisional. */
    public static final Label FLAG = Label.of("暂定", "provisional");

    public Result {
      Objects.requireNonNull(result, "result");
      pending = List.copyOf(pending);
      bounds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bounds));
    }

    /** A pending value in words, with the names and unit of the policy: 乙 的 税收，可能为 0～80 万元. */
    public Label describe(Pending p) {
      Label who = result.entityNamed(p.entity()).map(e -> e.entity().name()).orElse(Label.of(p.entity(), p.entity()));
      WhatIf.Key key = Keys.describe(result.scheme(), p.key());
      String unit = key.unit().isEmpty() ? "" : key.unit().equals("%") ? "%" : " " + key.unit();
      return Label.of(who.zh() + " 的 " + key.name().zh() + "，可能为 " + p.least().toPlainString() + "～" + p.greatest().toPlainString() + unit,
          key.name().en() + " of " + who.en() + ", " + p.least().toPlainString() + " to " + p.greatest().toPlainString() + unit);
    }

    /**
     * Where the entity can still end, in words: 名次已确定 / final, 可能第 1～2 名 / may end place 1
     * to 2 (— for no place), or 无名次 / no place for one that takes none whatever the values;
     * empty if it has no bounds.
     */
    public Optional<Label> describeBounds(String entity) {
      Bounds b = bounds.get(entity);
      if (b == null) {
        return Optional.empty();
      }
      if (b.isFinal()) {
        return Optional.of(b.best() == 0 ? Label.of("无名次", "no place") : Label.of("名次已确定", "final"));
      }
      String best = b.best() == 0 ? "—" : String.valueOf(b.best());
      String worst = b.worst() == 0 ? "—" : String.valueOf(b.worst());
      return Optional.of(Label.of("可能第 " + best + "～" + worst + " 名", "may end place " + best + " to " + worst));
    }
  }

  /**
   * Evaluates the ranking now and at every combination of the pending values' ends.
   *
   * @throws io.github.kaohe.eval.EvaluationException if the data as they are cannot be evaluated
   */
  public Result evaluate() {
    Evaluator evaluator = Evaluator.of(Trimmed.forPlaces(policy, scheme));
    SchemeResult now = Evaluator.of(policy).evaluate(scheme.id(), data, period);
    Map<String, int @org.jspecify.annotations.Nullable []> range = new LinkedHashMap<>();
    // The data as they are are one of the outcomes when every pending value is in and within its
    // range; else (a value missing now) only the combinations fill the bounds.
    boolean nowPossible = pending.stream().allMatch(p -> data.value(p.entity(), period, p.key())
        .filter(v -> v.compareTo(p.least()) >= 0 && v.compareTo(p.greatest()) <= 0).isPresent());
    for (EntityResult e : now.entities()) {
      int p = e.place().orElse(0);
      range.put(e.id(), nowPossible ? new int[] {p, p} : null);
    }
    for (int corner = 0; corner < 1 << pending.size(); corner++) {
      Dataset d = data;
      for (int k = 0; k < pending.size(); k++) {
        Pending p = pending.get(k);
        d = d.withValue(p.entity(), period, p.key(), (corner >> k & 1) == 0 ? p.least() : p.greatest());
      }
      for (EntityResult e : evaluator.evaluate(scheme.id(), d, period).entities()) {
        if (range.containsKey(e.id())) {
          int p = e.place().orElse(0);
          int[] r = range.get(e.id());
          if (r == null) {
            range.put(e.id(), new int[] {p, p});
          } else {
            r[0] = better(r[0], p) ? r[0] : p;
            r[1] = better(r[1], p) ? p : r[1];
          }
        }
      }
    }
    Map<String, Bounds> bounds = new LinkedHashMap<>();
    range.forEach((id, r) -> bounds.put(id, r == null ? new Bounds(id, 0, 0) : new Bounds(id, r[0], r[1])));
    return new Result(now, pending, bounds);
  }

  /** Whether place {@code a} is better than {@code b}; no place (0) is the worst. */
  private static boolean better(int a, int b) {
    return a != 0 && (b == 0 || a < b);
  }
}
