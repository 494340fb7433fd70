package io.github.kaohe.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a fact accepts of its type, values, fallback and range, and how it names a value (mutation testing found these unchecked). */
class FactChecksTest {
  private static final Label NAME = Label.of("星级", "Star level");

  private static Fact fact(FactType type, List<String> values, Optional<String> fallback) {
    return new Fact("star", NAME, type, values, fallback, Optional.empty());
  }

  @Test
  void anEnumerationListsDistinctValuesAndNoOtherTypeTakesValues() {
    assertThat(fact(FactType.ENUMERATION, List.of("none", "one"), Optional.of("one")).values())
        .containsExactly("none", "one");
    assertThatThrownBy(() -> fact(FactType.ENUMERATION, List.of(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("fact 'star' is an enumeration: list its values");
    assertThatThrownBy(() -> fact(FactType.ENUMERATION, List.of("one", "one"), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("value of fact 'star' 'one' is declared twice");
    assertThatThrownBy(() -> fact(FactType.COUNT, List.of("one"), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("fact 'star' is not an enumeration: it takes no values");
  }

  @Test
  void aFallbackIsReadAsAValueOfTheFactsType() {
    assertThat(fact(FactType.BOOLEAN, List.of(), Optional.of("否")).fallback()).contains("否");
    assertThatThrownBy(() -> fact(FactType.COUNT, List.of(), Optional.of("-1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("a count must be a whole number");
    assertThatThrownBy(() -> fact(FactType.ENUMERATION, List.of("none"), Optional.of("two")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("'two' is not one of [none]");
  }

  @Test
  void onlyNumbersCountsAndPlacesHaveAValidRange() {
    Optional<ValidRange> range = Optional.of(ValidRange.atLeast(BigDecimal.ZERO));
    for (FactType t : List.of(FactType.NUMBER, FactType.COUNT, FactType.PLACE)) {
      assertThat(new Fact("f", NAME, t, List.of(), Optional.empty(), Optional.empty(), range).valid()).as(t.name())
          .isEqualTo(range);
    }
    assertThatThrownBy(() -> new Fact("f", NAME, FactType.BOOLEAN, List.of(), Optional.empty(), Optional.empty(), range))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fact 'f' is a boolean: only numbers, counts and places have a valid range");
  }

  @Test
  void valuesAreNamedByTheFactOrInWords() {
    Fact stars = new Fact("star", NAME, FactType.ENUMERATION, List.of("none", "one"), Optional.empty(), Optional.empty(),
        Optional.empty(), "", Optional.empty(), Optional.empty(), Map.of("one", Label.of("一星", "one star")));
    assertThat(stars.valueName("one")).isEqualTo(Label.of("一星", "one star"));
    assertThat(stars.valueName("none")).isEqualTo(Label.of("none", "none"));
    Fact yes = Fact.of("listed", NAME, FactType.BOOLEAN);
    assertThat(yes.valueName("true")).isEqualTo(Label.of("是", "yes"));
    assertThat(yes.valueName("false")).isEqualTo(Label.of("否", "no"));
    assertThat(yes.valueName("maybe")).isEqualTo(Label.of("maybe", "maybe"));
    assertThat(Fact.of("n", NAME, FactType.NUMBER).valueName("true")).isEqualTo(Label.of("true", "true"));
    assertThatThrownBy(() -> new Fact("star", NAME, FactType.ENUMERATION, List.of("none"), Optional.empty(),
            Optional.empty(), Optional.empty(), "", Optional.empty(), Optional.empty(), Map.of("two", NAME)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fact 'star' names the value 'two', which is not one of its values [none]");
  }
}
