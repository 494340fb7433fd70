package io.github.kaohe.eval;

import io.github.kaohe.data.Period;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param targets where each of the scheme's targets stands, for the scheme and its entities
 */
public record SchemeResult(
    Policy policy,
    Scheme scheme,
    Period period,
    List<EntityResult> entities,
    List<Exclusion> excluded,
    List<String> notes,
    List<TargetResult> targets) {
  public SchemeResult {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(period, "period");
    entities = List.copyOf(entities);
    excluded = List.copyOf(excluded);
    notes = List.copyOf(notes);
    targets = List.copyOf(targets);
  }

  /** A result without targets. */
  public SchemeResult(
      Policy policy, Scheme scheme, Period period, List<EntityResult> entities, List<Exclusion> excluded, List<String> notes) {
    this(policy, scheme, period, entities, excluded, notes, List.of());
  }

  /**
   * What each government or zone receives under the scheme's tax sharing, summed over its firms:
   * recipient → tax → amount, in the order they first appear; unmodifiable.
   */
  public Map<String, Map<String, BigDecimal>> taxTotals() {
    Map<String, Map<String, BigDecimal>> totals = new LinkedHashMap<>();
    for (EntityResult e : entities) {
      for (TaxShareResult t : e.taxShares()) {
        for (TaxShareResult.Share s : t.shares()) {
          totals.computeIfAbsent(s.recipient(), r -> new LinkedHashMap<>())
              .merge(t.tax(), s.amount(), BigDecimal::add);
        }
      }
    }
    totals.replaceAll((recipient, taxes) -> Collections.unmodifiableMap(taxes));
    return Collections.unmodifiableMap(totals);
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
