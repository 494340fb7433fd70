package io.github.kaohe.benchmarks;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Policy;
import io.github.kaohe.policy.kaifeng.KaifengPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The main job's parts on the bundled Kaifeng policy: loading and validating its YAML, reading the
 * industrial zones' sample CSV, and evaluating three years of it with every rule, target and check.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class KaifengBenchmark {
  private static final String SCHEME = KaifengPolicy.INDUSTRIAL_CLUSTER_ZONES;
  private static final List<Period> YEARS = List.of(Period.year(2014), Period.year(2015), Period.year(2016));

  private Policy policy;
  private String csv;
  private Dataset data;

  @Setup
  public void setUp() throws IOException {
    policy = KaifengPolicy.load();
    try (InputStream in = KaifengPolicy.sampleData().get(SCHEME).openStream()) {
      csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    data = CsvDataReader.forScheme(policy.scheme(SCHEME)).read(csv, "sample.csv");
  }

  @Benchmark
  public Policy loadPolicy() {
    return KaifengPolicy.load();
  }

  @Benchmark
  public Dataset readCsv() {
    return CsvDataReader.forScheme(policy.scheme(SCHEME)).read(csv, "sample.csv");
  }

  @Benchmark
  public List<SchemeResult> evaluateThreeYears() {
    return Evaluator.of(policy).evaluate(SCHEME, data, YEARS);
  }
}
