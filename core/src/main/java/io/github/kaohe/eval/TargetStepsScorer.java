package io.github.kaohe.eval;

import io.github.kaohe.model.Direction;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Rounding;
import io.github.kaohe.model.TargetSteps;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Full points at the target, a penalty per step short, a bonus per step beyond. */
final class TargetStepsScorer implements Scorer {
  private final TargetSteps method;
  private final BigDecimal weight;
  private final Rounding rounding;
  private final boolean higher;
  private final BigDecimal cap;

  TargetStepsScorer(TargetSteps method, BigDecimal weight, Direction direction, Rounding rounding) {
    this.method = method;
    this.weight = weight;
    this.rounding = rounding;
    this.higher = direction == Direction.HIGHER_IS_BETTER;
    this.cap = method.cap().orElse(weight);
  }

  /** How far the value is beyond the target (negative: short of it). */
  private BigDecimal excess(BigDecimal value) {
    return higher ? value.subtract(method.target().value()) : method.target().value().subtract(value);
  }

  @Override
  public BigDecimal points(BigDecimal value) {
    BigDecimal excess = excess(value);
    BigDecimal perStep = excess.signum() < 0 ? method.penalty() : method.bonus();
    BigDecimal raw;
    if (method.counting() == TargetSteps.Counting.WHOLE_STEPS) {
      BigDecimal steps = excess.abs().divide(method.step(), 0, RoundingMode.DOWN);
      raw = weight.add(perStep.multiply(steps).multiply(BigDecimal.valueOf(excess.signum())));
      raw = rounding.apply(raw);
    } else {
      // weight ± perStep × |excess| / step, as one fraction
      BigDecimal numerator = weight.multiply(method.step()).add(perStep.multiply(excess));
      raw = Numbers.divide(numerator, method.step(), rounding);
    }
    return Numbers.clamp(raw, rounding.apply(method.floor()), rounding.apply(cap));
  }

  @Override
  public String formula(BigDecimal value, BigDecimal points) {
    BigDecimal excess = excess(value);
    if (excess.signum() == 0) {
      return Numbers.show(value) + " = target → " + points.toPlainString();
    }
    String steps =
        method.counting() == TargetSteps.Counting.WHOLE_STEPS
            ? excess.abs().divide(method.step(), 0, RoundingMode.DOWN).toPlainString()
            : excess.abs().toPlainString() + " / " + method.step().toPlainString();
    String sign = excess.signum() < 0 ? " - " + method.penalty().toPlainString() : " + " + method.bonus().toPlainString();
    return weight.toPlainString() + sign + " × " + steps + " → " + points.toPlainString();
  }

  @Override
  public Label rule() {
    String t = Numbers.brief(method.target().value());
    String s = method.step().toPlainString();
    String p = method.penalty().toPlainString();
    String b = method.bonus().toPlainString();
    return Label.of(
        "目标 " + t + " 得满分，每差 " + s + " 扣 " + p + " 分，每超 " + s + " 加 " + b + " 分",
        "target " + t + " earns the weight; " + p + " less per " + s + " short, " + b + " more per " + s + " beyond");
  }
}
