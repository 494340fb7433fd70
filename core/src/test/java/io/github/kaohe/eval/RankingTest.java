package io.github.kaohe.eval;

import static io.github.kaohe.eval.Harness.d;
import static io.github.kaohe.eval.Harness.evaluate;
import static io.github.kaohe.eval.Harness.indicator;
import static io.github.kaohe.eval.Harness.label;
import static io.github.kaohe.eval.Harness.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.Arithmetic;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.DirectPoints;
import io.github.kaohe.model.Direction;
import io.github.kaohe.model.EntityDefinition;
import io.github.kaohe.model.Goalposts;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.MissingValueRule;
import io.github.kaohe.model.Ranking;
import io.github.kaohe.model.Rounding;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.TieBreak;
import io.github.kaohe.model.TieMethod;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Totals come from two direct-points indicators, {@code score} (90) and {@code quality} (10), in
 * category {@code main}, and a zero-weight indicator {@code cost} (lower is better) that only
 * serves as a tie-break value; category {@code extra} holds {@code bonus}.
 */
class RankingTest {
  private static final Indicator COST =
      indicator("cost", "0", Goalposts.of(d("0"), d("1")))
          .direction(Direction.LOWER_IS_BETTER)
          .missing(MissingValueRule.zeroPoints())
          .build();
  private static final Indicator SIZE =
      indicator("size", "0", Goalposts.of(d("0"), d("1"))).missing(MissingValueRule.zeroPoints()).build();

  private static final List<Category> TABLE =
      List.of(
          new Category(
              "main", label("main"), d("100"), Aggregation.WEIGHTED_SUM, List.of(),
              List.of(points("score", "90"), points("quality", "10"), COST, SIZE), Optional.empty()),
          Harness.category("extra", "10", Aggregation.WEIGHTED_SUM, points("bonus", "10")));

  /** Direct points; a missing value scores 0. */
  private static Indicator points(String id, String weight) {
    return indicator(id, weight, DirectPoints.strict()).missing(MissingValueRule.zeroPoints()).build();
  }

  private static Scheme scheme(Ranking ranking) {
    return Harness.scheme(TABLE, List.of(), List.of(), List.of(), ranking);
  }

  private static Scheme scheme(Ranking ranking, List<EntityDefinition> entities) {
    return Harness.scheme(TABLE, List.of(), List.of("county"), entities, ranking);
  }

  private static Ranking ranking(TieMethod ties, TieBreak... chain) {
    return new Ranking(ties, List.of(chain), List.of());
  }

  private static final Dataset TIED =
      rows("a, score=90, quality=0", "b, score=80, quality=0", "c, score=75, quality=5", "d, score=70, quality=0");

  private static List<String> placesOf(SchemeResult r) {
    return r.entities().stream().map(e -> e.id() + e.place().orElse(0)).toList();
  }

  @Test
  void competitionRankingSharesAPlaceAndSkipsTheNext() {
    assertThat(placesOf(evaluate(scheme(ranking(TieMethod.COMPETITION)), TIED))).containsExactly("a1", "b2", "c2", "d4");
  }

  @Test
  void denseRankingSharesAPlaceWithoutSkipping() {
    assertThat(placesOf(evaluate(scheme(ranking(TieMethod.DENSE)), TIED))).containsExactly("a1", "b2", "c2", "d3");
  }

  @Test
  void ordinalRankingGivesTiedEntitiesPlacesInIdOrder() {
    assertThat(placesOf(evaluate(scheme(ranking(TieMethod.ORDINAL)), TIED))).containsExactly("a1", "b2", "c3", "d4");
  }

  @Test
  void ordinalRankingNotesThatTheEntityIdBrokeATie() {
    SchemeResult r = evaluate(scheme(ranking(TieMethod.ORDINAL)), TIED);

    assertThat(r.notes())
        .containsExactly("ordinal ranking: entities still tied after the tie-break chain are ordered by entity id");
    assertThat(Explanation.of(r, r.entity("b").orElseThrow(), Language.EN))
        .contains("Note: ordinal ranking: entities still tied after the tie-break chain are ordered by entity id");
  }

  @Test
  void ordinalRankingWithoutTiesHasNoNote() {
    SchemeResult r = evaluate(scheme(ranking(TieMethod.ORDINAL)), rows("a, score=90", "b, score=80"));

    assertThat(r.notes()).isEmpty();
  }

  @Test
  void ordinalRankingHasNoNoteWhenTheChainBreaksEveryTie() {
    SchemeResult r = evaluate(scheme(ranking(TieMethod.ORDINAL, TieBreak.points("quality"))), TIED);

    assertThat(placesOf(r)).containsExactly("a1", "c2", "b3", "d4");
    assertThat(r.notes()).isEmpty();
  }

  @Test
  void competitionAndDenseRankingHaveNoNote() {
    assertThat(evaluate(scheme(ranking(TieMethod.COMPETITION)), TIED).notes()).isEmpty();
    assertThat(evaluate(scheme(ranking(TieMethod.DENSE)), TIED).notes()).isEmpty();
  }

  @Test
  void tieBreakByPointsPutsMorePointsFirst() {
    // b and c both total 80; c has 5 quality points, b none
    assertThat(placesOf(evaluate(scheme(ranking(TieMethod.COMPETITION, TieBreak.points("quality"))), TIED)))
        .containsExactly("a1", "c2", "b3", "d4");
  }

  @Test
  void tieBreakByPointsOfACategory() {
    // b and c tie on the total 80; c has more in category extra
    Dataset data = rows("b, score=75, quality=0, bonus=5", "c, score=70, quality=0, bonus=10");

    assertThat(placesOf(evaluate(scheme(ranking(TieMethod.COMPETITION, TieBreak.points("extra"))), data)))
        .containsExactly("c1", "b2");
  }

  @Test
  void tieBreakByValueOfALowerIsBetterIndicatorPutsTheLowerValueFirst() {
    Dataset data = rows("a, score=80, cost=5", "b, score=80, cost=3");

    assertThat(placesOf(evaluate(scheme(ranking(TieMethod.COMPETITION, TieBreak.value("cost"))), data)))
        .containsExactly("b1", "a2");
  }

  @Test
  void tieBreakByValueOfAHigherIsBetterIndicatorPutsTheHigherValueFirst() {
    Dataset data = rows("a, score=80, size=3", "b, score=80, size=5");

    assertThat(placesOf(evaluate(scheme(ranking(TieMethod.COMPETITION, TieBreak.value("size"))), data)))
        .containsExactly("b1", "a2");
  }

  @Test
  void tieBreakByValuePutsAMissingValueLast() {
    Dataset data = rows("a, score=80", "b, score=80, cost=1000");

    assertThat(placesOf(evaluate(scheme(ranking(TieMethod.COMPETITION, TieBreak.value("cost"))), data)))
        .containsExactly("b1", "a2");
  }

  @Test
  void tieBreakChainTakesTheNextStepOnlyWhileStillTied() {
    // a and b tie on total and quality; cost decides. c has more quality than both.
    Dataset data =
        rows("a, score=75, quality=5, cost=9", "b, score=75, quality=5, cost=2", "c, score=74, quality=6, cost=100");

    assertThat(placesOf(evaluate(scheme(ranking(TieMethod.COMPETITION, TieBreak.points("quality"), TieBreak.value("cost"))), data)))
        .containsExactly("c1", "b2", "a3");
  }

  @Test
  void tieBreakNeverOverridesADifferentTotal() {
    // a has the lower cost but the lower total
    Dataset data = rows("a, score=79, cost=1", "b, score=80, cost=9");

    assertThat(placesOf(evaluate(scheme(ranking(TieMethod.COMPETITION, TieBreak.value("cost"))), data)))
        .containsExactly("b1", "a2");
  }

  @Test
  void entitiesStillTiedAfterTheChainShareAPlace() {
    Dataset data = rows("a, score=80, quality=0, cost=3", "b, score=80, quality=0, cost=3", "c, score=10");

    assertThat(placesOf(evaluate(scheme(ranking(TieMethod.COMPETITION, TieBreak.value("cost"))), data)))
        .containsExactly("a1", "b1", "c3");
  }

  @Test
  void tiesAreDecidedOnTheRoundedTotal() {
    // totals to whole points: 80.4 and 79.6 both round to 80
    Arithmetic wholeTotals = Arithmetic.of(Rounding.standard(), Rounding.of(0, RoundingMode.HALF_UP));

    SchemeResult r = evaluate(wholeTotals, scheme(ranking(TieMethod.COMPETITION)), rows("a, score=80.4", "b, score=79.6"));

    assertThat(r.entities()).extracting(EntityResult::total).containsExactly(d("80"), d("80"));
    assertThat(placesOf(r)).containsExactly("a1", "b1");
  }

  private static EntityDefinition entity(String id, boolean ranked, String county) {
    return new EntityDefinition(id, label(id), List.of(), ranked, county.isEmpty() ? Map.of() : Map.of("county", county));
  }

  @Test
  void unrankedEntityTakesNoPlace() {
    List<EntityDefinition> entities = List.of(entity("a", true, ""), entity("b", true, ""), entity("x", false, ""));
    SchemeResult r = evaluate(scheme(ranking(TieMethod.COMPETITION), entities), rows("a, score=50", "b, score=40", "x, score=90"));

    assertThat(r.entity("x").orElseThrow().place()).isEqualTo(OptionalInt.empty());
    assertThat(r.ranked()).extracting(EntityResult::id).containsExactly("a", "b");
  }

  @Test
  void unrankedEntityDoesNotConsumeAPlace() {
    List<EntityDefinition> entities = List.of(entity("a", true, ""), entity("b", true, ""), entity("x", false, ""));
    SchemeResult r = evaluate(scheme(ranking(TieMethod.COMPETITION), entities), rows("a, score=50", "b, score=40", "x, score=90"));

    assertThat(placesOf(r)).containsExactly("a1", "b2", "x0");
  }

  @Test
  void unrankedEntityIsExplainedAsTakingNoPlace() {
    List<EntityDefinition> entities = List.of(entity("a", true, ""), entity("x", false, ""));
    SchemeResult r = evaluate(scheme(ranking(TieMethod.COMPETITION), entities), rows("a, score=50", "x, score=90"));

    assertThat(Explanation.of(r, r.entity("x").orElseThrow(), Language.ZH)).contains("名次：只参与考核，不参与排序");
    assertThat(Explanation.of(r, r.entity("a").orElseThrow(), Language.ZH)).contains("名次：第 1 名（共 1 个）");
  }

  @Test
  void groupRankingPlacesEntitiesWithinTheirGroup() {
    List<EntityDefinition> entities =
        List.of(entity("a", true, "east"), entity("b", true, "west"), entity("c", true, "east"), entity("d", true, "west"));
    Ranking byCounty = new Ranking(TieMethod.COMPETITION, List.of(), List.of("county"));

    SchemeResult r =
        evaluate(scheme(byCounty, entities), rows("a, score=90", "b, score=80", "c, score=70", "d, score=60"));

    assertThat(r.entities())
        .extracting(e -> e.id() + e.place().getAsInt() + "/" + e.groupPlaces().get("county"))
        .containsExactly("a1/1", "b2/1", "c3/2", "d4/2");
  }

  @Test
  void groupRankingTakesAttributesFromTheData() {
    Ranking byCounty = new Ranking(TieMethod.COMPETITION, List.of(), List.of("county"));
    Scheme s = Harness.scheme(TABLE, List.of(), List.of("county"), List.of(), byCounty);
    Dataset data =
        Dataset.builder()
            .value("a", Harness.YEAR, "score", d("90")).attribute("a", "county", "east")
            .value("b", Harness.YEAR, "score", d("80")).attribute("b", "county", "west")
            .value("c", Harness.YEAR, "score", d("70")).attribute("c", "county", "west")
            .build();

    SchemeResult r = evaluate(s, data);

    assertThat(r.entity("c").orElseThrow().groupPlaces()).containsExactly(Map.entry("county", 2));
  }

  @Test
  void groupRankingSkipsUnrankedEntities() {
    List<EntityDefinition> entities = List.of(entity("a", true, "east"), entity("x", false, "east"), entity("b", true, "east"));
    Ranking byCounty = new Ranking(TieMethod.COMPETITION, List.of(), List.of("county"));

    SchemeResult r = evaluate(scheme(byCounty, entities), rows("a, score=50", "x, score=90", "b, score=40"));

    assertThat(r.entity("x").orElseThrow().groupPlaces()).isEmpty();
    assertThat(r.entity("b").orElseThrow().groupPlaces()).containsExactly(Map.entry("county", 2));
  }

  @Test
  void groupRankingSharesPlacesByTheTieMethod() {
    List<EntityDefinition> entities = List.of(entity("a", true, "east"), entity("b", true, "east"), entity("c", true, "east"));
    Ranking byCounty = new Ranking(TieMethod.DENSE, List.of(), List.of("county"));

    SchemeResult r = evaluate(scheme(byCounty, entities), rows("a, score=50", "b, score=50", "c, score=40"));

    assertThat(r.entities()).extracting(e -> e.groupPlaces().get("county")).containsExactly(1, 1, 2);
  }
}
