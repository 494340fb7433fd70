package io.github.kaohe.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A derived measure, declared in the policy and computed by the engine per entity and period:
 * a weighted combination, a growth rate, a ratio, a population statistic or a change.
 *
 * @param id unique within its scheme
 * @param name Chinese and English name
 * @param unit the unit of the result, e.g. %
 * @param formula how it is computed
 * @param rounding how the result is rounded; empty: exact (divisions to 34 significant digits)
 * @param source the section of the source document it comes from
 * @param display the unit its value is shown in, when not its own (万元 shown in 亿元); empty: its own
 */
public record Measure(
    String id,
    Label name,
    String unit,
    MeasureFormula formula,
    Optional<Rounding> rounding,
    Optional<String> source,
    Optional<DisplayUnit> display) {
  public Measure {
    Checks.id(id, "measure id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(formula, "formula");
    Objects.requireNonNull(rounding, "rounding");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(display, "display");
  }

  /** A measure shown in its own unit. */
  public Measure(String id, Label name, String unit, MeasureFormula formula, Optional<Rounding> rounding, Optional<String> source) {
    this(id, name, unit, formula, rounding, source, Optional.empty());
  }
}
