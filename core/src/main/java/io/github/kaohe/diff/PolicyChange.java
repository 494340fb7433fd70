package io.github.kaohe.diff;

import java.util.Objects;

/**
 * One difference between two policies.
 *
 * @param path where, with list items named by their ids, e.g.
 *     {@code schemes[industrial-cluster-zones].categories[tax].indicators[tax-total].weight}
 * @param kind added, removed or changed
 * @param before the old value as YAML would show it, or empty when added
 * @param after the new value, or empty when removed
 */
public record PolicyChange(String path, Kind kind, String before, String after) {
  /** What happened at the path. */
  public enum Kind {
    ADDED,
    REMOVED,
    CHANGED
  }

  public PolicyChange {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /** {@code path: before → after}, {@code path: added after}, {@code path: removed before}. */
  @Override
  public String toString() {
    return switch (kind) {
      case ADDED -> path + ": added " + after;
      case REMOVED -> path + ": removed " + before;
      case CHANGED -> path + ": " + before + " → " + after;
    };
  }
}
