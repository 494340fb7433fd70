package io.github.kaohe.data;

import io.github.kaohe.model.Fact;
import io.github.kaohe.model.Indicator;
import org.jspecify.annotations.Nullable;

/**
 * What a column of a wide sheet holds, or what the indicator cell of a long sheet's row names.
 *
 * @param header the header as written
 * @param kind what the cells are
 * @param key the id the values are stored under
 * @param indicator the indicator, for values of an indicator (its unit decides whether 12.5% is read)
 * @param fact the fact, for facts (its type decides how the cell is read)
 */
record Column(String header, Column.Kind kind, String key, @Nullable Indicator indicator, @Nullable Fact fact) {
  enum Kind {
    ENTITY,
    PERIOD,
    /** Long format: the column naming the indicator of each row. */
    INDICATOR,
    /** Long format: the column holding each row's value. */
    VALUE_CELL,
    /** A column that is read by no one (a long sheet's unit column); its cells are ignored. */
    IGNORED,
    /** A column without a header; a cell with a value in it is a problem. */
    UNNAMED,
    VALUE,
    COUNT,
    FACT,
    ATTRIBUTE,
  }

  /** The same column under the header written in the file. */
  Column as(String writtenHeader) {
    return new Column(writtenHeader, kind, key, indicator, fact);
  }

  /** Whether the cells are numbers whose unit is %, so that {@code 12.5%} reads as 12.5. */
  boolean percentUnit() {
    return (indicator != null && indicator.unit().equals("%")) || (fact != null && fact.unit().equals("%"));
  }
}
