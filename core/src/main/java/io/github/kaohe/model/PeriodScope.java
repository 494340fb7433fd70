package io.github.kaohe.model;

/** In which periods a rule table applies. */
public enum PeriodScope {
  /** Years and quarters. */
  ALL,
  /** Whole years only (e.g. annual rewards). */
  YEARS,
  /** Quarters only. */
  QUARTERS
}
