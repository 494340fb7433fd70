package io.github.kaohe.benchmarks;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.internal.EngineAccess;
import io.github.kaohe.internal.EngineAccess.SchemeSamples;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
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
 * {@code oneSample} is one variant (every weight changed) as the analysis scores it, beside
 * {@code plainSample}, the same variant by a plain evaluation of its policy; 1,000 samples are
 * 14,000 of them, over the cores.
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
  private Policy variant;
  private SchemeSamples scorer;
  private int[] places;

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
    variant = reweighted(policy);
    scorer = EngineAccess.engine().samples(policy, TwelveIndicators.SCHEME, data, TwelveIndicators.PERIOD);
    places = new int[scorer.size()];
  }

  /** The policy with every weight moved, as a sample moves them: 6.1234 for 6, and so on, 100 in all. */
  private static Policy reweighted(Policy policy) {
    Scheme scheme = policy.scheme(TwelveIndicators.SCHEME);
    Category all = scheme.categories().get(0);
    List<Indicator> indicators = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (int j = 0; j < all.indicators().size(); j++) {
      Indicator i = all.indicators().get(j);
      BigDecimal w = j == all.indicators().size() - 1
          ? all.weight().subtract(sum) : i.weight().add(new BigDecimal(j % 2 == 0 ? "0.1234" : "-0.0987"));
      sum = sum.add(w);
      indicators.add(new Indicator(i.id(), i.name(), i.unit(), w, i.direction(), i.method(), i.transforms(), i.missing(),
          i.source(), i.valid(), i.formula()));
    }
    Category category = new Category(all.id(), all.name(), all.weight(), all.aggregation(), List.of(), indicators,
        all.source());
    Scheme s = new Scheme(scheme.id(), scheme.name(), scheme.source(), scheme.total(), scheme.tolerance(),
        scheme.attributes(), scheme.entities(), List.of(category), scheme.adjustments(), scheme.ranking(), scheme.rules(),
        scheme.scope());
    return new Policy(policy.id(), policy.name(), policy.version(), policy.source(), policy.arithmetic(), List.of(s),
        policy.actions());
  }

  /** One sample as the analysis scores it: its places, on the base the samples share. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 3, time = 1)
  public int[] oneSample() {
    scorer.score(variant, places, false);
    return places;
  }

  /** The same sample by a plain evaluation of its policy: what the analysis did before. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 3, time = 1)
  public SchemeResult plainSample() {
    return Evaluator.of(variant).evaluate(TwelveIndicators.SCHEME, data, TwelveIndicators.PERIOD);
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
