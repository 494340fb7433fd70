package io.github.kaohe.eval;

import io.github.kaohe.internal.DecimalMath;
import io.github.kaohe.model.Direction;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Rounding;
import io.github.kaohe.model.ZScore;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * The z-score mapped linearly onto the weight: {@code weight × (z + k) / 2k}, z clamped to
 * {@code [−k, k]}. The population's sums are exact, so {@code z = (n·x − Σx) / √(nΣx² − (Σx)²)};
 * the clamp is decided exactly (by squares), a z whose root is rational is exact, and any other is
 * correctly rounded to 34 digits before the policy's one rounding.
 */
final class ZScoreScorer implements Scorer {
  private final ZScore method;
  private final BigDecimal weight;
  private final Rounding rounding;
  private final boolean higher;
  private final BigDecimal n;
  private final BigDecimal sum;
  /** {@code nΣx² − (Σx)²}: n² times the variance; 0 without spread. */
  private final BigDecimal spread;
  /** Its square root when it is a decimal, else null. */
  private final @Nullable BigDecimal exactRoot;
  private final BigDecimal mean;
  private final BigDecimal sd;

  ZScoreScorer(ZScore method, BigDecimal weight, Direction direction, Rounding rounding, Statistics population) {
    this.method = method;
    this.weight = weight;
    this.rounding = rounding;
    this.higher = direction == Direction.HIGHER_IS_BETTER;
    boolean empty = population.isEmpty();
    this.n = BigDecimal.valueOf(population.count());
    this.sum = empty ? BigDecimal.ZERO : population.sum();
    BigDecimal s = empty ? BigDecimal.ZERO : n.multiply(population.sumOfSquares()).subtract(sum.multiply(sum));
    this.spread = s.signum() <= 0 ? BigDecimal.ZERO : s;
    this.exactRoot = spread.signum() == 0 ? BigDecimal.ZERO : exactSquareRoot(spread);
    this.mean = empty ? BigDecimal.ZERO : population.mean(Numbers.WIDE);
    this.sd = empty ? BigDecimal.ZERO : population.standardDeviation(Numbers.WIDE);
  }

  /** The square root of a positive decimal if it is a decimal, else null. */
  private static @Nullable BigDecimal exactSquareRoot(BigDecimal v) {
    BigInteger unscaled = v.unscaledValue();
    int scale = v.scale();
    if (scale % 2 != 0) {
      unscaled = unscaled.multiply(BigInteger.TEN);
      scale++;
    }
    BigInteger root = unscaled.sqrt();
    return root.multiply(root).equals(unscaled) ? new BigDecimal(root, scale / 2) : null;
  }

  /** {@code n·x − Σx}, signed so that better is greater: z's numerator. */
  private BigDecimal deviation(BigDecimal value) {
    BigDecimal d = n.multiply(value).subtract(sum);
    return higher ? d : d.negate();
  }

  /** z, for the formula: exact where it can be, else to 34 digits. */
  private BigDecimal z(BigDecimal value) {
    BigDecimal d = deviation(value);
    return exactRoot != null
        ? d.divide(exactRoot, Numbers.WIDE)
        : d.divide(DecimalMath.sqrt(spread, Numbers.WIDE), Numbers.WIDE);
  }

  @Override
  public BigDecimal points(BigDecimal value) {
    if (spread.signum() == 0) {
      return rounding.apply(
          method.whenNoSpread() == ZScore.WhenNoSpread.FULL ? weight : weight.divide(BigDecimal.valueOf(2)));
    }
    BigDecimal k = method.spread();
    BigDecimal d = deviation(value);
    // |z| ≥ k, decided exactly: d² ≥ k²·spread
    if (d.multiply(d).compareTo(k.multiply(k).multiply(spread)) >= 0) {
      return rounding.apply(d.signum() > 0 ? weight : BigDecimal.ZERO);
    }
    if (exactRoot != null) {
      // weight × (d/root + k) / 2k = weight × (d + k·root) / (2k·root), rounded once
      return Numbers.divide(weight.multiply(d.add(k.multiply(exactRoot))), k.add(k).multiply(exactRoot), rounding);
    }
    BigDecimal z = d.divide(DecimalMath.sqrt(spread, Numbers.WIDE), Numbers.WIDE);
    return Numbers.divide(weight.multiply(z.add(k)), k.add(k), rounding);
  }

  @Override
  public String formula(BigDecimal value, BigDecimal points) {
    if (spread.signum() == 0) {
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
