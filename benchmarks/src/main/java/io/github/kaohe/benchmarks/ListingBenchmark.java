package io.github.kaohe.benchmarks;

import io.github.kaohe.eval.CategoryResult;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.IndicatorResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.eval.ScoreTable;
import java.util.List;
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
 * Listing a result, as a report reads it, side by side with a hand-written loop in one run, on
 * {@link TwelveIndicators}: every entity in ranking order, with its total and each indicator's
 * points. The engine builds each entity's result when it is read; the loop reads the same twelve
 * points from {@code double} columns in the same order. Neither writes anything: this is the cost
 * of reading a result, under the cost of formatting it. Listed by place, an entity's rows are
 * scattered, so the engine is bound by memory: some 60 cache lines an entity against the loop's 12
 * (building the results on two threads gained nothing, 2,129 ± 503 ms against 2,213 ± 327 ms).
 * {@code table} reads the same cells from the result's {@link ScoreTable}: 14 a row, nothing built.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ListingBenchmark -p entities=1000000
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3) // the listing is compiled late: the first three seconds run it 5 × slower
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ListingBenchmark {
  @Param({"100000", "1000000"})
  public int entities;

  private SchemeResult result;
  /** The points of each indicator, by entity, rounded as the engine rounds them. */
  private double[][] points;
  /** The entities in ranking order. */
  private int[] order;

  @Setup(Level.Trial)
  public void setUp() {
    long[][] columns = TwelveIndicators.columns(entities);
    List<String> ids = TwelveIndicators.ids(entities);
    result = Evaluator.of(TwelveIndicators.policy())
        .evaluate(TwelveIndicators.SCHEME, TwelveIndicators.dataset(ids, columns), TwelveIndicators.PERIOD);
    points = new double[columns.length][entities];
    double[] totals = new double[entities];
    for (int i = 0; i < columns.length; i++) {
      long max = Long.MIN_VALUE;
      for (long v : columns[i]) {
        max = Math.max(max, v);
      }
      for (int e = 0; e < entities; e++) {
        points[i][e] = Math.round(TwelveIndicators.WEIGHTS[i] * (double) columns[i][e] / max * 100) / 100.0;
        totals[e] += points[i][e];
      }
    }
    order = java.util.stream.IntStream.range(0, entities).boxed()
        .sorted((a, b) -> Double.compare(totals[b], totals[a]))
        .mapToInt(Integer::intValue).toArray();
  }

  @Benchmark
  public long engine() {
    return list(result);
  }

  /** The same cells read from the result's {@link ScoreTable}, as CSV and the console table read them. */
  @Benchmark
  public long table() {
    ScoreTable table = result.table();
    List<ScoreTable.Column> columns = result.scheme().indicators().stream().map(i -> table.column(i.id())).toList();
    long mix = 0;
    for (int row = 0; row < table.size(); row++) {
      mix += table.total(row).unscaledValue().longValue();
      for (ScoreTable.Column c : columns) {
        mix += c.points(row).unscaledValue().longValue();
      }
    }
    return mix;
  }

  @Benchmark
  public double handWritten() {
    double mix = 0;
    for (int e : order) {
      double total = 0;
      for (double[] column : points) {
        total += column[e];
      }
      mix += total;
    }
    return mix;
  }

  private static long list(SchemeResult result) {
    long mix = 0;
    for (EntityResult e : result.entities()) {
      mix += e.total().unscaledValue().longValue();
      for (CategoryResult c : e.categories()) {
        for (IndicatorResult i : c.indicators()) {
          mix += i.points().unscaledValue().longValue();
        }
      }
    }
    return mix;
  }
}
