package io.github.kaohe.eval;

import static io.github.kaohe.eval.Harness.direct;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Points and totals too wide for a {@code long} at their scale are kept beside the columns, as
 * decimals, and every total that reads them is worked out from the decimals.
 */
class ScoringRunWidePointsTest {
  @Test
  void pointsAndTotalsBeyondALongAreKeptAsDecimals() {
    // direct points of weight 10^25: a's 10^22 is 10^24 at 2 places, beyond a long (< 9.3 × 10^18);
    // b's 5 fits. Totals: a 10^22 + 1 = 10000000000000000000001.00, b 5 + 2 = 7.00
    Harness h = Harness.of(direct("big", "10000000000000000000000000"), direct("small", "10"))
        .value("a", "big", "10000000000000000000000").value("a", "small", "1")
        .value("b", "big", "5").value("b", "small", "2");
    SchemeResult r = h.evaluate();
    EntityResult a = r.entity("a").orElseThrow();
    EntityResult b = r.entity("b").orElseThrow();
    assertThat(a.indicator("big").orElseThrow().points()).isEqualByComparingTo("10000000000000000000000.00");
    assertThat(a.total()).isEqualByComparingTo("10000000000000000000001.00");
    assertThat(b.indicator("big").orElseThrow().points()).isEqualByComparingTo("5.00");
    assertThat(b.total()).isEqualByComparingTo("7.00");
    assertThat(a.place()).hasValue(1);
    assertThat(b.place()).hasValue(2);
  }
}
