package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scored indicator: a raw value per entity and period, turned into points out of {@code weight}
 * by its scoring method.
 *
 * @param id unique within its scheme, e.g. {@code tax-growth}
 * @param name Chinese and English name
 * @param unit the raw value's unit as the source gives it (万元, %, 个), or empty
 * @param weight the most points (for bounded methods), not negative
 * @param direction whether higher or lower raw values are better
 * @param method the scoring method and its parameters
 * @param transforms applied to the raw value, in order, before the method
 * @param missing what happens when the value is missing
 * @param source the section of the source document it comes from
 * @param valid the values the data can plausibly hold, as declared; empty for the defaults of its
 *     unit (see {@code DataReader})
 * @param formula how the value is computed from the entity's facts and other indicators in the
 *     same period; empty: the value is read from the data
 * @param shortName a shorter name for the headings of tables (YAML {@code short}); empty: the name
 */
public record Indicator(
    String id,
    Label name,
    String unit,
    BigDecimal weight,
    Direction direction,
    ScoringMethod method,
    List<Transform> transforms,
    MissingValueRule missing,
    Optional<String> source,
    Optional<ValidRange> valid,
    Optional<Formula> formula,
    Optional<Label> shortName) {

  /** An indicator without a short name. */
  public Indicator(
      String id,
      Label name,
      String unit,
      BigDecimal weight,
      Direction direction,
      ScoringMethod method,
      List<Transform> transforms,
      MissingValueRule missing,
      Optional<String> source,
      Optional<ValidRange> valid,
      Optional<Formula> formula) {
    this(id, name, unit, weight, direction, method, transforms, missing, source, valid, formula, Optional.empty());
  }

  /** The name for a table's heading: the short name if there is one, else the name. */
  public Label heading() {
    return shortName.orElse(name);
  }

  /** An indicator whose value is read from the data, with a declared valid range or the defaults. */
  public Indicator(
      String id,
      Label name,
      String unit,
      BigDecimal weight,
      Direction direction,
      ScoringMethod method,
      List<Transform> transforms,
      MissingValueRule missing,
      Optional<String> source,
      Optional<ValidRange> valid) {
    this(id, name, unit, weight, direction, method, transforms, missing, source, valid, Optional.empty());
  }

  public Indicator {
    Checks.id(id, "indicator id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Checks.nonNegative(weight, "weight");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(method, "method");
    transforms = Checks.list(transforms, "transforms");
    Objects.requireNonNull(missing, "missing");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(valid, "valid");
    Objects.requireNonNull(formula, "formula");
    Objects.requireNonNull(shortName, "shortName");
    if (method instanceof PlacePoints) {
      Checks.require(
          direction == Direction.LOWER_IS_BETTER,
          "place-points scores places, where lower is better: set direction to lower-is-better");
    }
    if (method instanceof DirectPoints) {
      Checks.require(
          direction == Direction.HIGHER_IS_BETTER,
          "direct-points takes the value as points, where more is better: leave direction at higher-is-better");
    }
    if (method instanceof ProportionalToBest p
        && p.negatives() == ProportionalToBest.Negatives.SHIFT) {
      Checks.require(
          direction == Direction.HIGHER_IS_BETTER,
          "negatives: shift is defined for higher-is-better only");
    }
    if (method instanceof Bands b) {
      Checks.require(
          b.maxPoints().compareTo(weight) <= 0,
          "a band gives %s points, more than the weight %s",
          b.maxPoints().toPlainString(),
          weight.toPlainString());
    }
    if (method instanceof TargetSteps t) {
      Checks.require(
          t.floor().compareTo(weight) <= 0,
          "floor (%s) must not exceed the weight (%s)",
          t.floor().toPlainString(),
          weight.toPlainString());
    }
  }

  /** An indicator without a declared valid range: its unit's defaults apply. */
  public Indicator(
      String id,
      Label name,
      String unit,
      BigDecimal weight,
      Direction direction,
      ScoringMethod method,
      List<Transform> transforms,
      MissingValueRule missing,
      Optional<String> source) {
    this(id, name, unit, weight, direction, method, transforms, missing, source, Optional.empty());
  }

  /** A builder for indicators: everything but id, name and weight has a default. */
  public static Builder builder(String id, Label name, BigDecimal weight) {
    return new Builder(id, name, weight);
  }

  /** Builds an {@link Indicator}; defaults: no unit, higher is better, proportional to best. */
  public static final class Builder {
    private final String id;
    private final Label name;
    private final BigDecimal weight;
    private String unit = "";
    private Direction direction = Direction.HIGHER_IS_BETTER;
    private ScoringMethod method = ProportionalToBest.standard();
    private List<Transform> transforms = List.of();
    private MissingValueRule missing = MissingValueRule.error();
    private Optional<String> source = Optional.empty();
    private Optional<ValidRange> valid = Optional.empty();
    private Optional<Formula> formula = Optional.empty();
    private Optional<Label> shortName = Optional.empty();

    private Builder(String id, Label name, BigDecimal weight) {
      this.id = id;
      this.name = name;
      this.weight = weight;
    }

    public Builder unit(String unit) {
      this.unit = unit;
      return this;
    }

    public Builder direction(Direction direction) {
      this.direction = direction;
      return this;
    }

    public Builder method(ScoringMethod method) {
      this.method = method;
      return this;
    }

    public Builder transforms(List<Transform> transforms) {
      this.transforms = transforms;
      return this;
    }

    public Builder missing(MissingValueRule missing) {
      this.missing = missing;
      return this;
    }

    public Builder source(String source) {
      this.source = Optional.of(source);
      return this;
    }

    /** The value is computed by this formula instead of read from the data. */
    public Builder formula(Formula formula) {
      this.formula = Optional.of(formula);
      return this;
    }

    /** A shorter name for the headings of tables. */
    public Builder shortName(Label shortName) {
      this.shortName = Optional.of(shortName);
      return this;
    }

    public Builder valid(ValidRange valid) {
      this.valid = Optional.of(valid);
      return this;
    }

    public Indicator build() {
      return new Indicator(
          id, name, unit, weight, direction, method, transforms, missing, source, valid, formula, shortName);
    }
  }
}
