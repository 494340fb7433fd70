package io.github.kaohe.whatif;

import io.github.kaohe.model.Label;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The cheapest combination of changes of several values that reaches a goal, at the costs
 * declared ({@link WhatIf#cheapest}).
 *
 * @param status whether the goal is reached
 * @param changes each value with a cost: from, to and what its change costs (a value left as it is
 *     has {@code to} equal to {@code from} and costs 0), in the order the costs were declared;
 *     empty unless {@link Status#REACHED}
 * @param cost what the combination costs, {@code Σ |to − from| × cost per unit}; empty unless
 *     {@link Status#REACHED} (0 when {@link Status#ALREADY})
 * @param leastCost what any combination that reaches the goal costs at least, proven by the
 *     search; equal to {@code cost} when {@code optimal}
 * @param optimal whether no combination within the ranges tried costs less, on the grid of the
 *     values' steps; false when the search stopped at its limit of evaluations before it could
 *     prove it, or when a single answer turned out cheaper than the search's (a value lost the goal
 *     again further on, against the search's assumption; the reason says which)
 * @param singles the single-value answers the combination is compared with, one per value with
 *     a cost
 * @param standing what the entity would have in the goal's terms with the changes made
 * @param reason the answer in words, with its numbers and units
 * @param evaluations how many evaluations of the scheme the search took
 */
public record Combination(
    Status status,
    List<Change> changes,
    Optional<BigDecimal> cost,
    Optional<BigDecimal> leastCost,
    boolean optimal,
    List<Counterfactual> singles,
    Label standing,
    Label reason,
    int evaluations) {

  /** Whether the goal is reached. */
  public enum Status {
    /** The entity meets the goal already. */
    ALREADY,
    /** A combination within the ranges tried reaches it. */
    REACHED,
    /** No combination within the ranges tried reaches it. */
    UNREACHABLE
  }

  /**
   * One value's part of a combination.
   *
   * @param key the value's key in the data
   * @param name its name
   * @param unit its unit
   * @param from the value now
   * @param to the value in the combination
   * @param cost {@code |to − from| × cost per unit}
   */
  public record Change(String key, Label name, String unit, BigDecimal from, BigDecimal to, BigDecimal cost) {
    public Change {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(cost, "cost");
    }

    /** {@code to − from}. */
    public BigDecimal change() {
      return to.subtract(from);
    }
  }

  public Combination {
    Objects.requireNonNull(status, "status");
    changes = List.copyOf(changes);
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(leastCost, "leastCost");
    singles = List.copyOf(singles);
    Objects.requireNonNull(standing, "standing");
    Objects.requireNonNull(reason, "reason");
  }
}
