package io.github.kaohe.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A typed input of a rule table: a value of the entity read at some period.
 *
 * <p>{@code of} names an indicator (its raw value), a fact, a measure, or a result of the
 * scheme's evaluation: {@code total}, {@code base}, {@code adjustments}, {@code place} (overall;
 * empty for entities that take no place), {@code place:ATTRIBUTE} (within the group), or
 * {@code points:ID} (a category's or indicator's points).
 *
 * @param id the input's name within its table, used by the rows' conditions
 * @param of what the input reads
 * @param timing now, in the period before, or the change between them
 */
public record TableInput(String id, String of, Timing timing) {
  private static final Pattern RESULT = Pattern.compile("total|base|adjustments|place(:[a-z0-9._-]+)?|points:[a-z0-9._-]+");

  public TableInput {
    Checks.id(id, "input id");
    Objects.requireNonNull(of, "of");
    Objects.requireNonNull(timing, "timing");
    Checks.require(
        RESULT.matcher(of).matches() || of.matches("[a-z0-9]+(?:[-_.][a-z0-9]+)*"),
        "input '%s' reads '%s', which is neither an id nor a result (total, base, adjustments, place,"
            + " place:ATTRIBUTE, points:ID)",
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
