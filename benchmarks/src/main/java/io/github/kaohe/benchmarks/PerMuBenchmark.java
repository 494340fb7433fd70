package io.github.kaohe.benchmarks;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.policy.permu.PerMuPolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-mu policy's above-scale scheme on synthetic firms, side by side with a hand-written
 * {@code double} loop in one run: six indicators derived from raw figures (tax ÷ land and so on),
 * each scored against its county's average, totals, places within the county and classes by
 * share. The engine computes the derived columns exactly and rounds them once; the loop divides
 * in binary and does not round, as a developer would write it first.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar PerMuBenchmark -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class PerMuBenchmark {
  private static final Period YEAR = Period.year(2022);
  private static final String[] FACTS =
      {"tax", "value-added", "revenue", "land", "energy", "emissions", "rd", "staff", "electricity"};
  private static final int COUNTIES = 100;

  @Param({"100000", "1000000"})
  public int firms;

  private Evaluator evaluator;
  private Dataset data;
  private double[][] raw;
  private int[] county;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(2022);
    long[][] columns = new long[FACTS.length][firms];
    raw = new double[FACTS.length][firms];
    for (int f = 0; f < FACTS.length; f++) {
      for (int e = 0; e < firms; e++) {
        // hundredths: land 3.00–203.00 mu (every firm in scope), the other figures 1.00–100,000.00
        columns[f][e] = FACTS[f].equals("land") ? 300 + random.nextLong(20_000) : 100 + random.nextLong(10_000_000);
        raw[f][e] = columns[f][e] / 100.0;
      }
    }
    List<String> ids = new ArrayList<>(firms);
    String[] counties = new String[firms];
    String[] scale = new String[firms];
    county = new int[firms];
    for (int e = 0; e < firms; e++) {
      ids.add("firm" + e);
      county[e] = e % COUNTIES;
      counties[e] = "county" + county[e];
      scale[e] = "规上";
    }
    Dataset.ColumnarBuilder b = Dataset.columnar(ids).attribute("county", counties).attribute("scale", scale);
    for (int f = 0; f < FACTS.length; f++) {
      b.column(YEAR, FACTS[f], columns[f], 2, null);
    }
    data = b.build();
    evaluator = Evaluator.of(PerMuPolicy.load());
  }

  @Benchmark
  public SchemeResult engine() {
    return evaluator.evaluate(PerMuPolicy.ABOVE_SCALE, data, YEAR);
  }

  /** Class letters by hand: the six ratios, county means, points, places and shares. */
  @Benchmark
  public char[] doubleLoop() {
    int n = raw[0].length;
    double[] tax = raw[0], va = raw[1], revenue = raw[2], land = raw[3], energy = raw[4], emissions = raw[5];
    double[] rd = raw[6], staff = raw[7];
    double[][] x = new double[6][n];
    for (int e = 0; e < n; e++) {
      x[0][e] = tax[e] / land[e];
      x[1][e] = va[e] / land[e];
      x[2][e] = va[e] / energy[e];
      x[3][e] = va[e] / emissions[e];
      x[4][e] = va[e] / staff[e];
      x[5][e] = rd[e] / revenue[e] * 100;
    }
    double[] weights = {30, 20, 20, 10, 10, 10};
    double[] totals = new double[n];
    for (int j = 0; j < 6; j++) {
      double[] sum = new double[COUNTIES];
      int[] count = new int[COUNTIES];
      for (int e = 0; e < n; e++) {
        sum[county[e]] += x[j][e];
        count[county[e]]++;
      }
      for (int e = 0; e < n; e++) {
        totals[e] += weights[j] * x[j][e] / (sum[county[e]] / count[county[e]]);
      }
    }
    Integer[] order = new Integer[n];
    for (int e = 0; e < n; e++) {
      order[e] = e;
    }
    Arrays.sort(order, (a, c) -> county[a] != county[c] ? Integer.compare(county[a], county[c]) : Double.compare(totals[c], totals[a]));
    int[] size = new int[COUNTIES];
    for (int e = 0; e < n; e++) {
      size[county[e]]++;
    }
    char[] classes = new char[n];
    int start = 0;
    while (start < n) {
      int c = county[order[start]];
      for (int k = 0; k < size[c]; k++) {
        double share = (k + 1) / (double) size[c];
        classes[order[start + k]] = share <= 0.25 ? 'A' : share <= 0.70 ? 'B' : share <= 0.95 ? 'C' : 'D';
      }
      start += size[c];
    }
    return classes;
  }
}
