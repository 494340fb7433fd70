package io.github.kaohe.sensitivity;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Estimates Sobol indices from the outputs of Saltelli's scheme: f(A), f(B) and, for each input
 * i, f(A with column i from B), over N rows. First order by Saltelli (2010),
 * {@code V_i = 1/N Σ f(B)(f(A_B^i) − f(A))}; total effect by Jansen (1999),
 * {@code VT_i = 1/(2N) Σ (f(A) − f(A_B^i))²}; both divided by the variance of f(A) and f(B)
 * together. The 95 % intervals come from {@value #RESAMPLES} bootstrap resamples of the rows,
 * drawn from the seed.
 */
final class SobolIndices {
  static final int RESAMPLES = 200;

  private SobolIndices() {}

  /** The indices of every input: {@code ab[i]} holds f(A_B^i). */
  static SobolIndex[] estimate(double[] a, double[] b, double[][] ab, long seed) {
    int n = a.length;
    int k = ab.length;
    int[] rows = new int[n];
    Arrays.setAll(rows, j -> j);
    double[][] first = new double[k][RESAMPLES];
    double[][] total = new double[k][RESAMPLES];
    SplittableRandom random = new SplittableRandom(seed ^ 0x5EB5_1717_1CE5L);
    int[] resample = new int[n];
    for (int r = 0; r < RESAMPLES; r++) {
      for (int j = 0; j < n; j++) {
        resample[j] = random.nextInt(n);
      }
      double v = variance(a, b, resample);
      for (int i = 0; i < k; i++) {
        first[i][r] = first(a, b, ab[i], resample, v);
        total[i][r] = total(a, ab[i], resample, v);
      }
    }
    double v = variance(a, b, rows);
    SobolIndex[] out = new SobolIndex[k];
    for (int i = 0; i < k; i++) {
      Arrays.sort(first[i]);
      Arrays.sort(total[i]);
      out[i] = new SobolIndex(first(a, b, ab[i], rows, v), quantile(first[i], 0.025), quantile(first[i], 0.975),
          total(a, ab[i], rows, v), quantile(total[i], 0.025), quantile(total[i], 0.975));
    }
    return out;
  }

  private static double variance(double[] a, double[] b, int[] rows) {
    double sum = 0;
    for (int j : rows) {
      sum += a[j] + b[j];
    }
    double mean = sum / (2.0 * rows.length);
    double squares = 0;
    for (int j : rows) {
      squares += (a[j] - mean) * (a[j] - mean) + (b[j] - mean) * (b[j] - mean);
    }
    return squares / (2.0 * rows.length);
  }

  private static double first(double[] a, double[] b, double[] ab, int[] rows, double v) {
    if (v <= 0) {
      return 0;
    }
    double sum = 0;
    for (int j : rows) {
      sum += b[j] * (ab[j] - a[j]);
    }
    return clamp(sum / rows.length / v);
  }

  private static double total(double[] a, double[] ab, int[] rows, double v) {
    if (v <= 0) {
      return 0;
    }
    double sum = 0;
    for (int j : rows) {
      sum += (a[j] - ab[j]) * (a[j] - ab[j]);
    }
    return clamp(sum / (2.0 * rows.length) / v);
  }

  private static double clamp(double x) {
    return Double.isNaN(x) ? 0 : Math.max(0, Math.min(1, x));
  }

  /** The q-quantile of sorted values, interpolated between the two nearest. */
  private static double quantile(double[] sorted, double q) {
    double at = q * (sorted.length - 1);
    int lo = (int) Math.floor(at);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
  }
}
