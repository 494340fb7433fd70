package io.github.kaohe.eval;

import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.Rounding;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** Combines a category's children by its aggregation. */
final class Aggregations {
  private Aggregations() {}

  static Aggregate combine(
      Category category, List<BigDecimal> points, List<BigDecimal> weights, Rounding rounding) {
    Aggregation how = category.aggregation();
    if (how == Aggregation.WEIGHTED_SUM) {
      BigDecimal sum = points.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal rounded = rounding.apply(sum);
      String formula =
          points.size() == 1
              ? rounded.toPlainString()
              : points.stream().map(Numbers::show).collect(Collectors.joining(" + ")) + " = " + rounded.toPlainString();
      return new Aggregate(rounded, formula);
    }
    BigDecimal totalWeight = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal w = category.weight();
    if (totalWeight.signum() == 0) {
      return new Aggregate(rounding.apply(BigDecimal.ZERO), "weights 0 → 0");
    }
    if (how == Aggregation.ARITHMETIC_MEAN) {
      // weight × Σ wᵢ nᵢ / Σ wᵢ, with nᵢ = pointsᵢ / wᵢ, is weight × Σ pointsᵢ / Σ wᵢ
      BigDecimal sum = points.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal result = Numbers.divide(w.multiply(sum), totalWeight, rounding);
      return new Aggregate(
          result,
          w.toPlainString() + " × (" + points.stream().map(Numbers::show).collect(Collectors.joining(" + "))
              + ") / " + totalWeight.toPlainString() + " = " + result.toPlainString());
    }
    // geometric: weight × Π nᵢ^(wᵢ / Σ wᵢ), in double precision
    double log = 0;
    StringBuilder f = new StringBuilder(w.toPlainString());
    for (int i = 0; i < points.size(); i++) {
      BigDecimal wi = weights.get(i);
      if (wi.signum() == 0) {
        continue;
      }
      double n = points.get(i).doubleValue() / wi.doubleValue();
      f.append(" × ");
      f.append('(').append(Numbers.show(points.get(i))).append('/').append(wi.toPlainString()).append(")^")
          .append(Numbers.ratio(wi, totalWeight));
      if (n <= 0) {
        log = Double.NEGATIVE_INFINITY;
      } else {
        log += wi.doubleValue() / totalWeight.doubleValue() * Math.log(n);
      }
    }
    BigDecimal mean = log == Double.NEGATIVE_INFINITY ? BigDecimal.ZERO : BigDecimal.valueOf(Math.exp(log));
    BigDecimal result = rounding.apply(w.multiply(mean));
    return new Aggregate(result, f.append(" = ").append(result.toPlainString()).toString());
  }
}
