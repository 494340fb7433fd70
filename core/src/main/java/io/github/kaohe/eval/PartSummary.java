package io.github.kaohe.eval;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one part of a population (a partition of a cluster) contributes to the whole population's
 * statistics in one period, and the problems found with its inputs. Parts are summarised
 * separately, on the machines that hold them, and {@linkplain #merge merged}: the merged summary
 * is exactly the summary of the whole, whatever the parts and the order of merging, because the
 * statistics are exact (count, least, greatest, sums in integers), and so are those of groups (a
 * county's mean, read by a benchmark or by what stands in for a missing value). Immutable and
 * serialisable.
 */
public final class PartSummary implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Statistics[] statistics;
  private final GroupSummaries groups;
  private final List<EvaluationProblem> problems;

  PartSummary(Statistics[] statistics, GroupSummaries groups, List<EvaluationProblem> problems) {
    this.statistics = statistics;
    this.groups = groups;
    this.problems = List.copyOf(problems);
  }

  /** The summary of both parts together; neither is changed. */
  public PartSummary merge(PartSummary other) {
    Objects.requireNonNull(other, "other");
    if (other.statistics.length != statistics.length) {
      throw new IllegalArgumentException(
          "the parts summarise different schemes (" + statistics.length + " and " + other.statistics.length + " indicators)");
    }
    Statistics[] merged = new Statistics[statistics.length];
    for (int j = 0; j < merged.length; j++) {
      int scale = Math.max(statistics[j].scale(), other.statistics[j].scale());
      merged[j] = statistics[j].atScale(scale);
      merged[j].merge(other.statistics[j].atScale(scale));
    }
    List<EvaluationProblem> all = new ArrayList<>(problems);
    all.addAll(other.problems);
    return new PartSummary(merged, groups.merge(other.groups), all);
  }

  /**
   * This summary with the statistics of the groups' points that a part's {@link
   * PartEvaluator#summarisePoints} gives (every part's, merged): what a scheme that imputes points
   * reads to score.
   */
  public PartSummary withPoints(PointsSummary points) {
    Objects.requireNonNull(points, "points");
    return new PartSummary(statistics, groups.merge(points.groups()), problems);
  }

  /** How many values each indicator has in the parts summarised, in the scheme's order. */
  public long[] counts() {
    long[] counts = new long[statistics.length];
    for (int j = 0; j < counts.length; j++) {
      counts[j] = statistics[j].count();
    }
    return counts;
  }

  /** The problems with the inputs of the parts summarised, part by part. */
  public List<EvaluationProblem> problems() {
    return problems;
  }

  Statistics[] statistics() {
    return statistics;
  }

  GroupSummaries groups() {
    return groups;
  }
}
