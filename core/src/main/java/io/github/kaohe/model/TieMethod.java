package io.github.kaohe.model;

/** How entities with equal rounded totals (after any tie-break chain) are placed. */
public enum TieMethod {
  /** Standard competition ranking "1224": tied entities share a place, the next place is skipped. */
  COMPETITION,
  /** Dense ranking "1223": tied entities share a place, no place is skipped. */
  DENSE,
  /**
   * Ordinal ranking "1234": every entity gets its own place; entities still tied after the
   * tie-break chain are ordered by entity id, and the result says so.
   */
  ORDINAL
}
