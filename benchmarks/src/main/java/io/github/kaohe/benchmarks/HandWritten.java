package io.github.kaohe.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * What a developer writes by hand for {@link TwelveIndicators}: points {@code w × x / max}
 * rounded to 2 places, their sum, and competition places by total. Once over {@code double}s,
 * which is fast but rounds the wrong way where a value lands on .xx5 in binary; once over
 * {@link BigDecimal}s, which is exact.
 */
final class HandWritten {
  private HandWritten() {}

  /** Places (competition) from {@code double} columns of values. */
  static int[] doubles(double[][] columns, int[] weights) {
    int n = columns[0].length;
    double[] totals = new double[n];
    for (int i = 0; i < columns.length; i++) {
      double[] x = columns[i];
      double max = Double.NEGATIVE_INFINITY;
      for (double v : x) {
        max = Math.max(max, v);
      }
      double w = weights[i];
      for (int e = 0; e < n; e++) {
        totals[e] += Math.round(w * x[e] / max * 100) / 100.0;
      }
    }
    long[] keys = new long[n];
    for (int e = 0; e < n; e++) {
      keys[e] = (-Math.round(totals[e] * 100) << 21) | e;
    }
    Arrays.sort(keys);
    int[] places = new int[n];
    long previous = Long.MIN_VALUE;
    int place = 0;
    for (int k = 0; k < n; k++) {
      long total = keys[k] >> 21;
      if (total != previous) {
        place = k + 1;
        previous = total;
      }
      places[(int) (keys[k] & ((1 << 21) - 1))] = place;
    }
    return places;
  }

  /** Places (competition) from {@link BigDecimal} columns of values, exactly. */
  static int[] decimals(BigDecimal[][] columns, int[] weights) {
    int n = columns[0].length;
    BigDecimal[] totals = new BigDecimal[n];
    Arrays.fill(totals, BigDecimal.ZERO);
    for (int i = 0; i < columns.length; i++) {
      BigDecimal[] x = columns[i];
      BigDecimal max = x[0];
      for (BigDecimal v : x) {
        max = v.max(max);
      }
      BigDecimal w = BigDecimal.valueOf(weights[i]);
      for (int e = 0; e < n; e++) {
        totals[e] = totals[e].add(w.multiply(x[e]).divide(max, 2, RoundingMode.HALF_UP));
      }
    }
    Integer[] order = new Integer[n];
    for (int e = 0; e < n; e++) {
      order[e] = e;
    }
    Arrays.sort(order, (a, b) -> totals[b].compareTo(totals[a]));
    int[] places = new int[n];
    for (int k = 0; k < n; k++) {
      places[order[k]] = k > 0 && totals[order[k]].compareTo(totals[order[k - 1]]) == 0 ? places[order[k - 1]] : k + 1;
    }
    return places;
  }
}
