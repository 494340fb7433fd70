package io.github.kaohe.eval;

import io.github.kaohe.model.Direction;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.MinMax;
import io.github.kaohe.model.Rounding;
import java.math.BigDecimal;

/** Min–max onto [floor, ceiling] × weight; the efficacy coefficient is floor 0.6. */
final class MinMaxScorer implements Scorer {
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private final MinMax method;
  private final BigDecimal weight;
  private final Rounding rounding;
  private final boolean higher;
  private final BigDecimal min;
  private final BigDecimal max;

  MinMaxScorer(
      MinMax method, BigDecimal weight, Direction direction, Rounding rounding, Statistics population) {
    this.method = method;
    this.weight = weight;
    this.rounding = rounding;
    this.higher = direction == Direction.HIGHER_IS_BETTER;
    this.min = population.isEmpty() ? BigDecimal.ZERO : population.min();
    this.max = population.isEmpty() ? BigDecimal.ZERO : population.max();
  }

  private boolean allEqual() {
    return max.compareTo(min) == 0;
  }

  @Override
  public BigDecimal points(BigDecimal value) {
    BigDecimal f = method.floor();
    BigDecimal c = method.ceiling();
    if (allEqual()) {
      BigDecimal share =
          switch (method.whenAllEqual()) {
            case CEILING -> c;
            case FLOOR -> f;
            case MIDDLE -> f.add(c).divide(TWO);
          };
      return rounding.apply(weight.multiply(share));
    }
    BigDecimal x = Numbers.clamp(value, min, max);
    BigDecimal distance = higher ? x.subtract(min) : max.subtract(x);
    BigDecimal range = max.subtract(min);
    // weight × (f + (c − f) × distance / range), as one fraction so it is rounded once
    BigDecimal numerator =
        weight.multiply(f).multiply(range).add(weight.multiply(c.subtract(f)).multiply(distance));
    return Numbers.divide(numerator, range, rounding);
  }

  @Override
  public String formula(BigDecimal value, BigDecimal points) {
    if (allEqual()) {
      return "max = min = " + Numbers.show(max) + " → " + points.toPlainString();
    }
    String share =
        higher
            ? "(" + Numbers.show(value) + " - " + Numbers.show(min) + ") / (" + Numbers.show(max) + " - " + Numbers.show(min) + ")"
            : "(" + Numbers.show(max) + " - " + Numbers.show(value) + ") / (" + Numbers.show(max) + " - " + Numbers.show(min) + ")";
    String w = weight.toPlainString();
    if (method.floor().signum() == 0 && method.ceiling().compareTo(BigDecimal.ONE) == 0) {
      return w + " × " + share + " = " + points.toPlainString();
    }
    return w + " × (" + method.floor().toPlainString() + " + " + method.ceiling().subtract(method.floor()).toPlainString()
        + " × " + share + ") = " + points.toPlainString();
  }

  @Override
  public Label rule() {
    String range = "[" + Numbers.show(min) + ", " + Numbers.show(max) + "]";
    boolean efficacy =
        method.floor().compareTo(new BigDecimal("0.6")) == 0 && method.ceiling().compareTo(BigDecimal.ONE) == 0;
    return efficacy
        ? Label.of("功效系数法 60 + 40 × 相对位置（区间 " + range + "）", "efficacy coefficient 60 + 40 × position (range " + range + ")")
        : Label.of("极差标准化（区间 " + range + "）", "min–max over the range " + range);
  }
}
