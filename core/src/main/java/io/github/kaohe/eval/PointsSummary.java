package io.github.kaohe.eval;

import java.io.Serializable;
import java.util.Objects;

/**
 * What one part of a population contributes to the statistics of its groups' points, for a scheme
 * that gives an entity without a value the mean (or median, least, greatest) points of the others
 * in its group ({@link PartEvaluator#summarisePoints}). Merged as {@link PartSummary} is, and then
 * added to the whole's summary with {@link PartSummary#withPoints}. Immutable and serialisable.
 */
public final class PointsSummary implements Serializable {
  private static final long serialVersionUID = 1L;

  private final GroupSummaries groups;

  PointsSummary(GroupSummaries groups) {
    this.groups = groups;
  }

  /** The summary of both parts together; neither is changed. */
  public PointsSummary merge(PointsSummary other) {
    Objects.requireNonNull(other, "other");
    return new PointsSummary(groups.merge(other.groups));
  }

  GroupSummaries groups() {
    return groups;
  }
}
