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
 * A sensitivity analysis of {@link TwelveIndicators} (each weight ±20 %, renormalised, and the same
 * not renormalised) beside one plain evaluation of the same data in the same run: their ratio,
 * divided by the evaluations the analysis runs ({@code samples × 14}), is what one variant costs
 * against a plain evaluation. {@code oneSample} is one variant (every weight changed, no column
 * to reuse) as the analysis scores it, beside {@code plainSample}, the same variant by a plain
 * evaluation of its policy; 1,000 samples are 14,000 of them, over the cores. Not renormalised,
 * 12 of each row's 14 variants (the A_B^i) take every points column from the two before them.
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
  private Uncertainty notRenormalised;
  /** Three variants in turn, so that none finds the columns of the one before it to reuse. */
  private Policy[] variants;
  private int next;
  private Policy variant;
  /** Two rows in turn, so that A and B of one never find their columns from the same row before. */
  private Policy[][] rows;
  private int nextRow;
  private SchemeSamples scorer;
  private int[] places;

  @Setup(Level.Trial)
  public void setUp() {
    policy = TwelveIndicators.policy();
    data = TwelveIndicators.dataset(TwelveIndicators.ids(entities), TwelveIndicators.columns(entities));
    try (InputStream in = SensitivityBenchmark.class.getResourceAsStream("twelve-indicators.uncertainty.yaml")) {
      String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      uncertainty = UncertaintyLoader.load(yaml, "twelve-indicators.uncertainty.yaml", policy).withSamples(samples);
      notRenormalised = UncertaintyLoader.load(yaml.replace("seed: 1\n", "seed: 1\nrenormalise: false\n"),
          "twelve-indicators.uncertainty.yaml", policy).withSamples(samples);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    variants = new Policy[] {reweighted(policy, "0.1234"), reweighted(policy, "0.2345"), reweighted(policy, "0.3456")};
    variant = variants[0];
    rows = new Policy[][] {saltelliRow(policy, 0), saltelliRow(policy, 1)};
    scorer = EngineAccess.engine().samples(policy, TwelveIndicators.SCHEME, data, TwelveIndicators.PERIOD);
    places = new int[scorer.size()];
  }

  /** The policy with every weight moved, as a sample moves them: 6.1234 for 6, and so on, 100 in all. */
  private static Policy reweighted(Policy policy, String delta) {
    List<Indicator> nominal = policy.scheme(TwelveIndicators.SCHEME).categories().get(0).indicators();
    BigDecimal[] weights = new BigDecimal[nominal.size()];
    BigDecimal sum = BigDecimal.ZERO;
    for (int j = 0; j < weights.length; j++) {
      weights[j] = j == weights.length - 1 ? new BigDecimal(100).subtract(sum)
          : nominal.get(j).weight().add(new BigDecimal(j % 2 == 0 ? delta : "-0.0987"));
      sum = sum.add(weights[j]);
    }
    return withWeights(policy, weights);
  }

  /**
   * One row of a Saltelli design whose weights are not renormalised: A, B, then A with weight i
   * from B, for each i. The weights of A and B are the nominal ones ±20 % at fixed points.
   */
  private static Policy[] saltelliRow(Policy policy, int seed) {
    List<Indicator> nominal = policy.scheme(TwelveIndicators.SCHEME).categories().get(0).indicators();
    int k = nominal.size();
    BigDecimal[] a = new BigDecimal[k];
    BigDecimal[] b = new BigDecimal[k];
    for (int j = 0; j < k; j++) {
      BigDecimal w = nominal.get(j).weight();
      a[j] = w.multiply(new BigDecimal("0.8").add(new BigDecimal("0.4").multiply(BigDecimal.valueOf((j * 7 + 3 + seed) % 11, 1))));
      b[j] = w.multiply(new BigDecimal("0.8").add(new BigDecimal("0.4").multiply(BigDecimal.valueOf((j * 5 + 1 + seed) % 11, 1))));
    }
    Policy[] row = new Policy[k + 2];
    row[0] = withWeights(policy, a);
    row[1] = withWeights(policy, b);
    for (int i = 0; i < k; i++) {
      BigDecimal[] ab = a.clone();
      ab[i] = b[i];
      row[i + 2] = withWeights(policy, ab);
    }
    return row;
  }

  /** The policy with these weights, its category and total what they add up to. */
  private static Policy withWeights(Policy policy, BigDecimal[] weights) {
    Scheme scheme = policy.scheme(TwelveIndicators.SCHEME);
    Category all = scheme.categories().get(0);
    List<Indicator> indicators = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (int j = 0; j < all.indicators().size(); j++) {
      Indicator i = all.indicators().get(j);
      BigDecimal w = weights[j];
      sum = sum.add(w);
      indicators.add(new Indicator(i.id(), i.name(), i.unit(), w, i.direction(), i.method(), i.transforms(), i.missing(),
          i.source(), i.valid(), i.formula()));
    }
    Category category = new Category(all.id(), all.name(), sum, all.aggregation(), List.of(), indicators,
        all.source());
    Scheme s = new Scheme(scheme.id(), scheme.name(), scheme.source(), sum, scheme.tolerance(),
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
    next = (next + 1) % variants.length;
    scorer.score(variants[next], places, false);
    return places;
  }

  /**
   * One row of the design (14 variants: A, B and the 12 A_B^i) as the analysis scores it, the
   * weights not renormalised: the A_B^i take every points column from A and B. Beside 14 ×
   * {@code oneSample}, what the reuse saves.
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 3, time = 1)
  public int[] saltelliRow() {
    nextRow = (nextRow + 1) % rows.length;
    for (Policy p : rows[nextRow]) {
      scorer.score(p, places, false);
    }
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

  /** The weights vary alone, the total with them: the A_B^i rows reuse the points of A and B. */
  @Benchmark
  public SensitivityResult sensitivityNotRenormalised() {
    return SensitivityAnalysis.of(policy, notRenormalised).run(data, List.of(TwelveIndicators.PERIOD));
  }
}
