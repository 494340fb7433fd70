package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.RandomPolicies;
import io.github.kaohe.RandomPolicies.Case;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.Arithmetic;
import io.github.kaohe.model.DirectPoints;
import io.github.kaohe.model.EntityDefinition;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Ranking;
import io.github.kaohe.model.Rounding;
import io.github.kaohe.model.TieMethod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of places. */
class RankingProperties {
  /**
   * Entities e0, e1, ... with direct points from a small pool, so that totals tie, some of them
   * unranked, in groups by {@code county}; totals rounded to 0–2 decimals; no tie-break chain.
   */
  record Field(Policy policy, Dataset data) {
    SchemeResult evaluate() {
      return Evaluator.of(policy).evaluate("s", data, RandomPolicies.PERIOD);
    }
  }

  @Provide
  Arbitrary<Field> fields() {
    return Arbitraries.randomValue(RankingProperties::field);
  }

  private static Field field(Random r) {
    Indicator score = Indicator.builder("score", Label.of("分", "score"), new BigDecimal("100")).method(DirectPoints.strict()).build();
    List<EntityDefinition> entities = new ArrayList<>();
    Dataset.Builder data = Dataset.builder();
    List<BigDecimal> pool = new ArrayList<>();
    for (int i = 1 + r.nextInt(4); i > 0; i--) {
      pool.add(BigDecimal.valueOf(r.nextInt(10_000), 2));
    }
    for (int i = 0; i < 1 + r.nextInt(10); i++) {
      String id = "e" + i;
      entities.add(new EntityDefinition(id, Label.of(id, id), List.of(), r.nextInt(5) > 0, Map.of("county", r.nextBoolean() ? "东" : "西")));
      BigDecimal v = r.nextBoolean() ? pool.get(r.nextInt(pool.size())) : BigDecimal.valueOf(r.nextInt(10_000), 2);
      data.value(id, RandomPolicies.PERIOD, "score", v);
    }
    TieMethod ties = TieMethod.values()[r.nextInt(3)];
    Rounding totals = Rounding.of(r.nextInt(3), List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.FLOOR).get(r.nextInt(3)));
    var scheme =
        Harness.scheme(
            List.of(Harness.category("all", "100", Aggregation.WEIGHTED_SUM, score)), List.of(), List.of("county"), entities,
            new Ranking(ties, List.of(), List.of("county")));
    return new Field(Harness.policy(Arithmetic.of(Rounding.standard(), totals), scheme), data.build());
  }

  private static TieMethod ties(Field f) {
    return f.policy().schemes().get(0).ranking().ties();
  }

  @Property(tries = 300)
  void higherTotalNeverGetsAWorsePlace(@ForAll("fields") Field f) {
    List<EntityResult> ranked = f.evaluate().ranked();

    for (EntityResult a : ranked) {
      for (EntityResult b : ranked) {
        if (a.total().compareTo(b.total()) > 0) {
          assertThat(a.place().getAsInt()).as("%s %s against %s %s", a.id(), a.total(), b.id(), b.total()).isLessThan(b.place().getAsInt());
        }
      }
    }
  }

  @Property(tries = 300)
  void equalRoundedTotalsShareAPlaceUnderCompetitionAndDense(@ForAll("fields") Field f) {
    Assume.that(ties(f) != TieMethod.ORDINAL);
    List<EntityResult> ranked = f.evaluate().ranked();

    for (EntityResult a : ranked) {
      for (EntityResult b : ranked) {
        if (a.total().compareTo(b.total()) == 0) {
          assertThat(a.place()).as("%s and %s, both %s", a.id(), b.id(), a.total()).isEqualTo(b.place());
        }
      }
    }
  }

  @Property(tries = 300)
  void placeCountsOnlyTheRankedEntitiesAhead(@ForAll("fields") Field f) {
    List<EntityResult> ranked = f.evaluate().ranked();

    for (EntityResult a : ranked) {
      long ahead = ranked.stream().filter(b -> b.total().compareTo(a.total()) > 0).count();
      long distinctAhead = ranked.stream().map(EntityResult::total).filter(t -> t.compareTo(a.total()) > 0).map(BigDecimal::stripTrailingZeros).distinct().count();
      switch (ties(f)) {
        case COMPETITION -> assertThat(a.place()).hasValue((int) ahead + 1);
        case DENSE -> assertThat(a.place()).hasValue((int) distinctAhead + 1);
        case ORDINAL -> assertThat(a.place().getAsInt()).isGreaterThan((int) ahead);
      }
    }
  }

  @Property(tries = 300)
  void ordinalPlacesAreOneToTheNumberRanked(@ForAll("fields") Field f) {
    Assume.that(ties(f) == TieMethod.ORDINAL);
    List<EntityResult> ranked = f.evaluate().ranked();

    assertThat(ranked).extracting(e -> e.place().getAsInt()).containsExactlyInAnyOrderElementsOf(
        java.util.stream.IntStream.rangeClosed(1, ranked.size()).boxed().toList());
  }

  @Property(tries = 300)
  void unrankedEntitiesTakeNoPlaceOverallOrInTheirGroup(@ForAll("fields") Field f) {
    SchemeResult r = f.evaluate();

    for (EntityResult e : r.entities()) {
      assertThat(e.place().isPresent()).isEqualTo(e.entity().ranked());
      assertThat(e.groupPlaces().isEmpty()).isEqualTo(!e.entity().ranked());
    }
  }

  @Property(tries = 300)
  void groupPlaceIsThePlaceAmongTheGroupAlone(@ForAll("fields") Field f) {
    SchemeResult r = f.evaluate();
    TieMethod ties = ties(f);

    for (EntityResult a : r.ranked()) {
      String county = a.attributes().get("county");
      List<EntityResult> group = r.ranked().stream().filter(b -> county.equals(b.attributes().get("county"))).toList();
      long ahead = group.stream().filter(b -> b.total().compareTo(a.total()) > 0).count();
      long distinctAhead = group.stream().map(EntityResult::total).filter(t -> t.compareTo(a.total()) > 0).map(BigDecimal::stripTrailingZeros).distinct().count();
      switch (ties) {
        case COMPETITION -> assertThat(a.groupPlaces()).containsEntry("county", (int) ahead + 1);
        case DENSE -> assertThat(a.groupPlaces()).containsEntry("county", (int) distinctAhead + 1);
        case ORDINAL -> assertThat(a.groupPlaces().get("county")).isGreaterThan((int) ahead).isLessThanOrEqualTo(group.size());
      }
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.randomValue(RandomPolicies::evaluableCase);
  }

  @Property(tries = 200)
  void higherTotalNeverGetsAWorsePlaceWhateverTheTieBreaks(@ForAll("cases") Case c) {
    List<EntityResult> ranked = Evaluator.of(c.policy()).evaluate(c.scheme().id(), c.data(), RandomPolicies.PERIOD).ranked();

    for (EntityResult a : ranked) {
      for (EntityResult b : ranked) {
        if (a.total().compareTo(b.total()) > 0) {
          assertThat(a.place().getAsInt()).isLessThan(b.place().getAsInt());
          for (Map.Entry<String, Integer> g : a.groupPlaces().entrySet()) {
            if (a.attributes().get(g.getKey()).equals(b.attributes().get(g.getKey()))) {
              assertThat(g.getValue()).isLessThan(b.groupPlaces().get(g.getKey()));
            }
          }
        }
      }
    }
  }
}
