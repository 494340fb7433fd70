package io.github.kaohe.eval;

/** How an indicator's points came about for one entity. */
public enum IndicatorStatus {
  /** Scored from the value in the data. */
  SCORED,
  /** The value was missing and the rule gave zero points. */
  MISSING_ZERO_POINTS,
  /** The value was missing and the rule's substitute was scored instead. */
  MISSING_SUBSTITUTED,
  /** The value was missing and the others' mean or median value (or points) stands in. */
  MISSING_IMPUTED
}
