package io.github.kaohe.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How problems are shown, periods bounded, and units converted at their edges. */
class DataMessagesTest {
  @Test
  void aProblemOfAWholeFileOrSheetHasNoRow() {
    assertThat(new DataProblem("f.csv", 0, 0, "", "empty")).hasToString("f.csv: empty");
    assertThat(new DataProblem("f.csv", 1, 0, "", "m")).hasToString("f.csv, row 1: m");
    assertThat(new DataProblem("f.csv", 1, 1, "x", "m")).hasToString("f.csv, row 1, column 1 (x): m");
    assertThat(new DataProblem("b.xlsx", "2015", 0, 0, "", "empty")).hasToString("b.xlsx, sheet 2015: empty");
    assertThat(new DataProblem("b.xlsx", "2015", 1, 0, "", "m")).hasToString("b.xlsx, sheet 2015, row 1: m");
    assertThat(new DataProblem("b.xlsx", "2015", 1, 1, "", "m")).hasToString("b.xlsx, sheet 2015, cell A1: m");
  }

  @Test
  void anExceptionListsFiftyProblemsAndCountsTheRest() {
    List<DataProblem> problems = new ArrayList<>();
    for (int i = 1; i <= 52; i++) {
      problems.add(new DataProblem("f.csv", i, 0, "", "p" + i));
    }
    String message = new DataException(problems).getMessage();

    assertThat(message.lines()).hasSize(52).first().isEqualTo("f.csv has 52 problems:");
    assertThat(message.lines().toList().get(50)).isEqualTo("  f.csv, row 50: p50");
    assertThat(message).endsWith("\n  ... and 2 more");
    assertThat(new DataException(problems.subList(0, 50)).getMessage()).endsWith("\n  f.csv, row 50: p50");
  }

  @Test
  void yearsFrom1900To2999AreHeld() {
    assertThat(Period.year(1900).year()).isEqualTo(1900);
    assertThat(Period.year(2999).year()).isEqualTo(2999);
    assertThatThrownBy(() -> Period.year(1899)).hasMessage("year must be between 1900 and 2999, but was 1899");
    assertThatThrownBy(() -> Period.year(3000)).hasMessage("year must be between 1900 and 2999, but was 3000");
  }

  @Test
  void aFirstQuarterIsReadInChinese() {
    assertThat(Period.parse("2015年第一季度")).isEqualTo(Period.quarter(2015, 1));
    assertThat(Period.parse("2015年四季度")).isEqualTo(Period.quarter(2015, 4));
  }

  @Test
  void unitsMadeOfTwoConvertPartByPartEvenWithoutATopPart() {
    assertThat(Units.factor("/亩", "/万亩")).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("10000"));
    assertThat(Units.factor("万元/", "元/")).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("10000"));
    assertThat(Units.factor("万元", "万元/亩")).isEmpty();
  }

  @Test
  void aUnitMadeOfTwoIsNotNegativeOnlyWhenBothPartsAreNot() {
    assertThat(Units.notNegative("万元/%")).isFalse();
    assertThat(Units.notNegative("%/亩")).isFalse();
    assertThat(Units.notNegative("万元/人")).isTrue();
  }

  @Test
  void aConvertedFactorHasNoTrailingZeros() {
    assertThat(Units.factor("亿元", "万元")).contains(new BigDecimal("10000"));
    assertThat(Units.factor("元", "千元")).contains(new BigDecimal("0.001"));
  }
}
