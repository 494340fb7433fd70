package io.github.kaohe.sensitivity;

import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.OutcomeResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.ActionDefinition;
import io.github.kaohe.model.Policy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * What each evaluated variant gave: the places, and under A and B the money and sanctions, kept
 * by row so that the result does not depend on which thread evaluated which row. An entity
 * without a place counts as placed at {@code entities + 1}.
 */
final class Outcomes {
  private final Policy policy;
  private final List<EntityResult> nominal;
  private final Map<String, Integer> index = new HashMap<>();
  private final int[] nominalPlaces;
  private final BigDecimal[] nominalMoney;
  private final List<String> chosen;
  private final int[] chosenIndex;
  private int n;
  private int[][] places = new int[0][];
  private Map<Integer, BigDecimal>[] money;
  private BitSet[] sanctions = new BitSet[0];
  double[] shiftA = new double[0];
  double[] shiftB = new double[0];
  double[][] shiftAB = new double[0][];
  double[][] placeA = new double[0][];
  double[][] placeB = new double[0][];
  double[][][] placeAB = new double[0][][];

  @SuppressWarnings("unchecked")
  Outcomes(Policy policy, SchemeResult nominal, List<String> chosen) {
    this.policy = policy;
    this.nominal = nominal.entities();
    for (int e = 0; e < this.nominal.size(); e++) {
      index.put(this.nominal.get(e).id(), e);
    }
    this.nominalPlaces = places(nominal);
    this.nominalMoney = new BigDecimal[size()];
    for (int e = 0; e < size(); e++) {
      nominalMoney[e] = this.nominal.get(e).money();
    }
    this.chosen = List.copyOf(chosen);
    this.chosenIndex = chosen.stream().mapToInt(index::get).toArray();
    this.money = new Map[0];
  }

  int size() {
    return nominal.size();
  }

  int fieldSize() {
    return size();
  }

  List<String> chosen() {
    return chosen;
  }

  @SuppressWarnings("unchecked")
  void allocate(int samples, int inputs) {
    this.n = samples;
    places = new int[2 * samples][];
    money = new Map[2 * samples];
    sanctions = new BitSet[2 * samples];
    shiftA = new double[samples];
    shiftB = new double[samples];
    shiftAB = new double[inputs][samples];
    int c = chosen.size();
    placeA = new double[c][samples];
    placeB = new double[c][samples];
    placeAB = new double[c][inputs][samples];
  }

  /** The result of row {@code j} of block 0 (A), 1 (B) or 2 + i (A_B^i). */
  void record(int block, int j, SchemeResult result) {
    int[] p = places(result);
    double shift = 0;
    for (int e = 0; e < p.length; e++) {
      shift += Math.abs(p[e] - nominalPlaces[e]);
    }
    shift = p.length == 0 ? 0 : shift / p.length;
    if (block == 0) {
      shiftA[j] = shift;
    } else if (block == 1) {
      shiftB[j] = shift;
    } else {
      shiftAB[block - 2][j] = shift;
    }
    for (int c = 0; c < chosenIndex.length; c++) {
      double place = p[chosenIndex[c]];
      if (block == 0) {
        placeA[c][j] = place;
      } else if (block == 1) {
        placeB[c][j] = place;
      } else {
        placeAB[c][block - 2][j] = place;
      }
    }
    if (block < 2) {
      int row = block * n + j;
      places[row] = p;
      Map<Integer, BigDecimal> given = new HashMap<>();
      BitSet sanctioned = new BitSet();
      for (EntityResult r : result.entities()) {
        Integer e = index.get(r.id());
        if (e == null) {
          continue;
        }
        BigDecimal m = r.money();
        if (m.signum() != 0) {
          given.put(e, m);
        }
        if (sanctioned(r)) {
          sanctioned.set(e);
        }
      }
      money[row] = given;
      sanctions[row] = sanctioned;
    }
  }

  private boolean sanctioned(EntityResult r) {
    for (OutcomeResult o : r.given()) {
      if (o.action().flatMap(policy::findAction).map(a -> a.kind() == ActionDefinition.Kind.SANCTION).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  private int[] places(SchemeResult result) {
    int[] p = new int[size()];
    Arrays.fill(p, size() + 1);
    result.forEachPlace((id, place) -> {
      Integer e = index.get(id);
      if (e != null && place > 0) {
        p[e] = place;
      }
    });
    return p;
  }

  /** Each entity's distribution over the rows of A and B. */
  List<EntityUncertainty> entities() {
    int rows = places.length;
    List<EntityUncertainty> out = new ArrayList<>();
    for (int e = 0; e < size(); e++) {
      int[] mine = new int[rows];
      BigDecimal sum = BigDecimal.ZERO;
      int any = 0;
      int keeps = 0;
      int sanctioned = 0;
      TreeMap<Integer, Integer> counts = new TreeMap<>();
      for (int r = 0; r < rows; r++) {
        mine[r] = places[r][e];
        counts.merge(mine[r], 1, Integer::sum);
        BigDecimal m = money[r].getOrDefault(e, BigDecimal.ZERO);
        sum = sum.add(m);
        any += m.signum() > 0 ? 1 : 0;
        keeps += m.compareTo(nominalMoney[e]) >= 0 ? 1 : 0;
        sanctioned += sanctions[r].get(e) ? 1 : 0;
      }
      Arrays.sort(mine);
      TreeMap<Integer, Double> shares = new TreeMap<>();
      counts.forEach((place, count) -> shares.put(place, count / (double) rows));
      EntityResult nominalResult = nominal.get(e);
      out.add(new EntityUncertainty(nominalResult.id(), nominalResult.entity().name(), nominalPlaces[e],
          quantile(mine, 0.5), quantile(mine, 0.05), quantile(mine, 0.95), shares,
          counts.getOrDefault(1, 0) / (double) rows, nominalMoney[e],
          sum.divide(BigDecimal.valueOf(rows), 4, RoundingMode.HALF_EVEN), any / (double) rows,
          nominalMoney[e].signum() > 0 ? OptionalDouble.of(keeps / (double) rows) : OptionalDouble.empty(),
          sanctioned / (double) rows));
    }
    out.sort((x, y) -> Integer.compare(x.nominalPlace(), y.nominalPlace()));
    return out;
  }

  /** The nearest-rank q-quantile of sorted places. */
  private static int quantile(int[] sorted, double q) {
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
