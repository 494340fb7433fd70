package io.github.kaohe.model;

/**
 * How a category combines its children. Each child's normalised value is its points divided by
 * its weight, in [0, 1] for bounded methods.
 */
public enum Aggregation {
  /** The sum of the children's points. The children's weights add up to the category's. */
  WEIGHTED_SUM,
  /**
   * The category's weight times the weighted arithmetic mean of the children's normalised values;
   * the children's weights are relative and need not add up to the category's.
   */
  ARITHMETIC_MEAN,
  /**
   * The category's weight times the weighted geometric mean of the children's normalised values
   * (a zero anywhere makes it zero), as index-style policies combine dimension indices. The
   * children's weights are relative; the mean is correctly rounded to 34 significant digits, then
   * rounded once as the policy declares.
   */
  GEOMETRIC_MEAN
}
