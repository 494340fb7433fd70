package io.github.kaohe.eval;

import static io.github.kaohe.eval.Harness.category;
import static io.github.kaohe.eval.Harness.direct;
import static io.github.kaohe.eval.Harness.evaluate;
import static io.github.kaohe.eval.Harness.indicator;
import static io.github.kaohe.eval.Harness.rows;
import static io.github.kaohe.eval.Harness.scheme;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.Arithmetic;
import io.github.kaohe.model.ProportionalToBest;
import io.github.kaohe.model.Ranking;
import io.github.kaohe.model.Rounding;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundingTest {
  private static Harness directWith(Rounding points) {
    return Harness.of(Harness.direct("x", "10")).arithmetic(Arithmetic.of(points, Rounding.standard()));
  }

  @Test
  void halfUpRoundsAnExactHalfUp() {
    assertThat(directWith(Rounding.of(2, RoundingMode.HALF_UP)).values("7.125").points("a")).isEqualByComparingTo("7.13");
  }

  @Test
  void halfEvenRoundsAnExactHalfToTheEvenDigit() {
    assertThat(directWith(Rounding.of(2, RoundingMode.HALF_EVEN)).values("7.125", "7.135").points())
        .containsExactly(Harness.d("7.12"), Harness.d("7.14"));
  }

  @Test
  void pointsScaleSetsTheDecimalsOfIndicatorPoints() {
    // 8 × 52300 / 80100 = 5.22347… → 5.223
    Harness h =
        Harness.of(indicator("tax", "8", ProportionalToBest.standard()).build())
            .arithmetic(Arithmetic.of(Rounding.of(3, RoundingMode.HALF_UP), Rounding.standard()))
            .values("80100", "52300");

    assertThat(h.points("b")).isEqualByComparingTo("5.223").hasScaleOf(3);
  }

  @Test
  void pointsScaleZeroGivesWholePoints() {
    Harness h =
        Harness.of(indicator("tax", "8", ProportionalToBest.standard()).build())
            .arithmetic(Arithmetic.of(Rounding.of(0, RoundingMode.HALF_UP), Rounding.of(0, RoundingMode.HALF_UP)))
            .values("80100", "52300");

    assertThat(h.points("b")).isEqualByComparingTo("5").hasScaleOf(0);
  }

  @Test
  void totalsAreRoundedByTheirOwnRule() {
    // points 3.25 + 4.00 = 7.25; totals to one decimal, half even: 7.2
    EntityResult a =
        evaluate(
                Arithmetic.of(Rounding.standard(), Rounding.of(1, RoundingMode.HALF_EVEN)),
                scheme(List.of(category("c", "10", Aggregation.WEIGHTED_SUM, direct("x", "5"), direct("y", "5"))), Ranking.standard()),
                rows("a, x=3.25, y=4"))
            .entity("a")
            .orElseThrow();

    assertThat(a.base()).isEqualByComparingTo("7.25");
    assertThat(a.total()).isEqualByComparingTo("7.2").hasScaleOf(1);
  }

  @Test
  void totalsHalfUpRoundTheSameHalfUp() {
    EntityResult a =
        evaluate(
                Arithmetic.of(Rounding.standard(), Rounding.of(1, RoundingMode.HALF_UP)),
                scheme(List.of(category("c", "10", Aggregation.WEIGHTED_SUM, direct("x", "5"), direct("y", "5"))), Ranking.standard()),
                rows("a, x=3.25, y=4"))
            .entity("a")
            .orElseThrow();

    assertThat(a.total()).isEqualByComparingTo("7.3");
  }

  @Test
  void categoryPointsAreTheSumOfRoundedIndicatorPoints() {
    // 10 × 1 / 3 = 3.333… → 3.33 twice: 6.66, not 6.67
    Harness h =
        Harness.of(
                indicator("x", "10", ProportionalToBest.standard()).build(),
                indicator("y", "10", ProportionalToBest.standard()).build())
            .value("a", "x", "1").value("a", "y", "1")
            .value("b", "x", "3").value("b", "y", "3");

    assertThat(h.evaluate().entity("a").orElseThrow().total()).isEqualByComparingTo("6.66");
  }
}
