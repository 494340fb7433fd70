package io.github.kaohe.internal.columns;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalColumnTest {
  @Test
  void valuesKeepTheScaleTheyWereGivenAtInAColumnOfTheLargestScale() {
    DecimalColumn.Builder b = new DecimalColumn.Builder(4);
    b.set(0, new BigDecimal("12.50"));
    b.set(2, new BigDecimal("3.14159"));
    b.set(3, new BigDecimal("100"));
    DecimalColumn c = b.build(5);
    assertThat(c.scale()).isEqualTo(5);
    assertThat(c.unscaled(0)).isEqualTo(1_250_000);
    assertThat(c.get(0)).hasToString("12.50");
    assertThat(c.get(2)).hasToString("3.14159");
    assertThat(c.get(3)).hasToString("100");
    assertThat(c.get(1)).isNull();
    assertThat(c.get(4)).isNull();
    assertThat(c.has(1)).isFalse();
    assertThat(c.count()).isEqualTo(3);
  }

  @Test
  void aValueThatDoesNotFitALongAtTheColumnsScaleIsKeptAsADecimal() {
    DecimalColumn.Builder b = new DecimalColumn.Builder(2);
    b.set(0, new BigDecimal("0.000000000000000001"));
    b.set(1, new BigDecimal("123456789012.5"));
    b.set(2, new BigDecimal("123456789012345678901234567890"));
    DecimalColumn c = b.build(3);
    assertThat(c.fits(0)).isTrue();
    assertThat(c.fits(1)).isFalse();
    assertThat(c.get(1)).hasToString("123456789012.5");
    assertThat(c.fits(2)).isFalse();
    assertThat(c.get(2)).hasToString("123456789012345678901234567890");
    assertThat(c.hasWide()).isTrue();
  }

  @Test
  void aClearedValueIsMissing() {
    DecimalColumn.Builder b = new DecimalColumn.Builder(2);
    b.set(0, 5, 0);
    b.set(1, 7, 1);
    b.clear(0);
    DecimalColumn c = b.build(2);
    assertThat(c.has(0)).isFalse();
    assertThat(c.get(1)).hasToString("0.7");
  }

  @Test
  void theSmallestLongIsNotMistakenForAValue() {
    DecimalColumn.Builder b = new DecimalColumn.Builder(1);
    b.set(0, Long.MIN_VALUE, 0);
    DecimalColumn c = b.build(1);
    assertThat(c.fits(0)).isFalse();
    assertThat(c.get(0)).isEqualTo(BigDecimal.valueOf(Long.MIN_VALUE));
  }
}
