package io.github.kaohe.sensitivity;

/**
 * The first-order and total-effect Sobol indices of one uncertain input on one output, each with
 * its 95 % bootstrap interval. An index is a share of the output's variance, in [0, 1] (estimates
 * outside are clamped; 0 when the output does not vary at all). First-order: the share the input
 * explains alone (Saltelli 2010); total: the share it has a hand in, alone or with others (Jansen
 * 1999).
 *
 * @param first the first-order index
 * @param firstLow the first-order index's 2.5 % bootstrap quantile
 * @param firstHigh its 97.5 % bootstrap quantile
 * @param total the total-effect index
 * @param totalLow the total index's 2.5 % bootstrap quantile
 * @param totalHigh its 97.5 % bootstrap quantile
 */
public record SobolIndex(double first, double firstLow, double firstHigh, double total, double totalLow, double totalHigh) {
  public SobolIndex {
    for (double v : new double[] {first, firstLow, firstHigh, total, totalLow, totalHigh}) {
      if (!(v >= 0 && v <= 1)) {
        throw new IllegalArgumentException("a Sobol index lies in [0, 1], not " + v);
      }
    }
  }
}
