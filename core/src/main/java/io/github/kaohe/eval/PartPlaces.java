package io.github.kaohe.eval;

import io.github.kaohe.data.Period;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The places of a part's entities, as ordering every part gave them, for the rules that read
 * places ({@link PartEvaluator#rule}): per period and entity, the place overall and within each
 * of the scheme's ranking groups (0 for none). Filled, then read by one thread.
 */
public final class PartPlaces {
  private final Map<String, int[]> places = new HashMap<>();

  /**
   * Records an entity's places in a period.
   *
   * @param groupPlaces its place within each group of the scheme's ranking, in the scheme's order, 0 for none
   */
  public PartPlaces put(Period period, String entity, int place, int[] groupPlaces) {
    Objects.requireNonNull(entity, "entity");
    int[] all = new int[groupPlaces.length + 1];
    all[0] = place;
    System.arraycopy(groupPlaces, 0, all, 1, groupPlaces.length);
    places.put(period + "\u0000" + entity, all);
    return this;
  }

  /** The part scored in the period with these places. */
  ScoredPeriod apply(ScoredPeriod scored) {
    java.util.List<String> groups = scored.scheme.ranking().groups();
    int n = scored.population.size();
    int[] overall = new int[n];
    Map<String, int[]> within = new java.util.LinkedHashMap<>();
    for (String g : groups) {
      within.put(g, new int[n]);
    }
    for (int k = 0; k < scored.size(); k++) {
      int e = scored.position(k);
      int[] p = places.get(scored.period + "\u0000" + scored.id(e));
      if (p == null) {
        continue;
      }
      overall[e] = p[0];
      for (int g = 0; g < groups.size(); g++) {
        within.get(groups.get(g))[e] = p[g + 1];
      }
    }
    return scored.withPlaces(overall, groups.isEmpty() || !scored.scheme.scored() ? Map.of() : within);
  }
}
