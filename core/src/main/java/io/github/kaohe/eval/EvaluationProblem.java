package io.github.kaohe.eval;

import java.util.Objects;

/**
 * Why a scheme could not be evaluated, for one entity and key (or for the whole indicator, when
 * {@code entity} is empty).
 *
 * @param scheme the scheme's id
 * @param period the period, e.g. {@code 2015}
 * @param entity the entity's id, or empty when the problem concerns every entity
 * @param key the indicator's or adjustment item's id
 * @param message what is wrong and how to fix it
 */
public record EvaluationProblem(
    String scheme, String period, String entity, String key, String message) implements java.io.Serializable {
  public EvaluationProblem {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return scheme + " " + period + (entity.isEmpty() ? "" : " " + entity) + " " + key + ": " + message;
  }
}
