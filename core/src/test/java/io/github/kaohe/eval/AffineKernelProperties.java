package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.internal.columns.LongDecimals;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A column scored at a time, by the tight loops, gives what the kernel gives a value at a time. */
class AffineKernelProperties {
  @Property(tries = 5000)
  void aConstantDenominatorGivesTheQuotientOfADivision(@ForAll("numerators") long b, @ForAll("values") long x,
      @ForAll("denominators") long c, @ForAll RoundingMode mode) {
    if (mode == RoundingMode.UNNECESSARY || x == LongDecimals.OVERFLOW) { // not a value: the marker of one too wide
      return;
    }
    Kernel k = AffineKernel.builder(mode).numerator(0, b).denominator(c, 0).build();
    long num = LongDecimals.multiply(b, x);
    long expected = num == LongDecimals.OVERFLOW ? Kernel.SLOW : LongDecimals.divide(num, c, mode);
    assertThat(k.points(x)).isEqualTo(expected);
    long[] out = new long[3];
    k.points(new long[] {7, x, -x}, 1, 2, out);
    assertThat(out).containsExactly(0, expected, 0);
  }

  @Property(tries = 5000)
  void aColumnAtATimeScoresAsAValueAtATime(@ForAll("numerators") long a, @ForAll("numerators") long b,
      @ForAll("denominators") long c, @ForAll("values") long lo, @ForAll("values") long cut, @ForAll RoundingMode mode,
      @ForAll("columns") long[] x) {
    if (mode == RoundingMode.UNNECESSARY) {
      return;
    }
    AffineKernel.Builder builder = AffineKernel.builder(mode).numerator(a, b).denominator(c, 0).cut(cut, 42)
        .points(-1_000_000_000L, 1_000_000_000L);
    if (lo != LongDecimals.OVERFLOW) {
      builder.clamp(Math.min(lo, lo / 2 + 5), Math.max(lo, lo / 2 + 5));
    }
    Kernel k = builder.build();
    long[] out = new long[x.length];
    k.points(x, 0, x.length, out);
    for (int e = 0; e < x.length; e++) {
      assertThat(out[e]).as("x = %d", x[e]).isEqualTo(k.points(x[e]));
    }
  }

  /**
   * Points not clamped and rounded half up: the branchless loop, where every value of the column
   * lies in its range (no clamp, no cut, no overflow), else the careful one; the totals get each
   * answer but SLOW added, whichever loop gave it.
   */
  @Property(tries = 5000)
  void aColumnAddedToTotalsScoresAsAValueAtATime(@ForAll("numerators") long a, @ForAll("numerators") long b,
      @ForAll("denominators") long c, @ForAll("values") long lo, @ForAll("values") long cut, @ForAll boolean halfUp,
      @ForAll("columns") long[] x, @ForAll long seed) {
    AffineKernel.Builder builder = AffineKernel.builder(halfUp ? RoundingMode.HALF_UP : RoundingMode.HALF_EVEN)
        .numerator(a, b).denominator(c, 0);
    if (cut != LongDecimals.OVERFLOW && seed % 3 == 0) {
      builder.cut(cut, 42);
    }
    if (lo != LongDecimals.OVERFLOW && seed % 5 == 0) {
      builder.clamp(Math.min(lo, lo / 2 + 5), Math.max(lo, lo / 2 + 5));
    }
    Kernel k = builder.build();
    long[] totals = new java.util.SplittableRandom(seed).longs(x.length, -1_000_000, 1_000_000).toArray();
    long[] before = totals.clone();
    long[] out = new long[x.length + 2];
    int slow = (int) java.util.Arrays.stream(x).filter(v -> k.points(v) == Kernel.SLOW).count();
    long[] addedOnly = totals.clone();
    long[] scratch = new long[x.length];
    assertThat(k.pointsAdded(x, 0, x.length, scratch, 0, addedOnly, false)).isEqualTo(slow);
    assertThat(k.pointsAdded(x, 0, x.length, out, 2, totals, true)).isEqualTo(slow);
    assertThat(addedOnly).as("the points not kept").containsExactly(totals);
    if (slow > 0) {
      assertThat(scratch).as("the points not kept, with one SLOW").containsExactly(java.util.Arrays.copyOfRange(out, 2, out.length));
    }
    long[] plain = new long[x.length];
    k.points(x, 0, x.length, plain);
    for (int e = 0; e < x.length; e++) {
      long p = k.points(x[e]);
      assertThat(out[e + 2]).as("x = %d", x[e]).isEqualTo(p);
      assertThat(plain[e]).as("x = %d", x[e]).isEqualTo(p);
      assertThat(totals[e]).as("x = %d", x[e]).isEqualTo(p == Kernel.SLOW ? before[e] : before[e] + p);
    }
  }

  /** A clamp that lies wholly below the cut leaves no value for the branchless loop: every one is cut. */
  @net.jqwik.api.Example
  void aClampBelowTheCutCutsEveryValue() {
    Kernel k = AffineKernel.builder(RoundingMode.HALF_UP).numerator(0, 1).denominator(1, 0).cut(562_949_953_420_312L, 42)
        .clamp(0, 5).build();
    long[] x = {-9_222_809_086_901_355_496L, 3, 1L << 60};
    long[] out = new long[3];
    k.points(x, 0, 3, out);
    assertThat(out).containsExactly(42, 42, 42);
  }

  /**
   * From the values' fractions ({@link Fractions}), by a multiplication and a shift, the same
   * totals as by division; the values lie at random or right beside a rounding boundary (where
   * the fraction's error may straddle it and the division must decide).
   */
  @Property(tries = 2000)
  void pointsFromFractionsAreThoseOfADivision(@ForAll("fractionNumerators") long b, @ForAll("fractionDenominators") long c,
      @ForAll long seed) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    int n = random.nextInt(1, 60);
    long[] x = new long[n];
    long top = Math.max(1, Math.min(c * 4 / b, 1L << 40)); // points up to about 4
    for (int e = 0; e < n; e++) {
      if (random.nextBoolean()) {
        x[e] = random.nextLong(top) + 1;
      } else { // b·t just below, at or above (m + 1/2)·c
        long m = random.nextLong(4);
        long t = (m * c + c / 2) / b + random.nextInt(-1, 2);
        x[e] = Math.max(1, t);
      }
    }
    Kernel k = AffineKernel.builder(RoundingMode.HALF_UP).numerator(0, b).denominator(c, 0).cut(0, 0).build();
    Fractions.Column f = new Fractions(n, 1).of(0, x, c);
    long[] exact = new long[n];
    k.pointsAdded(x, 0, n, new long[n], 0, exact, true);
    long[] fromFractions = new long[n];
    long[] stored = new long[n];
    long[] storedTotals = new long[n];
    if (f != null && ((AffineKernel) k).addedByFraction(x, f, 0, n, fromFractions, null)) {
      assertThat(fromFractions).containsExactly(exact);
      assertThat(((AffineKernel) k).addedByFraction(x, f, 0, n, storedTotals, stored)).isTrue();
      assertThat(stored).as("the points stored").containsExactly(exact);
      assertThat(storedTotals).containsExactly(exact);
    }
  }

  @Provide
  Arbitrary<Long> fractionNumerators() {
    return Arbitraries.oneOf(Arbitraries.longs().between(1, 1000), Arbitraries.longs().between(1, 1L << 24));
  }

  @Provide
  Arbitrary<Long> fractionDenominators() {
    return Arbitraries.oneOf(Arbitraries.longs().between(2, 10_000), Arbitraries.longs().between(1L << 20, 1L << 50),
        Arbitraries.of(3L, 7L, 1000L, 100_000_000L, 1L << 40));
  }

  @Provide
  Arbitrary<long[]> columns() {
    return values().array(long[].class).ofMaxSize(20);
  }

  @Provide
  Arbitrary<Long> numerators() {
    return Arbitraries.oneOf(Arbitraries.longs().between(-1000, 1000), Arbitraries.longs().between(1, 1L << 30),
        Arbitraries.of(1L, 3L, 7L, 10_000L, 1L << 25));
  }

  @Provide
  Arbitrary<Long> values() {
    return Arbitraries.oneOf(Arbitraries.longs().between(-100_000, 100_000),
        Arbitraries.longs().between((1L << 49) - 1000, (1L << 51) + 1000), Arbitraries.longs().between(-(1L << 51), 1L << 51),
        Arbitraries.longs());
  }

  @Provide
  Arbitrary<Long> denominators() {
    return Arbitraries.oneOf(Arbitraries.longs().between(1, 1000), Arbitraries.longs().between(1, Long.MAX_VALUE >> 1),
        Arbitraries.of(3L, 7L, 100L, 1L << 50, (1L << 62) - 1));
  }
}
