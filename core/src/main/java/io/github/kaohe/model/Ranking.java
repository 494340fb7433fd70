package io.github.kaohe.model;

import java.util.List;
import java.util.Objects;

/**
 * How a scheme ranks its entities: on the total rounded to the policy's totals precision, higher
 * first, ties broken by the chain and then placed by the tie method; overall and, for each
 * attribute in {@code groups}, within each group of entities sharing that attribute's value.
 *
 * @param ties the tie method (competition "1224" by default)
 * @param tieBreaks applied in order to entities with equal totals
 * @param groups entity attributes to rank within as well, e.g. {@code county}
 */
public record Ranking(TieMethod ties, List<TieBreak> tieBreaks, List<String> groups) {
  public Ranking {
    Objects.requireNonNull(ties, "ties");
    tieBreaks = Checks.list(tieBreaks, "tieBreaks");
    groups = Checks.list(groups, "groups");
    groups.forEach(g -> Checks.id(g, "group attribute"));
    Checks.unique(groups, g -> g, "group attribute");
  }

  /** Competition ranking, no tie-break, no groups. */
  public static Ranking standard() {
    return new Ranking(TieMethod.COMPETITION, List.of(), List.of());
  }

  public static Ranking of(TieMethod ties) {
    return new Ranking(ties, List.of(), List.of());
  }
}
