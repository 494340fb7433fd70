package io.github.kaohe.internal.columns;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Columns read at another size, copied with one row changed, and gathered into a store (mutation
 * testing found these unchecked).
 */
class ColumnCopiesTest {
  private static DecimalColumn mixed() {
    DecimalColumn.Builder b = new DecimalColumn.Builder(5);
    b.set(0, new BigDecimal("12.50"));
    b.set(1, new BigDecimal("3"));
    b.set(3, new BigDecimal("123456789012345678901234567890"));
    b.set(4, new BigDecimal("0.125"));
    return b.build(5);
  }

  @Test
  void aResizedColumnKeepsTheRowsBothSizesHaveAsTheyWereGiven() {
    DecimalColumn c = mixed();
    assertThat(c.resized(5)).isSameAs(c);

    DecimalColumn shorter = c.resized(4);
    assertThat(shorter.size()).isEqualTo(4);
    assertThat(shorter.get(0)).hasToString("12.50");
    assertThat(shorter.get(1)).hasToString("3");
    assertThat(shorter.get(2)).isNull();
    assertThat(shorter.get(3)).hasToString("123456789012345678901234567890");
    assertThat(shorter.has(4)).isFalse();
    assertThat(shorter.count()).isEqualTo(3);

    DecimalColumn longer = c.resized(70);
    assertThat(longer.size()).isEqualTo(70);
    assertThat(longer.get(4)).hasToString("0.125");
    assertThat(longer.get(0)).hasToString("12.50");
    assertThat(longer.has(5)).isFalse();
    assertThat(longer.has(69)).isFalse();
    assertThat(longer.count()).isEqualTo(4);
  }

  @Test
  void aColumnWithOneRowChangedKeepsEveryOtherRow() {
    DecimalColumn c = mixed();

    DecimalColumn set = c.with(2, new BigDecimal("7.5"));
    assertThat(set.get(2)).hasToString("7.5");
    assertThat(set.get(0)).hasToString("12.50");
    assertThat(set.get(1)).hasToString("3");
    assertThat(set.get(3)).hasToString("123456789012345678901234567890");
    assertThat(set.get(4)).hasToString("0.125");
    assertThat(set.count()).isEqualTo(5);
    assertThat(c.get(2)).isNull();

    DecimalColumn cleared = c.with(0, null);
    assertThat(cleared.has(0)).isFalse();
    assertThat(cleared.get(4)).hasToString("0.125");
    assertThat(cleared.count()).isEqualTo(3);

    DecimalColumn replaced = c.with(3, BigDecimal.ONE);
    assertThat(replaced.get(3)).hasToString("1");
    assertThat(replaced.hasWide()).isFalse();
  }

  @Test
  void aColumnOfSameScaleValuesReadsEachAtThatScale() {
    DecimalColumn.Builder b = new DecimalColumn.Builder(3);
    b.set(0, 125, 2);
    b.set(2, -7, 2);
    DecimalColumn c = b.build(3);
    assertThat(c.scale()).isEqualTo(2);
    assertThat(c.get(0)).hasToString("1.25");
    assertThat(c.get(2)).hasToString("-0.07");
    assertThat(c.with(1, new BigDecimal("0.5")).get(2)).hasToString("-0.07");
    assertThat(c.unscaledValues()).containsExactly(125, 0, -7);
    assertThat(Bits.count(c.presentBits())).isEqualTo(2);
  }

  @Test
  void aBuilderReadsBackWhatItWasGivenAndAWideValueSetAgainAsALongIsNoLongerWide() {
    DecimalColumn.Builder b = new DecimalColumn.Builder(1);
    b.set(40, new BigDecimal("2.50"));
    b.set(1, new BigDecimal("123456789012345678901234567890"));
    assertThat(b.has(40)).isTrue();
    assertThat(b.get(40)).hasToString("2.50");
    assertThat(b.get(1)).hasToString("123456789012345678901234567890");
    assertThat(b.build(41).hasWide()).isTrue();
    assertThat(b.get(2)).isNull();
    b.set(1, 5, 0);
    assertThat(b.get(1)).hasToString("5");
    DecimalColumn c = b.build(41);
    assertThat(c.hasWide()).isFalse();
    assertThat(c.get(1)).hasToString("5");
    assertThat(c.get(40)).hasToString("2.50");
  }

  @Test
  void aValueWhoseScaleDoesNotFitAByteIsKeptWhole() {
    DecimalColumn.Builder b = new DecimalColumn.Builder(2);
    b.set(0, 3, 200);
    b.set(1, 4, -200);
    DecimalColumn c = b.build(2);
    assertThat(c.get(0)).isEqualTo(BigDecimal.valueOf(3, 200));
    assertThat(c.get(1)).isEqualTo(BigDecimal.valueOf(4, -200));
    assertThat(c.fits(0)).isFalse();
    assertThat(c.scale()).isZero();
  }

  @Test
  void aColumnOfDecimalsAndAnEmptyColumn() {
    DecimalColumn logs = DecimalColumn.ofDecimals(new BigDecimal[] {new BigDecimal("0.6931"), null});
    assertThat(logs.size()).isEqualTo(2);
    assertThat(logs.get(0)).hasToString("0.6931");
    assertThat(logs.has(1)).isFalse();
    assertThat(logs.fits(0)).isFalse();
    assertThat(logs.count()).isEqualTo(1);

    DecimalColumn empty = DecimalColumn.empty(3);
    assertThat(empty.size()).isEqualTo(3);
    assertThat(empty.count()).isZero();
    assertThat(empty.get(2)).isNull();
    assertThat(empty.unscaled(2)).isZero();
    assertThat(empty.touch(2)).isZero();
    assertThat(empty.hasWide()).isFalse();
  }

  @Test
  void aStoreGathersEntitiesAttributesAndPeriodsAndAddsAColumnWithoutChangingItself() {
    ColumnStore.Builder<Integer> b = new ColumnStore.Builder<>(2);
    int a = b.entity("b-zone");
    int z = b.entity("a-zone");
    assertThat(b.entity("b-zone")).isEqualTo(a);
    assertThat(b.find("a-zone")).isEqualTo(z);
    assertThat(b.find("c-zone")).isEqualTo(-1);
    assertThat(b.size()).isEqualTo(2);
    assertThat(b.id(z)).isEqualTo("a-zone");
    b.attribute("county").set(a, "东区");
    b.row(a, 2015);
    b.row(z, 2015);
    b.row(z, 2016);
    b.column(2015, "tax").set(a, new BigDecimal("100"));
    b.column(2015, "tax").set(z, new BigDecimal("80"));
    b.column(2016, "tax").set(z, new BigDecimal("90"));
    assertThat(b.hasRow(a, 2016)).isFalse();
    assertThat(b.hasRow(z, 2016)).isTrue();
    assertThat(b.hasRow(z, 2017)).isFalse();
    b.removeRow(z, 2015);
    b.removeRow(z, 2017);
    ColumnStore<Integer> store = b.build();

    assertThat(store.size()).isEqualTo(2);
    assertThat(store.periods().keySet()).containsExactly(2015, 2016);
    assertThat(store.period(2015).hasRow(a)).isTrue();
    assertThat(store.period(2015).hasRow(z)).isFalse();
    assertThat(store.column(2015, "tax").get(a)).hasToString("100");
    assertThat(store.column(2015, "tax").has(z)).isFalse();
    assertThat(store.column(2016, "tax").get(z)).hasToString("90");
    assertThat(store.column(2017, "tax").size()).isEqualTo(2);
    assertThat(store.column(2015, "growth").count()).isZero();
    assertThat(store.period(2017)).isNull();
    assertThat(store.attributes().get("county").get(a)).isEqualTo("东区");
    assertThat(store.attributes().get("county").get(z)).isNull();
    assertThat(store.index().find("a-zone")).isEqualTo(z);
    // ranks in the order of the ids: a-zone before b-zone
    assertThat(store.idRanks()).containsExactly(1, 0);
    assertThat(store.idRanks()).isSameAs(store.idRanks());

    DecimalColumn growth = DecimalColumn.ofDecimals(new BigDecimal[] {null, new BigDecimal("12.5")});
    ColumnStore<Integer> more = store.withColumn(2017, "growth", growth, z);
    assertThat(more.column(2017, "growth").get(z)).hasToString("12.5");
    assertThat(more.period(2017).hasRow(z)).isTrue();
    assertThat(more.period(2017).hasRow(a)).isFalse();
    assertThat(more.column(2015, "tax").get(a)).hasToString("100");
    assertThat(more.idRanks()).containsExactly(1, 0);
    assertThat(store.period(2017)).isNull();

    ColumnStore<Integer> again = more.withColumn(2015, "growth", growth, z);
    assertThat(again.period(2015).hasRow(z)).isTrue();
    assertThat(again.period(2015).hasRow(a)).isTrue();
    assertThat(again.column(2015, "tax").get(a)).hasToString("100");
    assertThat(more.period(2015).hasRow(z)).isFalse();
  }

  @Test
  void aTextColumnReadsNothingBeyondItsRowsAndForgetsAClearedValue() {
    TextColumn.Builder b = new TextColumn.Builder(1);
    b.set(20, "西区");
    b.set(1, "东区");
    b.set(1, null);
    b.set(2, "西区");
    assertThat(b.get(20)).isEqualTo("西区");
    assertThat(b.get(1)).isNull();
    assertThat(b.get(99)).isNull();
    TextColumn c = b.build(21);
    assertThat(c.get(1)).isNull();
    assertThat(c.code(1)).isEqualTo(-1);
    assertThat(c.code(2)).isZero();
    assertThat(c.value(c.code(20))).isEqualTo("西区");
    assertThat(c.get(500)).isNull();
    assertThat(c.code(500)).isEqualTo(-1);
    assertThat(c.get(21)).isNull();
    assertThat(c.code(21)).isEqualTo(-1);
    assertThat(b.get(32)).isNull();
    b.set(100, "北区");
    assertThat(b.get(100)).isEqualTo("北区");
    assertThat(c.distinct()).isEqualTo(2);
  }

  @Test
  void aBuilderGrowsToTheRowItIsGivenFarBeyondItsCapacity() {
    DecimalColumn.Builder b = new DecimalColumn.Builder(1);
    b.set(100, new BigDecimal("1.5"));
    assertThat(b.get(100)).hasToString("1.5");
    assertThat(b.build(101).get(100)).hasToString("1.5");
  }

  @Test
  void eighteenDigitsAndAScaleOf127StillFitALong() {
    DecimalColumn.Builder b = new DecimalColumn.Builder(2);
    b.set(0, new BigDecimal("123456789012345678"));
    b.set(1, BigDecimal.valueOf(5, 127));
    DecimalColumn.Builder first = new DecimalColumn.Builder(1);
    first.set(0, new BigDecimal("123456789012345678"));
    assertThat(first.build(1).fits(0)).isTrue();
    assertThat(first.build(1).get(0)).hasToString("123456789012345678");
    DecimalColumn.Builder tiny = new DecimalColumn.Builder(1);
    tiny.set(0, 5, 127);
    assertThat(tiny.build(1).fits(0)).isTrue();
    assertThat(tiny.build(1).get(0)).isEqualTo(BigDecimal.valueOf(5, 127));
    DecimalColumn.Builder tinier = new DecimalColumn.Builder(1);
    tinier.set(0, BigDecimal.valueOf(5, 127));
    assertThat(tinier.build(1).fits(0)).isTrue();
    assertThat(b.get(1)).isEqualTo(BigDecimal.valueOf(5, 127));
  }

  @Test
  void touchMixesThePresenceWordTheValueAWideValuesScaleAndTheValuesOwnScale() {
    DecimalColumn.Builder b = new DecimalColumn.Builder(3);
    b.set(0, new BigDecimal("12.50"));
    b.set(1, new BigDecimal("1234567890123456789012345678.90"));
    b.set(2, new BigDecimal("0.125"));
    DecimalColumn c = b.build(3);
    // rows 0, 1 and 2 present (7); scale 3: 12500 at its own scale 2, the wide value at scale 2, 125 at 3
    assertThat(c.touch(0)).isEqualTo(7 ^ 12500 ^ 2);
    assertThat(c.touch(1)).isEqualTo(7 ^ 2);
    assertThat(c.touch(2)).isEqualTo(7 ^ 125 ^ 3);
  }
}
