package io.github.kaohe.testing;

import io.github.kaohe.data.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A case's data: a CSV file, inline CSV, and values by entity, period and key written over them.
 *
 * @param data a CSV file relative to the test file
 * @param csv inline CSV in the scheme's format
 * @param values single values, written over the CSV's
 */
record Given(Optional<Inline> data, Optional<Inline> csv, List<Cell> values) {
  Given {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(csv, "csv");
    values = List.copyOf(values);
  }

  static Given none() {
    return new Given(Optional.empty(), Optional.empty(), List.of());
  }

  boolean isEmpty() {
    return data.isEmpty() && csv.isEmpty() && values.isEmpty();
  }

  /**
   * One value given in a test file.
   *
   * @param entity the entity as written (id, name or alias)
   * @param period the period
   * @param key an indicator's, adjustment item's, fact's or attribute's id
   * @param value the value as written; empty for a missing value (the entity still has a row)
   * @param where its position
   */
  record Cell(String entity, Period period, String key, Optional<String> value, Where where) {
    Cell {
      Objects.requireNonNull(entity, "entity");
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(where, "where");
    }
  }
}
