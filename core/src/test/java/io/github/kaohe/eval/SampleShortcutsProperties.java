package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.CsvDataReader;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.TieMethod;
import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The shortcuts of a sample scored for its places alone — with no memo of points columns, or once
 * it gives up (no sample reused one: every weight changes every time), the columns only the totals read
 * are not stored, and bounded kernels add their points to the totals without checks — place
 * every entity as a plain evaluation of the sample's policy does. The data hold now and then a
 * value so large that the kernel leaves it to the decimals, a gap, or ties; the ranking breaks
 * ties by an indicator's points (which must then be stored) or not at all, and places ties by
 * any tie method (competition and dense are counted from the totals, without sorting them).
 */
class SampleShortcutsProperties {
  private static final Period YEAR = Period.year(2015);
  /** More samples than the memo tries before it gives up: 32 columns per indicator, of three indicators, where a column that left the kernel is not offered. */
  private static final int SAMPLES = 64;

  @Property(tries = 40)
  void aSampleForItsPlacesAlonePlacesAsAPlainEvaluation(
      @ForAll long seed, @ForAll boolean tieBreakByPoints, @ForAll TieMethod ties, @ForAll boolean gaps,
      @ForAll boolean huge, @ForAll boolean memoise) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = random.nextInt(1, 40);
    Dataset data = CsvDataReader.forScheme(policy(random, tieBreakByPoints, ties).scheme("firms")).withPeriod(YEAR)
        .read(csv(random, n, gaps, huge), "t.csv");
    Policy nominal = policy(random, tieBreakByPoints, ties);
    // without a memo, as for a population too large for one, the shortcuts start with the first sample
    SampleScoring samples = new SampleScoring(nominal, "firms", data, YEAR, memoise);
    for (int s = 0; s < SAMPLES; s++) {
      Policy sample = policy(random, tieBreakByPoints, ties);
      int[] places = new int[samples.size()];
      samples.score(sample, places, false);
      assertThat(places).as("sample %d", s).containsExactly(plainPlaces(sample, data, samples));
    }
  }

  /**
   * Rows of a Saltelli design whose weights are not renormalised (A, B, then A with each weight
   * from B): each A_B^i takes every column from the memo, and its totals from A's, corrected by
   * the one column that differs. The places of a plain evaluation, every time.
   */
  @Property(tries = 40)
  void aRowOfWeightsNotRenormalisedPlacesAsAPlainEvaluation(
      @ForAll long seed, @ForAll boolean tieBreakByPoints, @ForAll boolean gaps, @ForAll boolean huge) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = random.nextInt(1, 40);
    Dataset data = CsvDataReader.forScheme(policy(random, tieBreakByPoints, TieMethod.COMPETITION).scheme("firms"))
        .withPeriod(YEAR).read(csv(random, n, gaps, huge), "t.csv");
    SampleScoring samples = new SampleScoring(policy(random, tieBreakByPoints, TieMethod.COMPETITION), "firms", data, YEAR);
    for (int row = 0; row < 3; row++) {
      long[] a = {random.nextLong(1, 500_000), random.nextLong(1, 500_000), random.nextLong(1, 500_000)};
      long[] b = {random.nextLong(1, 500_000), random.nextLong(1, 500_000), random.nextLong(1, 500_000)};
      List<long[]> design = new java.util.ArrayList<>(List.of(a, b));
      for (int i = 0; i < 3; i++) {
        long[] ab = a.clone();
        ab[i] = b[i];
        design.add(ab);
      }
      for (long[] w : design) {
        Policy sample = policy(w[0], w[1], w[2], tieBreakByPoints, TieMethod.COMPETITION);
        int[] places = new int[samples.size()];
        samples.score(sample, places, false);
        assertThat(places).as("row %d, weights %s", row, java.util.Arrays.toString(w))
            .containsExactly(plainPlaces(sample, data, samples));
      }
    }
    if (!gaps && !huge) {
      assertThat(samples.memoHits()).as("the A_B^i take their columns from A and B").isPositive();
    }
  }

  /**
   * Three indicators at random weights of 4 decimals (proportional to the best, twice, and
   * min–max), 100 points in all, points and totals to 2 places.
   */
  static Policy policy(SplittableRandom random, boolean tieBreakByPoints, TieMethod ties) {
    long w1 = random.nextLong(1, 500_000);
    long w2 = random.nextLong(1, 1_000_000 - w1);
    return policy(w1, w2, 1_000_000 - w1 - w2, tieBreakByPoints, ties);
  }

  /** The three indicators at these weights (unscaled, 4 decimals), the total what they add up to. */
  private static Policy policy(long w1, long w2, long w3, boolean tieBreakByPoints, TieMethod ties) {
    BigDecimal total = BigDecimal.valueOf(w1 + w2 + w3, 4);
    String yaml = """
        kaohe: 1
        id: shortcuts
        name: {zh: 捷径, en: Shortcuts}
        version: "1"
        source: {title: {zh: 测试, en: Test}, issuer: 测试, date: 2020-01-01}
        arithmetic:
          points: {scale: 2, rounding: half-up}
          totals: {scale: 2, rounding: half-up}
        schemes:
          - id: firms
            name: {zh: 企业, en: Firms}
            total: %s
            defaults: {missing: zero-points}
            ranking: {ties: %s%s}
            categories:
              - id: all
                name: {zh: 全部, en: All}
                weight: %s
                indicators:
                  - {id: i1, name: {zh: 一, en: One}, unit: 万元, weight: %s, method: proportional-to-best}
                  - {id: i2, name: {zh: 二, en: Two}, unit: 万元, weight: %s, method: proportional-to-best}
                  - {id: i3, name: {zh: 三, en: Three}, unit: 万元, weight: %s, method: {type: min-max}}
        """.formatted(total, ties.name().toLowerCase(java.util.Locale.ROOT), tieBreakByPoints ? ", tieBreaks: [{by: points, of: i2}]" : "", total,
        BigDecimal.valueOf(w1, 4), BigDecimal.valueOf(w2, 4), BigDecimal.valueOf(w3, 4));
    return PolicyLoader.create().load(yaml, "shortcuts.yaml");
  }

  /** Values of 0.01 to 100.00, a few equal; now and then one of 10^12 (whose product with a weight leaves the kernel) or a gap. */
  static String csv(SplittableRandom random, int n, boolean gaps, boolean huge) {
    StringBuilder csv = new StringBuilder("entity,i1,i2,i3\n");
    for (int e = 0; e < n; e++) {
      csv.append('f').append(e);
      for (int j = 0; j < 3; j++) {
        csv.append(',');
        int pick = random.nextInt(20);
        if (gaps && pick == 0) {
          continue;
        }
        csv.append(huge && pick == 1 ? "1000000000000" : BigDecimal.valueOf(random.nextLong(1, pick < 5 ? 3 : 10_001), 2));
      }
      csv.append('\n');
    }
    return csv.toString();
  }

  private static int[] plainPlaces(Policy policy, Dataset data, SampleScoring samples) {
    return SampleScoringMemoTest.plainPlaces(policy, data, samples, YEAR);
  }
}
