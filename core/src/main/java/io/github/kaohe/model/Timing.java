package io.github.kaohe.model;

/** Which period's value a rule-table input reads. */
public enum Timing {
  /** The period being evaluated. */
  CURRENT,
  /** The period before (the year before, or the quarter before). */
  PREVIOUS,
  /** The value now minus the value in the period before (for places: positive is worse). */
  CHANGE
}
