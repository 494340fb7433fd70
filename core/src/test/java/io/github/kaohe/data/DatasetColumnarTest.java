package io.github.kaohe.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Dataset#columnar}: a column at a time, for a fixed list of entities. */
class DatasetColumnarTest {
  private static final Period Y2015 = Period.year(2015);
  private static final Period Y2016 = Period.year(2016);
  private static final List<String> ABC = List.of("a", "b", "c");

  @Test
  void unscaledColumnGivesEachEntityItsValueAtTheScale() {
    Dataset d = Dataset.columnar(ABC).column(Y2015, "tax", new long[] {125, -3, 0}, 2, null).build();

    assertThat(d.entities()).containsExactly("a", "b", "c");
    assertThat(d.value("a", Y2015, "tax")).contains(new BigDecimal("1.25"));
    assertThat(d.value("b", Y2015, "tax")).contains(new BigDecimal("-0.03"));
    assertThat(d.value("c", Y2015, "tax")).contains(new BigDecimal("0.00"));
    assertThat(d.count(Y2015, "tax")).isEqualTo(3);
  }

  @Test
  void missingEntitiesOfAnUnscaledColumnHaveNoValueButStillARow() {
    BitSet missing = new BitSet();
    missing.set(1);
    Dataset d = Dataset.columnar(ABC).column(Y2015, "tax", new long[] {1, 2, 3}, 0, missing).build();

    assertThat(d.value("a", Y2015, "tax")).contains(BigDecimal.ONE);
    assertThat(d.value("b", Y2015, "tax")).isEmpty();
    assertThat(d.value("c", Y2015, "tax")).contains(BigDecimal.valueOf(3));
    assertThat(d.count(Y2015, "tax")).isEqualTo(2);
    assertThat(d.entitiesIn(Y2015)).containsExactly("a", "b", "c");
  }

  @Test
  void aNullElementOfADecimalColumnIsAMissingValue() {
    Dataset d = Dataset.columnar(ABC).column(Y2015, "tax", new BigDecimal[] {new BigDecimal("7.5"), null, BigDecimal.TEN})
        .build();

    assertThat(d.value("a", Y2015, "tax")).contains(new BigDecimal("7.5"));
    assertThat(d.value("b", Y2015, "tax")).isEmpty();
    assertThat(d.value("c", Y2015, "tax")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10"));
    assertThat(d.count(Y2015, "tax")).isEqualTo(2);
  }

  @Test
  void everyEntityHasARowInAPeriodWithAColumnAndNoneInOthers() {
    Dataset d = Dataset.columnar(ABC).column(Y2015, "tax", new long[3], 0, null).build();

    assertThat(d.periods()).containsExactly(Y2015);
    assertThat(d.entitiesIn(Y2015)).containsExactly("a", "b", "c");
    assertThat(d.hasRow("c", Y2015)).isTrue();
    assertThat(d.hasRow("c", Y2016)).isFalse();
    assertThat(d.entitiesIn(Y2016)).isEmpty();
  }

  @Test
  void rowsSayWhichEntitiesHaveARowAndAreCopied() {
    BitSet rows = new BitSet();
    rows.set(0);
    rows.set(2);
    Dataset.ColumnarBuilder b = Dataset.columnar(ABC).column(Y2015, "tax", new long[] {1, 2, 3}, 0, null).rows(Y2015, rows);
    rows.set(1); // after the call: not seen
    Dataset d = b.build();

    assertThat(d.entitiesIn(Y2015)).containsExactly("a", "c");
    assertThat(d.hasRow("b", Y2015)).isFalse();
  }

  @Test
  void rowsMayBeGivenForAPeriodWithoutColumns() {
    BitSet rows = new BitSet();
    rows.set(1);
    Dataset d = Dataset.columnar(ABC).rows(Y2016, rows).build();

    assertThat(d.entitiesIn(Y2016)).containsExactly("b");
    assertThat(d.value("b", Y2016, "tax")).isEmpty();
  }

  @Test
  void rowsGivenBeforeAColumnAreKept() {
    BitSet rows = new BitSet();
    rows.set(2);
    Dataset d = Dataset.columnar(ABC).rows(Y2015, rows).column(Y2015, "tax", new long[] {1, 2, 3}, 0, null).build();

    assertThat(d.entitiesIn(Y2015)).containsExactly("c");
  }

  @Test
  void attributesGiveEachEntityItsValueAndNullNone() {
    Dataset d = Dataset.columnar(ABC).attribute("county", new String[] {"祥符区", null, "尉氏县"}).build();

    assertThat(d.attributes("a")).containsExactly(Map.entry("county", "祥符区"));
    assertThat(d.attributes("b")).isEmpty();
    assertThat(d.attributes("c")).containsExactly(Map.entry("county", "尉氏县"));
  }

  @Test
  void anEntityListedTwiceIsAnError() {
    assertThatThrownBy(() -> Dataset.columnar(List.of("a", "b", "a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("entity 'a' is listed twice");
  }

  @Test
  void aColumnOfAnotherLengthIsAnError() {
    Dataset.ColumnarBuilder b = Dataset.columnar(ABC);

    assertThatThrownBy(() -> b.column(Y2015, "tax", new long[2], 0, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column 'tax' has 2 values, but there are 3 entities");
    assertThatThrownBy(() -> b.column(Y2015, "tax", new BigDecimal[4]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column 'tax' has 4 values, but there are 3 entities");
    assertThatThrownBy(() -> b.attribute("county", new String[1]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attribute 'county' has 1 values, but there are 3 entities");
  }

  @Test
  void aColumnGivenTwiceIsAnErrorButTheSameKeyInAnotherPeriodIsNot() {
    Dataset.ColumnarBuilder b = Dataset.columnar(ABC).column(Y2015, "tax", new long[3], 0, null);

    assertThatThrownBy(() -> b.column(Y2015, "tax", new BigDecimal[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column 'tax' in 2015 is given twice");
    Dataset d = b.column(Y2016, "tax", new long[] {4, 5, 6}, 0, null).build();
    assertThat(d.value("c", Y2016, "tax")).contains(BigDecimal.valueOf(6));
  }

  @Test
  void noEntitiesMakeAnEmptyDataset() {
    Dataset d = Dataset.columnar(List.of()).column(Y2015, "tax", new long[0], 0, null).build();

    assertThat(d.entities()).isEmpty();
    assertThat(d.entitiesIn(Y2015)).isEmpty();
  }
}
