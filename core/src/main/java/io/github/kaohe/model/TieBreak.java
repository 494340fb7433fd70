package io.github.kaohe.model;

import java.util.Objects;

/**
 * One step of a tie-break chain: entities with equal totals are ordered by a category's or an
 * indicator's points (more is better) or an indicator's raw value (in its direction).
 *
 * @param by points or raw value
 * @param of the id of a category or indicator ({@code VALUE}: an indicator)
 */
public record TieBreak(Basis by, String of) {

  /** What is compared. */
  public enum Basis {
    POINTS,
    VALUE
  }

  public TieBreak {
    Objects.requireNonNull(by, "by");
    Checks.id(of, "tie-break target");
  }

  public static TieBreak points(String of) {
    return new TieBreak(Basis.POINTS, of);
  }

  public static TieBreak value(String indicator) {
    return new TieBreak(Basis.VALUE, indicator);
  }
}
