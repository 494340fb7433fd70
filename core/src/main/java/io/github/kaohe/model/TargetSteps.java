package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Target attainment with steps: the full weight at the target; {@code penalty} points less for
 * each {@code step} short of it, {@code bonus} points more for each {@code step} beyond it; never
 * below {@code floor}, never above {@code cap}. "Short" follows the indicator's direction.
 *
 * @param target the value that earns the full weight: one for everyone, or one per group, from
 *     the data, or the group's average
 * @param step the size of one step, greater than 0
 * @param penalty points lost per step short, not negative
 * @param bonus points gained per step beyond, not negative
 * @param floor the fewest points, not negative (default 0)
 * @param cap the most points; empty means the weight
 * @param counting whether partial steps count in proportion or only whole steps
 */
public record TargetSteps(
    Parameter target,
    BigDecimal step,
    BigDecimal penalty,
    BigDecimal bonus,
    BigDecimal floor,
    Optional<BigDecimal> cap,
    Counting counting)
    implements ScoringMethod {

  /** How a shortfall or excess is counted in steps. */
  public enum Counting {
    /** In proportion: half a step short loses half the penalty. */
    PRO_RATA,
    /** Whole steps only: anything less than a full step does not count. */
    WHOLE_STEPS
  }

  /** Steps towards one target for everyone. */
  public TargetSteps(BigDecimal target, BigDecimal step, BigDecimal penalty, BigDecimal bonus, BigDecimal floor,
      Optional<BigDecimal> cap, Counting counting) {
    this(Parameter.of(target), step, penalty, bonus, floor, cap, counting);
  }

  public TargetSteps {
    Objects.requireNonNull(target, "target");
    Checks.positive(step, "step");
    Checks.nonNegative(penalty, "penalty");
    Checks.nonNegative(bonus, "bonus");
    Checks.nonNegative(floor, "floor");
    Objects.requireNonNull(cap, "cap");
    Objects.requireNonNull(counting, "counting");
    cap.ifPresent(
        c ->
            Checks.require(
                c.compareTo(floor) >= 0,
                "cap (%s) must not be less than floor (%s)",
                c.toPlainString(),
                floor.toPlainString()));
  }

  @Override
  public String type() {
    return "target-steps";
  }

  /**
   * Without a cap the points stop at the weight, and without a bonus they never pass it; a cap
   * with a bonus may lie above the weight, which the method does not know.
   */
  @Override
  public boolean bounded() {
    return cap.isEmpty() || bonus.signum() == 0;
  }
}
