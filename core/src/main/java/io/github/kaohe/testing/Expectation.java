package io.github.kaohe.testing;

import io.github.kaohe.data.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a case expects of one entity in one period, or of the scheme as a whole (its targets and
 * tax totals).
 *
 * @param entity the entity as written (id, name or alias); empty for the scheme as a whole
 * @param period the period; empty for the case's last
 * @param checks what is expected, at least one
 * @param where the item's position
 */
record Expectation(Optional<String> entity, Optional<Period> period, List<Check> checks, Where where) {
  Expectation {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(period, "period");
    checks = List.copyOf(checks);
    Objects.requireNonNull(where, "where");
  }
}
