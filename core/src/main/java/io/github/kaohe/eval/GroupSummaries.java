package io.github.kaohe.eval;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The statistics of groups that a scheme reads, each by what reads it — a parameter that is a
 * group's statistic ({@link #parameter}), the values or points that stand in for missing ones
 * ({@link #imputed}) — and then by group: mergeable, so that the parts of a population give the
 * statistics of the whole. Immutable once built; {@link #merge} makes a new one.
 */
final class GroupSummaries implements Serializable {
  private static final long serialVersionUID = 1L;
  static final GroupSummaries NONE = new GroupSummaries(new HashMap<>());

  private final HashMap<String, HashMap<String, GroupStatistic>> byUse;

  private GroupSummaries(HashMap<String, HashMap<String, GroupStatistic>> byUse) {
    this.byUse = byUse;
  }

  /** The use of the statistics of indicator {@code j}'s parameter {@code name}. */
  static String parameter(int j, String name) {
    return j + "/parameter/" + name;
  }

  /** The use of the statistics that stand in for indicator {@code j}'s missing values or points. */
  static String imputed(int j) {
    return j + "/imputed";
  }

  /** Builds summaries use by use. */
  static final class Builder {
    private final HashMap<String, HashMap<String, GroupStatistic>> byUse = new HashMap<>();

    Builder put(String use, Map<String, GroupStatistic> groups) {
      byUse.put(use, new HashMap<>(groups));
      return this;
    }

    GroupSummaries build() {
      return byUse.isEmpty() ? NONE : new GroupSummaries(byUse);
    }
  }

  /** The groups' statistics for a use; null when these summaries have none for it. */
  @Nullable Map<String, GroupStatistic> get(String use) {
    return byUse.get(use);
  }

  /** The statistics of both together, group by group; neither is changed. */
  GroupSummaries merge(GroupSummaries other) {
    if (other.byUse.isEmpty()) {
      return this;
    }
    if (byUse.isEmpty()) {
      return other;
    }
    HashMap<String, HashMap<String, GroupStatistic>> out = new HashMap<>();
    for (GroupSummaries s : new GroupSummaries[] {this, other}) {
      s.byUse.forEach((use, groups) -> {
        HashMap<String, GroupStatistic> into = out.computeIfAbsent(use, u -> new HashMap<>());
        groups.forEach((g, stat) -> into.merge(g, stat.copy(), GroupStatistic::merge));
      });
    }
    return new GroupSummaries(out);
  }
}
