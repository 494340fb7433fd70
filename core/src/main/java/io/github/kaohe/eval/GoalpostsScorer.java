package io.github.kaohe.eval;

import io.github.kaohe.model.Direction;
import io.github.kaohe.model.Goalposts;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Rounding;
import java.math.BigDecimal;

/** Fixed goalposts, clamped. */
final class GoalpostsScorer implements Scorer {
  private final Goalposts method;
  private final BigDecimal weight;
  private final Rounding rounding;
  private final boolean higher;

  GoalpostsScorer(Goalposts method, BigDecimal weight, Direction direction, Rounding rounding) {
    this.method = method;
    this.weight = weight;
    this.rounding = rounding;
    this.higher = direction == Direction.HIGHER_IS_BETTER;
  }

  @Override
  public BigDecimal points(BigDecimal value) {
    BigDecimal lo = method.lower().value();
    BigDecimal hi = method.upper().value();
    BigDecimal x = Numbers.clamp(value, lo, hi);
    BigDecimal distance = higher ? x.subtract(lo) : hi.subtract(x);
    return Numbers.divide(weight.multiply(distance), hi.subtract(lo), rounding);
  }

  @Override
  public String formula(BigDecimal value, BigDecimal points) {
    BigDecimal x = Numbers.clamp(value, method.lower().value(), method.upper().value());
    String clamped = x.compareTo(value) == 0 ? "" : Numbers.show(value) + " → " + Numbers.show(x) + "; ";
    String lo = Numbers.brief(method.lower().value());
    String hi = Numbers.brief(method.upper().value());
    String share =
        higher ? "(" + Numbers.show(x) + " - " + lo + ")" : "(" + hi + " - " + Numbers.show(x) + ")";
    return clamped + weight.toPlainString() + " × " + share + " / (" + hi + " - " + lo + ") = "
        + points.toPlainString();
  }

  @Override
  public Label rule() {
    String posts = "[" + Numbers.brief(method.lower().value()) + ", " + Numbers.brief(method.upper().value()) + "]";
    return Label.of("固定阈值法（阈值 " + posts + "）", "fixed goalposts " + posts);
  }
}
