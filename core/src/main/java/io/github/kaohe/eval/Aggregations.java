package io.github.kaohe.eval;

import io.github.kaohe.internal.DecimalMath;
import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.Rounding;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Combines a category's children by its aggregation, and writes out how. The formula is written
 * only when asked for: a million entities need their points, rarely their working.
 */
final class Aggregations {
  private Aggregations() {}

  /** The category's points from its children's points and weights, rounded. */
  static BigDecimal combine(Category category, List<BigDecimal> points, List<BigDecimal> weights, Rounding rounding) {
    Aggregation how = category.aggregation();
    if (how == Aggregation.WEIGHTED_SUM) {
      return rounding.apply(sum(points));
    }
    BigDecimal totalWeight = sum(weights);
    if (totalWeight.signum() == 0) {
      return rounding.apply(BigDecimal.ZERO);
    }
    if (how == Aggregation.ARITHMETIC_MEAN) {
      // weight × Σ wᵢ nᵢ / Σ wᵢ, with nᵢ = pointsᵢ / wᵢ, is weight × Σ pointsᵢ / Σ wᵢ
      return Numbers.divide(category.weight().multiply(sum(points)), totalWeight, rounding);
    }
    // geometric: weight × Π nᵢ^(wᵢ / Σ wᵢ) with nᵢ = pointsᵢ / wᵢ, children of weight 0 left out; the
    // mean of the exact nᵢ correctly rounded to 34 digits (DecimalMath.PRECISION), then rounded once
    for (int i = 0; i < points.size(); i++) {
      if (weights.get(i).signum() != 0 && points.get(i).signum() <= 0) {
        return rounding.apply(BigDecimal.ZERO);
      }
    }
    BigDecimal mean = DecimalMath.geometricMean(points, weights, weights, DecimalMath.PRECISION);
    return rounding.apply(category.weight().multiply(mean));
  }

  /** How the children's points gave {@code result}, e.g. {@code 5.23 + 4.10 = 9.33}. */
  static String formula(Category category, List<BigDecimal> points, List<BigDecimal> weights, BigDecimal result) {
    Aggregation how = category.aggregation();
    if (how == Aggregation.WEIGHTED_SUM) {
      return points.size() == 1
          ? result.toPlainString()
          : points.stream().map(Numbers::show).collect(Collectors.joining(" + ")) + " = " + result.toPlainString();
    }
    BigDecimal totalWeight = sum(weights);
    if (totalWeight.signum() == 0) {
      return "weights 0 → 0";
    }
    String w = category.weight().toPlainString();
    if (how == Aggregation.ARITHMETIC_MEAN) {
      return w + " × (" + points.stream().map(Numbers::show).collect(Collectors.joining(" + "))
          + ") / " + totalWeight.toPlainString() + " = " + result.toPlainString();
    }
    StringBuilder f = new StringBuilder(w);
    for (int i = 0; i < points.size(); i++) {
      BigDecimal wi = weights.get(i);
      if (wi.signum() == 0) {
        continue;
      }
      f.append(" × (").append(Numbers.show(points.get(i))).append('/').append(wi.toPlainString()).append(")^")
          .append(Numbers.ratio(wi, totalWeight));
    }
    return f.append(" = ").append(result.toPlainString()).toString();
  }

  private static BigDecimal sum(List<BigDecimal> values) {
    BigDecimal sum = BigDecimal.ZERO; // a loop: a report asks this of every category of a million entities
    for (BigDecimal v : values) {
      sum = sum.add(v);
    }
    return sum;
  }
}
