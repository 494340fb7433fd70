package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A scoring method's parameter (a benchmark, a goalpost, a target): one number for everyone, or a
 * number that depends on the entity — a value per group ({@code by: county}), a column of the data,
 * or a statistic of the indicator's own values over the entity's group (the county's average).
 */
public sealed interface Parameter {
  /** The number, if it is the same for everyone. */
  Optional<BigDecimal> fixed();

  /** The number, which must be the same for everyone: for a method whose parameters are resolved. */
  default BigDecimal value() {
    return fixed().orElseThrow(() -> new IllegalStateException("the parameter " + this + " depends on the entity"));
  }

  static Parameter of(BigDecimal value) {
    return new Fixed(value);
  }

  /** One number for everyone. */
  record Fixed(BigDecimal value) implements Parameter {
    public Fixed {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public Optional<BigDecimal> fixed() {
      return Optional.of(value);
    }

    @Override
    public BigDecimal value() {
      return value;
    }

    @Override
    public String toString() {
      return value.toPlainString();
    }
  }

  /**
   * A number per value of an attribute: {@code {by: county, values: {东区: 20, 西区: 15}}}.
   *
   * @param attribute the attribute that names the group
   * @param values the number of each group
   * @param otherwise the number of a group not listed (or of an entity without the attribute);
   *     empty: such an entity cannot be scored, and evaluation says so
   */
  record ByGroup(String attribute, Map<String, BigDecimal> values, Optional<BigDecimal> otherwise) implements Parameter {
    public ByGroup {
      Checks.text(attribute, "attribute");
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
      Objects.requireNonNull(otherwise, "otherwise");
      Checks.require(!values.isEmpty() || otherwise.isPresent(), "a value per group needs values, or otherwise");
    }

    @Override
    public Optional<BigDecimal> fixed() {
      return Optional.empty();
    }

    @Override
    public String toString() {
      return "by " + attribute + " " + values + otherwise.map(o -> ", otherwise " + o.toPlainString()).orElse("");
    }
  }

  /**
   * The value of a fact of the entity: {@code {column: county-benchmark}}.
   *
   * @param fact the fact's id
   */
  record FromData(String fact) implements Parameter {
    public FromData {
      Checks.text(fact, "fact");
    }

    @Override
    public Optional<BigDecimal> fixed() {
      return Optional.empty();
    }

    @Override
    public String toString() {
      return "the value of " + fact;
    }
  }

  /** The statistics a parameter may take of a population. */
  enum Statistic {
    MEAN,
    MEDIAN,
    MIN,
    MAX;

    public String written() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * A statistic of the indicator's values (after transforms) over the entities assessed with it:
   * all of them, or those of the entity's group: {@code {statistic: mean, within: county}}.
   *
   * @param statistic mean, median, least or greatest
   * @param within the attribute that names the group; empty: every entity
   */
  record OfPopulation(Statistic statistic, Optional<String> within) implements Parameter {
    public OfPopulation {
      Objects.requireNonNull(statistic, "statistic");
      Objects.requireNonNull(within, "within");
    }

    @Override
    public Optional<BigDecimal> fixed() {
      return Optional.empty();
    }

    @Override
    public String toString() {
      return "the " + statistic.written() + within.map(w -> " within " + w).orElse("");
    }
  }
}
