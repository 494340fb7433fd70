package io.github.kaohe.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DatasetTest {
  private static final Period Y = Period.year(2015);

  @Test
  void valueGivenTwiceIsAnError() {
    Dataset.Builder b = Dataset.builder().value("a", Y, "tax", BigDecimal.ONE);

    assertThatThrownBy(() -> b.value("a", Y, "tax", BigDecimal.TEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value of 'tax' for 'a' in 2015 is given twice");
  }

  @Test
  void entitiesKeepTheOrderTheyWereFirstGiven() {
    Dataset d = Dataset.builder().row("c", Y).value("a", Y, "x", BigDecimal.ONE).row("c", Period.year(2016)).build();

    assertThat(d.entities()).containsExactly("c", "a");
    assertThat(d.entitiesIn(Period.year(2016))).containsExactly("c");
  }

  @Test
  void rowWithoutValuesStillCountsAsARow() {
    Dataset d = Dataset.builder().row("a", Y).build();

    assertThat(d.hasRow("a", Y)).isTrue();
    assertThat(d.value("a", Y, "tax")).isEmpty();
  }

  @Test
  void entityWithoutARowInAPeriodHasNone() {
    Dataset d = Dataset.builder().row("a", Y).row("b", Period.year(2016)).build();

    assertThat(d.hasRow("b", Y)).isFalse();
    assertThat(d.entitiesIn(Y)).containsExactly("a");
  }

  @Test
  void holdsManyEntities() {
    Dataset.Builder b = Dataset.builder();
    for (int i = 0; i < 1000; i++) {
      b.value("e" + i, Y, "tax", BigDecimal.valueOf(i));
    }
    Dataset d = b.build();

    assertThat(d.entitiesIn(Y)).hasSize(1000);
    assertThat(d.value("e999", Y, "tax")).contains(BigDecimal.valueOf(999));
  }

  @Test
  void builtDatasetDoesNotChangeWithItsBuilder() {
    Dataset.Builder b = Dataset.builder().value("a", Y, "tax", BigDecimal.ONE);
    Dataset d = b.build();

    b.value("b", Y, "tax", BigDecimal.TEN);

    assertThat(d.entities()).containsExactly("a");
  }
}
