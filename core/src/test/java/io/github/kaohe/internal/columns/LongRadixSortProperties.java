package io.github.kaohe.internal.columns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The radix sorts sort as {@link Arrays#sort(long[])} does. */
class LongRadixSortProperties {
  @Property(tries = 200)
  void sortsLikeTheJdk(@ForAll @IntRange(min = 0, max = 20_000) int n, @ForAll @IntRange(min = 1, max = 62) int bits,
      @ForAll Random r) {
    long[] keys = new long[n];
    long bound = 1L << bits;
    for (int i = 0; i < n; i++) {
      keys[i] = r.nextLong() & (bound - 1);
    }
    long[] expected = keys.clone();
    Arrays.sort(expected);
    LongRadixSort.sort(keys, bits);
    assertThat(keys).isEqualTo(expected);
  }

  /** Keys in order of their low bits (an entity's id rank), sorted by the bits above them alone. */
  @Property(tries = 200)
  void sortsKeysInOrderOfTheirLowBitsByTheRest(@ForAll @IntRange(min = 0, max = 20_000) int n,
      @ForAll @IntRange(min = 0, max = 20) int sortedBits, @ForAll @IntRange(min = 0, max = 40) int above, @ForAll Random r) {
    long[] keys = new long[n];
    long low = 1L << sortedBits;
    for (int i = 0; i < n; i++) {
      keys[i] = ((r.nextLong() & ((1L << above) - 1)) << sortedBits) | (i * low / Math.max(1, n)); // low bits ascending
    }
    long[] expected = keys.clone();
    Arrays.sort(expected);
    LongRadixSort.sortAbove(keys, sortedBits, sortedBits + above);
    assertThat(keys).isEqualTo(expected);
  }
}
