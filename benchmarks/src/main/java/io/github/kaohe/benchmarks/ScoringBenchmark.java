package io.github.kaohe.benchmarks;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Policy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring and ranking one period: {@code entities} entities × 15 indicators, data already read.
 * Run with {@code -prof gc} to see the allocation per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx12g"})
public class ScoringBenchmark {
  private static final int INDICATORS = 15;

  @Param({"10000", "100000", "1000000"})
  public int entities;

  /** Whether the entities are scored on the common fork-join pool ({@code Evaluator.parallel()}). */
  @Param({"false", "true"})
  public boolean parallel;

  private Evaluator evaluator;
  private Dataset data;

  @Setup
  public void setUp() {
    Policy policy = SyntheticPolicy.policy(INDICATORS);
    evaluator = parallel ? Evaluator.of(policy).parallel() : Evaluator.of(policy);
    data = SyntheticPolicy.data(entities, INDICATORS);
  }

  @Benchmark
  public SchemeResult scoreAndRank() {
    return evaluator.evaluate("s", data, SyntheticPolicy.PERIOD);
  }
}
