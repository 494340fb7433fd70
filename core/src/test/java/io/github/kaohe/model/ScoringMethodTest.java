package io.github.kaohe.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The methods' compact constructors reject inconsistent parameters with a clear message. */
class ScoringMethodTest {
  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  @Test
  void goalpostsNeedTheLowerPostBelowTheUpper() {
    assertThatThrownBy(() -> Goalposts.of(d("5"), d("3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lower (5) must be less than upper (3)");
  }

  @Test
  void goalpostsRejectEqualPosts() {
    assertThatThrownBy(() -> Goalposts.of(d("5"), d("5.0"))).hasMessage("lower (5) must be less than upper (5.0)");
  }

  @Test
  void minMaxRejectsAFloorAboveTheCeiling() {
    assertThatThrownBy(() -> MinMax.of(d("0.9"), d("0.8"), MinMax.WhenAllEqual.CEILING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("floor (0.9) must not be greater than ceiling (0.8)");
  }

  @Test
  void minMaxRejectsACeilingAboveOne() {
    assertThatThrownBy(() -> MinMax.of(d("0"), d("1.2"), MinMax.WhenAllEqual.CEILING))
        .hasMessage("ceiling must be at most 1 (the whole weight), but was 1.2");
  }

  @Test
  void minMaxRejectsANegativeFloor() {
    assertThatThrownBy(() -> MinMax.of(d("-0.1"), d("1"), MinMax.WhenAllEqual.CEILING))
        .hasMessage("floor must not be negative, but was -0.1");
  }

  @Test
  void ratioNeedsAPositiveBenchmark() {
    assertThatThrownBy(() -> RatioToBenchmark.of(d("0"))).hasMessage("benchmark must be greater than 0, but was 0");
  }

  @Test
  void ratioNeedsACapOfAtLeastOne() {
    assertThatThrownBy(() -> RatioToBenchmark.of(d("50"), d("0.5")))
        .hasMessage("cap must be at least 1 (the full weight), but was 0.5");
  }

  @Test
  void ratioNamesAMissingCap() {
    assertThatThrownBy(() -> new RatioToBenchmark(Parameter.of(d("50")), null)).isInstanceOf(NullPointerException.class).hasMessage("cap");
  }

  @Test
  void ratioAboveOneIsNotBounded() {
    assertThat(RatioToBenchmark.of(d("50"), d("1.5")).bounded()).isFalse();
    assertThat(RatioToBenchmark.of(d("50"), d("1.0")).bounded()).isTrue();
  }

  private static TargetSteps steps(String bonus, String floor, Optional<BigDecimal> cap) {
    return new TargetSteps(d("100"), d("5"), d("1"), d(bonus), d(floor), cap, TargetSteps.Counting.PRO_RATA);
  }

  @Test
  void targetStepsNeedAPositiveStep() {
    assertThatThrownBy(() -> new TargetSteps(d("100"), d("0"), d("1"), d("0"), d("0"), Optional.empty(), TargetSteps.Counting.PRO_RATA))
        .hasMessage("step must be greater than 0, but was 0");
  }

  @Test
  void targetStepsRejectACapBelowTheFloor() {
    assertThatThrownBy(() -> steps("0", "2", Optional.of(d("1")))).hasMessage("cap (1) must not be less than floor (2)");
  }

  @Test
  void targetStepsRejectANegativePenalty() {
    assertThatThrownBy(() -> new TargetSteps(d("100"), d("5"), d("-1"), d("0"), d("0"), Optional.empty(), TargetSteps.Counting.PRO_RATA))
        .hasMessage("penalty must not be negative, but was -1");
  }

  @Test
  void targetStepsWithoutACapAreBounded() {
    // without a cap, a bonus stops at the weight
    assertThat(steps("0.5", "0", Optional.empty()).bounded()).isTrue();
  }

  @Test
  void targetStepsWithABonusAndACapAreNotKnownToBeBounded() {
    // the cap may lie above the weight, which the method does not know
    assertThat(steps("0.5", "0", Optional.of(d("12"))).bounded()).isFalse();
  }

  @Test
  void targetStepsWithoutABonusAreBounded() {
    assertThat(steps("0", "0", Optional.of(d("12"))).bounded()).isTrue();
  }

  @Test
  void placePointsLinearNeedAFieldSize() {
    assertThatThrownBy(() -> new PlacePoints(PlacePoints.Mode.LINEAR, Optional.empty(), Optional.empty()))
        .hasMessage("mode linear needs fieldSize (the number of places)");
  }

  @Test
  void placePointsLinearNeedAFieldOfAtLeastTwo() {
    assertThatThrownBy(() -> PlacePoints.linear(1)).hasMessage("fieldSize must be at least 2, but was 1");
  }

  @Test
  void placePointsStepRejectAFieldSize() {
    assertThatThrownBy(() -> new PlacePoints(PlacePoints.Mode.STEP, Optional.of(10), Optional.of(d("1"))))
        .hasMessage("mode step takes step, not fieldSize");
  }

  @Test
  void placePointsStepNeedAPositiveStep() {
    assertThatThrownBy(() -> PlacePoints.step(d("0"))).hasMessage("step must be greater than 0, but was 0");
  }

  @Test
  void bandNeedsFromBelowTo() {
    assertThatThrownBy(() -> Band.of(d("10"), d("10"), d("1"))).hasMessage("from (10) must be less than to (10)");
  }

  @Test
  void bandsMustNotOverlap() {
    assertThatThrownBy(() -> Bands.of(List.of(Band.of(d("0"), d("60"), d("1")), Band.of(d("50"), d("80"), d("2")))))
        .hasMessage("bands[0] and bands[1] overlap or are out of order: 60 > 50");
  }

  @Test
  void bandsMayBeOpenOnlyAtTheEnds() {
    Band openAbove = new Band(Optional.of(d("0")), Optional.empty(), d("1"));

    assertThatThrownBy(() -> Bands.of(List.of(openAbove, Band.of(d("50"), d("80"), d("2")))))
        .hasMessage("bands[0] and bands[1] overlap: only the first band may be open below and only the last open above");
  }

  @Test
  void bandsNeedAtLeastOneBand() {
    assertThatThrownBy(() -> Bands.of(List.of())).hasMessage("bands must list at least one band");
  }

  @Test
  void bandsKnowTheirMostPoints() {
    Bands b = new Bands(List.of(Band.of(d("0"), d("1"), d("3")), Band.of(d("1"), d("2"), d("2"))), Optional.of(d("4")));

    assertThat(b.maxPoints()).isEqualByComparingTo("4");
  }

  @Test
  void zScoreNeedsAPositiveSpread() {
    assertThatThrownBy(() -> new ZScore(d("0"), ZScore.WhenNoSpread.MIDDLE)).hasMessage("spread must be greater than 0, but was 0");
  }

  @Test
  void clampNeedsABound() {
    assertThatThrownBy(() -> new Clamp(Optional.empty(), Optional.empty())).hasMessage("clamp needs min, max or both");
  }

  @Test
  void clampRejectsMinAboveMax() {
    assertThatThrownBy(() -> Clamp.of(d("2"), d("1"))).hasMessage("min (2) must not be greater than max (1)");
  }

  @Test
  void substituteNeedsAValue() {
    assertThatThrownBy(() -> new MissingValueRule(MissingValueRule.Kind.SUBSTITUTE, Optional.empty()))
        .hasMessage("missing rule substitute needs a value");
  }

  @Test
  void onlySubstituteTakesAValue() {
    assertThatThrownBy(() -> new MissingValueRule(MissingValueRule.Kind.ERROR, Optional.of(d("1"))))
        .hasMessage("only the missing rule substitute takes a value");
  }

  @Test
  void roundingScaleIsAtMostTen() {
    assertThatThrownBy(() -> Rounding.of(11, java.math.RoundingMode.HALF_UP)).hasMessage("scale must be between 0 and 10, but was 11");
  }

  @Test
  void roundingRejectsUnnecessary() {
    assertThatThrownBy(() -> Rounding.of(2, java.math.RoundingMode.UNNECESSARY)).hasMessage("rounding mode UNNECESSARY cannot round");
  }

  @Test
  void methodsNameThemselvesAsInYaml() {
    assertThat(List.of(
            ProportionalToBest.standard(), MinMax.standard(), Goalposts.of(d("0"), d("1")), RatioToBenchmark.of(d("1")),
            steps("0", "0", Optional.empty()), PlacePoints.linear(3), Bands.of(List.of(Band.of(d("0"), d("1"), d("1")))),
            ZScore.standard(), DirectPoints.strict()))
        .extracting(ScoringMethod::type)
        .containsExactly(
            "proportional-to-best", "min-max", "goalposts", "ratio-to-benchmark", "target-steps", "place-points", "bands",
            "z-score", "direct-points");
  }
  @Test
  void aRuleImputesFromTheBasisItNamesOnly() {
    MissingValueRule.Imputation byPoints = new MissingValueRule.Imputation(Parameter.Statistic.MEDIAN,
        MissingValueRule.Imputation.Basis.POINTS, Optional.of("county"));
    MissingValueRule impute = new MissingValueRule(MissingValueRule.Kind.IMPUTE, Optional.empty(), Optional.of(byPoints));
    assertThat(impute.imputes(MissingValueRule.Imputation.Basis.POINTS)).isTrue();
    assertThat(impute.imputes(MissingValueRule.Imputation.Basis.VALUES)).isFalse();
    assertThat(MissingValueRule.zeroPoints().imputes(MissingValueRule.Imputation.Basis.POINTS)).isFalse();
    assertThat(MissingValueRule.zeroPoints().imputes(MissingValueRule.Imputation.Basis.VALUES)).isFalse();
  }
}
