package io.github.kaohe.benchmarks;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Policy;
import io.github.kaohe.sensitivity.SensitivityAnalysis;
import io.github.kaohe.sensitivity.SensitivityResult;
import io.github.kaohe.sensitivity.Uncertainty;
import io.github.kaohe.sensitivity.UncertaintyLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * A sensitivity analysis of {@link TwelveIndicators} (each weight ±20 %, renormalised) beside one
 * plain evaluation of the same data in the same run: their ratio, divided by the evaluations the
 * analysis runs ({@code samples × 14}), is what one variant costs against a plain evaluation.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar SensitivityBenchmark -p entities=100000 -p samples=16
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SensitivityBenchmark {
  @Param({"10000", "100000"})
  public int entities;

  @Param({"16"})
  public int samples;

  private Policy policy;
  private Dataset data;
  private Uncertainty uncertainty;

  @Setup(Level.Trial)
  public void setUp() {
    policy = TwelveIndicators.policy();
    data = TwelveIndicators.dataset(TwelveIndicators.ids(entities), TwelveIndicators.columns(entities));
    try (InputStream in = SensitivityBenchmark.class.getResourceAsStream("twelve-indicators.uncertainty.yaml")) {
      uncertainty = UncertaintyLoader.load(new String(in.readAllBytes(), StandardCharsets.UTF_8),
          "twelve-indicators.uncertainty.yaml", policy).withSamples(samples);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Timed over many calls: one call is too short for a single shot. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 3, time = 1)
  public SchemeResult plainEvaluation() {
    return Evaluator.of(policy).evaluate(TwelveIndicators.SCHEME, data, TwelveIndicators.PERIOD);
  }

  @Benchmark
  public SensitivityResult sensitivity() {
    return SensitivityAnalysis.of(policy, uncertainty).run(data, List.of(TwelveIndicators.PERIOD));
  }
}
