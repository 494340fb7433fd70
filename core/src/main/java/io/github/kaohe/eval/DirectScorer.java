package io.github.kaohe.eval;

import io.github.kaohe.model.DirectPoints;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Rounding;
import java.math.BigDecimal;

/** The value already is points. */
final class DirectScorer implements Scorer {
  private final DirectPoints method;
  private final BigDecimal weight;
  private final Rounding rounding;

  DirectScorer(DirectPoints method, BigDecimal weight, Rounding rounding) {
    this.method = method;
    this.weight = weight;
    this.rounding = rounding;
  }

  @Override
  public BigDecimal points(BigDecimal value) {
    boolean outside = value.signum() < 0 || value.compareTo(weight) > 0;
    if (outside && method.outOfRange() == DirectPoints.OutOfRange.ERROR) {
      throw new Failure(
          "points " + value.toPlainString() + " lie outside [0, " + weight.toPlainString() + "]");
    }
    return rounding.apply(Numbers.clamp(value, BigDecimal.ZERO, weight));
  }

  @Override
  public String formula(BigDecimal value, BigDecimal points) {
    return points.compareTo(value) == 0 ? points.toPlainString() : Numbers.show(value) + " → " + points.toPlainString();
  }

  @Override
  public Label rule() {
    return Label.of("直接计分", "points given directly");
  }
}
