package io.github.kaohe.eval;

import io.github.kaohe.internal.columns.Bits;
import io.github.kaohe.internal.columns.IntSort;
import io.github.kaohe.internal.columns.LongRadixSort;
import io.github.kaohe.model.Direction;
import io.github.kaohe.model.Outcome;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.TieBreak;
import io.github.kaohe.model.TieMethod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Places the scored entities: by rounded total, higher first; equal totals by the tie-break
 * chain; what is still equal placed by the tie method and listed by id. Totals are sorted as
 * packed primitive keys ({@code (best total − total, id's rank)} in one {@code long}) where they
 * fit, and only runs of equal totals are compared key by key. Groups are placed in the same pass.
 */
final class RankOrder {
  private final ScoringRun run;
  private final Population population;
  private final List<TieBreak> tieBreaks;
  private final boolean[] higherFirst;
  private final @Nullable BigDecimal[][] keys;
  private final int[] idRanks;
  /** Where the entities vetoed to the last places start in the sorted order. */
  private int split = Integer.MAX_VALUE;
  /** The keys of the last packed sort (see {@link #sortPacked}), and the bits of their id ranks. */
  private long @Nullable [] packed;
  private int packedBits;

  private RankOrder(ScoringRun run) {
    this.run = run;
    this.population = run.population;
    Scheme scheme = run.scheme;
    this.tieBreaks = scheme.ranking().tieBreaks();
    this.higherFirst = new boolean[tieBreaks.size()];
    for (int i = 0; i < tieBreaks.size(); i++) {
      TieBreak tb = tieBreaks.get(i);
      higherFirst[i] = tb.by() == TieBreak.Basis.POINTS || scheme.indicator(tb.of()).direction() == Direction.HIGHER_IS_BETTER;
    }
    this.keys = new BigDecimal[tieBreaks.size()][];
    this.idRanks = population.idRanks();
  }

  /** The scored period with its places and listing order. */
  static ScoredPeriod rank(ScoringRun run, int n) {
    return new RankOrder(run).rank(n);
  }

  private ScoredPeriod rank(int n) {
    Scheme scheme = run.scheme;
    boolean everyone = run.vetoes == null && scheme.scored() && population.everyoneRanked()
        && Bits.count(run.excluded) == 0; // the usual case, and a sensitivity sample's every time
    int[] counted = everyone && run.placesOnly ? countedPlaces(n) : null;
    if (counted != null) {
      return new ScoredPeriod(run, () -> listed(n), counted, List.of());
    }
    int[] ranked = everyone ? IntSort.identity(n) : new int[n];
    int[] last = everyone ? new int[0] : new int[n];
    int[] unranked = everyone ? new int[0] : new int[n];
    int r = everyone ? n : 0;
    int l = 0;
    int u = 0;
    for (int e = 0; !everyone && e < n; e++) {
      if (Bits.get(run.excluded, e)) {
        continue;
      }
      Outcome.Veto.Placement veto = run.vetoes == null ? null
          : run.vetoes.placement(population.id(e), population.attributes(e), run.period);
      if (scheme.scored() && population.ranked(e) && veto != Outcome.Veto.Placement.NONE) {
        if (veto == Outcome.Veto.Placement.LAST) {
          last[l++] = e;
        } else {
          ranked[r++] = e;
        }
      } else {
        unranked[u++] = e;
      }
    }
    ranked = r == ranked.length ? ranked : Arrays.copyOf(ranked, r);
    last = Arrays.copyOf(last, l);
    unranked = Arrays.copyOf(unranked, u);
    sort(ranked);
    long[] byTotal = packed; // the sorted keys of the ranked, if packed: places read their totals from them
    sort(last);
    // Entities vetoed to the last places follow the others and never tie with them.
    split = r;
    if (l > 0) {
      ranked = Arrays.copyOf(ranked, r + l);
      System.arraycopy(last, 0, ranked, r, l);
    }
    r += l;
    int[] places = new int[n];
    TieMethod ties = scheme.ranking().ties();
    boolean brokeById = place(ranked, ties, places, l == 0 ? byTotal : null);
    Map<String, int[]> groups = new LinkedHashMap<>();
    for (String attribute : scheme.scored() ? scheme.ranking().groups() : List.<String>of()) {
      groups.put(attribute, groupPlaces(ranked, attribute, ties, n));
    }
    IntSort.sort(unranked, 0, unranked.length, (a, b) -> {
      int c = compareTotals(a, b);
      return c != 0 ? c : population.id(a).compareTo(population.id(b));
    });
    int[] order = u == 0 ? ranked : new int[r + u];
    if (u > 0) {
      System.arraycopy(ranked, 0, order, 0, r);
      System.arraycopy(unranked, 0, order, r, u);
    }
    List<String> notes = new ArrayList<>();
    if (ties == TieMethod.ORDINAL && brokeById) {
      notes.add("ordinal ranking: entities still tied after the tie-break chain are ordered by entity id");
    }
    return new ScoredPeriod(run, order, places, groups, notes);
  }

  /**
   * The places of a run read for its places alone, counted rather than sorted: where everyone is
   * ranked, only the total tells entities apart (no tie-break chain, no groups, ties sharing a
   * place or dense) and the totals span few steps, an entity's place is one more than the number
   * of entities (dense: of totals) above its total, read from a count of each total. Null where
   * that does not hold.
   */
  private int @Nullable [] countedPlaces(int n) {
    TieMethod ties = run.scheme.ranking().ties();
    if (n == 0 || !tieBreaks.isEmpty() || ties == TieMethod.ORDINAL || run.wideTotals != null
        || !run.scheme.ranking().groups().isEmpty()) {
      return null;
    }
    long[] totals = run.totals;
    long max = Long.MIN_VALUE;
    long min = Long.MAX_VALUE;
    for (int e = 0; e < n; e++) {
      max = Math.max(max, totals[e]);
      min = Math.min(min, totals[e]);
    }
    long spread = max - min; // negative if it overflowed
    if (spread < 0 || spread >= Math.max(MIN_COUNTED_SPREAD, 4L * n)) {
      return null; // a count per step would cost more than sorting the totals
    }
    int[] placeAt = new int[(int) spread + 1]; // by distance below the best total: its count, then its place
    for (int e = 0; e < n; e++) {
      placeAt[(int) (max - totals[e])]++;
    }
    int place = 1;
    for (int d = 0; d < placeAt.length; d++) {
      int count = placeAt[d];
      placeAt[d] = place;
      place += ties == TieMethod.DENSE ? Math.min(count, 1) : count;
    }
    int[] places = new int[n];
    for (int e = 0; e < n; e++) {
      places[e] = placeAt[(int) (max - totals[e])];
    }
    return places;
  }

  /** Totals spanning fewer steps than this (or 4 per entity) are counted, not sorted, for places alone. */
  static final int MIN_COUNTED_SPREAD = 1 << 16;

  /** The listing order of a run whose every entity is ranked: by total, then id. */
  private int[] listed(int n) {
    int[] ranked = IntSort.identity(n);
    sort(ranked);
    return ranked;
  }

  /** Higher totals first; 0 when equal. */
  private int compareTotals(int a, int b) {
    if (run.wideTotals == null) {
      return Long.compare(run.totals[b], totals(a));
    }
    return total(b).compareTo(total(a));
  }

  private long totals(int e) {
    return run.totals[e];
  }

  private BigDecimal total(int e) {
    BigDecimal[] wide = run.wideTotals;
    return wide != null && wide[e] != null ? wide[e] : BigDecimal.valueOf(run.totals[e], run.arithmetic.totals().scale());
  }

  /** Total, then the tie-break chain: 0 for entities that are tied. */
  private int compareScores(int a, int b) {
    int c = compareTotals(a, b);
    for (int i = 0; c == 0 && i < tieBreaks.size(); i++) {
      c = compareKey(key(i, a), key(i, b), higherFirst[i]);
    }
    return c;
  }

  private static int compareKey(@Nullable BigDecimal a, @Nullable BigDecimal b, boolean higherFirst) {
    if (a == null || b == null) {
      return a == b ? 0 : a == null ? 1 : -1; // missing sorts last
    }
    return higherFirst ? b.compareTo(a) : a.compareTo(b);
  }

  /** Tie-break {@code i}'s key for an entity, worked out once and only for entities in a tie. */
  private @Nullable BigDecimal key(int i, int e) {
    BigDecimal[] column = keys[i];
    if (column == null) {
      column = new BigDecimal[population.size()];
      keys[i] = column;
    }
    BigDecimal k = column[e];
    if (k == null) {
      k = computeKey(tieBreaks.get(i), e);
      column[e] = k == null ? MISSING : k;
      return k;
    }
    return k == MISSING ? null : k;
  }

  private static final BigDecimal MISSING = new BigDecimal("0.0"); // a marker, compared by identity

  private @Nullable BigDecimal computeKey(TieBreak tb, int e) {
    int j = indexOf(tb.of());
    if (tb.by() == TieBreak.Basis.VALUE) {
      return j < 0 ? null : run.inputs[j].shownValue(population.row(e));
    }
    if (j >= 0) {
      return run.pointsOf(j, e);
    }
    return run.scheme.findCategory(tb.of()).map(c -> run.categories.points(c, e, run::pointsOf)).orElse(null);
  }

  private int indexOf(String indicator) {
    return run.categories.indexOf(indicator);
  }

  /** Sorts by total, the tie-break chain, then id. */
  private void sort(int[] ranked) {
    if (!sortPacked(ranked)) {
      IntSort.sort(ranked, 0, ranked.length, (a, b) -> {
        int c = compareTotals(a, b);
        return c != 0 ? c : Integer.compare(idRanks[a], idRanks[b]);
      });
    }
    if (tieBreaks.isEmpty()) {
      return;
    }
    for (int i = 0; i < ranked.length; ) {
      int end = i + 1;
      while (end < ranked.length && compareTotals(ranked[i], ranked[end]) == 0) {
        end++;
      }
      if (end - i > 1) {
        IntSort.sort(ranked, i, end, (a, b) -> {
          int c = compareScores(a, b);
          return c != 0 ? c : Integer.compare(idRanks[a], idRanks[b]);
        });
      }
      i = end;
    }
  }

  /**
   * Sorts by (total descending, id) as one {@code long} per entity: the distance below the best
   * total in the high bits, the id's rank in the low bits. False when the totals' spread does not
   * leave room for the ranks (or a total is not a {@code long}).
   */
  private boolean sortPacked(int[] ranked) {
    if (run.wideTotals != null || ranked.length == 0) {
      return run.wideTotals == null;
    }
    long max = Long.MIN_VALUE;
    long min = Long.MAX_VALUE;
    int maxRank = 0;
    for (int e : ranked) {
      max = Math.max(max, run.totals[e]);
      min = Math.min(min, run.totals[e]);
      maxRank = Math.max(maxRank, idRanks[e]);
    }
    int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(maxRank));
    long spread = max - min;
    if (spread < 0 || spread >= (1L << (62 - bits))) {
      return false;
    }
    long[] packed = new long[ranked.length];
    int keyBits = bits + (64 - Long.numberOfLeadingZeros(spread));
    int[] byRank = population.positionsByIdRank();
    if (ranked.length == population.size() && packed.length > 1 << 12) {
      // everyone: the keys made in order of id rank need sorting by their totals' bits alone
      int k = 0;
      for (int rank = 0; rank < byRank.length; rank++) {
        int e = byRank[rank];
        if (idRanks[e] == rank) { // ranks may skip: a rank no entity of the population has
          packed[k++] = ((max - run.totals[e]) << bits) | rank;
        }
      }
      LongRadixSort.sortAbove(packed, bits, keyBits);
    } else {
      for (int k = 0; k < ranked.length; k++) {
        int e = ranked[k];
        packed[k] = ((max - run.totals[e]) << bits) | idRanks[e];
      }
      if (packed.length > 1 << 12) {
        LongRadixSort.sort(packed, keyBits);
      } else {
        Arrays.sort(packed);
      }
    }
    long mask = (1L << bits) - 1;
    for (int k = 0; k < packed.length; k++) {
      ranked[k] = byRank[(int) (packed[k] & mask)];
    }
    this.packed = packed;
    this.packedBits = bits;
    return true;
  }

  /**
   * Places in sorted order; says whether ordinal places had to be told apart by id. {@code byTotal}
   * (null: none), the packed keys in the same order, tells equal totals apart without reading
   * the totals of entities scattered over memory.
   */
  private boolean place(int[] sorted, TieMethod ties, int[] places, long @Nullable [] byTotal) {
    int place = 0;
    int distinct = 0;
    boolean tied = false;
    int bits = packedBits;
    for (int i = 0; i < sorted.length; i++) {
      boolean same;
      if (byTotal != null) {
        same = i > 0 && (byTotal[i - 1] >>> bits) == (byTotal[i] >>> bits)
            && (tieBreaks.isEmpty() || compareScores(sorted[i - 1], sorted[i]) == 0);
      } else {
        same = i > 0 && i != split && compareScores(sorted[i - 1], sorted[i]) == 0;
      }
      tied |= same;
      if (!same) {
        distinct++;
      }
      place = switch (ties) {
        case COMPETITION -> same ? place : i + 1;
        case DENSE -> distinct;
        case ORDINAL -> i + 1;
      };
      places[sorted[i]] = place;
    }
    return tied;
  }

  /** Places within each value of the attribute; 0 for an entity without it. */
  private int[] groupPlaces(int[] sorted, String attribute, TieMethod ties, int n) {
    int[] places = new int[n];
    Map<String, Integer> codes = new HashMap<>();
    int[] code = new int[sorted.length];
    for (int k = 0; k < sorted.length; k++) {
      String value = population.attribute(sorted[k], attribute);
      code[k] = value == null ? -1 : codes.computeIfAbsent(value, v -> codes.size());
    }
    int groups = codes.size();
    int[] count = new int[groups];
    int[] last = new int[groups];
    int[] lastK = new int[groups];
    int[] place = new int[groups];
    int[] distinct = new int[groups];
    for (int k = 0; k < sorted.length; k++) {
      int g = code[k];
      if (g < 0) {
        continue;
      }
      int e = sorted[k];
      boolean same = count[g] > 0 && (k < split) == (lastK[g] < split) && compareScores(last[g], e) == 0;
      if (!same) {
        distinct[g]++;
      }
      place[g] = switch (ties) {
        case COMPETITION -> same ? place[g] : count[g] + 1;
        case DENSE -> distinct[g];
        case ORDINAL -> count[g] + 1;
      };
      places[e] = place[g];
      count[g]++;
      last[g] = e;
      lastK[g] = k;
    }
    return places;
  }
}
