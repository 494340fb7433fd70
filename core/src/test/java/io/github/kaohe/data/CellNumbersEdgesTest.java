package io.github.kaohe.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.internal.columns.DecimalColumn;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Number cells the fast reading must leave to {@link CellText}, which turns them down: misplaced
 * thousands separators and points, and more decimals than the data hold.
 */
class CellNumbersEdgesTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "0.0000000000000000001", "1234,567", "1.2.3", "1,23.5", "1,.5", "1.,234", "1,,234", "1.5,000", ",123", "1,2,345",
      "1,23,456", "1,", "1x5", "1 234", "1e234"})
  void isNotANumber(String text) {
    DecimalColumn.Builder column = new DecimalColumn.Builder(1);
    CellNumbers numbers = new CellNumbers();

    assertThat(numbers.read(text, false, column, 0)).as(text).isFalse();
    assertThat(column.has(0)).isFalse();
    assertThatThrownBy(() -> CellText.number(text, false)).hasMessage(numbers.problem());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1,234,567.5", "-1,234", "+12", "0.5", "123,456", "12 %"})
  void isTheNumberCellTextReads(String text) {
    DecimalColumn.Builder column = new DecimalColumn.Builder(1);
    CellNumbers numbers = new CellNumbers();

    assertThat(numbers.read(text, true, column, 0)).as(text).isTrue();
    assertThat(column.get(0)).isEqualTo(CellText.number(text, true));
    assertThat(numbers.value()).isEqualTo(CellText.number(text, true));
  }

  @Test
  void aNumberOfSixtyFourCharactersIsReadAndOneOfSixtyFiveIsNot() {
    String sixtyFour = "0".repeat(61) + "1e0";

    assertThat(CellText.number(sixtyFour, false)).isEqualByComparingTo(BigDecimal.ONE);
    assertThatThrownBy(() -> CellText.number("0" + sixtyFour, false))
        .hasMessage("'" + "0".repeat(40) + "…' is not a number the data can hold: it has 65 characters; write at most 18"
            + " digits before and 18 after the decimal point");
  }

  @Test
  void aCellOfFortyCharactersIsQuotedWhole() {
    assertThat(CellText.shown("x".repeat(40))).isEqualTo("x".repeat(40));
    assertThat(CellText.shown("x".repeat(41))).isEqualTo("x".repeat(40) + "…");
    assertThat(CellText.shown("a\nb\rc")).isEqualTo("a b c");
  }

  @Test
  void eighteenDigitsEachSideOfThePointAreHeldButNotNineteen() {
    String eighteen = "1".repeat(18);

    assertThat(CellText.number(eighteen + "e0", false)).isEqualByComparingTo(eighteen);
    assertThat(CellText.number("0." + eighteen + "e0", false)).isEqualByComparingTo("0." + eighteen);
    assertThatThrownBy(() -> CellText.number(eighteen + "1e0", false)).hasMessageEndingWith("is out of range: write at most"
        + " 18 digits before and 18 after the decimal point");
    assertThatThrownBy(() -> CellText.number("0." + eighteen + "1e0", false)).hasMessageEndingWith("is out of range:"
        + " write at most 18 digits before and 18 after the decimal point");
  }
}
