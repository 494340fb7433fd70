package io.github.kaohe.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.EvaluationException;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.internal.EngineAccess;
import io.github.kaohe.internal.EngineAccess.SchemeSamples;
import io.github.kaohe.model.Policy;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The fast path of the analysis — a sample scored on the base its missing rules share, points and
 * totals only — gives exactly what a plain evaluation of the sample's policy gives: the same
 * places (and money), or the same failure, for random weights, methods, missing rules and
 * aggregations on random data with gaps.
 */
class SampleScoringProperties {
  private static final String VARYING = """
      samples: 4
      renormalise: %s
      weights:
        - {of: size, plusMinus: 50%%}
        - {of: tax, within: [0.5, 9.5]}
        - {of: place, plusMinus: 90%%}
        - {of: tax-growth, plusMinus: 30%%}
      alternatives:
        - of: tax-growth
          method:
            - {use: {type: min-max, floor: 0.6}, probability: 0.5}
            - {use: proportional-to-best, probability: 0.5}
        - of: tax
          missing:
            - {use: zero-points, probability: 0.4}
            - {use: {substitute: 30}, probability: 0.3}
            - {use: exclude-entity, probability: 0.3}
        - of: size
          aggregation:
            - {use: weighted-sum, probability: 0.4}
            - {use: arithmetic-mean, probability: 0.3}
            - {use: geometric-mean, probability: 0.3}
      """;

  /**
   * Samples in the order of a Saltelli row (A, B, then A with each input from B), so that later
   * ones reuse the points columns of the earlier (where no value is missing and the weights are
   * not renormalised, each A_B^i reuses them all).
   */
  @Property(tries = 150)
  void aSampleScoresAsAPlainEvaluationOfItsPolicy(
      @ForAll long seed, @ForAll boolean renormalise, @ForAll boolean gaps, @ForAll @IntRange(min = 1, max = 3) int rows) {
    SplittableRandom random = new SplittableRandom(seed);
    Dataset data = SmallPolicy.data(csv(random, gaps));
    Uncertainty u = SmallPolicy.uncertainty(VARYING.formatted(renormalise));
    SchemeVariant variant = new SchemeVariant(SmallPolicy.POLICY, u);
    SchemeSamples fast = EngineAccess.engine().samples(SmallPolicy.POLICY, "firms", data, SmallPolicy.YEAR);
    List<double[]> points = new java.util.ArrayList<>();
    for (int s = 0; s < rows; s++) {
      double[] a = point(random, u.inputs());
      double[] b = point(random, u.inputs());
      points.add(a);
      points.add(b);
      for (int i = 0; i < u.inputs(); i++) {
        double[] ab = a.clone();
        ab[i] = b[i];
        points.add(ab);
      }
    }
    for (double[] point : points) {
      Policy sample = variant.policy(point);
      SchemeResult plain;
      try {
        plain = Evaluator.of(sample).evaluate("firms", data, SmallPolicy.YEAR);
      } catch (EvaluationException e) {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> fast.score(sample, new int[fast.size()], true)))
            .isInstanceOf(EvaluationException.class)
            .hasMessage(e.getMessage());
        continue;
      }
      int[] places = new int[fast.size()];
      fast.score(sample, places, true);
      assertThat(byId(fast, places)).isEqualTo(placesOf(plain));
      // for its places only, on the columns the samples before it left behind
      int[] only = new int[fast.size()];
      fast.score(sample, only, false);
      assertThat(only).containsExactly(places);
    }
  }

  private static double[] point(SplittableRandom random, int inputs) {
    double[] point = new double[inputs];
    for (int i = 0; i < point.length; i++) {
      point[i] = random.nextDouble();
    }
    return point;
  }

  /** Four firms with random tax, place, growth and titles, each missing now and then if {@code gaps}. */
  private static String csv(SplittableRandom random, boolean gaps) {
    StringBuilder csv = new StringBuilder("entity,tax,place,tax-growth,title\n");
    for (String id : List.of("a", "b", "c", "d")) {
      csv.append(id).append(',').append(maybe(random, gaps, random.nextInt(0, 300)))
          .append(',').append(maybe(random, gaps, random.nextInt(1, 12)))
          .append(',').append(maybe(random, gaps, BigDecimal.valueOf(random.nextInt(-2000, 4000), 2)))
          .append(',').append(random.nextInt(4) == 0 ? "1" : "").append('\n');
    }
    return csv.toString();
  }

  private static String maybe(SplittableRandom random, boolean gaps, Object value) {
    return gaps && random.nextInt(6) == 0 ? "" : value.toString();
  }

  private static Map<String, Integer> byId(SchemeSamples fast, int[] places) {
    Map<String, Integer> out = new HashMap<>();
    for (int p = 0; p < places.length; p++) {
      out.put(fast.id(p), places[p]);
    }
    return out;
  }

  private static Map<String, Integer> placesOf(SchemeResult r) {
    Map<String, Integer> out = new HashMap<>();
    for (EntityResult e : r.entities()) {
      out.put(e.id(), e.place().orElse(0));
    }
    r.excluded().forEach(x -> out.put(x.entity().id(), 0));
    return out;
  }
}
