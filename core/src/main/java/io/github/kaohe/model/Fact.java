package io.github.kaohe.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fact per entity and period that is not scored but decides outcomes: a title, a star level, a
 * place in the province's ranking. Read from the same data files as the indicators.
 *
 * @param id unique within its scheme
 * @param name Chinese and English name
 * @param type what values it takes
 * @param values for {@link FactType#ENUMERATION}: the allowed values, in order; otherwise empty
 * @param fallback the value assumed when the data has none (e.g. {@code false} for a title);
 *     empty: a missing fact makes every condition on it "not evaluable"
 * @param source the section of the source document it comes from
 * @param valid the values the data can plausibly hold, for a number, count or place, as declared;
 *     empty for the defaults of its type (see {@code DataReader})
 * @param unit the unit of a number (万元, 亩); empty for none
 * @param formula how the fact is computed from the entity's other facts and indicators in the
 *     same period; empty: it is read from the data
 * @param display the unit its value is shown in, when not the data's (万元 shown in 亿元); empty: as in the data
 * @param valueNames for {@link FactType#ENUMERATION}: the names its values are shown by (two-stars →
 *     二星级 / two stars), some or all; a value without one is shown as written
 */
public record Fact(
    String id,
    Label name,
    FactType type,
    List<String> values,
    Optional<String> fallback,
    Optional<String> source,
    Optional<ValidRange> valid,
    String unit,
    Optional<Formula> formula,
    Optional<DisplayUnit> display,
    java.util.Map<String, Label> valueNames) {

  public Fact {
    Checks.id(id, "fact id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    values = Checks.list(values, "values");
    Objects.requireNonNull(fallback, "fallback");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(valid, "valid");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(formula, "formula");
    Objects.requireNonNull(display, "display");
    valueNames = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(Objects.requireNonNull(valueNames, "valueNames")));
    Checks.require(display.isEmpty() || type == FactType.NUMBER || type == FactType.COUNT,
        "fact '%s' is a %s: only a number or a count is shown in another unit", id, type.name().toLowerCase(java.util.Locale.ROOT));
    for (String v : valueNames.keySet()) {
      Checks.require(values.contains(v), "fact '%s' names the value '%s', which is not one of its values %s", id, v, values);
    }
    if (formula.isPresent()) {
      Checks.require(type == FactType.NUMBER || type == FactType.BOOLEAN,
          "fact '%s' has a formula: it must be a number or a boolean", id);
      Checks.require(fallback.isEmpty(), "fact '%s' has a formula: it takes no fallback", id);
    }
    Checks.require(valid.isEmpty() || type == FactType.NUMBER || type == FactType.COUNT || type == FactType.PLACE,
        "fact '%s' is a %s: only numbers, counts and places have a valid range", id,
        type.name().toLowerCase(java.util.Locale.ROOT));
    if (type == FactType.ENUMERATION) {
      Checks.require(!values.isEmpty(), "fact '%s' is an enumeration: list its values", id);
      Checks.unique(values, v -> v, "value of fact '" + id + "'");
    } else {
      Checks.require(values.isEmpty(), "fact '%s' is not an enumeration: it takes no values", id);
    }
    if (fallback.isPresent()) {
      FactValues.parse(type, values, fallback.get());
    }
  }

  /** A fact without a declared valid range: the defaults of its type apply. */
  public Fact(
      String id, Label name, FactType type, List<String> values, Optional<String> fallback, Optional<String> source) {
    this(id, name, type, values, fallback, source, Optional.empty(), "", Optional.empty(), Optional.empty(), java.util.Map.of());
  }

  /** A fact read from the data, without a unit. */
  public Fact(
      String id, Label name, FactType type, List<String> values, Optional<String> fallback, Optional<String> source,
      Optional<ValidRange> valid) {
    this(id, name, type, values, fallback, source, valid, "", Optional.empty(), Optional.empty(), java.util.Map.of());
  }

  /** A fact shown in the data's unit, its values by their own words. */
  public Fact(
      String id, Label name, FactType type, List<String> values, Optional<String> fallback, Optional<String> source,
      Optional<ValidRange> valid, String unit, Optional<Formula> formula) {
    this(id, name, type, values, fallback, source, valid, unit, formula, Optional.empty(), java.util.Map.of());
  }

  /** The name a value is shown by: its {@code valueNames} entry, a boolean as 是/否 (yes/no), else the value as written. */
  public Label valueName(String value) {
    Label n = valueNames.get(value);
    if (n != null) {
      return n;
    }
    // a boolean in words: an official reads 是, not true
    if (type == FactType.BOOLEAN && (value.equals("true") || value.equals("false"))) {
      return value.equals("true") ? Label.of("是", "yes") : Label.of("否", "no");
    }
    return Label.of(value, value);
  }

  public static Fact of(String id, Label name, FactType type) {
    return new Fact(id, name, type, List.of(), Optional.empty(), Optional.empty(), Optional.empty(), "", Optional.empty(),
        Optional.empty(), java.util.Map.of());
  }
}
