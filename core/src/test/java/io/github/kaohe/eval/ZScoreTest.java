package io.github.kaohe.eval;

import static io.github.kaohe.eval.Harness.d;
import static io.github.kaohe.eval.Harness.indicator;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.model.Direction;
import io.github.kaohe.model.ZScore;
import io.github.kaohe.model.ZScore.WhenNoSpread;
import org.junit.jupiter.api.Test;

/**
 * The population 2, 4, 4, 4, 5, 5, 7, 9 has mean 5 and population standard deviation 2
 * (squared deviations 9+1+1+1+0+0+4+16 = 32, / 8 = 4, √4 = 2). Weight 10.
 */
class ZScoreTest {
  private static final String[] VALUES = {"2", "4", "4", "4", "5", "5", "7", "9"};

  private static Harness z(ZScore method) {
    return Harness.of(indicator("income", "10", method).build());
  }

  @Test
  void zScoreMapsTheMeanToHalfTheWeight() {
    // e (value 5): z = 0 → 10 × 3 / 6 = 5.00
    assertThat(z(ZScore.standard()).values(VALUES).points("e")).isEqualByComparingTo("5.00");
  }

  @Test
  void zScoreMapsTheValueLinearlyOntoTheWeight() {
    // h (value 9): z = (9 − 5) / 2 = 2 → 10 × (2 + 3) / 6 = 8.333… → 8.33
    IndicatorResult h = z(ZScore.standard()).values(VALUES).result("h");

    assertThat(h.points()).isEqualByComparingTo("8.33").hasScaleOf(2);
    assertThat(h.formula()).isEqualTo("z = (9 - 5) / 2 = 2; 10 × (z + 3) / (2 × 3) = 8.33");
  }

  @Test
  void zScoreBelowTheMeanScoresLessThanHalf() {
    // b (value 4): z = −0.5 → 10 × 2.5 / 6 = 4.1666… → 4.17
    assertThat(z(ZScore.standard()).values(VALUES).points("b")).isEqualByComparingTo("4.17");
  }

  @Test
  void zScoreLowerIsBetterNegatesZ() {
    // h (value 9): z = −2 → 10 × 1 / 6 = 1.666… → 1.67
    Harness h = Harness.of(indicator("cost", "10", ZScore.standard()).direction(Direction.LOWER_IS_BETTER).build());

    assertThat(h.values(VALUES).points("h")).isEqualByComparingTo("1.67");
  }

  @Test
  void zScoreClampsBeyondTheSpread() {
    // spread 1: h (z = 2) → clamped to 1 → 10.00; a (z = −1.5) → −1 → 0.00
    Harness h = z(new ZScore(d("1"), WhenNoSpread.MIDDLE)).values(VALUES);

    assertThat(h.points("h")).isEqualByComparingTo("10.00");
    assertThat(h.points("a")).isEqualByComparingTo("0.00");
  }

  @Test
  void zScoreGivesHalfTheWeightWhenAllValuesAreEqualUnderMiddle() {
    IndicatorResult a = z(ZScore.standard()).values("3", "3").result("a");

    assertThat(a.points()).isEqualByComparingTo("5.00").hasScaleOf(2);
    assertThat(a.formula()).isEqualTo("sd = 0 → 5.00");
  }

  @Test
  void zScoreGivesTheWeightWhenAllValuesAreEqualUnderFull() {
    assertThat(z(new ZScore(d("3"), WhenNoSpread.FULL)).values("3", "3").points()).containsOnly(d("10.00"));
  }

  @Test
  void zScoreTreatsASingleEntityAsNoSpread() {
    assertThat(z(ZScore.standard()).values("42").points("a")).isEqualByComparingTo("5.00");
  }

  @Test
  void zScoreHandlesNegativeValues() {
    // −4, 0, 4: mean 0, sd √(32/3) = 3.2660; z(4) = 1.2247 → 10 × 4.2247 / 6 = 7.0412 → 7.04
    assertThat(z(ZScore.standard()).values("-4", "0", "4").points("c")).isEqualByComparingTo("7.04");
  }
}
