package io.github.kaohe.sensitivity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A weight that varies uniformly within [low, high], in points (分).
 *
 * @param of the category's or indicator's id
 * @param nominal its weight in the policy
 * @param low the least weight sampled, greater than 0
 * @param high the greatest weight sampled, at most the scheme's total
 * @param declared as the file says it, e.g. {@code ±20%} or {@code [10, 20]}
 */
public record WeightRange(String of, BigDecimal nominal, BigDecimal low, BigDecimal high, String declared) {
  public WeightRange {
    Objects.requireNonNull(of, "of");
    Objects.requireNonNull(nominal, "nominal");
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    Objects.requireNonNull(declared, "declared");
    if (low.signum() <= 0 || low.compareTo(high) > 0) {
      throw new IllegalArgumentException("weight range of " + of + " must have 0 < low <= high, not [" + low + ", " + high + "]");
    }
  }
}
