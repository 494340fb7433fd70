package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** How a derived measure is computed from other values. */
public sealed interface MeasureFormula
    permits MeasureFormula.WeightedSum,
        MeasureFormula.Growth,
        MeasureFormula.Ratio,
        MeasureFormula.Population,
        MeasureFormula.Change,
        MeasureFormula.EntityValue {

  /** The ids this formula reads. */
  List<String> reads();

  /** The formula's name in policy YAML. */
  String type();

  /** One term of a weighted sum. */
  record Term(String of, BigDecimal weight) {
    public Term {
      Objects.requireNonNull(of, "of");
      Objects.requireNonNull(weight, "weight");
    }
  }

  /** Σ weight × value, e.g. 50% tax growth + 25% value-added growth + 25% investment growth. */
  record WeightedSum(List<Term> terms) implements MeasureFormula {
    public WeightedSum {
      terms = Checks.list(terms, "terms");
      Checks.require(!terms.isEmpty(), "a weighted sum needs at least one term");
    }

    @Override
    public List<String> reads() {
      return terms.stream().map(Term::of).toList();
    }

    @Override
    public String type() {
      return "weighted-sum";
    }
  }

  /** What a growth rate is when the base (the previous value) is zero or negative. */
  enum WhenBaseNotPositive {
    /** The growth is unknown: conditions on it are not evaluable. */
    UNKNOWN,
    /** The growth is 0. */
    ZERO
  }

  /** The growth from the previous period in percent: (now − before) / before × 100. */
  record Growth(String of, WhenBaseNotPositive whenBaseNotPositive) implements MeasureFormula {
    public Growth {
      Objects.requireNonNull(of, "of");
      Objects.requireNonNull(whenBaseNotPositive, "whenBaseNotPositive");
    }

    @Override
    public List<String> reads() {
      return List.of(of);
    }

    @Override
    public String type() {
      return "growth";
    }
  }

  /** numerator / denominator × factor (e.g. 100 for percent); unknown when the denominator is 0. */
  record Ratio(String numerator, String denominator, BigDecimal factor) implements MeasureFormula {
    public Ratio {
      Objects.requireNonNull(numerator, "numerator");
      Objects.requireNonNull(denominator, "denominator");
      Objects.requireNonNull(factor, "factor");
    }

    @Override
    public List<String> reads() {
      return List.of(numerator, denominator);
    }

    @Override
    public String type() {
      return "ratio";
    }
  }

  /** A statistic over the population. */
  enum Statistic {
    MEAN,
    MEDIAN,
    SUM,
    MIN,
    MAX,
    /** How many entities have the value (at least {@code atLeast}, when given). */
    COUNT
  }

  /** Which entities a population statistic takes in. */
  enum Over {
    /** Every assessed entity. */
    ASSESSED,
    /** Only the entities that take a place. */
    RANKED
  }

  /**
   * A statistic of a value over the scheme's entities in the period, the same for every entity
   * (e.g. the city average). Entities without the value are left out, and so are those whose value
   * is less than {@code atLeast} or whose attribute is not among {@code where}'s values.
   */
  record Population(
      Statistic statistic,
      String of,
      Over over,
      java.util.Optional<BigDecimal> atLeast,
      java.util.Optional<AttributeFilter> where)
      implements MeasureFormula {
    public Population {
      Objects.requireNonNull(statistic, "statistic");
      Objects.requireNonNull(of, "of");
      Objects.requireNonNull(over, "over");
      Objects.requireNonNull(atLeast, "atLeast");
      Objects.requireNonNull(where, "where");
    }

    /** Over every entity that has the value. */
    public Population(Statistic statistic, String of, Over over) {
      this(statistic, of, over, java.util.Optional.empty(), java.util.Optional.empty());
    }

    @Override
    public List<String> reads() {
      return List.of(of);
    }

    @Override
    public String type() {
      return "population";
    }
  }

  /** now − before, e.g. the change of a place (positive: worse). */
  record Change(String of) implements MeasureFormula {
    public Change {
      Objects.requireNonNull(of, "of");
    }

    @Override
    public List<String> reads() {
      return List.of(of);
    }

    @Override
    public String type() {
      return "change";
    }
  }

  /**
   * The value of one named entity, the same for every entity: typically a context entity's (the
   * city as a whole), e.g. the city's investment that the zones' share is measured against.
   */
  record EntityValue(String entity, String of) implements MeasureFormula {
    public EntityValue {
      Checks.text(entity, "entity");
      Objects.requireNonNull(of, "of");
    }

    @Override
    public List<String> reads() {
      return List.of(of);
    }

    @Override
    public String type() {
      return "entity";
    }
  }
}
