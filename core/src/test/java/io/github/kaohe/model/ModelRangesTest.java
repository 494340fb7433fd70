package io.github.kaohe.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The ends of bands, valid ranges and target steps: each bound itself and the first value past it
 * (mutation testing found these unchecked).
 */
class ModelRangesTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void aBandHoldsItsLowerEndButNotItsUpperEnd() {
    Band band = Band.of(d("10"), d("20"), d("3"));
    assertThat(band.contains(d("10"))).isTrue();
    assertThat(band.contains(d("9.99"))).isFalse();
    assertThat(band.contains(d("19.99"))).isTrue();
    assertThat(band.contains(d("20"))).isFalse();
    assertThat(new Band(Optional.empty(), Optional.of(d("5")), d("1")).contains(d("-1000"))).isTrue();
    assertThat(new Band(Optional.of(d("5")), Optional.empty(), d("1")).contains(d("1000"))).isTrue();
  }

  @Test
  void aBandMustBeginBelowItsEndAndGiveNoNegativePoints() {
    assertThatThrownBy(() -> Band.of(d("10"), d("10"), d("1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("from (10) must be less than to (10)");
    assertThat(Band.of(d("9.99"), d("10"), BigDecimal.ZERO).points()).isZero();
    assertThatThrownBy(() -> Band.of(d("1"), d("2"), d("-0.01")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("points must not be negative, but was -0.01");
  }

  @Test
  void bandsMayTouchButNotOverlapAndOnlyTheEndsMayBeOpen() {
    Bands touching = new Bands(List.of(
        new Band(Optional.empty(), Optional.of(d("10")), d("1")),
        Band.of(d("10"), d("20"), d("4")),
        new Band(Optional.of(d("20")), Optional.empty(), d("2"))), Optional.of(d("3")));
    assertThat(touching.maxPoints()).isEqualByComparingTo("4");
    assertThat(touching.type()).isEqualTo("bands");
    assertThat(Bands.of(List.of(Band.of(d("0"), d("1"), d("1")))).maxPoints()).isEqualByComparingTo("1");
    assertThat(new Bands(List.of(Band.of(d("0"), d("1"), d("1"))), Optional.of(d("5"))).maxPoints())
        .isEqualByComparingTo("5");

    assertThatThrownBy(() -> Bands.of(List.of(Band.of(d("0"), d("10"), d("1")), Band.of(d("9"), d("20"), d("2")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bands[0] and bands[1] overlap or are out of order: 10 > 9");
    assertThatThrownBy(() -> Bands.of(List.of(
            Band.of(d("0"), d("10"), d("1")), new Band(Optional.empty(), Optional.of(d("20")), d("2")))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("bands[0] and bands[1] overlap: only");
    assertThatThrownBy(() -> Bands.of(List.of(
            new Band(Optional.of(d("0")), Optional.empty(), d("1")), Band.of(d("10"), d("20"), d("2")))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("bands[0] and bands[1] overlap: only");
    assertThatThrownBy(() -> Bands.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("bands must list at least one band");
    assertThatThrownBy(() -> new Bands(List.of(Band.of(d("0"), d("1"), d("1"))), Optional.of(d("-1"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("otherwise must not be negative, but was -1");
  }

  @Test
  void aValidRangeHoldsBothItsEnds() {
    ValidRange r = ValidRange.of(d("0"), d("100"));
    assertThat(r.contains(d("0"))).isTrue();
    assertThat(r.contains(d("100"))).isTrue();
    assertThat(r.contains(d("-0.01"))).isFalse();
    assertThat(r.contains(d("100.01"))).isFalse();
    assertThat(ValidRange.atLeast(d("0")).contains(d("1E+9"))).isTrue();
    assertThat(ValidRange.atLeast(d("0")).contains(d("-1"))).isFalse();
    assertThat(new ValidRange(Optional.empty(), Optional.of(d("5"))).contains(d("5.01"))).isFalse();
    assertThat(ValidRange.any().contains(d("-1E+9"))).isTrue();
    assertThat(ValidRange.of(d("7"), d("7")).contains(d("7"))).isTrue();
    assertThatThrownBy(() -> ValidRange.of(d("7.01"), d("7")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("valid: min (7.01) must not be greater than max (7)");
  }

  @Test
  void aValidRangeIsWrittenInWords() {
    assertThat(ValidRange.of(d("0"), d("1E+2"))).hasToString("0 to 100");
    assertThat(ValidRange.atLeast(d("0"))).hasToString("at least 0");
    assertThat(new ValidRange(Optional.empty(), Optional.of(d("5")))).hasToString("at most 5");
    assertThat(ValidRange.any()).hasToString("any value");
  }

  @Test
  void targetStepsTakeAPositiveStepAndACapNotBelowTheFloor() {
    TargetSteps steps = new TargetSteps(d("100"), d("1"), d("0.5"), d("0.2"), d("2"), Optional.of(d("2")),
        TargetSteps.Counting.WHOLE_STEPS);
    assertThat(steps.cap()).contains(d("2"));
    assertThat(steps.type()).isEqualTo("target-steps");
    assertThat(steps.target().value()).isEqualByComparingTo("100");
    assertThatThrownBy(() -> new TargetSteps(d("100"), d("1"), d("0.5"), d("0.2"), d("2"), Optional.of(d("1.99")),
            TargetSteps.Counting.PRO_RATA))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cap (1.99) must not be less than floor (2)");
    assertThatThrownBy(() -> new TargetSteps(d("100"), BigDecimal.ZERO, d("0.5"), d("0.2"), d("0"), Optional.empty(),
            TargetSteps.Counting.PRO_RATA))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("step must be greater than 0, but was 0");
    assertThat(new TargetSteps(d("1"), d("1"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, Optional.empty(),
        TargetSteps.Counting.PRO_RATA).penalty()).isZero();
  }

  @Test
  void targetStepsAreBoundedUnlessACapComesWithABonus() {
    TargetSteps.Counting c = TargetSteps.Counting.PRO_RATA;
    assertThat(new TargetSteps(d("1"), d("1"), d("1"), d("1"), d("0"), Optional.empty(), c).bounded()).isTrue();
    assertThat(new TargetSteps(d("1"), d("1"), d("1"), d("0"), d("0"), Optional.of(d("5")), c).bounded()).isTrue();
    assertThat(new TargetSteps(d("1"), d("1"), d("1"), d("1"), d("0"), Optional.of(d("5")), c).bounded()).isFalse();
  }
}
