package io.github.kaohe.eval;

import static io.github.kaohe.eval.Harness.category;
import static io.github.kaohe.eval.Harness.evaluate;
import static io.github.kaohe.eval.Harness.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.DirectPoints;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.MissingValueRule;
import io.github.kaohe.model.Ranking;
import io.github.kaohe.model.Scheme;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Totals too far apart to pack with the ids' ranks into one {@code long}, and totals too large
 * for a {@code long} of hundredths at all, are placed and listed as any others: higher first,
 * equal totals by id.
 */
class RankOrderWideTotalsTest {
  private static Scheme scheme(String weight) {
    Indicator x = Harness.indicator("x", weight, DirectPoints.strict()).missing(MissingValueRule.zeroPoints()).build();
    return Harness.scheme(List.of(category("all", weight, Aggregation.WEIGHTED_SUM, x)), Ranking.standard());
  }

  /** Entities as listed, each with its place: "b1 c2 a3". */
  private static String listing(SchemeResult r) {
    return String.join(" ", r.entities().stream().map(e -> e.id() + e.place().orElse(0)).toList());
  }

  @Test
  void totalsBeyondALongAreListedAmongSmallOnes() {
    // a 10^17 and c 10^17 − 1 are beyond a long of hundredths (about 9.2 × 10^16); b 5, d 7, e 5 fit
    SchemeResult r = evaluate(scheme("100000000000000000"), rows(
        "a, x=100000000000000000", "b, x=5", "c, x=99999999999999999", "d, x=7", "e, x=5"));

    assertThat(listing(r)).isEqualTo("a1 c2 d3 b4 e4");
  }

  @Test
  void totalsTooFarApartToPackAreSortedOneByOne() {
    // in hundredths b is 3 × 10^18 above a: beyond the 2^60 left beside the ids' ranks 0 to 3 (2 bits)
    SchemeResult r = evaluate(scheme("50000000000000000"), rows(
        "a, x=0", "b, x=30000000000000000", "c, x=10000000000000000", "d, x=0"));

    assertThat(listing(r)).isEqualTo("b1 c2 a3 d3");
  }
}
