package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Which of the entities in a scheme's data the scheme assesses: all of them, or those that meet
 * every condition, e.g. the above-scale firms ({@code {attribute: scale, in: [规上]}}) with at
 * least 3 亩 of land ({@code {fact: land, atLeast: 3}}). An entity outside the scope takes no
 * part at all: it has no result and counts in no best value, average or share. So one table of
 * firms can feed several schemes, each assessing its own.
 *
 * @param attributes the entity's attribute must have one of the listed values, for each filter
 * @param floors the entity's value of a number fact must be present and at least the floor, in
 *     the period assessed
 */
public record Scope(List<AttributeFilter> attributes, List<FactFloor> floors) {
  private static final Scope ALL = new Scope(List.of(), List.of());

  public Scope {
    attributes = Checks.list(attributes, "attributes");
    floors = Checks.list(floors, "floors");
  }

  /** Every entity of the data. */
  public static Scope all() {
    return ALL;
  }

  /** Whether the scheme assesses every entity of its data. */
  public boolean isAll() {
    return attributes.isEmpty() && floors.isEmpty();
  }

  /**
   * A number fact's least value for an entity to be assessed.
   *
   * @param fact the id of a number fact read from the data
   * @param atLeast the least value, inclusive
   */
  public record FactFloor(String fact, BigDecimal atLeast) {
    public FactFloor {
      Checks.id(fact, "fact");
      Objects.requireNonNull(atLeast, "atLeast");
    }
  }
}
