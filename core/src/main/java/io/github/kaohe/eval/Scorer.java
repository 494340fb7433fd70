package io.github.kaohe.eval;

import io.github.kaohe.model.Label;
import java.math.BigDecimal;

/**
 * A scoring method prepared for one indicator in one evaluation: it has seen the population of
 * values (for methods that compare) and turns each value into points, rounded by the policy.
 */
interface Scorer {
  /** The points for this value, rounded to the points scale. */
  BigDecimal points(BigDecimal value);

  /**
   * How the points were computed, with the numbers filled in, e.g.
   * {@code 8 × 52300 / 80100 = 5.22}.
   */
  String formula(BigDecimal value, BigDecimal points);

  /** The rule, in words, e.g. 以最高值为满分，其余按比例得分 (最高值 80100). */
  Label rule();

  /** A value this method cannot score; the message says why. */
  final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failure(String message) {
      super(message, null, false, false);
    }
  }
}
