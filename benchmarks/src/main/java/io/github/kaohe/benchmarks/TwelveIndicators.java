package io.github.kaohe.benchmarks;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The scheme of the columnar-engine issue: 12 indicators, each proportional to the best value,
 * weights 6, 6, 8, 8, 8, 7, 7, 7, 5, 5, 3 and 30 (100 in all), points and totals to 2 places half
 * up, competition ranking; values 0.01–100000.00 from a fixed seed.
 */
final class TwelveIndicators {
  static final Period PERIOD = Period.year(2015);
  static final int[] WEIGHTS = {6, 6, 8, 8, 8, 7, 7, 7, 5, 5, 3, 30};
  static final String SCHEME = "firms";
  /** Values are unscaled at this scale: cents. */
  static final int SCALE = 2;

  private TwelveIndicators() {}

  static Policy policy() {
    return PolicyLoader.create().load(TwelveIndicators.class.getResource("twelve-indicators.yaml"), "twelve-indicators.yaml");
  }

  /** Per indicator, the unscaled values (cents) of {@code n} entities: 1 to 10,000,000. */
  static long[][] columns(int n) {
    SplittableRandom random = new SplittableRandom(2014);
    long[][] columns = new long[WEIGHTS.length][n];
    for (long[] column : columns) {
      for (int e = 0; e < n; e++) {
        column[e] = 1 + random.nextLong(10_000_000L);
      }
    }
    return columns;
  }

  static List<String> ids(int n) {
    List<String> ids = new ArrayList<>(n);
    for (int e = 0; e < n; e++) {
      ids.add("f" + e);
    }
    return ids;
  }

  /** The columns as a dataset, built a column at a time. */
  static Dataset dataset(List<String> ids, long[][] columns) {
    Dataset.ColumnarBuilder b = Dataset.columnar(ids);
    for (int i = 0; i < columns.length; i++) {
      b.column(PERIOD, "i" + (i + 1), columns[i], SCALE, null);
    }
    return b.build();
  }
}
