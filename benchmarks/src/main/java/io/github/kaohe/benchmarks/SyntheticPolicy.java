package io.github.kaohe.benchmarks;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.model.Policy;
import java.math.BigDecimal;
import java.util.SplittableRandom;

/**
 * A policy of one scheme with {@code k} indicators of 10 points each, in turn proportional to the
 * best, min–max (the efficacy coefficient) and ratio to a benchmark; and data for {@code n}
 * entities with values in 0.00–999.99, from a fixed seed.
 */
final class SyntheticPolicy {
  static final Period PERIOD = Period.year(2015);

  private SyntheticPolicy() {}

  static Policy policy(int k) {
    StringBuilder y = new StringBuilder("""
        kaohe: 1
        id: synthetic
        name: {zh: 合成, en: Synthetic}
        version: "1"
        source: {title: {zh: 基准, en: Benchmark}, issuer: 基准, date: 2020-01-01}
        arithmetic:
          points: {scale: 2, rounding: half-up}
          totals: {scale: 2, rounding: half-up}
        schemes:
          - id: s
            name: {zh: 甲, en: S}
            total: %d
            defaults: {missing: zero-points}
            categories:
              - id: c
                name: {zh: 类, en: C}
                weight: %d
                indicators:
        """.formatted(10 * k, 10 * k));
    for (int i = 0; i < k; i++) {
      String method = switch (i % 3) {
        case 0 -> "proportional-to-best";
        case 1 -> "{type: min-max, floor: 0.6, ceiling: 1}";
        default -> "{type: ratio-to-benchmark, benchmark: 500, cap: 1}";
      };
      y.append("          - {id: i%d, name: {zh: 指标%d, en: I%d}, unit: x, weight: 10, method: %s}\n"
          .formatted(i, i, i, method));
    }
    return PolicyLoader.create().load(y.toString(), "synthetic.yaml");
  }

  static Dataset data(int n, int k) {
    SplittableRandom random = new SplittableRandom(2014);
    Dataset.Builder b = Dataset.builder();
    for (int e = 0; e < n; e++) {
      String id = "e" + e;
      b.row(id, PERIOD);
      for (int i = 0; i < k; i++) {
        b.value(id, PERIOD, "i" + i, BigDecimal.valueOf(random.nextInt(100_000), 2));
      }
    }
    return b.build();
  }
}
