package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.RandomPolicies;
import io.github.kaohe.RandomPolicies.Case;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.Arithmetic;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.Clamp;
import io.github.kaohe.model.DirectPoints;
import io.github.kaohe.model.Direction;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.NaturalLog;
import io.github.kaohe.model.PlacePoints;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Ranking;
import io.github.kaohe.model.Rounding;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.ScoringMethod;
import io.github.kaohe.model.Transform;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws every scoring method and every evaluation obeys. */
class ScoringProperties {
  /**
   * One indicator {@code x} under test, and a constant indicator {@code k} beside it, so that the
   * total is more than x's points; values of x for entities e0, e1, ...
   */
  record Monotone(Policy policy, Indicator indicator, List<BigDecimal> values) {
    Dataset data() {
      Dataset.Builder b = Dataset.builder();
      for (int i = 0; i < values.size(); i++) {
        b.value("e" + i, RandomPolicies.PERIOD, "x", values.get(i));
        b.value("e" + i, RandomPolicies.PERIOD, "k", new BigDecimal("0.5"));
      }
      return b.build();
    }

    @Override
    public String toString() {
      return indicator + " " + policy.arithmetic() + " values " + values;
    }
  }

  @Provide
  Arbitrary<Monotone> monotone() {
    return Arbitraries.randomValue(ScoringProperties::monotone);
  }

  private static Monotone monotone(Random r) {
    RandomPolicies g = RandomPolicies.evaluable(r);
    BigDecimal weight = g.anyDecimal(1, 20, 2);
    Direction wanted = r.nextBoolean() ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
    ScoringMethod method = g.monotoneMethod(weight, wanted);
    Direction direction = method instanceof io.github.kaohe.model.Bands ? wanted : g.directionFor(method);
    // clamp and ln keep the order of values (ln only of positive ones); places take no transform
    List<Transform> transforms = new ArrayList<>();
    boolean positive = false;
    if (!(method instanceof PlacePoints)) {
      if (r.nextInt(3) == 0) {
        transforms.add(Clamp.of(g.anyDecimal(-10, 30, 1), g.anyDecimal(40, 120, 1)));
      }
      if (r.nextInt(3) == 0) {
        transforms.add(NaturalLog.strict());
        positive = true;
      }
    }
    Indicator x =
        Indicator.builder("x", Label.of("x", "x"), weight).method(method).direction(direction).transforms(transforms).build();
    Indicator k = Indicator.builder("k", Label.of("k", "k"), BigDecimal.ONE).method(DirectPoints.strict()).build();
    List<BigDecimal> values = new ArrayList<>();
    for (int i = 2 + r.nextInt(7); i > 0; i--) {
      BigDecimal v = i % 3 == 0 && !values.isEmpty() ? g.any(values) : g.valueFor(x);
      values.add(positive ? v.abs().add(BigDecimal.ONE) : v);
    }
    Category all =
        new Category("all", Label.of("all", "all"), weight.add(BigDecimal.ONE), Aggregation.WEIGHTED_SUM, List.of(),
            List.of(x, k), Optional.empty());
    Rounding points = Rounding.of(r.nextInt(4), g.any(List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN, RoundingMode.CEILING)));
    Policy p = Harness.policy(Arithmetic.of(points, points), Harness.scheme(List.of(all), Ranking.standard()));
    return new Monotone(p, x, values);
  }

  private static boolean better(BigDecimal a, BigDecimal b, Direction direction) {
    int c = a.compareTo(b);
    return direction == Direction.HIGHER_IS_BETTER ? c > 0 : c < 0;
  }

  @Property(tries = 400)
  void betterValueNeverScoresFewerPointsNorALowerTotal(@ForAll("monotone") Monotone m) {
    SchemeResult r = Evaluator.of(m.policy()).evaluate("s", m.data(), RandomPolicies.PERIOD);
    List<BigDecimal> values = m.values();

    for (int i = 0; i < values.size(); i++) {
      for (int j = 0; j < values.size(); j++) {
        EntityResult a = r.entity("e" + i).orElseThrow();
        EntityResult b = r.entity("e" + j).orElseThrow();
        BigDecimal pa = a.points("x").orElseThrow();
        BigDecimal pb = b.points("x").orElseThrow();
        if (better(values.get(i), values.get(j), m.indicator().direction())) {
          assertThat(pa).as("points of %s against %s", values.get(i), values.get(j)).isGreaterThanOrEqualTo(pb);
          assertThat(a.total()).as("total of %s against %s", values.get(i), values.get(j)).isGreaterThanOrEqualTo(b.total());
        } else if (values.get(i).compareTo(values.get(j)) == 0) {
          assertThat(pa).as("points of equal values %s", values.get(i)).isEqualByComparingTo(pb);
        }
      }
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.randomValue(RandomPolicies::evaluableCase);
  }

  @Property(tries = 200)
  void boundedMethodsKeepPointsWithinTheWeight(@ForAll("cases") Case c) {
    Rounding rounding = c.policy().arithmetic().points();
    for (EntityResult e : evaluate(c, c.data()).entities()) {
      for (IndicatorResult i : e.indicators()) {
        assertThat(i.points()).as("%s of %s", i.id(), e.id()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
        if (i.indicator().method().bounded()) {
          // the weight as the policy rounds points: a weight of 2.555 may round to 2.56
          assertThat(i.points()).as("%s of %s", i.id(), e.id()).isLessThanOrEqualTo(rounding.apply(i.indicator().weight()));
        }
      }
    }
  }

  @Property(tries = 200)
  void totalIsTheSumOfItsCategoriesAndAdjustments(@ForAll("cases") Case c) {
    Arithmetic arithmetic = c.policy().arithmetic();
    for (EntityResult e : evaluate(c, c.data()).entities()) {
      BigDecimal categories = e.categories().stream().map(CategoryResult::points).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal layers = e.layers().stream().map(AdjustmentResult::points).reduce(BigDecimal.ZERO, BigDecimal::add);

      assertThat(e.base()).as("base of %s", e.id()).isEqualByComparingTo(categories);
      assertThat(e.adjustments()).as("adjustments of %s", e.id()).isEqualByComparingTo(layers);
      assertThat(e.total()).as("total of %s", e.id()).isEqualTo(arithmetic.totals().apply(categories.add(layers)));
    }
  }

  @Property(tries = 200)
  void weightedSumCategoryIsTheSumOfItsParts(@ForAll("cases") Case c) {
    for (EntityResult e : evaluate(c, c.data()).entities()) {
      List<CategoryResult> todo = new ArrayList<>(e.categories());
      while (!todo.isEmpty()) {
        CategoryResult cat = todo.remove(0);
        todo.addAll(cat.categories());
        if (cat.category().aggregation() != Aggregation.WEIGHTED_SUM) {
          continue;
        }
        BigDecimal parts = BigDecimal.ZERO;
        for (CategoryResult sub : cat.categories()) {
          parts = parts.add(sub.points());
        }
        for (IndicatorResult i : cat.indicators()) {
          parts = parts.add(i.points());
        }
        assertThat(cat.points()).as("%s of %s", cat.id(), e.id()).isEqualByComparingTo(parts);
      }
    }
  }

  @Property(tries = 200)
  void resultsDoNotDependOnTheOrderOfTheData(@ForAll("cases") Case c, @ForAll Random random) {
    List<RandomPolicies.Row> shuffled = new ArrayList<>(c.rows());
    Collections.shuffle(shuffled, random);

    assertThat(summary(evaluate(c, RandomPolicies.data(shuffled)))).isEqualTo(summary(evaluate(c, c.data())));
  }

  /** Every entity's total, place, group places and indicator points; the excluded; the notes. */
  private static Map<String, Object> summary(SchemeResult r) {
    Map<String, Object> s = new LinkedHashMap<>();
    for (EntityResult e : r.entities()) {
      s.put(e.id(), List.of(e.total(), e.place(), e.groupPlaces(), e.indicators().stream().map(IndicatorResult::points).toList()));
    }
    s.put("excluded", r.excluded().stream().map(x -> x.entity().id()).sorted().toList());
    s.put("notes", r.notes());
    s.put("order", r.entities().stream().map(EntityResult::id).toList());
    return s;
  }

  private static SchemeResult evaluate(Case c, Dataset data) {
    Scheme s = c.scheme();
    return Evaluator.of(c.policy()).evaluate(s.id(), data, RandomPolicies.PERIOD);
  }

  @Property(tries = 100)
  void everyEvaluableCaseEvaluates(@ForAll("cases") Case c) {
    SchemeResult r = evaluate(c, c.data());

    assertThat(r.entities().size() + r.excluded().size()).isEqualTo(c.rows().size());
  }

}
