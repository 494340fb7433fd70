package io.github.kaohe.internal.columns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The radix sort sorts as {@link Arrays#sort(long[])} does. */
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
}
