package io.github.kaohe.eval;

import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Label;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An indicator's result for one entity: the raw value, the value the method scored (after any
 * transforms), the points, and how they were computed. Immutable.
 */
public final class IndicatorResult {
  private final Indicator indicator;
  private final @Nullable BigDecimal value;
  private final @Nullable BigDecimal scoredValue;
  private final BigDecimal points;
  private final IndicatorStatus status;
  private final @Nullable Scorer scorer;
  /** What stood in for a missing value, in words; null when nothing was imputed. */
  private final @Nullable Label imputation;

  IndicatorResult(
      Indicator indicator,
      @Nullable BigDecimal value,
      @Nullable BigDecimal scoredValue,
      BigDecimal points,
      IndicatorStatus status,
      @Nullable Scorer scorer) {
    this(indicator, value, scoredValue, points, status, scorer, null);
  }

  IndicatorResult(
      Indicator indicator,
      @Nullable BigDecimal value,
      @Nullable BigDecimal scoredValue,
      BigDecimal points,
      IndicatorStatus status,
      @Nullable Scorer scorer,
      @Nullable Label imputation) {
    this.imputation = imputation;
    this.indicator = Objects.requireNonNull(indicator);
    this.value = value;
    this.scoredValue = scoredValue;
    this.points = Objects.requireNonNull(points);
    this.status = Objects.requireNonNull(status);
    this.scorer = scorer;
  }

  public Indicator indicator() {
    return indicator;
  }

  /** The indicator's id. */
  public String id() {
    return indicator.id();
  }

  /** The raw value from the data, or the substitute the missing-value rule gave; empty if none. */
  public Optional<BigDecimal> value() {
    return Optional.ofNullable(value);
  }

  /** The value the method scored, after transforms; equal to {@link #value()} without them. */
  public Optional<BigDecimal> scoredValue() {
    return Optional.ofNullable(scoredValue);
  }

  /** The points, rounded by the policy. */
  public BigDecimal points() {
    return points;
  }

  public IndicatorStatus status() {
    return status;
  }

  /** Points as a share of the weight, to six decimals (0 when the weight is 0). */
  public BigDecimal normalised() {
    if (indicator.weight().signum() == 0) {
      return BigDecimal.ZERO;
    }
    return points.divide(indicator.weight(), 6, RoundingMode.HALF_EVEN);
  }

  /** The computation with its numbers, e.g. {@code 8 × 52300 / 80100 = 5.22}. */
  public String formula() {
    if (scorer == null || scoredValue == null) {
      return "— → " + points.toPlainString();
    }
    String f = scorer.formula(scoredValue, points);
    if (value != null && scoredValue.compareTo(value) != 0) {
      return Numbers.show(value) + " → " + Numbers.show(scoredValue) + "; " + f;
    }
    return f;
  }

  /** The rule that produced the points, in words. */
  public Label rule() {
    if (status == IndicatorStatus.MISSING_IMPUTED && imputation != null) {
      return scorer == null ? imputation
          : Label.of(imputation.zh() + "；" + scorer.rule().zh(), imputation.en() + "; " + scorer.rule().en());
    }
    if (status == IndicatorStatus.MISSING_ZERO_POINTS || scorer == null) {
      return Label.of("数据缺失，按规则计0分", "value missing: zero points by rule");
    }
    Label r = scorer.rule();
    if (status == IndicatorStatus.MISSING_SUBSTITUTED) {
      return Label.of("数据缺失，以替代值计分；" + r.zh(), "value missing, substitute scored; " + r.en());
    }
    return r;
  }

  @Override
  public String toString() {
    return indicator.id() + "=" + points.toPlainString();
  }
}
