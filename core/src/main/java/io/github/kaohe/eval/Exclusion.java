package io.github.kaohe.eval;

import io.github.kaohe.model.EntityDefinition;
import java.util.List;
import java.util.Objects;

/**
 * An entity that was not assessed in a period, because an indicator with the
 * {@code exclude-entity} rule had no value for it.
 *
 * @param entity the entity
 * @param indicators the ids of the indicators whose values were missing
 */
public record Exclusion(EntityDefinition entity, List<String> indicators) {
  public Exclusion {
    Objects.requireNonNull(entity, "entity");
    indicators = List.copyOf(indicators);
  }
}
