package io.github.kaohe.eval;

import io.github.kaohe.model.Direction;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.RatioToBenchmark;
import io.github.kaohe.model.Rounding;
import java.math.BigDecimal;

/** Ratio to a benchmark, capped. */
final class RatioScorer implements Scorer {
  private final RatioToBenchmark method;
  private final BigDecimal weight;
  private final Rounding rounding;
  private final boolean higher;
  private final BigDecimal cap;

  RatioScorer(RatioToBenchmark method, BigDecimal weight, Direction direction, Rounding rounding) {
    this.method = method;
    this.weight = weight;
    this.rounding = rounding;
    this.higher = direction == Direction.HIGHER_IS_BETTER;
    this.cap = rounding.apply(weight.multiply(method.cap()));
  }

  @Override
  public BigDecimal points(BigDecimal value) {
    BigDecimal raw;
    if (higher) {
      raw = value.signum() <= 0
          ? rounding.apply(BigDecimal.ZERO)
          : Numbers.divide(weight.multiply(value), method.benchmark(), rounding);
    } else {
      raw = value.signum() <= 0 ? cap : Numbers.divide(weight.multiply(method.benchmark()), value, rounding);
    }
    return raw.min(cap);
  }

  @Override
  public String formula(BigDecimal value, BigDecimal points) {
    String w = weight.toPlainString();
    String b = method.benchmark().toPlainString();
    if (higher && value.signum() <= 0) {
      return Numbers.show(value) + " ≤ 0 → " + points.toPlainString();
    }
    if (!higher && value.signum() <= 0) {
      return Numbers.show(value) + " ≤ 0 → cap " + points.toPlainString();
    }
    String f = higher ? w + " × " + Numbers.show(value) + " / " + b : w + " × " + b + " / " + Numbers.show(value);
    BigDecimal uncapped =
        higher
            ? Numbers.divide(weight.multiply(value), method.benchmark(), rounding)
            : Numbers.divide(weight.multiply(method.benchmark()), value, rounding);
    return uncapped.compareTo(cap) > 0
        ? f + " = " + uncapped.toPlainString() + " > cap " + cap.toPlainString() + " → " + points.toPlainString()
        : f + " = " + points.toPlainString();
  }

  @Override
  public Label rule() {
    String b = method.benchmark().toPlainString();
    String c = method.cap().toPlainString();
    return Label.of(
        "与基准值 " + b + " 之比，最高 " + c + " 倍权重",
        "ratio to the benchmark " + b + ", at most " + c + " × the weight");
  }
}
