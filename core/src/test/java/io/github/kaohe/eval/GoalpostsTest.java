package io.github.kaohe.eval;

import static io.github.kaohe.eval.Harness.d;
import static io.github.kaohe.eval.Harness.indicator;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.model.Direction;
import io.github.kaohe.model.Goalposts;
import org.junit.jupiter.api.Test;

class GoalpostsTest {
  private static Harness posts(String lower, String upper) {
    return Harness.of(indicator("rate", "10", Goalposts.of(d(lower), d(upper))).build());
  }

  @Test
  void goalpostsGiveTheFullWeightAtTheUpperPost() {
    assertThat(posts("20", "80").values("80").points("a")).isEqualByComparingTo("10.00");
  }

  @Test
  void goalpostsGiveZeroAtTheLowerPost() {
    assertThat(posts("20", "80").values("20").points("a")).isEqualByComparingTo("0.00");
  }

  @Test
  void goalpostsScoreLinearlyBetweenThePosts() {
    // 10 × (30 − 20) / (80 − 20) = 100 / 60 = 1.666… → 1.67
    IndicatorResult a = posts("20", "80").values("30").result("a");

    assertThat(a.points()).isEqualByComparingTo("1.67").hasScaleOf(2);
    assertThat(a.formula()).isEqualTo("10 × (30 - 20) / (80 - 20) = 1.67");
  }

  @Test
  void goalpostsClampValuesBeyondTheUpperPost() {
    IndicatorResult a = posts("20", "80").values("95").result("a");

    assertThat(a.points()).isEqualByComparingTo("10.00");
    assertThat(a.formula()).isEqualTo("95 → 80; 10 × (80 - 20) / (80 - 20) = 10.00");
  }

  @Test
  void goalpostsClampValuesBelowTheLowerPost() {
    assertThat(posts("20", "80").values("-5").points("a")).isEqualByComparingTo("0.00");
  }

  @Test
  void goalpostsLowerIsBetterSwapThePosts() {
    // 10 × (80 − 30) / (80 − 20) = 500 / 60 = 8.333… → 8.33
    Harness h = Harness.of(indicator("cost", "10", Goalposts.of(d("20"), d("80"))).direction(Direction.LOWER_IS_BETTER).build());

    IndicatorResult a = h.values("30").result("a");

    assertThat(a.points()).isEqualByComparingTo("8.33");
    assertThat(a.formula()).isEqualTo("10 × (80 - 30) / (80 - 20) = 8.33");
  }

  @Test
  void goalpostsWorkAcrossZero() {
    // 10 × (−5 − (−10)) / (10 − (−10)) = 50 / 20 = 2.50
    IndicatorResult a = posts("-10", "10").values("-5").result("a");

    assertThat(a.points()).isEqualByComparingTo("2.50");
    assertThat(a.formula()).isEqualTo("10 × ((-5) - (-10)) / (10 - (-10)) = 2.50");
  }

  @Test
  void goalpostsDoNotDependOnTheOtherEntities() {
    // 10 × (50 − 20) / 60 = 5.00 whether b is there or not
    assertThat(posts("20", "80").values("50").points("a")).isEqualByComparingTo("5.00");
    assertThat(posts("20", "80").values("50", "79").points("a")).isEqualByComparingTo("5.00");
  }
}
