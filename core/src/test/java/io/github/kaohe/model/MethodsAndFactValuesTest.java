package io.github.kaohe.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Clamps, the ends of scoring methods' parameters and how facts read and write their values
 * (mutation testing found these unchecked).
 */
class MethodsAndFactValuesTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void aClampKeepsValuesBetweenItsEndsAndMovesOthersToTheNearerEnd() {
    Clamp c = Clamp.of(d("0"), d("100"));
    assertThat(c.apply(d("-5"))).isEqualByComparingTo("0");
    assertThat(c.apply(d("0"))).isEqualByComparingTo("0");
    assertThat(c.apply(d("42.5"))).isEqualByComparingTo("42.5");
    assertThat(c.apply(d("100"))).isEqualByComparingTo("100");
    assertThat(c.apply(d("100.01"))).isEqualByComparingTo("100");
    assertThat(new Clamp(Optional.of(d("1")), Optional.empty()).apply(d("1E+6"))).isEqualByComparingTo("1E+6");
    assertThat(new Clamp(Optional.empty(), Optional.of(d("1"))).apply(d("-1E+6"))).isEqualByComparingTo("-1E+6");
    assertThat(Clamp.of(d("3"), d("3")).apply(d("9"))).isEqualByComparingTo("3");
    assertThat(c.type()).isEqualTo("clamp");
  }

  @Test
  void aClampNeedsAnEndAndEndsInOrder() {
    assertThatThrownBy(() -> new Clamp(Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("clamp needs min, max or both");
    assertThatThrownBy(() -> Clamp.of(d("3.01"), d("3")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("min (3.01) must not be greater than max (3)");
  }

  @Test
  void goalpostsMustStandApartInOrder() {
    assertThat(Goalposts.of(d("0"), d("0.01")).type()).isEqualTo("goalposts");
    assertThatThrownBy(() -> Goalposts.of(d("5"), d("5")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("lower (5) must be less than upper (5)");
    Goalposts perEntity = new Goalposts(new Parameter.FromData("low"), Parameter.of(d("-1")));
    assertThat(perEntity.lower()).isEqualTo(new Parameter.FromData("low"));
  }

  @Test
  void aRatioToABenchmarkIsCappedAtTheWholeWeightOrMore() {
    assertThat(RatioToBenchmark.of(d("50")).bounded()).isTrue();
    assertThat(RatioToBenchmark.of(d("50"), d("1.00")).bounded()).isTrue();
    assertThat(RatioToBenchmark.of(d("50"), d("1.2")).bounded()).isFalse();
    assertThat(new RatioToBenchmark(Parameter.of(d("50")), Optional.empty()).bounded()).isFalse();
    assertThat(RatioToBenchmark.of(d("50")).type()).isEqualTo("ratio-to-benchmark");
    assertThatThrownBy(() -> RatioToBenchmark.of(d("50"), d("0.99")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cap must be at least 1 (the full weight), but was 0.99");
    assertThatThrownBy(() -> RatioToBenchmark.of(d("0")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("benchmark must be greater than 0, but was 0");
    assertThat(new RatioToBenchmark(new Parameter.FromData("benchmark"), Optional.of(BigDecimal.ONE)).bounded())
        .isTrue();
  }

  @Test
  void populationMethodsSayTheyCompareThePopulation() {
    assertThat(ZScore.standard().comparesPopulation()).isTrue();
    assertThat(ZScore.standard().spread()).isEqualByComparingTo("3");
    assertThat(ZScore.standard().type()).isEqualTo("z-score");
    assertThatThrownBy(() -> new ZScore(BigDecimal.ZERO, ZScore.WhenNoSpread.FULL))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("spread must be greater than 0, but was 0");
    assertThat(ProportionalToBest.standard().comparesPopulation()).isTrue();
    assertThat(ProportionalToBest.standard()).isEqualTo(ProportionalToBest.of(
        ProportionalToBest.Negatives.FLOOR_AT_ZERO, ProportionalToBest.WhenBestNotPositive.ZERO));
    assertThat(ProportionalToBest.standard().type()).isEqualTo("proportional-to-best");
    assertThat(Goalposts.of(d("0"), d("1")).comparesPopulation()).isFalse();
  }

  @Test
  void booleanFactsReadTheCommonWordsForYesAndNo() {
    for (String yes : List.of("true", "TRUE", " yes ", "Y", "1", "是", "√", "✓", "有")) {
      assertThat(FactValues.parse(FactType.BOOLEAN, List.of(), yes)).as(yes).isEqualTo(BigDecimal.ONE);
    }
    for (String no : List.of("false", "No", "n", "0", "否", "×", "✗", "无")) {
      assertThat(FactValues.parse(FactType.BOOLEAN, List.of(), no)).as(no).isEqualTo(BigDecimal.ZERO);
    }
    assertThatThrownBy(() -> FactValues.parse(FactType.BOOLEAN, List.of(), "maybe"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'maybe' is not true or false (write true/false, 是/否 or 1/0)");
    assertThat(FactValues.format(FactType.BOOLEAN, List.of(), BigDecimal.ONE)).isEqualTo("true");
    assertThat(FactValues.format(FactType.BOOLEAN, List.of(), d("0.00"))).isEqualTo("false");
  }

  @Test
  void anEnumerationIsReadAsThePlaceOfItsValueInTheList() {
    List<String> stars = List.of("none", "one", "two");
    assertThat(FactValues.parse(FactType.ENUMERATION, stars, "none")).isEqualByComparingTo("0");
    assertThat(FactValues.parse(FactType.ENUMERATION, stars, " two ")).isEqualByComparingTo("2");
    assertThatThrownBy(() -> FactValues.parse(FactType.ENUMERATION, stars, "three"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("'three' is not one of [none, one, two]");
    assertThat(FactValues.format(FactType.ENUMERATION, stars, d("0"))).isEqualTo("none");
    assertThat(FactValues.format(FactType.ENUMERATION, stars, d("2"))).isEqualTo("two");
    assertThat(FactValues.format(FactType.ENUMERATION, stars, d("3"))).isEqualTo("3");
    assertThat(FactValues.format(FactType.ENUMERATION, stars, d("-1"))).isEqualTo("-1");
  }

  @Test
  void countsAndPlacesAreWholeNumbersFromZeroAndOne() {
    assertThat(FactValues.parse(FactType.COUNT, List.of(), "0")).isEqualByComparingTo("0");
    assertThat(FactValues.parse(FactType.COUNT, List.of(), "3.00")).isEqualByComparingTo("3");
    assertThatThrownBy(() -> FactValues.parse(FactType.COUNT, List.of(), "-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a count must be a whole number of at least 0, but was -1");
    assertThatThrownBy(() -> FactValues.parse(FactType.COUNT, List.of(), "1.5"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("a count must be");
    assertThat(FactValues.parse(FactType.PLACE, List.of(), "1")).isEqualByComparingTo("1");
    assertThatThrownBy(() -> FactValues.parse(FactType.PLACE, List.of(), "0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a place must be a whole number of at least 1, but was 0");
    assertThatThrownBy(() -> FactValues.parse(FactType.PLACE, List.of(), "2.5"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("a place must be");
    assertThatThrownBy(() -> FactValues.parse(FactType.COUNT, List.of(), "many"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("'many' is not a number");
    assertThat(FactValues.format(FactType.PLACE, List.of(), d("1E+1"))).isEqualTo("10");
  }

  @Test
  void aFundPaysTheTablesItNamesOfItsSchemesOrAllOfThemWhenItNamesNone() {
    Fund some = new Fund("award-fund", Label.of("奖励资金", "Award fund"), d("1000"), "万元", 2020, false,
        List.of("zones"), List.of("rewards"), false, Optional.empty());
    assertThat(some.pays("zones", "rewards")).isTrue();
    assertThat(some.pays("zones", "sanctions")).isFalse();
    assertThat(some.pays("firms", "rewards")).isFalse();
    Fund all = new Fund("all", Label.of("资金", "Fund"), d("1"), "万元", 2020, true, List.of("zones"), List.of(), true,
        Optional.empty());
    assertThat(all.pays("zones", "anything")).isTrue();
    assertThatThrownBy(() -> new Fund("none", Label.of("资金", "Fund"), d("1"), "万元", 2020, true, List.of(), List.of(), true,
            Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("fund 'none' pays from no scheme");
    assertThatThrownBy(() -> new Fund("twice", Label.of("资金", "Fund"), d("1"), "万元", 2020, true,
            List.of("zones", "zones"), List.of(), true, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("scheme of fund 'twice' 'zones' is declared twice");
    assertThatThrownBy(() -> new Fund("zero", Label.of("资金", "Fund"), d("0"), "万元", 2020, true, List.of("zones"),
            List.of(), true, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount of fund 'zero' must be greater than 0, but was 0");
  }
}
