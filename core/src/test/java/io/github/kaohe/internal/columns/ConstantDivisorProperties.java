package io.github.kaohe.internal.columns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Division by a multiplication gives the processor's quotient for every numerator below the limit. */
class ConstantDivisorProperties {
  @Property(tries = 20_000)
  void theFloorIsTheQuotientOfADivision(@ForAll("numerators") long n, @ForAll("divisors") long d) {
    assertThat(ConstantDivisor.of(d).floor(n)).as("%d / %d", n, d).isEqualTo(n / d);
  }

  @Property(tries = 2_000)
  void aNumeratorNextToAMultipleFallsOnTheRightSideOfIt(@ForAll("divisors") long d, @ForAll("quotients") long q) {
    ConstantDivisor divisor = ConstantDivisor.of(d);
    long multiple = q * d;
    if (q > (ConstantDivisor.LIMIT - 1) / d) {
      return; // past the limit
    }
    assertThat(divisor.floor(multiple)).isEqualTo(q);
    if (multiple > 0) {
      assertThat(divisor.floor(multiple - 1)).isEqualTo(q - 1);
    }
    if (multiple + d - 1 < ConstantDivisor.LIMIT) {
      assertThat(divisor.floor(multiple + d - 1)).isEqualTo(q);
    }
  }

  @Example
  void theExtremesOfEveryDivisorSize() {
    long n = ConstantDivisor.LIMIT - 1;
    for (int bits = 2; bits < 63; bits++) {
      for (long d : new long[] {(1L << bits) - 1, 1L << bits, (1L << bits) + 1}) {
        ConstantDivisor divisor = ConstantDivisor.of(d);
        assertThat(divisor.divisor()).isEqualTo(d);
        assertThat(divisor.floor(n)).as("%d / %d", n, d).isEqualTo(n / d);
        assertThat(divisor.floor(d - 1)).isZero();
        assertThat(divisor.floor(0)).isZero();
      }
    }
    assertThat(ConstantDivisor.of(Long.MAX_VALUE).floor(n)).isZero();
  }

  @Example
  void aDivisorBelowThreeIsRefused() {
    assertThatThrownBy(() -> ConstantDivisor.of(2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a constant divisor must be at least 3: 2");
  }

  @Provide
  Arbitrary<Long> numerators() {
    return Arbitraries.oneOf(Arbitraries.longs().between(0, 1_000_000),
        Arbitraries.longs().between(0, ConstantDivisor.LIMIT - 1),
        Arbitraries.longs().between(ConstantDivisor.LIMIT - 1_000_000, ConstantDivisor.LIMIT - 1));
  }

  @Provide
  Arbitrary<Long> divisors() {
    return Arbitraries.oneOf(Arbitraries.longs().between(3, 100_000), Arbitraries.longs().between(3, Long.MAX_VALUE),
        Arbitraries.integers().between(2, 62).map(b -> 1L << b),
        Arbitraries.integers().between(2, 62).map(b -> (1L << b) + 1),
        Arbitraries.of(94_589_780_000L, 10_000L, 7L, 3L));
  }

  @Provide
  Arbitrary<Long> quotients() {
    return Arbitraries.oneOf(Arbitraries.longs().between(0, 100_000), Arbitraries.longs().between(0, 1L << 40));
  }
}
