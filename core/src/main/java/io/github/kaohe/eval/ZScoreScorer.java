package io.github.kaohe.eval;

import io.github.kaohe.model.Direction;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Rounding;
import io.github.kaohe.model.ZScore;
import java.math.BigDecimal;

/** The z-score mapped linearly onto the weight. */
final class ZScoreScorer implements Scorer {
  private final ZScore method;
  private final BigDecimal weight;
  private final Rounding rounding;
  private final boolean higher;
  private final BigDecimal mean;
  private final BigDecimal sd;

  ZScoreScorer(ZScore method, BigDecimal weight, Direction direction, Rounding rounding, Statistics population) {
    this.method = method;
    this.weight = weight;
    this.rounding = rounding;
    this.higher = direction == Direction.HIGHER_IS_BETTER;
    this.mean = population.isEmpty() ? BigDecimal.ZERO : population.mean(Numbers.WIDE);
    this.sd = population.isEmpty() ? BigDecimal.ZERO : population.standardDeviation(Numbers.WIDE);
  }

  private BigDecimal z(BigDecimal value) {
    BigDecimal z = value.subtract(mean).divide(sd, Numbers.WIDE);
    return higher ? z : z.negate();
  }

  @Override
  public BigDecimal points(BigDecimal value) {
    if (sd.signum() == 0) {
      return rounding.apply(
          method.whenNoSpread() == ZScore.WhenNoSpread.FULL ? weight : weight.divide(BigDecimal.valueOf(2)));
    }
    BigDecimal k = method.spread();
    BigDecimal z = Numbers.clamp(z(value), k.negate(), k);
    // weight × (z + k) / 2k
    return Numbers.divide(weight.multiply(z.add(k)), k.add(k), rounding);
  }

  @Override
  public String formula(BigDecimal value, BigDecimal points) {
    if (sd.signum() == 0) {
      return "sd = 0 → " + points.toPlainString();
    }
    String k = method.spread().toPlainString();
    return "z = " + (higher ? "" : "-") + "(" + Numbers.show(value) + " - " + Numbers.approx(mean) + ") / "
        + Numbers.approx(sd) + " = " + Numbers.approx(z(value)) + "; " + weight.toPlainString()
        + " × (z + " + k + ") / (2 × " + k + ") = " + points.toPlainString();
  }

  @Override
  public Label rule() {
    String k = method.spread().toPlainString();
    return Label.of(
        "标准分：均值 " + Numbers.approx(mean) + "，标准差 " + Numbers.approx(sd) + "，±" + k + " 个标准差映射到 0 至满分",
        "z-score: mean " + Numbers.approx(mean) + ", sd " + Numbers.approx(sd) + ", ±" + k + " sd mapped onto 0 to the weight");
  }
}
