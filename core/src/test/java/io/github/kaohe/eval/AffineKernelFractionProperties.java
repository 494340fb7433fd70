package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever the kernel and the column, {@link AffineKernel#addedByFraction} either adds and stores
 * the exact points, or answers false and touches nothing: never a value scored past a clamp or a
 * cut it did not see.
 */
class AffineKernelFractionProperties {
  @Property(tries = 3000)
  void fractionsAddTheExactPointsOrNothing(@ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    AffineKernelReference reference = AffineKernelCases.kernel(r, true);
    long[] x = Arrays.stream(AffineKernelCases.column(r, reference)).map(v -> v == Long.MIN_VALUE ? 0 : Math.abs(v)).toArray();
    // most often the case it serves: values up to 10·c (b·t/c well below 2^14, the precision it
    // needs) and at the clamp's and the cut's ends
    if (r.nextInt(3) > 0) {
      long c = new long[] {3, 7, 1000, r.nextLong(2, 1L << 30)}[r.nextInt(4)];
      long cut = r.nextBoolean() ? Long.MIN_VALUE : r.nextLong(0, 10 * c);
      long lo = r.nextBoolean() ? Long.MIN_VALUE + 1 : r.nextLong(0, 10 * c);
      long hi = r.nextBoolean() ? Long.MAX_VALUE : Math.max(lo, 0) + r.nextLong(0, 10 * c);
      reference = new AffineKernelReference(java.math.RoundingMode.HALF_UP, 1, lo, hi, cut,
          42, 0, r.nextLong(1, 500), c, 0, Long.MIN_VALUE + 1, Long.MAX_VALUE);
      long[] ends = {lo, hi, cut};
      for (int e = 0; e < x.length; e++) {
        long end = ends[r.nextInt(3)] + r.nextInt(-1, 2);
        x[e] = r.nextBoolean() || end < 0 || end > 10 * c ? r.nextLong(0, 10 * c) : end;
      }
    }
    AffineKernel kernel = reference.kernel();
    Fractions.Column f = new Fractions(x.length, 1).of(0, x, Math.max(1, reference.c()));
    if (f == null) {
      return; // values too far above c for the fractions' precision
    }
    long[] before = r.longs(x.length, -1000, 1000).toArray();
    long[] totals = before.clone();
    long[] out = new long[x.length];
    String about = reference + ", x = " + Arrays.toString(x);
    boolean served = kernel.addedByFraction(x, f, 0, x.length, totals, out);
    Statistics.collect(served ? "served" : "refused");
    if (served) {
      for (int e = 0; e < x.length; e++) {
        long p = reference.points(x[e]);
        assertThat(out[e]).as(about).isEqualTo(p);
        assertThat(totals[e]).as(about).isEqualTo(before[e] + p);
      }
    } else {
      assertThat(totals).as(about).containsExactly(before);
      assertThat(out).as(about).containsOnly(0);
    }
  }
}
