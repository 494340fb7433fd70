package io.github.kaohe.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a {@link Dataset} answers for entities, periods and keys it has, and for those it has not. */
class DatasetQueriesTest {
  private static final Period Y2014 = Period.year(2014);
  private static final Period Y2015 = Period.year(2015);
  private static final Period Q3 = Period.quarter(2015, 3);

  private static Dataset data() {
    return Dataset.builder()
        .value("a", Y2015, "tax", new BigDecimal("1.5"))
        .value("b", Y2015, "tax", BigDecimal.TEN)
        .row("c", Y2015)
        .value("a", Y2014, "growth", BigDecimal.ONE)
        .attribute("a", "county", "祥符区")
        .build();
  }

  @Test
  void periodsAreSortedAndAQuarterComesBeforeItsYear() {
    Dataset d = Dataset.builder().row("a", Y2015).row("a", Q3).row("a", Y2014).build();

    assertThat(d.periods()).containsExactly(Y2014, Q3, Y2015);
    assertThatThrownBy(() -> d.periods().add(Period.year(2020))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void hasRowIsFalseForAnUnknownEntityOrPeriod() {
    Dataset d = data();

    assertThat(d.hasRow("c", Y2015)).isTrue();
    assertThat(d.hasRow("c", Y2014)).isFalse();
    assertThat(d.hasRow("z", Y2015)).isFalse();
    assertThat(d.hasRow("a", Period.year(2000))).isFalse();
  }

  @Test
  void valueIsEmptyForAnUnknownEntityPeriodOrKey() {
    Dataset d = data();

    assertThat(d.value("a", Y2015, "tax")).contains(new BigDecimal("1.5"));
    assertThat(d.value("z", Y2015, "tax")).isEmpty();
    assertThat(d.value("a", Period.year(2000), "tax")).isEmpty();
    assertThat(d.value("a", Y2015, "nothing")).isEmpty();
    assertThat(d.value("c", Y2015, "tax")).isEmpty();
  }

  @Test
  void countIsTheValuesOfTheKeyInThePeriodAndZeroForUnknownOnes() {
    Dataset d = data();

    assertThat(d.count(Y2015, "tax")).isEqualTo(2);
    assertThat(d.count(Y2014, "growth")).isEqualTo(1);
    assertThat(d.count(Y2014, "tax")).isZero();
    assertThat(d.count(Period.year(2000), "tax")).isZero();
  }

  @Test
  void attributesAreTheEntitysOwnAndEmptyOtherwise() {
    Dataset d = data();

    assertThat(d.attributes("a")).containsExactly(Map.entry("county", "祥符区"));
    assertThat(d.attributes("b")).isEmpty();
    assertThat(d.attributes("z")).isEmpty();
    assertThat(Dataset.builder().row("a", Y2015).build().attributes("a")).isEmpty();
    assertThatThrownBy(() -> d.attributes("a").put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void withValueGivesANewRowInAPeriodTheEntityHadNoneIn() {
    Dataset d = data().withValue("b", Y2014, "growth", new BigDecimal("2.5"));

    assertThat(d.hasRow("b", Y2014)).isTrue();
    assertThat(d.value("b", Y2014, "growth")).contains(new BigDecimal("2.5"));
    assertThat(d.value("a", Y2014, "growth")).contains(BigDecimal.ONE);
    assertThat(d.entitiesIn(Y2014)).containsExactly("a", "b");
  }

  @Test
  void withoutValueLeavesTheRowAndTheOtherValues() {
    Dataset d = data().withoutValue("a", Y2015, "tax");

    assertThat(d.value("a", Y2015, "tax")).isEmpty();
    assertThat(d.hasRow("a", Y2015)).isTrue();
    assertThat(d.value("b", Y2015, "tax")).contains(BigDecimal.TEN);
    assertThat(d.count(Y2015, "tax")).isEqualTo(1);
  }

  @Test
  void withValueOfAnUnknownEntityNamesIt() {
    assertThatThrownBy(() -> data().withoutValue("z", Y2015, "tax"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the data have no entity 'z'");
  }
}
