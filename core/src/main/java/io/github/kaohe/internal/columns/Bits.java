package io.github.kaohe.internal.columns;

import java.util.Arrays;

/** A bitmap in {@code long} words: bit {@code i} of word {@code i >>> 6}. */
public final class Bits {
  private Bits() {}

  /** Words for {@code n} bits. */
  public static long[] of(int n) {
    return new long[words(n)];
  }

  public static int words(int n) {
    return (n + 63) >>> 6;
  }

  public static boolean get(long[] bits, int i) {
    int w = i >>> 6;
    return w < bits.length && (bits[w] & (1L << i)) != 0;
  }

  public static void set(long[] bits, int i) {
    bits[i >>> 6] |= 1L << i;
  }

  public static void clear(long[] bits, int i) {
    int w = i >>> 6;
    if (w < bits.length) {
      bits[w] &= ~(1L << i);
    }
  }

  /** The bitmap grown (or kept) to hold {@code n} bits. */
  public static long[] ensure(long[] bits, int n) {
    int w = words(n);
    return w <= bits.length ? bits : Arrays.copyOf(bits, Math.max(w, bits.length * 2));
  }

  /** How many bits are set. */
  public static int count(long[] bits) {
    int c = 0;
    for (long w : bits) {
      c += Long.bitCount(w);
    }
    return c;
  }

  /** The bitmap cut or grown to exactly {@code n} bits. */
  public static long[] resize(long[] bits, int n) {
    long[] out = Arrays.copyOf(bits, words(n));
    int tail = n & 63;
    if (tail != 0 && out.length > 0) {
      out[out.length - 1] &= (1L << tail) - 1;
    }
    return out;
  }
}
