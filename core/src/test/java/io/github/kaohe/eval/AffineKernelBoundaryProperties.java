package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * At the boundaries where the kernel's paths part (clamps, cut, the safe bound of its fast loops,
 * the end of 64 bits, a rounding's halfway mark), every path gives the contract's exact answer:
 * a value at a time, a column at a time, and a column added to totals, kept or not.
 */
class AffineKernelBoundaryProperties {
  @Property(tries = 3000)
  void aValueIsScoredExactly(@ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    AffineKernelReference reference = AffineKernelCases.kernel(r, false);
    AffineKernel kernel = reference.kernel();
    for (long x : AffineKernelCases.edges(r, reference)) {
      long p = kernel.points(x);
      assertThat(p).as("%s, x = %d", reference, x).isEqualTo(reference.points(x));
      if (p != Kernel.SLOW) {
        assertThat(Kernel.magnitude(p)).as("%s, x = %d: within greatest()", reference, x)
            .isLessThanOrEqualTo(kernel.greatest());
      }
    }
  }

  @Property(tries = 3000)
  void aColumnIsScoredExactly(@ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    AffineKernelReference reference = AffineKernelCases.kernel(r, true);
    AffineKernel kernel = reference.kernel();
    long[] x = AffineKernelCases.column(r, reference);
    long[] expected = Arrays.stream(x).map(reference::points).toArray();
    String about = reference + ", x = " + Arrays.toString(x);

    long[] out = new long[x.length + 1]; // into a chunk's scratch, one place along
    kernel.points(x, 0, x.length, out, 1);
    assertThat(Arrays.copyOfRange(out, 1, out.length)).as(about).containsExactly(expected);

    long[] before = r.longs(x.length, -1000, 1000).toArray();
    long[] totals = expected.clone();
    int slow = 0;
    for (int e = 0; e < x.length; e++) {
      totals[e] = expected[e] == Kernel.SLOW ? before[e] : before[e] + expected[e];
      slow += expected[e] == Kernel.SLOW ? 1 : 0;
    }
    long[] kept = before.clone();
    long[] stored = new long[x.length];
    assertThat(kernel.pointsAdded(x, 0, x.length, stored, 0, kept, true)).as(about).isEqualTo(slow);
    assertThat(stored).as(about + ": the points kept").containsExactly(expected);
    assertThat(kept).as(about + ": the totals, the points kept").containsExactly(totals);

    long[] added = before.clone();
    assertThat(kernel.pointsAdded(x, 0, x.length, new long[x.length], 0, added, false)).as(about).isEqualTo(slow);
    assertThat(added).as(about + ": the totals, the points not kept").containsExactly(totals);
  }
}
