package io.github.kaohe.eval;

import static io.github.kaohe.eval.Harness.category;
import static io.github.kaohe.eval.Harness.label;
import static io.github.kaohe.eval.Harness.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.internal.columns.ColumnStore;
import io.github.kaohe.model.AdjustmentItem;
import io.github.kaohe.model.AdjustmentLayer;
import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.Arithmetic;
import io.github.kaohe.model.DirectPoints;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.MissingValueRule;
import io.github.kaohe.model.EntityDefinition;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Ranking;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.TieBreak;
import io.github.kaohe.model.TieMethod;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A run read for its places alone (a sensitivity sample's) counts places from the totals only
 * where the totals alone decide them; wherever they do not (an entity without a place, a
 * tie-break chain, groups), or where the totals span too far to count, it places as a full run
 * does. Totals are two direct-points indicators {@code score} and {@code quality}, and a
 * deduction of 1 point per {@code fine}.
 */
class RankOrderPlacesOnlyTest {
  private static final AdjustmentLayer FINES = new AdjustmentLayer(
      "fines", label("fines"), Optional.empty(), List.of(AdjustmentItem.of("fine", label("fine"), new BigDecimal("-1"))));

  private static Scheme scheme(Ranking ranking, List<EntityDefinition> entities, String scoreWeight) {
    return Harness.scheme(
        List.of(category("main", new BigDecimal(scoreWeight).add(BigDecimal.TEN).toPlainString(),
            Aggregation.WEIGHTED_SUM, points("score", scoreWeight), points("quality", "10"))),
        List.of(FINES), List.of("county"), entities, ranking);
  }

  /** Direct points; a missing value scores 0. */
  private static Indicator points(String id, String weight) {
    return Harness.indicator(id, weight, DirectPoints.strict()).missing(MissingValueRule.zeroPoints()).build();
  }

  private static EntityDefinition entity(String id, boolean ranked, String county) {
    return new EntityDefinition(id, label(id), List.of(), ranked, Map.of("county", county));
  }

  /** The run scored for its places alone: as a sensitivity sample scores it. */
  private static ScoredPeriod placesOnly(Scheme scheme, Dataset data) {
    Policy policy = Harness.policy(Arithmetic.standard(), scheme);
    ColumnStore<Period> columns = ColumnStore.of(data);
    ScoringRun base = ScoringRun.base(policy, scheme, columns, new DerivedColumns(scheme, columns), Harness.YEAR);
    int n = base.population.size();
    return ScoringRun.reweighted(base, policy, scheme, null, new long[3][n], null);
  }

  /** Places by entity id, as "a1 b2 x0" (0: no place). */
  private static String places(ScoredPeriod p, int[] places) {
    StringBuilder s = new StringBuilder();
    for (int e = 0; e < places.length; e++) {
      s.append(e == 0 ? "" : " ").append(p.population.id(e)).append(places[e]);
    }
    return s.toString();
  }

  @Test
  void anEntityWithoutAPlaceTakesNoneAndTheOthersArePlacedWithoutIt() {
    // x's 90 is the best total, but x takes no place: a 50 is first, b 40 second
    Scheme scheme = scheme(Ranking.standard(),
        List.of(entity("a", true, "e"), entity("b", true, "e"), entity("x", false, "e")), "90");
    ScoredPeriod p = placesOnly(scheme, rows("a, score=50", "b, score=40", "x, score=90"));

    assertThat(places(p, p.places)).isEqualTo("a1 b2 x0");
  }

  @Test
  void equalTotalsAreToldApartByTheTieBreakChain() {
    // a and b both total 50; the chain compares score's points: a 50 before b 40
    Scheme scheme = scheme(new Ranking(TieMethod.COMPETITION, List.of(TieBreak.points("score")), List.of()),
        List.of(), "90");
    ScoredPeriod p = placesOnly(scheme, rows("a, score=50", "b, score=40, quality=10", "c, score=30"));

    assertThat(places(p, p.places)).isEqualTo("a1 b2 c3");
  }

  @Test
  void groupsArePlacedToo() {
    // totals a 50, b 40, c 30, d 20; county e holds a, c; county w holds b, d
    Scheme scheme = scheme(new Ranking(TieMethod.COMPETITION, List.of(), List.of("county")),
        List.of(entity("a", true, "e"), entity("b", true, "w"), entity("c", true, "e"), entity("d", true, "w")), "90");
    ScoredPeriod p = placesOnly(scheme, rows("a, score=50", "b, score=40", "c, score=30", "d, score=20"));

    assertThat(places(p, p.places)).isEqualTo("a1 b2 c3 d4");
    assertThat(p.groupPlaces).containsOnlyKeys("county");
    assertThat(places(p, p.groupPlaces.get("county"))).isEqualTo("a1 b1 c2 d2");
  }

  @Test
  void negativeTotalsAreCountedFromTheBestDown() {
    // totals a 10, b 0 − 1 = −1, c 5, d 5: competition places a 1, c and d 2, b 4
    Scheme scheme = scheme(Ranking.standard(), List.of(), "90");
    ScoredPeriod p = placesOnly(scheme, rows("a, score=10", "b, fine=1", "c, score=5", "d, quality=5"));

    assertThat(places(p, p.places)).isEqualTo("a1 b4 c2 d2");
  }

  @Test
  void denseTiesAreCountedByDistinctTotals() {
    // totals a 10, b −1, c 5, d 5: dense places a 1, c and d 2, b 3
    Scheme scheme = scheme(Ranking.of(TieMethod.DENSE), List.of(), "90");
    ScoredPeriod p = placesOnly(scheme, rows("a, score=10", "b, fine=1", "c, score=5", "d, quality=5"));

    assertThat(places(p, p.places)).isEqualTo("a1 b3 c2 d2");
  }

  @Test
  void totalsSpanningTooFarToCountAreSorted() {
    // a's 42949672.96 is 2^32 hundredths above b's 0: far more steps than to count; a 1, b 2
    Scheme scheme = scheme(Ranking.standard(), List.of(), "100000000");
    ScoredPeriod p = placesOnly(scheme, rows("a, score=42949672.96", "b, score=0"));

    assertThat(places(p, p.places)).isEqualTo("a1 b2");
  }

  @Test
  void ordinalPlacesTellEqualTotalsApartById() {
    // a and b both total 50: ordinal places a 1, b 2 (by id), c 30 third
    Scheme scheme = scheme(Ranking.of(TieMethod.ORDINAL), List.of(), "90");
    ScoredPeriod p = placesOnly(scheme, rows("a, score=50", "b, score=40, quality=10", "c, score=30"));

    assertThat(places(p, p.places)).isEqualTo("a1 b2 c3");
  }

  @Test
  void totalsBeyondALongArePlacedAmongSmallOnes() {
    // a's 10^17 is beyond a long of hundredths (about 9.2 × 10^16); b 5 and c 7 fit: a 1, c 2, b 3
    Scheme scheme = scheme(Ranking.standard(), List.of(), "100000000000000000");
    ScoredPeriod p = placesOnly(scheme, rows("a, score=100000000000000000", "b, score=5", "c, score=7"));

    assertThat(places(p, p.places)).isEqualTo("a1 b3 c2");
  }

  @Test
  void totalsAllBeyondALongAreToldApart() {
    // 10^17 and 2 × 10^17 are both beyond a long of hundredths: b 1, a 2
    Scheme scheme = scheme(Ranking.standard(), List.of(), "300000000000000000");
    ScoredPeriod p = placesOnly(scheme, rows("a, score=100000000000000000", "b, score=200000000000000000"));

    assertThat(places(p, p.places)).isEqualTo("a2 b1");
  }

  @Test
  void totalsAtBothEndsOfALongAreTooFarApartToSubtract() {
    // in hundredths a 9.2 × 10^18 and b −10^17 each fit a long (to 9.22 × 10^18); their distance does not
    Scheme scheme = scheme(Ranking.standard(), List.of(), "92000000000000000");
    ScoredPeriod p = placesOnly(scheme, rows("a, score=92000000000000000", "b, fine=1000000000000000", "c, score=0"));

    assertThat(places(p, p.places)).isEqualTo("a1 b3 c2");
    assertThat(List.of(p.position(0), p.position(1), p.position(2))).containsExactly(0, 2, 1); // listed a, c, b
  }
}
