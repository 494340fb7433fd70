package io.github.kaohe.model;

/** Whether a higher or a lower raw value is better. Places are lower-is-better. */
public enum Direction {
  HIGHER_IS_BETTER,
  LOWER_IS_BETTER
}
