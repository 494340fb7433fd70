package io.github.kaohe.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of {@link DecimalMath}: inverses, order, and agreement between precisions. */
class DecimalMathProperties {
  private static final MathContext D34 = DecimalMath.PRECISION;
  private static final MathContext D60 = new MathContext(60, RoundingMode.HALF_EVEN);

  /** A positive decimal of 1 to 18 digits, from 10^-30 to 10^+40. */
  @Provide
  Arbitrary<BigDecimal> positives() {
    return Combinators.combine(
            Arbitraries.longs().between(1, 999_999_999_999_999_999L),
            Arbitraries.integers().between(-22, 30))
        .as((unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
  }

  /** A positive decimal near 1: |ln x| < 1. */
  @Provide
  Arbitrary<BigDecimal> nearOne() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("0.368"), new BigDecimal("2.718"))
        .ofScale(30)
        .edgeCases(e -> e.add(BigDecimal.ONE, new BigDecimal("1.000000000000000000000000000001")));
  }

  /** An argument of exp whose result stays within 10^±300. */
  @Provide
  Arbitrary<BigDecimal> exponents() {
    return Combinators.combine(Arbitraries.longs().between(-690_000_000_000L, 690_000_000_000L), Arbitraries.integers().between(9, 40))
        .as((unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
  }

  @Provide
  Arbitrary<RoundingMode> modes() {
    return Arbitraries.of(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
        RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN);
  }

  /**
   * The function at 60 digits (or more), rounded to {@code mc}'s 34. Rounding down to 60 digits and
   * then to 34 is rounding down to 34 (likewise up, floor, ceiling). The half modes round from 60
   * digits half even, which can land exactly on a 34-digit midpoint that the exact value only
   * comes near (exp(5E-34) = 1 + 5E-34 + 1.25E-67): then 120 and 240 digits decide.
   */
  private static BigDecimal viaMoreDigits(java.util.function.Function<MathContext, BigDecimal> f, MathContext mc) {
    BigDecimal v = BigDecimal.ZERO;
    for (int digits = 60; digits <= 240; digits *= 2) {
      RoundingMode mode = mc.getRoundingMode();
      boolean directed = mode == RoundingMode.UP || mode == RoundingMode.DOWN || mode == RoundingMode.CEILING || mode == RoundingMode.FLOOR;
      v = f.apply(new MathContext(digits, directed ? mode : RoundingMode.HALF_EVEN));
      BigDecimal down = v.round(new MathContext(mc.getPrecision(), RoundingMode.DOWN));
      BigDecimal up = v.round(new MathContext(mc.getPrecision(), RoundingMode.UP));
      boolean onAMidpoint = down.add(up).compareTo(v.add(v)) == 0 && down.compareTo(up) != 0;
      if (directed || !onAMidpoint) {
        break;
      }
    }
    return v.round(mc);
  }

  private static BigDecimal ulp34(BigDecimal v) {
    return v.round(D34).ulp();
  }

  @Property(tries = 300)
  void expOfLnIsTheValueWithinOneUlp(@ForAll("positives") BigDecimal x) {
    // ln to ten more digits (|ln x| < 100), so that its own error stays far below an ulp of x
    BigDecimal y = DecimalMath.ln(x, new MathContext(44, RoundingMode.HALF_EVEN));

    BigDecimal back = DecimalMath.exp(y, D34);

    assertThat(back.subtract(x.round(D34)).abs()).as("exp(ln %s) = %s", x, back).isLessThanOrEqualTo(ulp34(x));
  }

  @Property(tries = 200)
  void expOfLnAt34DigitsIsTheValueWithinOneUlpNearOne(@ForAll("nearOne") BigDecimal x) {
    BigDecimal back = DecimalMath.exp(DecimalMath.ln(x, D34), D34);

    assertThat(back.subtract(x.round(D34)).abs()).as("exp(ln %s) = %s", x, back).isLessThanOrEqualTo(ulp34(x));
  }

  @Property(tries = 300)
  void lnIsStrictlyIncreasing(@ForAll("positives") BigDecimal a, @ForAll("positives") BigDecimal b) {
    int c = a.compareTo(b);

    assertThat(DecimalMath.ln(a, D34).compareTo(DecimalMath.ln(b, D34))).as("ln %s against ln %s", a, b).isEqualTo(c);
  }

  @Property(tries = 200)
  void lnAt34DigitsIsLnAt60DigitsRounded(@ForAll("positives") BigDecimal x, @ForAll("modes") RoundingMode mode) {
    MathContext mc = new MathContext(34, mode);

    assertThat(DecimalMath.ln(x, mc)).isEqualByComparingTo(viaMoreDigits(c -> DecimalMath.ln(x, c), mc));
    assertThat(DecimalMath.log10(x, mc)).isEqualByComparingTo(viaMoreDigits(c -> DecimalMath.log10(x, c), mc));
  }

  @Property(tries = 200)
  void expAt34DigitsIsExpAt60DigitsRounded(@ForAll("exponents") BigDecimal x, @ForAll("modes") RoundingMode mode) {
    MathContext mc = new MathContext(34, mode);

    assertThat(DecimalMath.exp(x, mc)).isEqualByComparingTo(viaMoreDigits(c -> DecimalMath.exp(x, c), mc));
  }

  @Property(tries = 200)
  void sqrtAt34DigitsIsSqrtAt60DigitsRoundedAndSquaresBack(@ForAll("positives") BigDecimal x, @ForAll("modes") RoundingMode mode) {
    MathContext mc = new MathContext(34, mode);
    BigDecimal r = DecimalMath.sqrt(x, mc);

    assertThat(r).isEqualByComparingTo(viaMoreDigits(c -> DecimalMath.sqrt(x, c), mc));
    assertThat(r.signum()).isPositive();
    // the square of a perfect square's root is the value
    BigDecimal square = x.multiply(x);
    assertThat(DecimalMath.sqrt(square, MathContext.UNLIMITED)).isEqualByComparingTo(x);
  }

  @Property(tries = 200)
  void powAt34DigitsIsPowAt60DigitsRounded(
      @ForAll("positives") BigDecimal base, @ForAll("exponentOfPow") BigDecimal y, @ForAll("modes") RoundingMode mode) {
    MathContext mc = new MathContext(34, mode);
    // 1 ≤ b < 10 or 0.1 ≤ b < 1, so that |y ln b| < 100
    BigDecimal b = base.scaleByPowerOfTen(-(base.precision() - base.scale() - 1) - base.precision() % 2);

    assertThat(DecimalMath.pow(b, y, mc)).as("pow(%s, %s)", b, y).isEqualByComparingTo(viaMoreDigits(c -> DecimalMath.pow(b, y, c), mc));
  }

  @Provide
  Arbitrary<BigDecimal> exponentOfPow() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(-40, 40).map(BigDecimal::valueOf),
        Arbitraries.bigDecimals().between(new BigDecimal("-30"), new BigDecimal("30")).ofScale(3),
        Arbitraries.of(new BigDecimal("0.5"), new BigDecimal("-0.5"), new BigDecimal("1.5"), new BigDecimal("0.25")));
  }

  @Property(tries = 200)
  void wholePowersAreExactProducts(@ForAll("positives") BigDecimal base, @ForAll("smallWhole") int n) {
    BigDecimal b = base.round(new MathContext(6));

    assertThat(DecimalMath.pow(b, BigDecimal.valueOf(n), MathContext.UNLIMITED)).isEqualByComparingTo(b.pow(n));
    assertThat(DecimalMath.pow(b.negate(), BigDecimal.valueOf(n), MathContext.UNLIMITED)).isEqualByComparingTo(b.negate().pow(n));
  }

  @Provide
  Arbitrary<Integer> smallWhole() {
    return Arbitraries.integers().between(0, 12);
  }

  @Property(tries = 200)
  void geometricMeanLiesBetweenTheSmallestAndTheLargestFraction(
      @ForAll("positives") BigDecimal p1, @ForAll("positives") BigDecimal p2, @ForAll("smallWhole") int w1, @ForAll("smallWhole") int w2) {
    BigDecimal a = p1.round(new MathContext(8));
    BigDecimal b = p2.round(new MathContext(8));
    BigDecimal weight1 = BigDecimal.valueOf(w1 + 1L);
    BigDecimal weight2 = BigDecimal.valueOf(w2);
    List<BigDecimal> ones = List.of(BigDecimal.ONE, BigDecimal.ONE);

    BigDecimal g = DecimalMath.geometricMean(List.of(a, b), ones, List.of(weight1, weight2), D34);

    BigDecimal low = a.min(b).round(new MathContext(34, RoundingMode.FLOOR));
    BigDecimal high = a.max(b).round(new MathContext(34, RoundingMode.CEILING));
    assertThat(g).isBetween(w2 == 0 ? a.round(D34) : low, w2 == 0 ? a.round(D34) : high);
    // Π xᵢ^(wᵢ/Σw) = exp(Σ wᵢ ln xᵢ / Σw), computed here at 60 digits
    BigDecimal logs =
        weight1.multiply(DecimalMath.ln(a, D60)).add(weight2.multiply(DecimalMath.ln(b, D60))).divide(weight1.add(weight2), D60);
    assertThat(g).isEqualByComparingTo(DecimalMath.exp(logs, D60).round(D34));
  }

  @Property(tries = 100)
  void exactSquaresOfLongDecimalsHaveExactRoots(@ForAll("positives") BigDecimal x) {
    BigDecimal v = x.add(new BigDecimal(BigInteger.ONE, 40)); // 40 decimals and more
    assertThat(DecimalMath.sqrt(v.multiply(v), MathContext.UNLIMITED)).isEqualByComparingTo(v);
  }
}
