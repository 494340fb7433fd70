package io.github.kaohe.benchmarks;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.SchemeResult;
import java.math.BigDecimal;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine side by side with hand-written loops in one run, on {@link TwelveIndicators} with
 * the data already in memory: the engine from a {@link Dataset}, the loops from plain arrays.
 * Every benchmark scores, totals and places every entity. Run with {@code -prof gc} for the
 * allocation per operation; the engine and the double loop run in a 1 GB heap.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar EngineBenchmark -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class EngineBenchmark {
  @Param({"10000", "100000", "1000000"})
  public int entities;

  private Evaluator sequential;
  private Evaluator parallel;
  private Dataset data;
  private double[][] doubles;
  private BigDecimal[][] decimals;

  @Setup(Level.Trial)
  public void setUp() {
    long[][] columns = TwelveIndicators.columns(entities);
    List<String> ids = TwelveIndicators.ids(entities);
    data = TwelveIndicators.dataset(ids, columns);
    sequential = Evaluator.of(TwelveIndicators.policy());
    parallel = sequential.parallel();
    doubles = new double[columns.length][entities];
    for (int i = 0; i < columns.length; i++) {
      for (int e = 0; e < entities; e++) {
        doubles[i][e] = columns[i][e] / 100.0;
      }
    }
    if (BigDecimalLoop.wanted()) {
      decimals = new BigDecimal[columns.length][entities];
      for (int i = 0; i < columns.length; i++) {
        for (int e = 0; e < entities; e++) {
          decimals[i][e] = BigDecimal.valueOf(columns[i][e], TwelveIndicators.SCALE);
        }
      }
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    decimals = null;
  }

  @Benchmark
  public SchemeResult engine() {
    return sequential.evaluate(TwelveIndicators.SCHEME, data, TwelveIndicators.PERIOD);
  }

  @Benchmark
  public SchemeResult engineParallel() {
    return parallel.evaluate(TwelveIndicators.SCHEME, data, TwelveIndicators.PERIOD);
  }

  @Benchmark
  public int[] doubleLoop() {
    return HandWritten.doubles(doubles, TwelveIndicators.WEIGHTS);
  }

  /** The exact hand-written loop needs many times the heap: it runs in a fork of its own. */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-Dbenchmarks.decimals=true"})
  public int[] bigDecimalLoop() {
    return HandWritten.decimals(decimals, TwelveIndicators.WEIGHTS);
  }

  /** Whether this fork runs the {@link BigDecimal} loop, and so needs its columns. */
  static final class BigDecimalLoop {
    private BigDecimalLoop() {}

    static boolean wanted() {
      return Boolean.getBoolean("benchmarks.decimals");
    }
  }
}
