package io.github.kaohe.eval;

import static io.github.kaohe.eval.Harness.indicator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.model.Direction;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.ProportionalToBest;
import io.github.kaohe.model.ProportionalToBest.Negatives;
import io.github.kaohe.model.ProportionalToBest.WhenBestNotPositive;
import org.junit.jupiter.api.Test;

class ProportionalToBestTest {
  private static Indicator tax(ProportionalToBest method) {
    return indicator("tax", "8", method).build();
  }

  private static Harness standard() {
    return Harness.of(tax(ProportionalToBest.standard()));
  }

  @Test
  void proportionalGivesFullWeightToTheBestValue() {
    assertThat(standard().values("80100", "52300").points("a")).isEqualByComparingTo("8.00").hasScaleOf(2);
  }

  @Test
  void proportionalScoresOthersInProportionToTheBest() {
    // 8 × 52300 / 80100 = 418400 / 80100 = 5.22347… → 5.22
    IndicatorResult b = standard().values("80100", "52300").result("b");

    assertThat(b.points()).isEqualByComparingTo("5.22").hasScaleOf(2);
    assertThat(b.formula()).isEqualTo("8 × 52300 / 80100 = 5.22");
  }

  @Test
  void proportionalLowerIsBetterGivesFullWeightToTheLowestValue() {
    Harness h = Harness.of(indicator("cost", "10", ProportionalToBest.standard()).direction(Direction.LOWER_IS_BETTER).build());

    assertThat(h.values("20", "30").points("a")).isEqualByComparingTo("10.00");
  }

  @Test
  void proportionalLowerIsBetterScoresTheLowestOverTheValue() {
    // 10 × 20 / 30 = 6.666… → 6.67
    Harness h = Harness.of(indicator("cost", "10", ProportionalToBest.standard()).direction(Direction.LOWER_IS_BETTER).build());

    IndicatorResult b = h.values("20", "30").result("b");

    assertThat(b.points()).isEqualByComparingTo("6.67").hasScaleOf(2);
    assertThat(b.formula()).isEqualTo("10 × 20 / 30 = 6.67");
  }

  @Test
  void proportionalFloorsNegativeValuesAtZero() {
    IndicatorResult b = standard().values("100", "-20").result("b");

    assertThat(b.points()).isEqualByComparingTo("0.00").hasScaleOf(2);
    assertThat(b.formula()).isEqualTo("(-20) < 0 → 0.00");
  }

  @Test
  void proportionalFloorAtZeroLeavesPositiveValuesUnshifted() {
    // 8 × 50 / 100 = 4.00: the negative value of c changes nothing for b
    assertThat(standard().values("100", "50", "-20").points("b")).isEqualByComparingTo("4.00");
  }

  @Test
  void proportionalShiftMovesEveryValueByTheLowestNegative() {
    // shift 20: 8 × (50 + 20) / (100 + 20) = 560 / 120 = 4.666… → 4.67
    Harness h = Harness.of(tax(ProportionalToBest.of(Negatives.SHIFT, WhenBestNotPositive.ZERO))).values("100", "50", "-20");

    IndicatorResult b = h.result("b");

    assertThat(b.points()).isEqualByComparingTo("4.67").hasScaleOf(2);
    assertThat(b.formula()).isEqualTo("8 × (50 + 20) / (100 + 20) = 4.67");
  }

  @Test
  void proportionalShiftGivesTheLowestValueZero() {
    Harness h = Harness.of(tax(ProportionalToBest.of(Negatives.SHIFT, WhenBestNotPositive.ZERO))).values("100", "50", "-20");

    assertThat(h.points("c")).isEqualByComparingTo("0.00");
  }

  @Test
  void proportionalShiftDoesNothingWhenNoValueIsNegative() {
    // 8 × 50 / 100 = 4.00, as without shift
    Harness h = Harness.of(tax(ProportionalToBest.of(Negatives.SHIFT, WhenBestNotPositive.ZERO))).values("100", "50", "0");

    assertThat(h.points("b")).isEqualByComparingTo("4.00");
  }

  @Test
  void proportionalGivesEveryoneZeroWhenTheBestIsNotPositiveUnderZero() {
    Harness h = Harness.of(tax(ProportionalToBest.of(Negatives.FLOOR_AT_ZERO, WhenBestNotPositive.ZERO))).values("0", "-5");

    assertThat(h.points()).containsExactly(d("0.00"), d("0.00"));
    assertThat(h.result("a").formula()).isEqualTo("best 0 ≤ 0 → 0.00");
  }

  @Test
  void proportionalGivesEveryoneTheWeightWhenTheBestIsNotPositiveUnderFull() {
    Harness h = Harness.of(tax(ProportionalToBest.of(Negatives.FLOOR_AT_ZERO, WhenBestNotPositive.FULL))).values("0", "-5");

    assertThat(h.points()).containsExactly(d("8.00"), d("8.00"));
  }

  @Test
  void proportionalFailsWhenTheBestIsNotPositiveUnderError() {
    Harness h = Harness.of(tax(ProportionalToBest.of(Negatives.FLOOR_AT_ZERO, WhenBestNotPositive.ERROR))).values("-1", "-5");

    assertThatThrownBy(h::evaluate)
        .isInstanceOfSatisfying(
            EvaluationException.class,
            e -> {
              assertThat(e.problems()).hasSize(1);
              EvaluationProblem p = e.problems().get(0);
              assertThat(p.key()).isEqualTo("tax");
              assertThat(p.entity()).isEmpty();
              assertThat(p.message()).startsWith("the best value is -1, so a proportion to it means nothing");
            });
  }

  @Test
  void proportionalLowerIsBetterTreatsABestOfZeroAsNotPositive() {
    Harness h =
        Harness.of(
            indicator("accidents", "8", ProportionalToBest.of(Negatives.FLOOR_AT_ZERO, WhenBestNotPositive.FULL))
                .direction(Direction.LOWER_IS_BETTER)
                .build());

    assertThat(h.values("0", "3").points()).containsExactly(d("8.00"), d("8.00"));
  }

  @Test
  void proportionalGivesEveryoneTheWeightWhenAllValuesAreEqual() {
    assertThat(standard().values("50", "50", "50").points()).containsOnly(d("8.00"));
  }

  @Test
  void proportionalGivesASingleEntityTheWeight() {
    assertThat(standard().values("30").points("a")).isEqualByComparingTo("8.00");
  }

  @Test
  void proportionalRuleNamesTheBestValue() {
    assertThat(standard().values("80100", "52300").result("b").rule().zh())
        .isEqualTo("以最高值为满分，其余按比例得分（最高值 80100）");
  }

  private static java.math.BigDecimal d(String v) {
    return new java.math.BigDecimal(v);
  }
}
