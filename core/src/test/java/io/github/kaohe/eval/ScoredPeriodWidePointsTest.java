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
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Points and totals too large for a {@code long} of hundredths (about 9.2 × 10^16) are kept exact
 * beside the small ones of the same column: a direct-points indicator of weight 10^17, whose value
 * is the points.
 */
class ScoredPeriodWidePointsTest {
  @Test
  void pointsAndTotalsBeyondALongAreExactAndSmallOnesBesideThemToo() {
    Indicator x = Harness.indicator("x", "100000000000000000", DirectPoints.strict())
        .missing(MissingValueRule.zeroPoints()).build();
    SchemeResult r = evaluate(
        Harness.scheme(List.of(category("all", "100000000000000000", Aggregation.WEIGHTED_SUM, x)), Ranking.standard()),
        rows("a, x=99999999999999999.5", "b, x=5.25"));

    EntityResult a = r.entity("a").orElseThrow();
    EntityResult b = r.entity("b").orElseThrow();
    assertThat(a.total()).isEqualByComparingTo("99999999999999999.50");
    assertThat(a.indicator("x").orElseThrow().points()).isEqualByComparingTo("99999999999999999.50");
    assertThat(b.total()).isEqualByComparingTo("5.25");
    assertThat(b.indicator("x").orElseThrow().points()).isEqualByComparingTo("5.25");
  }
}
