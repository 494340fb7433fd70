package io.github.kaohe.internal.columns;

/**
 * Sorts non-negative {@code long} keys that use only their low {@code bits} bits, least
 * significant digit first, 11 bits a pass: a million keys of 34 bits in three passes over the
 * array, where a comparison sort makes twenty.
 */
public final class LongRadixSort {
  private static final int DIGIT = 11;
  private static final int RADIX = 1 << DIGIT;

  private LongRadixSort() {}

  /** Sorts {@code keys}, each in {@code [0, 2^bits)}, ascending. */
  public static void sort(long[] keys, int bits) {
    int n = keys.length;
    if (n < 2) {
      return;
    }
    long[] from = keys;
    long[] to = new long[n];
    int[] count = new int[RADIX + 1];
    for (int shift = 0; shift < bits; shift += DIGIT) {
      java.util.Arrays.fill(count, 0);
      for (long k : from) {
        count[(int) ((k >>> shift) & (RADIX - 1)) + 1]++;
      }
      for (int d = 0; d < RADIX; d++) {
        count[d + 1] += count[d];
      }
      for (long k : from) {
        to[count[(int) ((k >>> shift) & (RADIX - 1))]++] = k;
      }
      long[] t = from;
      from = to;
      to = t;
    }
    if (from != keys) {
      System.arraycopy(from, 0, keys, 0, n);
    }
  }
}
