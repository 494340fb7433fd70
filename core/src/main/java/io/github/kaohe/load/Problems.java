package io.github.kaohe.load;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Collects the problems of one file (or of a policy and the overlay that extends it), so that
 * all of them are reported together. Warnings are kept apart: they never stop a policy loading.
 */
final class Problems {
  private final String file;
  private final List<Problem> list = new ArrayList<>();
  private final List<Problem> warnings = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  void add(Mark mark, String path, String message) {
    Problem p = new Problem(mark.file() == null ? file : mark.file(), mark.line(), mark.column(), path, message);
    if (!list.contains(p)) {
      list.add(p);
    }
  }

  void warn(Mark mark, String path, String message) {
    Problem p = new Problem(mark.file() == null ? file : mark.file(), mark.line(), mark.column(), path, message,
        Problem.Severity.WARNING);
    if (!warnings.contains(p)) {
      warnings.add(p);
    }
  }

  /** Whether no error was found (warnings aside). */
  boolean isEmpty() {
    return list.isEmpty();
  }

  List<Problem> warnings() {
    return List.copyOf(warnings);
  }

  /** Whether an error was recorded at this path or below it. */
  boolean hasUnder(String path) {
    if (path.isEmpty()) {
      return !list.isEmpty();
    }
    for (Problem p : list) {
      String q = p.path();
      if (q.equals(path) || q.startsWith(path + ".") || q.startsWith(path + "[")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Builds a model object unless a problem was already found below {@code path}; a model
   * constructor's complaint becomes a problem at {@code mark}.
   */
  <T> @Nullable T construct(Mark mark, String path, Supplier<T> constructor) {
    if (hasUnder(path)) {
      return null;
    }
    try {
      return constructor.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      add(mark, path, String.valueOf(e.getMessage()));
      return null;
    }
  }

  List<Problem> all() {
    return List.copyOf(list);
  }
}
