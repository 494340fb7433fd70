package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.RandomPolicies;
import io.github.kaohe.RandomPolicies.Case;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.Arithmetic;
import io.github.kaohe.model.Goalposts;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.NaturalLog;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Ranking;
import io.github.kaohe.model.Rounding;
import io.github.kaohe.model.ZScore;
import io.github.kaohe.reference.ReferenceEvaluator;
import io.github.kaohe.reference.ReferenceResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The engine gives exactly what the plain {@link ReferenceEvaluator} gives: every indicator's and
 * category's points, each layer's points, base, adjustments, total, place, group places and the
 * entities excluded; evaluated on the calling thread, in parallel, and with the data's rows in
 * another order. Random policies use every method, transform, aggregation, missing-value rule but
 * {@code error}, tie method, tie-break, group ranking, rounding mode and scale 0–4; the data aims
 * at the hard cases ({@link RandomPolicies#hardRows}).
 *
 * <p>Only the engine's public API is used: {@code Evaluator.of(policy).evaluate(…)} and the
 * results' accessors, so that a new engine behind the same API must pass as it is.
 */
class EngineMatchesReferenceProperties {
  /**
   * Whether the policies take the ln transform. Off while the engine computes ln in double: the
   * reference follows the declared precision (34 digits), and a double ln can round the other way
   * ({@link #lnTransformAtTheDeclaredPrecision}). Turn it on, and enable that example, once the
   * engine's ln is {@code DecimalMath.ln(v, DecimalMath.PRECISION)}.
   */
  static final boolean LN_TRANSFORMS = true;

  private static final Period PERIOD = RandomPolicies.PERIOD;

  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.randomValue(r -> RandomPolicies.hardCase(r, LN_TRANSFORMS, 0));
  }

  @Property(tries = 400)
  void engineGivesWhatTheReferenceGives(@ForAll("cases") Case c, @ForAll Random random) {
    ReferenceResult expected = ReferenceEvaluator.evaluate(c.policy(), c.scheme().id(), c.data(), PERIOD);

    assertMatches(expected, Evaluator.of(c.policy()).evaluate(c.scheme().id(), c.data(), PERIOD), "on one thread");
    assertMatches(expected, Evaluator.of(c.policy()).parallel().evaluate(c.scheme().id(), c.data(), PERIOD), "in parallel");
    assertMatches(expected, Evaluator.of(c.policy()).evaluate(c.scheme().id(), shuffled(c, random), PERIOD), "rows shuffled");
  }

  /** Large enough (50,000 values and more) that {@code parallel()} really scores in parallel. */
  @Provide
  Arbitrary<Case> largeCases() {
    return Arbitraries.randomValue(EngineMatchesReferenceProperties::largeCase);
  }

  private static Case largeCase(Random r) {
    while (true) {
      Case c = RandomPolicies.hardCase(r, LN_TRANSFORMS, 1); // entities from the data
      int indicators = c.scheme().indicators().size();
      if (indicators >= 16) {
        List<RandomPolicies.Row> rows = RandomPolicies.evaluable(r).hardRows(c.scheme(), 50_000 / indicators + 1);
        return new Case(c.policy(), c.scheme(), rows);
      }
    }
  }

  @Property(tries = 3)
  void engineGivesWhatTheReferenceGivesForALargePopulationInParallel(@ForAll("largeCases") Case c, @ForAll Random random) {
    ReferenceResult expected = ReferenceEvaluator.evaluate(c.policy(), c.scheme().id(), c.data(), PERIOD);

    assertMatches(expected, Evaluator.of(c.policy()).parallel().evaluate(c.scheme().id(), c.data(), PERIOD), "in parallel");
    assertMatches(expected, Evaluator.of(c.policy()).evaluate(c.scheme().id(), shuffled(c, random), PERIOD), "rows shuffled");
  }

  /**
   * Thousands of entities, every value given, few distinct values (so many ties): the engine's
   * dense path (a column scored without looking at anything else) and its radix sort of packed
   * totals, with tie-breaks and groups, against the reference.
   */
  @Property(tries = 3)
  void denseLargePopulationsWithManyTies(@ForAll Random r) {
    String policy = """
        kaohe: 1
        id: dense
        name: {zh: 密, en: Dense}
        version: "1"
        source: {title: {zh: 测试, en: Test}, issuer: 测试, date: 2020-01-01}
        arithmetic:
          points: {scale: %d, rounding: %s}
          totals: {scale: %d, rounding: half-up}
        schemes:
          - id: firms
            name: {zh: 企业, en: Firms}
            total: 30
            attributes: [county]
            defaults: {missing: error}
            ranking: {ties: %s, tieBreaks: [{by: points, of: b}], groups: [county]}
            categories:
              - id: all
                name: {zh: 全部, en: All}
                weight: 30
                indicators:
                  - {id: a, name: {zh: 甲, en: A}, weight: 10, method: proportional-to-best}
                  - {id: b, name: {zh: 乙, en: B}, weight: 10, method: {type: min-max, floor: 0.6}}
                  - {id: c, name: {zh: 丙, en: C}, weight: 10, direction: lower-is-better, method: proportional-to-best}
        """.formatted(r.nextInt(3), r.nextBoolean() ? "half-up" : "half-even", r.nextInt(2),
        List.of("competition", "dense", "ordinal").get(r.nextInt(3)));
    io.github.kaohe.model.Policy p = io.github.kaohe.load.PolicyLoader.create().load(policy, "dense.yaml");
    int n = 4_200 + r.nextInt(1_800); // above 4,096: the radix sort
    io.github.kaohe.data.Dataset.Builder b = io.github.kaohe.data.Dataset.builder();
    for (int e = 0; e < n; e++) {
      String id = "f" + Integer.toString(r.nextInt(1_000_000), 36) + "-" + e;
      b.row(id, PERIOD);
      for (String k : List.of("a", "b", "c")) {
        b.value(id, PERIOD, k, BigDecimal.valueOf(1 + r.nextInt(40), r.nextInt(2)));
      }
      b.attribute(id, "county", "县" + r.nextInt(5));
    }
    io.github.kaohe.data.Dataset data = b.build();
    ReferenceResult expected = ReferenceEvaluator.evaluate(p, "firms", data, PERIOD);
    assertMatches(expected, Evaluator.of(p).evaluate("firms", data, PERIOD), "dense");
    assertMatches(expected, Evaluator.of(p).parallel().evaluate("firms", data, PERIOD), "dense, in parallel");
  }

  // ---------------------------------------------------------------- disagreements found

  /**
   * One entity, z-score, a value of 35 significant digits: there is no spread, so whenNoSpread
   * (middle) gives half the weight, 5.00. The engine rounds the mean to 34 digits (1.000…000),
   * sees a spread of 10^-34, scores z = 1 and gives 10 × (1 + 3) / 6 = 6.67.
   */
  @Example
  void zScoreOfOneValueOfMoreThan34DigitsHasNoSpread() {
    Indicator z = Harness.indicator("z", "10", ZScore.standard()).build();
    Policy policy = Harness.policy(Arithmetic.standard(),
        Harness.scheme(List.of(Harness.category("all", "10", Aggregation.WEIGHTED_SUM, z)), Ranking.standard()));
    Dataset data = Harness.rows("a, z=1.0000000000000000000000000000000001");

    ReferenceResult expected = ReferenceEvaluator.evaluate(policy, "s", data, PERIOD);

    assertThat(expected.entity("a").points("z")).isEqualTo(new BigDecimal("5.00"));
    assertMatches(expected, Evaluator.of(policy).evaluate("s", data, PERIOD), "on one thread");
  }

  /**
   * ln 20.513 = 3.02105883149999984214…; goalposts [0, 5] on it with weight 5 score ln x itself,
   * rounded half up to 9 decimals: 3.021058831. The engine's ln in double is 3.0210588315
   * (as {@code BigDecimal.valueOf} writes the double), on the boundary, and rounds up to
   * 3.021058832.
   */
  @Example
  void lnTransformAtTheDeclaredPrecision() {
    Indicator income =
        Harness.indicator("income", "5", Goalposts.of(BigDecimal.ZERO, new BigDecimal("5")))
            .transforms(List.of(NaturalLog.strict()))
            .build();
    Policy policy = Harness.policy(Arithmetic.of(Rounding.of(9, RoundingMode.HALF_UP), Rounding.of(9, RoundingMode.HALF_UP)),
        Harness.scheme(List.of(Harness.category("all", "5", Aggregation.WEIGHTED_SUM, income)), Ranking.standard()));
    Dataset data = Harness.rows("a, income=20.513");

    ReferenceResult expected = ReferenceEvaluator.evaluate(policy, "s", data, PERIOD);

    assertThat(expected.entity("a").points("income")).isEqualTo(new BigDecimal("3.021058831"));
    assertMatches(expected, Evaluator.of(policy).evaluate("s", data, PERIOD), "on one thread");
  }

  /**
   * Two entities: z = ±1 exactly, as the standard deviation is half their difference.
   *
   * <ul>
   *   <li>10000000000000000000 and 0.000000000000001, spread 1, weight 10, rounding up: b scores
   *       10 × (−1 + 1) / 2 = 0.00. The sum needs 35 digits; the engine rounds the mean to 34, gets
   *       z = −0.99999…, and rounding up gives 0.01.
   *   <li>9223372036854775807 and 0, spread 2.5, weight 8, rounding up to 4 decimals: b scores
   *       8 × (−1 + 2.5) / 5 = 2.4000. The mean is exact, but the variance needs 40 digits; rounded
   *       to 34 it makes z = −0.99999…, and rounding up gives 2.4001.
   * </ul>
   */
  @Example
  void zScoreIsExactWhereTheMathIs() {
    Indicator z1 = Harness.indicator("z", "10", new ZScore(BigDecimal.ONE, ZScore.WhenNoSpread.MIDDLE)).build();
    Rounding up = Rounding.of(2, RoundingMode.UP);
    Policy policy = Harness.policy(Arithmetic.of(up, up),
        Harness.scheme(List.of(Harness.category("all", "10", Aggregation.WEIGHTED_SUM, z1)), Ranking.standard()));
    Dataset data = Harness.rows("a, z=10000000000000000000", "b, z=0.000000000000001");
    ReferenceResult expected = ReferenceEvaluator.evaluate(policy, "s", data, PERIOD);
    assertThat(expected.entity("b").points("z")).isEqualTo(new BigDecimal("0.00"));
    assertMatches(expected, Evaluator.of(policy).evaluate("s", data, PERIOD), "on one thread");

    Indicator z2 = Harness.indicator("z", "8", new ZScore(new BigDecimal("2.5"), ZScore.WhenNoSpread.MIDDLE)).build();
    Rounding up4 = Rounding.of(4, RoundingMode.UP);
    policy = Harness.policy(Arithmetic.of(up4, up4),
        Harness.scheme(List.of(Harness.category("all", "8", Aggregation.WEIGHTED_SUM, z2)), Ranking.standard()));
    data = Harness.rows("a, z=9223372036854775807", "b, z=0");
    expected = ReferenceEvaluator.evaluate(policy, "s", data, PERIOD);
    assertThat(expected.entity("b").points("z")).isEqualTo(new BigDecimal("2.4000"));
    assertMatches(expected, Evaluator.of(policy).evaluate("s", data, PERIOD), "on one thread");
  }

  private static Dataset shuffled(Case c, Random random) {
    List<RandomPolicies.Row> rows = new ArrayList<>(c.rows());
    Collections.shuffle(rows, random);
    return RandomPolicies.data(rows);
  }

  /** Every number the reference gives, and no more entities, in the engine's result. */
  static void assertMatches(ReferenceResult expected, SchemeResult actual, String how) {
    assertThat(new TreeSet<>(actual.excluded().stream().map(x -> x.entity().id()).toList()))
        .as("excluded (%s)", how)
        .isEqualTo(new TreeSet<>(expected.excluded()));
    assertThat(new TreeSet<>(actual.entities().stream().map(EntityResult::id).toList()))
        .as("entities assessed (%s)", how)
        .isEqualTo(new TreeSet<>(expected.entities().keySet()));
    for (EntityResult e : actual.entities()) {
      ReferenceResult.Score s = expected.entity(e.id());
      String who = e.id() + " (" + how + ")";

      Map<String, BigDecimal> indicators = new LinkedHashMap<>();
      e.indicators().forEach(i -> indicators.put(i.id(), i.points()));
      assertThat(indicators).as("indicator points of %s", who).isEqualTo(s.indicators());
      for (String id : s.categories().keySet()) {
        assertThat(e.points(id)).as("points of category %s of %s", id, who).contains(s.categories().get(id));
      }
      Map<String, BigDecimal> layers = new LinkedHashMap<>();
      e.layers().forEach(l -> layers.put(l.layer().id(), l.points()));
      assertThat(layers).as("layer points of %s", who).isEqualTo(s.layers());
      assertThat(e.base()).as("base of %s", who).isEqualByComparingTo(s.base());
      assertThat(e.adjustments()).as("adjustments of %s", who).isEqualByComparingTo(s.adjustments());
      assertThat(e.total()).as("total of %s", who).isEqualTo(s.total());
      assertThat(e.place()).as("place of %s", who).isEqualTo(s.place());
      assertThat(e.groupPlaces()).as("group places of %s", who).isEqualTo(s.groupPlaces());
    }
  }

}
