package io.github.kaohe.sensitivity;

import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.OutcomeResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.internal.EngineAccess.SchemeSamples;
import io.github.kaohe.model.ActionDefinition;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Policy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * What the evaluated variants gave, accumulated as they come rather than kept: per entity a
 * histogram of its places under A and B, its best and worst place, how often it came first, its
 * money and sanctions; per row of Saltelli's scheme the mean shift of places and the chosen
 * entities' places, which the Sobol estimators need row by row. An entity without a place counts
 * as placed at {@code entities + 1}. Sums of counts and exact decimals do not depend on the
 * order the rows come in, so the result does not depend on which thread evaluated which row.
 *
 * <p>Memory: the histograms hold {@code entities × bands} counters of 2 bytes (4 when 2N exceeds
 * 65,535), at most {@link #MAX_CELLS}; a band is one place while {@code entities × (entities + 1)}
 * fits, else {@link #band} places. The per-row outputs hold {@code (inputs + 2) × N × (chosen + 1)}
 * doubles, at most {@link #MAX_ROW_VALUES}.
 */
final class Outcomes {
  /** The most histogram counters: 2^26, 128 MiB of 2-byte counters. */
  static final long MAX_CELLS = 1L << 26;
  /** The fewest bands an entity's places may be kept in before the field is too large to analyse. */
  static final int MIN_BANDS = 64;
  /** The most per-row outputs kept for the Sobol estimators: 2^25 doubles, 256 MiB. */
  static final long MAX_ROW_VALUES = 1L << 25;

  private final Policy policy;
  /** The nominal result's entities, in its listing order (by place). */
  private final List<String> ids;
  private final Label[] names;
  /** Per position in the samples, the entity's index in {@link #nominal}; −1 for none. */
  private final int[] slot;
  /** Per entity (index in the nominal listing), its position in the samples; −1 for none. */
  private final int[] positions;
  /** Per position in the samples, its entity's nominal place; 0 for a position of no entity listed. */
  private final int[] nominalAt;
  /** How far the entities with no position in the samples, placed after all others, are from their nominal place. */
  private final long unplacedShift;
  private final int[] nominalPlaces;
  private final BigDecimal[] nominalMoney;
  private final List<String> chosen;
  private final int[] chosenIndex;
  private final int n;
  private final int places;
  private final int band;
  private final int bands;
  /** Entities whose histograms are counted together (see {@link #flush}): 512 × 671 bands × 2 bytes, 687 KB. */
  private static final int TILE = 512;
  /** The most places of A and B rows kept before they are counted: 16 MiB of them. */
  private static final int PENDING_VALUES = 1 << 22;
  /** Rows of places of A and B not yet counted in the histograms. */
  private final int[][] pending;
  private int pendingRows;
  private final char @Nullable [] smallCounts;
  private final int @Nullable [] largeCounts;
  private final int[] best;
  private final int[] worst;
  private final int[] firsts;
  private final BigDecimal[] money;
  private final int[] anyMoney;
  private final int[] keeps;
  private final int[] sanctioned;
  final double[] shiftA;
  final double[] shiftB;
  final double[][] shiftAB;
  final double[][] placeA;
  final double[][] placeB;
  final double[][][] placeAB;

  /**
   * @throws IllegalArgumentException saying what to lower, when the histograms or the per-row
   *     outputs would not fit in {@link #MAX_CELLS} and {@link #MAX_ROW_VALUES}
   */
  Outcomes(Policy policy, SchemeResult nominal, List<String> chosen, SchemeSamples samples, int n, int inputs) {
    this.policy = policy;
    // the nominal result's entities by their place in its listing, read without building their results
    List<String> listed = new ArrayList<>();
    List<Integer> placed = new ArrayList<>();
    nominal.forEachPlace((id, place) -> {
      listed.add(id);
      placed.add(place);
    });
    int size = listed.size();
    Map<String, Integer> index = new HashMap<>();
    for (int e = 0; e < size; e++) {
      index.put(listed.get(e), e);
    }
    this.slot = new int[samples.size()];
    int[] position = new int[size];
    Arrays.fill(position, -1);
    for (int p = 0; p < slot.length; p++) {
      slot[p] = index.getOrDefault(samples.id(p), -1);
      if (slot[p] >= 0) {
        position[slot[p]] = p;
      }
    }
    this.positions = position;
    this.ids = listed;
    this.names = new Label[size];
    this.nominalPlaces = new int[size];
    this.nominalMoney = new BigDecimal[size];
    boolean rules = !nominal.scheme().rules().isEmpty();
    for (int e = 0; e < size; e++) {
      names[e] = samples.name(position[e]);
      nominalPlaces[e] = placed.get(e) > 0 ? placed.get(e) : size + 1;
      nominalMoney[e] = rules ? money(samples.outcomes(nominal, position[e])) : BigDecimal.ZERO;
    }
    this.nominalAt = new int[slot.length];
    for (int q = 0; q < slot.length; q++) {
      nominalAt[q] = slot[q] < 0 ? 0 : nominalPlaces[slot[q]];
    }
    long unplaced = 0;
    for (int e = 0; e < size; e++) {
      unplaced += position[e] < 0 ? Math.abs(size + 1 - nominalPlaces[e]) : 0;
    }
    this.unplacedShift = unplaced;
    this.chosen = List.copyOf(chosen);
    this.chosenIndex = chosen.stream().mapToInt(index::get).toArray();
    long rowValues = (long) (inputs + 2) * n * (chosen.size() + 1);
    if (rowValues > MAX_ROW_VALUES) {
      throw new IllegalArgumentException("(inputs + 2) × samples × (entities chosen + 1) = " + rowValues
          + " outputs are too many to keep for the indices (at most " + MAX_ROW_VALUES + "): lower samples to "
          + Math.max(1, MAX_ROW_VALUES / (inputs + 2) / (chosen.size() + 1)) + " or choose fewer entities");
    }
    this.n = n;
    this.places = size + 1;
    this.band = band(size);
    this.bands = (places + band - 1) / band;
    if ((long) size * bands > MAX_CELLS) {
      throw new IllegalArgumentException(size + " entities are too many to keep their place distributions (at most "
          + MAX_CELLS / MIN_BANDS + ")");
    }
    boolean small = 2L * n <= Character.MAX_VALUE;
    this.smallCounts = small ? new char[size * bands] : null;
    this.largeCounts = small ? null : new int[size * bands];
    this.pending = new int[Math.max(1, Math.min(64, PENDING_VALUES / Math.max(1, size)))][];
    this.best = new int[size];
    this.worst = new int[size];
    Arrays.fill(best, Integer.MAX_VALUE);
    this.firsts = new int[size];
    this.money = new BigDecimal[size];
    Arrays.fill(money, BigDecimal.ZERO);
    this.anyMoney = new int[size];
    this.keeps = new int[size];
    this.sanctioned = new int[size];
    this.shiftA = new double[n];
    this.shiftB = new double[n];
    this.shiftAB = new double[inputs][n];
    int c = chosen.size();
    this.placeA = new double[c][n];
    this.placeB = new double[c][n];
    this.placeAB = new double[c][inputs][n];
  }

  /** The places per histogram band for a field of {@code size}: 1 while every place fits in {@link #MAX_CELLS}. */
  static int band(int size) {
    long places = size + 1L;
    if (size * places <= MAX_CELLS) {
      return 1;
    }
    long bands = Math.max(MIN_BANDS, MAX_CELLS / Math.max(1, size));
    return (int) ((places + bands - 1) / bands);
  }

  int size() {
    return ids.size();
  }

  /** The places per band of the distributions: 1 when every place is kept apart. */
  int band() {
    return band;
  }

  List<String> chosen() {
    return chosen;
  }

  /**
   * The places (by position in the samples, 0 for none) of row {@code j} of block 0 (A), 1 (B) or
   * 2 + i (A_B^i), and for A and B the result with its rules when the scheme has any.
   */
  void record(int block, int j, int[] byPosition, @Nullable SchemeResult rules, SchemeSamples samples) {
    int size = size();
    // The shift in the samples' order, reading memory in sequence (in the nominal listing's, every
    // read was a jump). The places by entity only for the histograms of A and B: the other rows
    // are read for their shift and the chosen entities' places alone.
    long shift = unplacedShift;
    for (int q = 0; q < byPosition.length; q++) {
      int place = byPosition[q] > 0 ? byPosition[q] : size + 1;
      shift += nominalAt[q] == 0 ? 0 : Math.abs(place - nominalAt[q]);
    }
    int[] p = null;
    if (block < 2) {
      p = new int[size];
      for (int e = 0; e < size; e++) {
        p[e] = placeOf(e, byPosition);
      }
    }
    double mean = size == 0 ? 0 : shift / (double) size;
    BigDecimal[] given = null;
    boolean[] sanction = null;
    if (block < 2 && rules != null) {
      given = new BigDecimal[size];
      sanction = new boolean[size];
      for (int q = 0; q < byPosition.length; q++) {
        if (slot[q] >= 0) {
          List<OutcomeResult> outcomes = samples.outcomes(rules, q);
          given[slot[q]] = money(outcomes);
          sanction[slot[q]] = sanctioned(outcomes);
        }
      }
    }
    synchronized (this) {
      if (block == 0) {
        shiftA[j] = mean;
      } else if (block == 1) {
        shiftB[j] = mean;
      } else {
        shiftAB[block - 2][j] = mean;
      }
      for (int c = 0; c < chosenIndex.length; c++) {
        double place = placeOf(chosenIndex[c], byPosition);
        if (block == 0) {
          placeA[c][j] = place;
        } else if (block == 1) {
          placeB[c][j] = place;
        } else {
          placeAB[c][block - 2][j] = place;
        }
      }
      if (p != null) {
        count(p, given, sanction);
      }
    }
  }

  /** Entity {@code e}'s place in a sample, {@code size + 1} where it has none. */
  private int placeOf(int e, int[] byPosition) {
    int q = positions[e];
    int place = q < 0 ? 0 : byPosition[q];
    return place > 0 ? place : size() + 1;
  }

  private void count(int[] p, BigDecimal @Nullable [] given, boolean @Nullable [] sanction) {
    pending[pendingRows++] = p;
    if (pendingRows == pending.length) {
      flush();
    }
    if (given == null) {
      return; // a sample without money or sanctions: keeps counts only where it is shown, for nominal money
    }
    for (int e = 0; e < p.length; e++) {
      BigDecimal m = given[e] == null ? BigDecimal.ZERO : given[e];
      if (m.signum() != 0) {
        money[e] = money[e].add(m);
      }
      anyMoney[e] += m.signum() > 0 ? 1 : 0;
      keeps[e] += m.compareTo(nominalMoney[e]) >= 0 ? 1 : 0;
      sanctioned[e] += sanction != null && sanction[e] ? 1 : 0;
    }
  }

  /** The money the entity itself receives: as {@link EntityResult#money()} sums it. */
  private static BigDecimal money(List<OutcomeResult> outcomes) {
    BigDecimal sum = BigDecimal.ZERO;
    for (OutcomeResult o : outcomes) {
      if (o.given() && o.kind() == OutcomeResult.Kind.MONEY && o.payee().isEmpty()) {
        sum = sum.add(o.amount().orElse(BigDecimal.ZERO));
      }
    }
    return sum;
  }

  private boolean sanctioned(List<OutcomeResult> outcomes) {
    for (OutcomeResult o : outcomes) {
      if (o.given()
          && o.action().flatMap(policy::findAction).map(a -> a.kind() == ActionDefinition.Kind.SANCTION).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds the pending rows' places to the histograms, a tile of entities at a time: a row alone
   * would touch one cell in each entity's histogram, 10^5 cells scattered over 134 MB for as many
   * misses of the cache; a tile's histograms stay in the cache while every pending row is counted.
   */
  private void flush() {
    int size = size();
    for (int from = 0; from < size; from += TILE) {
      int to = Math.min(size, from + TILE);
      for (int r = 0; r < pendingRows; r++) {
        int[] p = pending[r];
        for (int e = from; e < to; e++) {
          int place = p[e];
          int cell = e * bands + (place - 1) / band;
          if (smallCounts != null) {
            smallCounts[cell]++;
          } else {
            largeCounts[cell]++;
          }
          best[e] = Math.min(best[e], place);
          worst[e] = Math.max(worst[e], place);
          firsts[e] += place == 1 ? 1 : 0;
        }
      }
    }
    Arrays.fill(pending, 0, pendingRows, null);
    pendingRows = 0;
  }

  private int counted(int e, int b) {
    int cell = e * bands + b;
    return smallCounts != null ? smallCounts[cell] : largeCounts[cell];
  }

  /** Each entity's distribution over the rows of A and B. */
  synchronized List<EntityUncertainty> entities() {
    flush();
    // each entity alone, on every core: one thread took about 1.5 s for 10^5 of them, after the samples
    List<EntityUncertainty> out = new ArrayList<>(IntStream.range(0, size()).parallel().mapToObj(this::entity).toList());
    out.sort((x, y) -> Integer.compare(x.nominalPlace(), y.nominalPlace()));
    return out;
  }

  private EntityUncertainty entity(int e) {
    int rows = 2 * n;
    int[] counts = new int[bands];
    int kept = 0;
    for (int b = 0; b < bands; b++) {
      counts[b] = counted(e, b);
      kept += counts[b] > 0 ? 1 : 0;
    }
    int[] places = new int[kept];
    double[] values = new double[kept];
    kept = 0;
    for (int b = 0; b < bands; b++) {
      if (counts[b] > 0) { // bands ascend, and the best place lies within the first band counted
        places[kept] = Math.max(best[e], b * band + 1);
        values[kept++] = counts[b] / (double) rows;
      }
    }
    PlaceShares shares = PlaceShares.of(places, values);
    return new EntityUncertainty(ids.get(e), names[e], nominalPlaces[e],
        quantile(counts, rows, 0.5, e, 0), quantile(counts, rows, 0.05, e, -1), quantile(counts, rows, 0.95, e, 1),
        shares, firsts[e] / (double) rows, nominalMoney[e],
        money[e].divide(BigDecimal.valueOf(rows), 4, RoundingMode.HALF_EVEN), anyMoney[e] / (double) rows,
        nominalMoney[e].signum() > 0 ? OptionalDouble.of(keeps[e] / (double) rows) : OptionalDouble.empty(),
        sanctioned[e] / (double) rows);
  }

  /**
   * The nearest-rank q-quantile of the entity's places: exact when a band is one place; else,
   * within the band that holds it, its first place for the lower end ({@code side} −1), its last
   * for the upper (1) and its middle for the median (0), kept within the best and worst place.
   */
  private int quantile(int[] counts, int rows, double q, int e, int side) {
    int rank = Math.max(1, Math.min(rows, (int) Math.ceil(q * rows)));
    int seen = 0;
    int b = 0;
    while (b < counts.length - 1 && seen + counts[b] < rank) {
      seen += counts[b];
      b++;
    }
    int first = b * band + 1;
    int last = Math.min(places, first + band - 1);
    int place = side < 0 ? first : side > 0 ? last : (first + last) / 2;
    return Math.max(best[e], Math.min(worst[e], place));
  }
}
