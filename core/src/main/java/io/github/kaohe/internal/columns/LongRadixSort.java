package io.github.kaohe.internal.columns;

/**
 * Sorts non-negative {@code long} keys that use only their low {@code bits} bits, least
 * significant digit first, 11 bits a pass: a million keys of 34 bits in three passes over the
 * array, where a comparison sort makes twenty.
 */
public final class LongRadixSort {
  private static final int DIGIT = 11;

  private LongRadixSort() {}

  /** Sorts {@code keys}, each in {@code [0, 2^bits)}, ascending. */
  public static void sort(long[] keys, int bits) {
    passes(keys, 0, bits, DIGIT);
  }

  /**
   * Sorts {@code keys}, each in {@code [0, 2^bits)} and already in ascending order of their low
   * {@code sortedBits} bits, ascending: a stable sort by the bits above those, in digits of up
   * to 16 bits (the 14 bits of a ranking's totals in one pass, where a whole key of 31 bits
   * takes three).
   */
  public static void sortAbove(long[] keys, int sortedBits, int bits) {
    int range = bits - sortedBits;
    if (range <= 0) {
      return;
    }
    int count = (range + 15) / 16;
    passes(keys, sortedBits, bits, (range + count - 1) / count);
  }

  /** Stable counting passes over the digits of {@code digit} bits from bit {@code from} up to {@code to}. */
  private static void passes(long[] keys, int from, int to, int digit) {
    int n = keys.length;
    if (n < 2) {
      return;
    }
    int radix = 1 << digit;
    long[] source = keys;
    long[] target = new long[n];
    int[] count = new int[radix + 1];
    for (int shift = from; shift < to; shift += digit) {
      java.util.Arrays.fill(count, 0);
      for (long k : source) {
        count[(int) ((k >>> shift) & (radix - 1)) + 1]++;
      }
      for (int d = 0; d < radix; d++) {
        count[d + 1] += count[d];
      }
      for (long k : source) {
        target[count[(int) ((k >>> shift) & (radix - 1))]++] = k;
      }
      long[] t = source;
      source = target;
      target = t;
    }
    if (source != keys) {
      System.arraycopy(source, 0, keys, 0, n);
    }
  }
}
