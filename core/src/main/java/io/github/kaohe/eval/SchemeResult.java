package io.github.kaohe.eval;

import io.github.kaohe.data.Period;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of evaluating one scheme in one period. Entities are listed by place (ties by id),
 * then the entities that take no place by total.
 *
 * @param policy the policy
 * @param scheme the scheme evaluated
 * @param period the period
 * @param entities each assessed entity's result
 * @param excluded entities not assessed, and why
 * @param notes remarks on the evaluation, e.g. ties broken by entity id
 */
public record SchemeResult(
    Policy policy,
    Scheme scheme,
    Period period,
    List<EntityResult> entities,
    List<Exclusion> excluded,
    List<String> notes) {
  public SchemeResult {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(period, "period");
    entities = List.copyOf(entities);
    excluded = List.copyOf(excluded);
    notes = List.copyOf(notes);
  }

  /** The result of the entity with this id. */
  public Optional<EntityResult> entity(String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** The entities that take a place, by place. */
  public List<EntityResult> ranked() {
    return entities.stream().filter(EntityResult::ranked).toList();
  }
}
