package io.github.kaohe.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A typed input of a rule table: a value of the entity read at some period.
 *
 * <p>{@code of} names an indicator (its raw value), a fact, a measure, or a result of the
 * scheme's evaluation: {@code result.total}, {@code result.base}, {@code result.adjustments},
 * {@code result.place} (overall; empty for entities that take no place),
 * {@code result.place.ATTRIBUTE} (within the group), or {@code result.points.ID} (a category's or
 * indicator's points).
 *
 * @param id the input's name within its table, used by the rows' conditions
 * @param of what the input reads
 * @param timing now, in the period before, or the change between them
 */
public record TableInput(String id, String of, Timing timing) {
  private static final Pattern RESULT = Pattern.compile("result\\.(total|base|adjustments|place(\\.[a-z0-9_-]+)?|points\\.[a-z0-9._-]+)");

  public TableInput {
    Checks.id(id, "input id");
    Objects.requireNonNull(of, "of");
    Objects.requireNonNull(timing, "timing");
    Checks.require(
        RESULT.matcher(of).matches() || (of.matches("[a-z0-9]+(?:[-_.][a-z0-9]+)*") && !of.startsWith("result.")),
        "input '%s' reads '%s', which is neither an id nor a result (result.total, result.base,"
            + " result.adjustments, result.place, result.place.ATTRIBUTE, result.points.ID)",
        id,
        of);
  }

  public static TableInput of(String id, String of) {
    return new TableInput(id, of, Timing.CURRENT);
  }

  /** Whether {@code of} names a result of the evaluation rather than an id. */
  public boolean readsResult() {
    return RESULT.matcher(of).matches();
  }
}
