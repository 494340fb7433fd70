package io.github.kaohe.reference;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What the {@link ReferenceEvaluator} gives for one scheme in one period: each assessed entity's
 * numbers, by entity id in the order evaluated, and the ids of the entities excluded.
 *
 * @param entities each assessed entity's score, by entity id
 * @param excluded the ids of the entities not assessed (an exclude-entity value was missing)
 */
public record ReferenceResult(Map<String, Score> entities, Set<String> excluded) {
  public ReferenceResult {
    entities = Collections.unmodifiableMap(new LinkedHashMap<>(entities));
    excluded = Set.copyOf(excluded);
  }

  /** The entity's score; throws if it was not assessed. */
  public Score entity(String id) {
    return Optional.ofNullable(entities.get(id)).orElseThrow(() -> new IllegalArgumentException("no score for " + id));
  }

  /**
   * One entity's numbers, each rounded as the policy declares.
   *
   * @param id the entity id
   * @param indicators points by indicator id
   * @param categories points by category id, at any depth
   * @param layers points by adjustment layer id
   * @param base the sum of the top-level categories' points
   * @param adjustments the sum of the layers' points
   * @param total base plus adjustments, rounded by the totals rule
   * @param place the place overall; empty for an entity that takes none
   * @param groupPlaces the place within each group ranking, by attribute
   */
  public record Score(
      String id,
      Map<String, BigDecimal> indicators,
      Map<String, BigDecimal> categories,
      Map<String, BigDecimal> layers,
      BigDecimal base,
      BigDecimal adjustments,
      BigDecimal total,
      OptionalInt place,
      Map<String, Integer> groupPlaces) {
    public Score {
      indicators = Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
      categories = Collections.unmodifiableMap(new LinkedHashMap<>(categories));
      layers = Collections.unmodifiableMap(new LinkedHashMap<>(layers));
      groupPlaces = Collections.unmodifiableMap(new LinkedHashMap<>(groupPlaces));
    }

    /** The points of a category or indicator, by id. */
    public BigDecimal points(String id) {
      BigDecimal p = categories.containsKey(id) ? categories.get(id) : indicators.get(id);
      if (p == null) {
        throw new IllegalArgumentException("no category or indicator " + id);
      }
      return p;
    }

    /** The ids of every category and indicator, in no particular order. */
    public List<String> ids() {
      List<String> all = new java.util.ArrayList<>(categories.keySet());
      all.addAll(indicators.keySet());
      return all;
    }
  }
}
