package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PointsMemoTest {
  private static List<Indicator> indicators;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = PointsMemoTest.class.getResourceAsStream("/policies/small.yaml")) {
      Policy policy = PolicyLoader.create().load(new String(in.readAllBytes(), StandardCharsets.UTF_8), "small.yaml");
      indicators = policy.scheme("firms").indicators();
    }
  }

  @Test
  void keepsACopyOfTheLastTwoColumnsOfAnIndicatorOnTheirBase() {
    PointsMemo memo = new PointsMemo(1);
    Object base = new Object();
    long[] a = {1, -7, 3};
    memo.put(0, base, indicators.get(0), a);
    a[0] = 99; // the caller's column is reused for the next sample: the memo kept its own
    memo.put(0, base, indicators.get(1), new long[] {2});

    assertThat(memo.get(0, base, indicators.get(0)).points()).containsExactly(1, -7, 3);
    assertThat(memo.get(0, base, indicators.get(0)).greatest()).isEqualTo(7);
    assertThat(memo.get(0, new Object(), indicators.get(0))).as("another base").isNull();
    memo.put(0, base, indicators.get(2), new long[] {3});
    assertThat(memo.get(0, base, indicators.get(0))).as("the older of two, replaced").isNull();
    assertThat(memo.get(0, base, indicators.get(1))).isNotNull();
    assertThat(memo.hits()).isEqualTo(3);
  }

  @Test
  void keepsNothingMoreOnceManyColumnsWereNeverReused() {
    PointsMemo memo = new PointsMemo(1);
    Object base = new Object();
    for (int k = 0; k < 32; k++) {
      memo.put(0, base, indicators.get(k % 2), new long[] {k});
    }
    memo.put(0, base, indicators.get(2), new long[] {1});

    assertThat(memo.get(0, base, indicators.get(2))).isNull();
    assertThat(memo.get(0, base, indicators.get(1)).points()).containsExactly(31);
  }

  /** One reuse in 32 columns is a coincidence, not a pattern: it gives up all the same. */
  @Test
  void givesUpWhenHardlyAnyColumnIsReused() {
    PointsMemo memo = new PointsMemo(1);
    Object base = new Object();
    memo.put(0, base, indicators.get(0), new long[] {0});
    assertThat(memo.get(0, base, indicators.get(0))).isNotNull();
    for (int k = 1; k < 32; k++) {
      memo.put(0, base, indicators.get(k % 2), new long[] {k});
    }
    assertThat(memo.keeping()).as("1 reused of 32 kept").isFalse();
    memo.put(0, base, indicators.get(2), new long[] {1});
    assertThat(memo.get(0, base, indicators.get(2))).isNull();
  }

  /** Two reuses in 32 (one in 16) are worth the copies. */
  @Test
  void keepsOnWhileOneColumnInSixteenIsReused() {
    PointsMemo memo = new PointsMemo(1);
    Object base = new Object();
    for (int k = 0; k < 32; k++) {
      memo.put(0, base, indicators.get(k % 2), new long[] {k});
      if (k == 5 || k == 20) {
        assertThat(memo.get(0, base, indicators.get(k % 2))).isNotNull();
      }
    }
    assertThat(memo.keeping()).isTrue();
    memo.put(0, base, indicators.get(2), new long[] {1});
    assertThat(memo.get(0, base, indicators.get(2)).points()).containsExactly(1);
  }

  /** The sum kept whose columns differ in the fewest, at most two, on the same base. */
  @Test
  void findsTheSumThatDiffersInTheFewestColumns() {
    PointsMemo memo = new PointsMemo(3);
    Object base = new Object();
    PointsMemo.Entry[] a = new PointsMemo.Entry[3];
    PointsMemo.Entry[] b = new PointsMemo.Entry[3];
    for (int j = 0; j < 3; j++) {
      a[j] = memo.put(j, base, indicators.get(j), new long[] {j});
      b[j] = memo.put(j, base, indicators.get(j), new long[] {10 + j});
    }
    memo.putSum(base, a, new long[] {3});
    memo.putSum(base, b, new long[] {33});
    PointsMemo.Entry[] ab = a.clone();
    ab[1] = b[1];

    assertThat(memo.nearestSum(base, ab).totals()).as("one column from a's").containsExactly(3);
    assertThat(memo.nearestSum(base, b).totals()).containsExactly(33);
    PointsMemo.Entry[] other = {b[0], b[1], memo.put(2, base, indicators.get(0), new long[] {7})};
    assertThat(memo.nearestSum(base, other).totals()).as("one from b's, three from a's").containsExactly(33);
    assertThat(memo.nearestSum(new Object(), a)).as("another base").isNull();
    PointsMemo.Entry[] none = {memo.put(0, base, indicators.get(1), new long[] {1}), a[1], other[2]};
    none[1] = memo.put(1, base, indicators.get(0), new long[] {1});
    assertThat(memo.nearestSum(base, none)).as("three differ from each").isNull();
  }
}
