package io.github.kaohe.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PeriodTest {
  @Test
  void parsesAYear() {
    assertThat(Period.parse("2015")).isEqualTo(Period.year(2015));
  }

  @Test
  void parsesAYearInChinese() {
    assertThat(Period.parse("2015年")).isEqualTo(Period.year(2015));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2015Q3", "2015q3", "2015-Q3", "2015 Q3", "2015_Q3", " 2015Q3 ", "2015年第三季度", "2015年第3季度", "2015年三季度"})
  void parsesAQuarterInEveryForm(String text) {
    assertThat(Period.parse(text)).isEqualTo(Period.quarter(2015, 3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "15", "2015Q5", "2015Q0", "Q3", "2015-3", "2015年第五季度", "二〇一五年", "2015/16"})
  void rejectsTextThatIsNoPeriod(String text) {
    assertThatThrownBy(() -> Period.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'" + text + "' is not a period: write a year (2015) or a quarter (2015Q3)");
  }

  @Test
  void rejectsAYearOutOfRange() {
    assertThatThrownBy(() -> Period.parse("1899")).hasMessage("year must be between 1900 and 2999, but was 1899");
  }

  @Test
  void quarterZeroIsNoQuarter() {
    assertThatThrownBy(() -> Period.quarter(2015, 0)).hasMessage("quarter must be 1 to 4, but was 0");
  }

  @Test
  void previousOfAYearIsTheYearBefore() {
    assertThat(Period.year(2015).previous()).isEqualTo(Period.year(2014));
  }

  @Test
  void previousOfAQuarterIsTheQuarterBefore() {
    assertThat(Period.quarter(2015, 3).previous()).isEqualTo(Period.quarter(2015, 2));
  }

  @Test
  void previousOfTheFirstQuarterIsTheLastQuarterOfTheYearBefore() {
    assertThat(Period.quarter(2015, 1).previous()).isEqualTo(Period.quarter(2014, 4));
  }

  @Test
  void yearBeforeKeepsTheQuarter() {
    assertThat(Period.quarter(2015, 3).yearBefore()).isEqualTo(Period.quarter(2014, 3));
  }

  @Test
  void aYearSortsAfterItsQuarters() {
    TreeSet<Period> sorted = new TreeSet<>(List.of(Period.year(2015), Period.quarter(2015, 4), Period.quarter(2016, 1), Period.quarter(2015, 1)));

    assertThat(sorted).containsExactly(Period.quarter(2015, 1), Period.quarter(2015, 4), Period.year(2015), Period.quarter(2016, 1));
  }

  @Test
  void printsAsItIsParsed() {
    assertThat(Period.quarter(2015, 3)).hasToString("2015Q3");
    assertThat(Period.year(2015)).hasToString("2015");
  }
}
