package io.github.kaohe.model;

/** What a target asks of its measure. */
public enum TargetKind {
  /** At least {@code target} by the deadline (e.g. 1,200 亿元 of investment by 2015). */
  LEVEL,
  /** Growth of at least {@code target} percent a year, every year up to the deadline. */
  GROWTH,
  /**
   * Compound average growth (年均增长) of at least {@code target} percent a year from the year before
   * {@code from} (the base) to each year up to the deadline: met when value ≥ base × (1 + target/100)
   * ^years, decided exactly. A year may grow less if others grew more.
   */
  AVERAGE_GROWTH,
  /** A share of at least {@code target} percent by the deadline (e.g. 65 % of the city's investment). */
  SHARE,
  /** A place of at most {@code target} by the deadline (lower is better: the province's top 10). */
  PLACE,
  /** A fact reaching at least {@code target} by the deadline: a star level, a threshold met. */
  REACH,
  /**
   * Every year, at least {@code target}; {@code upTo}, when given, is the most that is asked (2–3
   * projects a year), so more also meets it, and the result says so.
   */
  RANGE
}
