package io.github.kaohe.eval;

import io.github.kaohe.data.Period;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ObjIntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The result of evaluating one scheme in one period. Entities are listed by place (ties by id),
 * then the entities that take no place by total.
 *
 * <p>Held by column: the points, totals and places of every entity, and what the rules gave each.
 * An {@link EntityResult}, with its categories, indicators and the formula of every point, is
 * built when it is asked for (by {@link #entities()} or {@link #entity(String)}) and not kept, so
 * that a million entities cost their columns, not a million object trees. Immutable and
 * thread-safe.
 */
public final class SchemeResult {
  /**
   * Entities whose columns are read ahead when the list is gone through: some 60 cache lines each;
   * with more than 64 the block no longer stays in a core's caches (measured at 10^6 entities).
   */
  private static final int WARM_BLOCK = 64;
  /** What the reads ahead read, kept where the compiler cannot see it unused. */
  @SuppressWarnings("unused")
  private static volatile long warmed;

  private final ScoredPeriod scored;
  private final @Nullable EntityRules @Nullable [] rules;
  private final List<TargetResult> targets;
  private final List<EntityResult> entities;

  SchemeResult(ScoredPeriod scored) {
    this(scored, null, List.of());
  }

  private SchemeResult(ScoredPeriod scored, @Nullable EntityRules @Nullable [] rules, List<TargetResult> targets) {
    this.scored = scored;
    this.rules = rules;
    this.targets = List.copyOf(targets);
    this.entities = new AbstractList<>() {
      @Override
      public EntityResult get(int k) {
        Objects.checkIndex(k, scored.size());
        if (k % WARM_BLOCK == 0) { // the block's columns read side by side, for a caller going through the list
          warmed = scored.warm(k, Math.min(scored.size(), k + WARM_BLOCK));
        }
        return entityAt(scored.position(k));
      }

      @Override
      public int size() {
        return scored.size();
      }

    };
  }

  /**
   * What the rules gave one entity.
   *
   * @param measures the measures that have a value, by id
   * @param outcomes the outcomes, in table order
   * @param classes the class of each classification, by id
   * @param checks each check's result
   * @param taxShares each tax's shares
   */
  record EntityRules(
      Map<String, BigDecimal> measures,
      List<OutcomeResult> outcomes,
      Map<String, ClassResult> classes,
      List<CheckResult> checks,
      List<TaxShareResult> taxShares) {}

  /** This result with what the rules gave each entity (by position) and the targets. */
  SchemeResult withRules(EntityRules[] byPosition, List<TargetResult> targets) {
    return new SchemeResult(scored, byPosition, targets);
  }

  /** The columns behind this result. */
  ScoredPeriod scored() {
    return scored;
  }

  /** What the rules gave the entity at a position, or null without rules. */
  @Nullable EntityRules rules(int position) {
    return rules == null ? null : rules[position];
  }

  /**
   * Gives every entity's id and place, in the order of {@link #entities()}, 0 for an entity that
   * takes no place, without building the entities' results: for callers that read only the places
   * of many results, as a sensitivity analysis does.
   */
  public void forEachPlace(ObjIntConsumer<String> action) {
    for (int k = 0; k < scored.size(); k++) {
      int e = scored.position(k);
      action.accept(scored.id(e), scored.place(e).orElse(0));
    }
  }

  /** The full result of the entity at a position. */
  EntityResult entityAt(int position) {
    EntityResult e = scored.entity(position);
    EntityRules r = rules(position);
    return r == null ? e : e.withRules(r.measures(), r.outcomes(), r.classes(), r.checks(), r.taxShares());
  }

  public Policy policy() {
    return scored.policy;
  }

  /** The scheme evaluated. */
  public Scheme scheme() {
    return scored.scheme;
  }

  public Period period() {
    return scored.period;
  }

  /** Each assessed entity's result, listed by place; built as each is read. */
  public List<EntityResult> entities() {
    return entities;
  }

  /**
   * This result as a table of places, totals and points, row by row in the order of {@link
   * #entities()}, read from its columns without building the entities' results: for writing many
   * entities' scores.
   */
  public ScoreTable table() {
    return new ScoreTable(scored);
  }

  /** Entities not assessed, and why. */
  public List<Exclusion> excluded() {
    return scored.exclusions;
  }

  /** Remarks on the evaluation, e.g. ties broken by entity id. */
  public List<String> notes() {
    return scored.notes;
  }

  /**
   * What the evaluation did that the policy may not expect, entity by entity, in listing order:
   * a category's geometric mean that met a part with 0 points or fewer, and so scored 0 (the
   * problem's key is the category). The results stand; these say why a category scored 0.
   */
  public List<EvaluationProblem> warnings() {
    return scored.warnings;
  }

  /** Where each of the scheme's targets stands, for the scheme and its entities. */
  public List<TargetResult> targets() {
    return targets;
  }

  /**
   * What each government or zone receives under the scheme's tax sharing, summed over its firms:
   * recipient → tax → amount, in the order they first appear; unmodifiable.
   */
  public Map<String, Map<String, BigDecimal>> taxTotals() {
    Map<String, Map<String, BigDecimal>> totals = new LinkedHashMap<>();
    for (int k = 0; rules != null && k < scored.size(); k++) {
      EntityRules r = rules[scored.position(k)];
      for (TaxShareResult t : r == null ? List.<TaxShareResult>of() : r.taxShares()) {
        for (TaxShareResult.Share s : t.shares()) {
          totals.computeIfAbsent(s.recipient(), x -> new LinkedHashMap<>()).merge(t.tax(), s.amount(), BigDecimal::add);
        }
      }
    }
    totals.replaceAll((recipient, taxes) -> Collections.unmodifiableMap(taxes));
    return Collections.unmodifiableMap(totals);
  }

  /** The result of the entity with this id. */
  public Optional<EntityResult> entity(String id) {
    int e = scored.find(id);
    return e < 0 ? Optional.empty() : Optional.of(entityAt(e));
  }

  /**
   * The result of the entity with this id, Chinese or English name, or alias; found without
   * building the others' results.
   */
  public Optional<EntityResult> entityNamed(String name) {
    int e = scored.find(name);
    if (e < 0 && !scored.population.fromData()) {
      for (int k = 0; k < scored.size() && e < 0; k++) {
        int position = scored.position(k);
        if (scored.population.definition(position).allNames().contains(name)) {
          e = position;
        }
      }
    }
    return e < 0 ? Optional.empty() : Optional.of(entityAt(e));
  }

  /** The entities that take a place, by place. */
  public List<EntityResult> ranked() {
    int r = 0;
    while (r < scored.size() && scored.places[scored.position(r)] != 0) {
      r++;
    }
    return entities.subList(0, r);
  }

  @Override
  public String toString() {
    return "SchemeResult[" + scheme().id() + " " + period() + ": " + scored.size() + " entities]";
  }
}
