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
  /** The most points, rounded; null without a cap. */
  private final @org.jspecify.annotations.Nullable BigDecimal cap;

  RatioScorer(RatioToBenchmark method, BigDecimal weight, Direction direction, Rounding rounding) {
    this.method = method;
    this.weight = weight;
    this.rounding = rounding;
    this.higher = direction == Direction.HIGHER_IS_BETTER;
    this.cap = method.cap().map(c -> rounding.apply(weight.multiply(c))).orElse(null);
  }

  @Override
  public BigDecimal points(BigDecimal value) {
    BigDecimal raw;
    if (higher) {
      raw = value.signum() <= 0
          ? rounding.apply(BigDecimal.ZERO)
          : Numbers.divide(weight.multiply(value), method.benchmark().value(), rounding);
    } else {
      if (value.signum() <= 0 && cap == null) {
        throw new Failure("the value " + value.toPlainString() + " is not above 0, so its ratio to the benchmark has"
            + " no end, and the method has no cap");
      }
      raw = value.signum() <= 0 ? cap : Numbers.divide(weight.multiply(method.benchmark().value()), value, rounding);
    }
    return cap == null ? raw : raw.min(cap);
  }

  @Override
  public String formula(BigDecimal value, BigDecimal points) {
    String w = weight.toPlainString();
    String b = Numbers.brief(method.benchmark().value());
    if (higher && value.signum() <= 0) {
      return Numbers.show(value) + " ≤ 0 → " + points.toPlainString();
    }
    if (!higher && value.signum() <= 0) {
      return Numbers.show(value) + " ≤ 0 → cap " + points.toPlainString();
    }
    String f = higher ? w + " × " + Numbers.show(value) + " / " + b : w + " × " + b + " / " + Numbers.show(value);
    BigDecimal uncapped =
        higher
            ? Numbers.divide(weight.multiply(value), method.benchmark().value(), rounding)
            : Numbers.divide(weight.multiply(method.benchmark().value()), value, rounding);
    return cap != null && uncapped.compareTo(cap) > 0
        ? f + " = " + uncapped.toPlainString() + " > cap " + cap.toPlainString() + " → " + points.toPlainString()
        : f + " = " + points.toPlainString();
  }

  @Override
  public Label rule() {
    String b = Numbers.brief(method.benchmark().value());
    if (method.cap().isEmpty()) {
      return Label.of("与基准值 " + b + " 之比，不封顶", "ratio to the benchmark " + b + ", without a cap");
    }
    String c = method.cap().get().toPlainString();
    return Label.of(
        "与基准值 " + b + " 之比，最高 " + c + " 倍权重",
        "ratio to the benchmark " + b + ", at most " + c + " × the weight");
  }
}
