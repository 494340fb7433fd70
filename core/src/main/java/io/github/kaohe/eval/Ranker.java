package io.github.kaohe.eval;

import io.github.kaohe.model.Direction;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.TieBreak;
import io.github.kaohe.model.TieMethod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Places entities: by rounded total, higher first; equal totals ordered by the tie-break chain;
 * what is still equal placed by the tie method.
 */
final class Ranker {
  /** An entity to place: its id, total, and its tie-break keys (null when missing). */
  record Candidate(String id, BigDecimal total, List<@Nullable BigDecimal> keys) {}

  private final TieMethod ties;
  private final List<Boolean> higherFirst;

  Ranker(Scheme scheme) {
    this.ties = scheme.ranking().ties();
    this.higherFirst = new ArrayList<>();
    for (TieBreak tb : scheme.ranking().tieBreaks()) {
      boolean higher =
          tb.by() == TieBreak.Basis.POINTS
              || scheme.indicator(tb.of()).direction() == Direction.HIGHER_IS_BETTER;
      higherFirst.add(higher);
    }
  }

  /** Whether two candidates are still tied after the tie-break chain. */
  private boolean tied(Candidate a, Candidate b) {
    return compareScores(a, b) == 0;
  }

  private int compareScores(Candidate a, Candidate b) {
    int c = b.total().compareTo(a.total());
    for (int i = 0; c == 0 && i < higherFirst.size(); i++) {
      c = compareKey(a.keys().get(i), b.keys().get(i), higherFirst.get(i));
    }
    return c;
  }

  private static int compareKey(@Nullable BigDecimal a, @Nullable BigDecimal b, boolean higherFirst) {
    if (a == null || b == null) {
      return a == b ? 0 : a == null ? 1 : -1; // missing sorts last
    }
    return higherFirst ? b.compareTo(a) : a.compareTo(b);
  }

  /** Whether placing these candidates needed the entity id as the last tie-break. */
  boolean brokeTiesById(List<Candidate> candidates) {
    if (ties != TieMethod.ORDINAL) {
      return false;
    }
    List<Candidate> sorted = sort(candidates);
    for (int i = 1; i < sorted.size(); i++) {
      if (tied(sorted.get(i - 1), sorted.get(i))) {
        return true;
      }
    }
    return false;
  }

  private List<Candidate> sort(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(((Comparator<Candidate>) this::compareScores).thenComparing(Candidate::id));
    return sorted;
  }

  /** Each candidate's place. */
  Map<String, Integer> places(List<Candidate> candidates) {
    List<Candidate> sorted = sort(candidates);
    Map<String, Integer> places = new HashMap<>();
    int place = 0;
    int distinct = 0;
    for (int i = 0; i < sorted.size(); i++) {
      Candidate c = sorted.get(i);
      boolean sameAsPrevious = i > 0 && tied(sorted.get(i - 1), c);
      if (!sameAsPrevious) {
        distinct++;
      }
      place =
          switch (ties) {
            case COMPETITION -> sameAsPrevious ? place : i + 1;
            case DENSE -> distinct;
            case ORDINAL -> i + 1;
          };
      places.put(c.id(), place);
    }
    return places;
  }
}
