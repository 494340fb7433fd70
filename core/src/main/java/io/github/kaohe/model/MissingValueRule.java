package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What happens when an entity has no value for an indicator in a period.
 *
 * @param kind the rule
 * @param substitute for {@link Kind#SUBSTITUTE}: the value used instead
 */
public record MissingValueRule(Kind kind, Optional<BigDecimal> substitute) {

  /** The rules. */
  public enum Kind {
    /** Evaluation fails, listing every missing value at once. */
    ERROR,
    /** The indicator scores 0 for that entity; the result marks it as missing. */
    ZERO_POINTS,
    /** The entity is not assessed in that period: it gets no total and no place. */
    EXCLUDE_ENTITY,
    /** A declared value is used instead, and takes part in the comparison like any other. */
    SUBSTITUTE
  }

  public MissingValueRule {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(substitute, "substitute");
    Checks.require(
        (kind == Kind.SUBSTITUTE) == substitute.isPresent(),
        kind == Kind.SUBSTITUTE
            ? "missing rule substitute needs a value"
            : "only the missing rule substitute takes a value");
  }

  public static MissingValueRule error() {
    return new MissingValueRule(Kind.ERROR, Optional.empty());
  }

  public static MissingValueRule zeroPoints() {
    return new MissingValueRule(Kind.ZERO_POINTS, Optional.empty());
  }

  public static MissingValueRule excludeEntity() {
    return new MissingValueRule(Kind.EXCLUDE_ENTITY, Optional.empty());
  }

  public static MissingValueRule substitute(BigDecimal value) {
    return new MissingValueRule(Kind.SUBSTITUTE, Optional.of(value));
  }
}
