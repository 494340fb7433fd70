package io.github.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.data.Period;
import org.junit.jupiter.api.Test;

class PeriodRangeTest {
  @Test
  void aRangeOfYearsHoldsEveryYear() {
    assertThat(PeriodRange.parse("2014..2016")).containsExactly(Period.year(2014), Period.year(2015), Period.year(2016));
  }

  @Test
  void aRangeOfQuartersCrossesTheYear() {
    assertThat(PeriodRange.parse("2015Q3..2016Q2")).extracting(Period::toString)
        .containsExactly("2015Q3", "2015Q4", "2016Q1", "2016Q2");
  }

  @Test
  void listedPeriodsAreSortedOnce() {
    assertThat(PeriodRange.parse("2016, 2014,2016")).containsExactly(Period.year(2014), Period.year(2016));
  }

  @Test
  void mistakesSayHowToWriteARange() {
    assertThatThrownBy(() -> PeriodRange.parse("2014..2015Q1")).hasMessageContaining("mixes a year and a quarter");
    assertThatThrownBy(() -> PeriodRange.parse("2016..2014")).hasMessageContaining("ends before it starts");
    assertThatThrownBy(() -> PeriodRange.parse("1900..2999")).hasMessageContaining("more than 100 periods");
    assertThatThrownBy(() -> PeriodRange.parse("last..2014")).hasMessageContaining("is not a period");
  }
}
