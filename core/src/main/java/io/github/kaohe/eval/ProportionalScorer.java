package io.github.kaohe.eval;

import io.github.kaohe.model.Direction;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.ProportionalToBest;
import io.github.kaohe.model.ProportionalToBest.Negatives;
import io.github.kaohe.model.ProportionalToBest.WhenBestNotPositive;
import io.github.kaohe.model.Rounding;
import java.math.BigDecimal;

/** 以最高值为满分，其余按比例得分. */
final class ProportionalScorer implements Scorer {
  private final BigDecimal weight;
  private final Rounding rounding;
  private final boolean higher;
  private final BigDecimal shift;
  private final BigDecimal best;
  private final boolean degenerate;
  private final ProportionalToBest method;

  ProportionalScorer(
      ProportionalToBest method, BigDecimal weight, Direction direction, Rounding rounding, Statistics population) {
    this.method = method;
    this.weight = weight;
    this.rounding = rounding;
    this.higher = direction == Direction.HIGHER_IS_BETTER;
    BigDecimal min = population.isEmpty() ? BigDecimal.ZERO : population.min();
    BigDecimal max = population.isEmpty() ? BigDecimal.ZERO : population.max();
    this.shift =
        higher && method.negatives() == Negatives.SHIFT && min.signum() < 0 ? min.negate() : BigDecimal.ZERO;
    this.best = higher ? max.add(shift) : min;
    this.degenerate = !population.isEmpty() && best.signum() <= 0;
    if (degenerate && method.whenBestNotPositive() == WhenBestNotPositive.ERROR) {
      throw new Failure(
          "the best value is " + best.toPlainString()
              + ", so a proportion to it means nothing (whenBestNotPositive: error)");
    }
  }

  @Override
  public BigDecimal points(BigDecimal value) {
    if (degenerate) {
      return rounding.apply(method.whenBestNotPositive() == WhenBestNotPositive.FULL ? weight : BigDecimal.ZERO);
    }
    if (higher) {
      BigDecimal x = value.add(shift);
      if (x.signum() <= 0) {
        return rounding.apply(BigDecimal.ZERO);
      }
      return Numbers.divide(weight.multiply(x), best, rounding);
    }
    if (value.signum() <= 0) {
      // Only reachable for a value outside the population (the population's minimum is positive).
      return rounding.apply(weight);
    }
    return Numbers.divide(weight.multiply(best), value, rounding);
  }

  @Override
  public String formula(BigDecimal value, BigDecimal points) {
    String w = weight.toPlainString();
    if (degenerate) {
      return "best " + Numbers.show(best) + " ≤ 0 → " + points.toPlainString();
    }
    if (higher) {
      if (shift.signum() > 0) {
        return w + " × (" + Numbers.show(value) + " + " + shift.toPlainString() + ") / ("
            + best.subtract(shift).toPlainString() + " + " + shift.toPlainString() + ") = "
            + points.toPlainString();
      }
      if (value.signum() < 0) {
        return Numbers.show(value) + " < 0 → " + points.toPlainString();
      }
      return w + " × " + Numbers.show(value) + " / " + best.toPlainString() + " = " + points.toPlainString();
    }
    return w + " × " + best.toPlainString() + " / " + Numbers.show(value) + " = " + points.toPlainString();
  }

  @Override
  public Label rule() {
    String shown = degenerate ? best.toPlainString() : best.subtract(shift).toPlainString();
    return higher
        ? Label.of(
            "以最高值为满分，其余按比例得分（最高值 " + shown + "）",
            "proportional to the best value (highest: " + shown + ")")
        : Label.of(
            "以最低值为满分，其余按比例得分（最低值 " + shown + "）",
            "proportional to the best value (lowest: " + shown + ")");
  }
}
