package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Ratio to a benchmark or target: {@code weight × x / benchmark} (lower is better:
 * {@code weight × benchmark / x}), never below 0 and at most {@code cap × weight}.
 * For lower-is-better a value of zero or less scores the cap.
 *
 * @param benchmark the value that earns the full weight, greater than 0: one for everyone, or one
 *     per group, from the data, or the group's average
 * @param cap the most points as a multiple of the weight, at least 1 (e.g. 1.5); empty: no cap
 */
public record RatioToBenchmark(Parameter benchmark, Optional<BigDecimal> cap) implements ScoringMethod {
  public RatioToBenchmark {
    Objects.requireNonNull(benchmark, "benchmark");
    benchmark.fixed().ifPresent(b -> Checks.positive(b, "benchmark"));
    Objects.requireNonNull(cap, "cap");
    cap.ifPresent(c -> Checks.require(
        c.compareTo(BigDecimal.ONE) >= 0,
        "cap must be at least 1 (the full weight), but was %s",
        c.toPlainString()));
  }

  /** Capped at the full weight. */
  public static RatioToBenchmark of(BigDecimal benchmark) {
    return new RatioToBenchmark(Parameter.of(benchmark), Optional.of(BigDecimal.ONE));
  }

  public static RatioToBenchmark of(BigDecimal benchmark, BigDecimal cap) {
    return new RatioToBenchmark(Parameter.of(benchmark), Optional.of(cap));
  }

  @Override
  public String type() {
    return "ratio-to-benchmark";
  }

  @Override
  public boolean bounded() {
    return cap.isPresent() && cap.get().compareTo(BigDecimal.ONE) == 0;
  }
}
