package io.github.kaohe.whatif;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one unit of change of each value costs, for the cheapest combination of changes
 * ({@link WhatIf#cheapest}): e.g. 1 per 万元 of tax, 30 per 亩 of land given up. Only the values
 * with a cost are changed; at most {@value #MOST_VALUES} of them.
 *
 * @param perUnit the cost of one unit of change of each value (its key in the data), 0 or more,
 *     in the map's order (the order the search takes them in, and so which of several combinations
 *     of the same least cost it gives: pass a {@link java.util.LinkedHashMap} for a fixed order)
 * @param unit the unit of the costs, e.g. 万元; empty for none
 */
public record Costs(Map<String, BigDecimal> perUnit, String unit) {
  /** The most values a combination changes together (the search is exact, and its work grows with each). */
  public static final int MOST_VALUES = 3;

  /**
   * @throws IllegalArgumentException listing every problem: no values, more than {@value #MOST_VALUES}, a negative cost
   */
  public Costs {
    Objects.requireNonNull(perUnit, "perUnit");
    Objects.requireNonNull(unit, "unit");
    List<String> problems = new ArrayList<>();
    if (perUnit.isEmpty()) {
      problems.add("no value has a cost: give at least one, e.g. tax=1");
    }
    if (perUnit.size() > MOST_VALUES) {
      problems.add("at most " + MOST_VALUES + " values may be changed together, not " + perUnit.size() + " (" + perUnit.keySet() + ")");
    }
    perUnit.forEach((k, v) -> {
      if (Objects.requireNonNull(v, "cost of " + k).signum() < 0) {
        problems.add("the cost of '" + k + "' is " + v.toPlainString() + ": a cost is 0 or more");
      }
    });
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    perUnit = Collections.unmodifiableMap(new LinkedHashMap<>(perUnit));
  }

  /** Costs without a unit. */
  public static Costs of(Map<String, BigDecimal> perUnit) {
    return new Costs(perUnit, "");
  }

  /** The same costs in {@code unit}, e.g. 万元. */
  public Costs in(String unit) {
    return new Costs(perUnit, unit);
  }
}
