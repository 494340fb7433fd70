package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Ratio to a benchmark or target: {@code weight × x / benchmark} (lower is better:
 * {@code weight × benchmark / x}), never below 0 and at most {@code cap × weight}.
 * For lower-is-better a value of zero or less scores the cap.
 *
 * @param benchmark the value that earns the full weight, greater than 0
 * @param cap the most points as a multiple of the weight, at least 1 (e.g. 1.5)
 */
public record RatioToBenchmark(BigDecimal benchmark, BigDecimal cap) implements ScoringMethod {
  public RatioToBenchmark {
    Checks.positive(benchmark, "benchmark");
    Objects.requireNonNull(cap, "cap");
    Checks.require(
        cap.compareTo(BigDecimal.ONE) >= 0,
        "cap must be at least 1 (the full weight), but was %s",
        cap.toPlainString());
  }

  /** Capped at the full weight. */
  public static RatioToBenchmark of(BigDecimal benchmark) {
    return new RatioToBenchmark(benchmark, BigDecimal.ONE);
  }

  public static RatioToBenchmark of(BigDecimal benchmark, BigDecimal cap) {
    return new RatioToBenchmark(benchmark, cap);
  }

  @Override
  public String type() {
    return "ratio-to-benchmark";
  }

  @Override
  public boolean bounded() {
    return cap.compareTo(BigDecimal.ONE) == 0;
  }
}
