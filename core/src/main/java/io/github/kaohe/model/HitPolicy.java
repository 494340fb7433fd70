package io.github.kaohe.model;

/**
 * How a rule table's matching rows become its result, with DMN's names and meanings.
 *
 * <p>A row that cannot be decided (a value it needs is missing) is never taken as false: under
 * {@link #FIRST}, {@link #PRIORITY} and {@link #COLLECT_MAX}, a matching row that such a row would
 * take precedence over is not evaluable either.
 */
public enum HitPolicy {
  /** At most one row may match; two matching rows are an error (statically checked where possible). */
  UNIQUE,
  /** The first matching row, in table order. */
  FIRST,
  /** The matching row with the highest priority; among equals, the first. */
  PRIORITY,
  /** Every matching row, in table order. */
  RULE_ORDER,
  /** Every matching row; money is added up. */
  COLLECT_SUM,
  /**
   * Only the matching row with the highest money: "以上奖励取最高限，不重复奖励". The other matching
   * rows are reported as suppressed; among rows with equal money, the first wins.
   */
  COLLECT_MAX
}
