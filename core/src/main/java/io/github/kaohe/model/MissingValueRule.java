package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What happens when an entity has no value for an indicator in a period.
 *
 * @param kind the rule
 * @param substitute for {@link Kind#SUBSTITUTE}: the value used instead
 * @param imputation for {@link Kind#IMPUTE}: which of the others' values or points stand in
 */
public record MissingValueRule(Kind kind, Optional<BigDecimal> substitute, Optional<Imputation> imputation) {

  /**
   * What stands in for a missing value: a statistic of the other entities' values (then scored) or
   * points, over all of them or those of the entity's group.
   *
   * @param statistic mean or median (the least and greatest are allowed too)
   * @param of values or points
   * @param within the attribute naming the group; empty: every entity
   */
  public record Imputation(Parameter.Statistic statistic, Basis of, Optional<String> within) {
    /** Whether the others' values or their points stand in. */
    public enum Basis {
      VALUES,
      POINTS
    }

    public Imputation {
      Objects.requireNonNull(statistic, "statistic");
      Objects.requireNonNull(of, "of");
      Objects.requireNonNull(within, "within");
    }
  }

  /** A rule without imputation. */
  public MissingValueRule(Kind kind, Optional<BigDecimal> substitute) {
    this(kind, substitute, Optional.empty());
  }

  /** The rules. */
  public enum Kind {
    /** Evaluation fails, listing every missing value at once. */
    ERROR,
    /** The indicator scores 0 for that entity; the result marks it as missing. */
    ZERO_POINTS,
    /** The entity is not assessed in that period: it gets no total and no place. */
    EXCLUDE_ENTITY,
    /** A declared value is used instead, and takes part in the comparison like any other. */
    SUBSTITUTE,
    /**
     * The mean or median of the other entities' values or points (overall or in the entity's
     * group) is used instead; marked as imputed. Imputed values do not take part in the comparison.
     */
    IMPUTE
  }

  public MissingValueRule {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(substitute, "substitute");
    Objects.requireNonNull(imputation, "imputation");
    Checks.require((kind == Kind.IMPUTE) == imputation.isPresent(),
        kind == Kind.IMPUTE ? "missing rule impute needs a statistic and what it is of" : "only the missing rule impute imputes");
    Checks.require(
        (kind == Kind.SUBSTITUTE) == substitute.isPresent(),
        kind == Kind.SUBSTITUTE
            ? "missing rule substitute needs a value"
            : "only the missing rule substitute takes a value");
  }

  /** Whether the rule imputes from the others' values, or from their points. */
  public boolean imputes(Imputation.Basis basis) {
    return imputation.filter(i -> i.of() == basis).isPresent();
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
