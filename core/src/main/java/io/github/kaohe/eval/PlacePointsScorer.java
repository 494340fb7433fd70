package io.github.kaohe.eval;

import io.github.kaohe.model.Label;
import io.github.kaohe.model.PlacePoints;
import io.github.kaohe.model.Rounding;
import java.math.BigDecimal;

/** Points for a place in another ranking: place 1 is best. */
final class PlacePointsScorer implements Scorer {
  private final PlacePoints method;
  private final BigDecimal weight;
  private final Rounding rounding;

  PlacePointsScorer(PlacePoints method, BigDecimal weight, Rounding rounding) {
    this.method = method;
    this.weight = weight;
    this.rounding = rounding;
  }

  private static int place(BigDecimal value) {
    try {
      int p = value.intValueExact();
      if (p >= 1) {
        return p;
      }
    } catch (ArithmeticException e) {
      // not a whole number: reported below
    }
    throw new Failure("a place must be a whole number of at least 1, but was " + value.toPlainString());
  }

  @Override
  public BigDecimal points(BigDecimal value) {
    int p = place(value);
    if (method.mode() == PlacePoints.Mode.LINEAR) {
      int n = method.fieldSize().orElseThrow();
      if (p >= n) {
        return rounding.apply(BigDecimal.ZERO);
      }
      return Numbers.divide(weight.multiply(BigDecimal.valueOf(n - p)), BigDecimal.valueOf(n - 1L), rounding);
    }
    BigDecimal lost = method.step().orElseThrow().multiply(BigDecimal.valueOf(p - 1L));
    return rounding.apply(weight.subtract(lost).max(BigDecimal.ZERO));
  }

  @Override
  public String formula(BigDecimal value, BigDecimal points) {
    int p = place(value);
    String w = weight.toPlainString();
    if (method.mode() == PlacePoints.Mode.LINEAR) {
      int n = method.fieldSize().orElseThrow();
      return p >= n
          ? "place " + p + " ≥ " + n + " → " + points.toPlainString()
          : w + " × (" + n + " - " + p + ") / (" + n + " - 1) = " + points.toPlainString();
    }
    return w + " - " + method.step().orElseThrow().toPlainString() + " × (" + p + " - 1) = " + points.toPlainString();
  }

  @Override
  public Label rule() {
    if (method.mode() == PlacePoints.Mode.LINEAR) {
      int n = method.fieldSize().orElseThrow();
      return Label.of(
          "按位次计分：第1名满分，至第" + n + "名线性递减为0",
          "points by place: full weight at place 1, falling linearly to 0 at place " + n);
    }
    String s = method.step().orElseThrow().toPlainString();
    return Label.of(
        "按位次计分：第1名满分，每后退1位扣" + s + "分", "points by place: full weight at place 1, " + s + " less per place");
  }
}
