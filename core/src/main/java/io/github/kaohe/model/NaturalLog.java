package io.github.kaohe.model;

import java.util.Objects;

/**
 * The natural logarithm, for values that grow multiplicatively (e.g. income). Computed to 34
 * significant digits, correctly rounded (half even); the method then scores that value, and its
 * points are rounded once, as the policy declares.
 *
 * @param whenNotPositive what a value of zero or less, which has no logarithm, becomes
 */
public record NaturalLog(WhenNotPositive whenNotPositive) implements Transform {

  /** Treatment of values that have no logarithm. */
  public enum WhenNotPositive {
    /** Evaluation fails, naming the entity and value. */
    ERROR,
    /** The value is treated as missing: the indicator's missing-value rule applies. */
    MISSING
  }

  public NaturalLog {
    Objects.requireNonNull(whenNotPositive, "whenNotPositive");
  }

  public static NaturalLog strict() {
    return new NaturalLog(WhenNotPositive.ERROR);
  }

  @Override
  public String type() {
    return "ln";
  }
}
