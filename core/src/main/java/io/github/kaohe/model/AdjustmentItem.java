package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A bonus or deduction counted per unit, e.g. +5 points per provincial title. The count is read
 * from the data under the item's id, and must be a whole number of at least 0.
 *
 * @param id unique within its scheme
 * @param name Chinese and English name
 * @param pointsPerUnit points per unit counted: positive for a bonus, negative for a deduction
 * @param cap the most points (in absolute value) the item can give, if limited
 * @param source the section of the source document it comes from
 */
public record AdjustmentItem(
    String id,
    Label name,
    BigDecimal pointsPerUnit,
    Optional<BigDecimal> cap,
    Optional<String> source) {

  public AdjustmentItem {
    Checks.id(id, "adjustment item id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pointsPerUnit, "pointsPerUnit");
    Checks.require(pointsPerUnit.signum() != 0, "pointsPerUnit must not be 0");
    Objects.requireNonNull(cap, "cap");
    cap.ifPresent(c -> Checks.positive(c, "cap"));
    Objects.requireNonNull(source, "source");
  }

  public static AdjustmentItem of(String id, Label name, BigDecimal pointsPerUnit) {
    return new AdjustmentItem(id, name, pointsPerUnit, Optional.empty(), Optional.empty());
  }

  /** Whether the item adds points. */
  public boolean isBonus() {
    return pointsPerUnit.signum() > 0;
  }
}
