package io.github.kaohe.eval;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random kernels and the values where their paths part: clamps, cuts and numerators near zero, near
 * 2^62 (where the fast loops stop) and near 2^63 (where 64 bits end), every rounding mode; and values
 * right at, beside and past each clamp, the cut, the safe bound, the overflow bound and a rounding's
 * halfway mark.
 */
final class AffineKernelCases {
  private static final RoundingMode[] MODES = {RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING,
      RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN};

  private AffineKernelCases() {}

  /** A kernel; with {@code constant}, its denominator the constant {@code c} (the column loops' case) most times. */
  static AffineKernelReference kernel(SplittableRandom r, boolean constant) {
    RoundingMode mode = r.nextInt(3) == 0 ? MODES[r.nextInt(MODES.length)] : RoundingMode.HALF_UP;
    long k = r.nextInt(8) == 0 ? (r.nextBoolean() ? 10 : 1000) : 1;
    long a = switch (r.nextInt(7)) {
      case 0, 1 -> 0;
      case 2 -> r.nextLong(-1000, 1001);
      case 3 -> sign(r) * ((1L << 62) - r.nextLong(1L << 30)); // just inside 2^62: a tiny safe bound
      case 4 -> sign(r) * ((1L << 62) + r.nextLong(1000)); // at or past 2^62: no safe range at all
      case 5 -> r.nextLong();
      default -> sign(r) * (1L << r.nextInt(63));
    };
    long b = switch (r.nextInt(8)) {
      case 0 -> 0;
      case 1 -> sign(r);
      case 2, 3 -> r.nextLong(-1000, 1001);
      case 4, 5 -> sign(r) * (1L << r.nextInt(62));
      case 6 -> r.nextLong(1, 1L << 31) * sign(r);
      default -> r.nextLong();
    };
    long c = switch (r.nextInt(8)) {
      case 0 -> 1;
      case 1 -> 2;
      case 2 -> new long[] {3, 4, 7, 10, 1000}[r.nextInt(5)];
      case 3 -> r.nextLong(1, 1L << 40);
      case 4 -> r.nextLong(1, Long.MAX_VALUE);
      case 5 -> r.nextInt(20) == 0 ? -r.nextLong(0, 5) : 1 + r.nextLong(100);
      default -> r.nextLong(1, 100);
    };
    long d = constant && r.nextInt(10) > 0 ? 0 : r.nextLong(-5, 6);
    // where the numerator changes sign: a cut or a clamp there keeps every numerator one sign
    long zero = b == 0 ? 0 : saturate(BigInteger.valueOf(a).negate().divide(BigInteger.valueOf(b)));
    long cut = switch (r.nextInt(4)) {
      case 0, 1 -> Long.MIN_VALUE;
      case 2 -> near(r, zero);
      default -> r.nextLong(-1000, 1001);
    };
    long lo = Long.MIN_VALUE + 1;
    long hi = Long.MAX_VALUE;
    switch (r.nextInt(5)) {
      case 0 -> lo = near(r, zero);
      case 1 -> hi = near(r, zero);
      case 2 -> {
        lo = near(r, r.nextBoolean() ? zero : 0);
        hi = saturate(BigInteger.valueOf(lo).add(BigInteger.valueOf(r.nextLong(0, 1L << r.nextInt(1, 63)))));
      }
      default -> { }
    }
    long pointsLo = Long.MIN_VALUE + 1;
    long pointsHi = Long.MAX_VALUE;
    switch (r.nextInt(6)) {
      case 0 -> pointsLo = r.nextLong(-10, 11);
      case 1 -> pointsHi = r.nextLong(-10, 11);
      case 2 -> {
        pointsLo = r.nextLong(-10, 11);
        pointsHi = pointsLo + r.nextLong(0, 20);
      }
      default -> { }
    }
    return new AffineKernelReference(mode, k, lo, hi, cut, r.nextLong(-50, 51), a, b, c, d, pointsLo, pointsHi);
  }

  /**
   * A column of 1 to 6 values: boundary values, alone or among values in the kernel's plain range
   * (so that the one boundary value decides which loop scores the column).
   */
  static long[] column(SplittableRandom r, AffineKernelReference kernel) {
    List<Long> edges = edges(r, kernel);
    long[] x = new long[r.nextInt(1, 7)];
    for (int e = 0; e < x.length; e++) {
      x[e] = r.nextInt(3) == 0 ? inside(r, kernel) : edges.get(r.nextInt(edges.size()));
    }
    return x;
  }

  /** The values at, beside and past the kernel's boundaries, divided by its scale. */
  static List<Long> edges(SplittableRandom r, AffineKernelReference kernel) {
    long safe = kernel.safe();
    List<BigInteger> marks = new ArrayList<>();
    for (long t : new long[] {kernel.lo(), kernel.hi(), kernel.cut(), safe, -safe, 0}) {
      marks.add(BigInteger.valueOf(t));
    }
    BigInteger a = BigInteger.valueOf(kernel.a());
    BigInteger b = BigInteger.valueOf(kernel.b());
    if (kernel.b() != 0) {
      marks.add(a.negate().divide(b)); // the numerator's zero
      marks.add(BigInteger.valueOf(Long.MAX_VALUE).subtract(a).divide(b)); // where a + b·t leaves 64 bits
      marks.add(BigInteger.valueOf(Long.MIN_VALUE + 1).subtract(a).divide(b));
      marks.add(BigInteger.valueOf(Long.MAX_VALUE).divide(b)); // where b·t does
      if (kernel.c() > 0) { // a + b·t at a halfway mark m·c + c/2
        long m = r.nextLong(-3, 4);
        BigInteger c = BigInteger.valueOf(kernel.c());
        marks.add(c.multiply(BigInteger.valueOf(m)).add(c.shiftRight(1)).subtract(a).divide(b));
      }
    }
    List<Long> edges = new ArrayList<>();
    BigInteger k = BigInteger.valueOf(kernel.k());
    for (BigInteger mark : marks) {
      for (int delta = -1; delta <= 1; delta++) {
        edges.add(saturate(mark.add(BigInteger.valueOf(delta)).divide(k)));
      }
    }
    edges.add(Long.MAX_VALUE);
    edges.add(Long.MIN_VALUE + 1);
    edges.add(Long.MIN_VALUE); // the SLOW marker itself
    edges.add(r.nextLong());
    return edges;
  }

  /** A value strictly inside the clamp, above the cut and below the safe bound, where there is one. */
  static long inside(SplittableRandom r, AffineKernelReference kernel) {
    long safe = kernel.safe();
    long low = Math.max(Math.max(kernel.lo(), kernel.cut() == Long.MIN_VALUE ? Long.MIN_VALUE : kernel.cut() + 1), -safe + 1);
    long high = Math.min(kernel.hi(), safe - 1);
    if (low >= high) {
      return low;
    }
    long room = high - low < 0 ? 100 : Math.min(100, high - low); // high − low may pass 2^63
    long t = r.nextBoolean() ? low + r.nextLong(0, room) : high - r.nextLong(0, room);
    return t / kernel.k();
  }

  private static long near(SplittableRandom r, long v) {
    return saturate(BigInteger.valueOf(v).add(BigInteger.valueOf(r.nextLong(-3, 4))));
  }

  private static long sign(SplittableRandom r) {
    return r.nextBoolean() ? 1 : -1;
  }

  private static long saturate(BigInteger v) {
    return v.max(BigInteger.valueOf(Long.MIN_VALUE + 1)).min(BigInteger.valueOf(Long.MAX_VALUE)).longValueExact();
  }
}
