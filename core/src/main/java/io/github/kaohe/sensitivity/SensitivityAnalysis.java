package io.github.kaohe.sensitivity;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.EvaluationException;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.internal.EngineAccess;
import io.github.kaohe.internal.EngineAccess.SchemeSamples;
import io.github.kaohe.load.Problem;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.sensitivity.Switch.Alternative;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Monte Carlo uncertainty analysis and Sobol sensitivity analysis of a scheme's ranking. Saltelli's
 * scheme: N points of a scrambled Sobol sequence in 2k dimensions (k uncertain inputs) give the
 * matrices A and B; each of the N × (k + 2) rows of A, B and A_B^i (A with column i from B) is a
 * policy variant evaluated with the exact engine, giving the same places as a plain evaluation of
 * it but reusing what no sample changes: the data's columns, and per set of missing rules the
 * inputs, exclusions and statistics; a sample computes only its points, totals and places. The
 * places under A and B give each entity's place distribution, and their rules its money and
 * sanctions; all rows give the Sobol indices ({@link SobolIndex}) of the places, so the rows of
 * A_B^i are evaluated for their places only, without the rules that read them (but the vetoes
 * that place). Earlier periods are scored only where a rule reads them. The distributions are
 * accumulated as the rows come (see {@link EntityUncertainty} for a very large field). The same
 * seed gives the same result, on any number of cores.
 *
 * <pre>{@code
 * Uncertainty u = UncertaintyLoader.load(Path.of("kaifeng.uncertainty.yaml"), policy);
 * SensitivityResult r = SensitivityAnalysis.of(policy, u).run(data, List.of(Period.year(2014), Period.year(2015)));
 * }</pre>
 */
public final class SensitivityAnalysis {
  /** The most entities whose own place gets indices when the file names none. */
  static final int MAX_DEFAULT_ENTITIES = 50;

  /** Told how far the analysis is; called from several threads. */
  @FunctionalInterface
  public interface Listener {
    /** {@code done} evaluations of {@code total} are finished. */
    void evaluated(int done, int total);
  }

  private final Policy policy;
  private final Uncertainty uncertainty;
  private final Listener listener;

  private SensitivityAnalysis(Policy policy, Uncertainty uncertainty, Listener listener) {
    this.policy = policy;
    this.uncertainty = uncertainty;
    this.listener = listener;
  }

  /** An analysis of the uncertainty's scheme in the policy. */
  public static SensitivityAnalysis of(Policy policy, Uncertainty uncertainty) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(uncertainty, "uncertainty");
    policy.scheme(uncertainty.scheme());
    return new SensitivityAnalysis(policy, uncertainty, (done, total) -> { });
  }

  /** The same analysis, telling {@code listener} of its progress. */
  public SensitivityAnalysis onProgress(Listener listener) {
    return new SensitivityAnalysis(policy, uncertainty, Objects.requireNonNull(listener, "listener"));
  }

  /** Analyses the ranking of one period, with no earlier periods as history. */
  public SensitivityResult run(Dataset data, Period period) {
    return run(data, List.of(period));
  }

  /**
   * Analyses the ranking of the last period; the earlier ones are evaluated under each variant too,
   * as the history that rules looking back read.
   *
   * @throws UncertaintyException if an alternative cannot score the data, or the analysis would
   *     not fit in memory
   * @throws EvaluationException if the policy as declared cannot be evaluated on the data
   */
  public SensitivityResult run(Dataset data, List<Period> periods) {
    Objects.requireNonNull(data, "data");
    if (periods.isEmpty()) {
      throw new IllegalArgumentException("at least one period to analyse");
    }
    String schemeId = uncertainty.scheme();
    SchemeResult nominal = last(Evaluator.of(policy).evaluate(schemeId, data, periods));
    SchemeVariant variant = new SchemeVariant(policy, uncertainty);
    checkAlternatives(variant, data, periods);
    int n = uncertainty.samples();
    int k = uncertainty.inputs();
    Period last = periods.get(periods.size() - 1);
    SchemeSamples samples = EngineAccess.engine().samples(policy, schemeId, data, last);
    Outcomes outcomes;
    try {
      outcomes = new Outcomes(policy, nominal, chosen(nominal), samples, n, k);
    } catch (IllegalArgumentException tooMany) {
      throw problem(uncertainty.file(), "samples", tooMany.getMessage());
    }
    double[][] a = new double[n][];
    double[][] b = new double[n][];
    SobolSequence sequence = new SobolSequence(2 * k, uncertainty.seed());
    for (int j = 0; j < n; j++) {
      double[] point = sequence.next();
      a[j] = java.util.Arrays.copyOfRange(point, 0, k);
      b[j] = java.util.Arrays.copyOfRange(point, k, 2 * k);
    }
    int total = n * (k + 2);
    boolean rules = !policy.scheme(schemeId).rules().isEmpty();
    AtomicInteger done = new AtomicInteger();
    // row by row of the design, A, B, then each A_B^i, so that a thread scoring them in turn
    // reuses the points of every indicator that A_B^i takes unchanged from A or B
    IntStream.range(0, total).parallel().forEach(index -> {
      int block = index % (k + 2);
      int j = index / (k + 2);
      double[] u = block == 0 ? a[j] : block == 1 ? b[j] : mixed(a[j], b[j], block - 2);
      int[] places = new int[samples.size()];
      SchemeResult r;
      try {
        // the rows of A_B^i are for the indices of places only: no rules beyond the vetoes that place
        r = samples.score(variant.policy(u), places, block < 2 && rules);
      } catch (EvaluationException | IllegalArgumentException e) {
        throw problem(uncertainty.file(), "", "the sample " + describe(u) + " cannot be evaluated: " + e.getMessage());
      }
      outcomes.record(block, j, places, r, samples);
      listener.evaluated(done.incrementAndGet(), total);
    });
    return result(nominal, outcomes, total);
  }

  private SensitivityResult result(SchemeResult nominal, Outcomes outcomes, int evaluations) {
    List<String> names = uncertainty.inputNames();
    List<String> chosen = outcomes.chosen();
    SobolIndex[] shift = SobolIndices.estimate(outcomes.shiftA, outcomes.shiftB, outcomes.shiftAB, uncertainty.seed());
    List<SobolIndex[]> byEntity = new ArrayList<>();
    for (int c = 0; c < chosen.size(); c++) {
      byEntity.add(SobolIndices.estimate(outcomes.placeA[c], outcomes.placeB[c], outcomes.placeAB[c], uncertainty.seed()));
    }
    Scheme scheme = policy.scheme(uncertainty.scheme());
    List<InputSensitivity> inputs = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      Map<String, SobolIndex> entities = new LinkedHashMap<>();
      for (int c = 0; c < chosen.size(); c++) {
        entities.put(chosen.get(c), byEntity.get(c)[i]);
      }
      inputs.add(new InputSensitivity(names.get(i), label(scheme, i), declared(i), shift[i], entities));
    }
    return new SensitivityResult(policy.id(), uncertainty.scheme(), nominal.period(), uncertainty.samples(),
        uncertainty.seed(), evaluations, outcomes.size(), outcomes.band(), uncertainty.renormalise(), inputs,
        outcomes.entities());
  }

  private Label label(Scheme scheme, int input) {
    int w = uncertainty.weights().size();
    String of = input < w ? uncertainty.weights().get(input).of() : uncertainty.switches().get(input - w).of();
    Label name = scheme.findCategory(of).map(c -> c.name()).orElseGet(() -> scheme.indicator(of).name());
    Switch.Kind kind = input < w ? null : uncertainty.switches().get(input - w).kind();
    if (kind == null) {
      return Label.of("「" + name.zh() + "」的权重", "the weight of " + name.en());
    }
    return switch (kind) {
      case METHOD -> Label.of("「" + name.zh() + "」的计分方法", "the scoring method of " + name.en());
      case MISSING -> Label.of("「" + name.zh() + "」的缺失值规则", "the missing-value rule of " + name.en());
      case AGGREGATION -> Label.of("「" + name.zh() + "」的汇总方式", "the aggregation of " + name.en());
    };
  }

  private String declared(int input) {
    int w = uncertainty.weights().size();
    if (input < w) {
      WeightRange r = uncertainty.weights().get(input);
      return r.declared() + ": " + r.low().toPlainString() + " to " + r.high().toPlainString() + " points";
    }
    return uncertainty.switches().get(input - w).alternatives().stream()
        .map(a -> a.name() + " " + a.probability().toPlainString())
        .collect(Collectors.joining(", "));
  }

  /** The entities whose own place gets indices. */
  private List<String> chosen(SchemeResult nominal) {
    if (!uncertainty.entities().isEmpty()) {
      for (String id : uncertainty.entities()) {
        if (nominal.entity(id).isEmpty()) {
          throw problem(uncertainty.file(), "entities", "the data have no entity '" + id + "' in " + nominal.period());
        }
      }
      return uncertainty.entities();
    }
    List<EntityResult> ranked = nominal.ranked();
    return ranked.stream().limit(MAX_DEFAULT_ENTITIES).map(EntityResult::id).toList();
  }

  /** Every alternative, alone, must score the data: otherwise say which, where it is declared. */
  private void checkAlternatives(SchemeVariant variant, Dataset data, List<Period> periods) {
    List<Problem> problems = new ArrayList<>();
    int w = uncertainty.weights().size();
    for (int s = 0; s < uncertainty.switches().size(); s++) {
      Switch sw = uncertainty.switches().get(s);
      for (int i = 0; i < sw.alternatives().size(); i++) {
        Alternative alt = sw.alternatives().get(i);
        try {
          Evaluator.of(variant.withOnly(sw, alt)).evaluate(uncertainty.scheme(), data, periods);
        } catch (EvaluationException | IllegalArgumentException e) {
          String why = e instanceof EvaluationException ee && !ee.problems().isEmpty()
              ? ee.problems().get(0).toString() : e.getMessage();
          problems.add(new Problem(uncertainty.file(), alt.line(), alt.column(),
              "alternatives[" + s + "]." + sw.kind().word() + "[" + i + "]",
              "the " + sw.kind().noun() + " '" + alt.name() + "' cannot be used for '" + sw.of() + "' on this data: " + why));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new UncertaintyException(problems);
    }
  }

  private String describe(double[] u) {
    List<String> names = uncertainty.inputNames();
    StringBuilder s = new StringBuilder("(");
    for (int i = 0; i < u.length; i++) {
      s.append(i == 0 ? "" : ", ").append(names.get(i)).append(String.format(java.util.Locale.ROOT, " at %.3f", u[i]));
    }
    return s.append(')').toString();
  }

  private static double[] mixed(double[] a, double[] b, int i) {
    double[] u = a.clone();
    u[i] = b[i];
    return u;
  }

  private static SchemeResult last(List<SchemeResult> results) {
    return results.get(results.size() - 1);
  }

  private static UncertaintyException problem(String file, String path, String message) {
    return new UncertaintyException(List.of(new Problem(file, 0, 0, path, message)));
  }
}
