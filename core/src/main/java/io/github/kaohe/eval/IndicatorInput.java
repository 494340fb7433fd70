package io.github.kaohe.eval;

import io.github.kaohe.internal.columns.DecimalColumn;
import io.github.kaohe.model.Clamp;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.MissingValueRule;
import io.github.kaohe.model.NaturalLog;
import io.github.kaohe.model.Transform;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One indicator's values in one evaluation: the raw column from the data, the column the method
 * scores (after the indicator's transforms; the raw column itself without any), and what the
 * missing-value rule puts in place of a value that is not there.
 */
final class IndicatorInput {
  final Indicator indicator;
  final int index;
  final DecimalColumn raw;
  final DecimalColumn scored;
  final MissingValueRule.Kind rule;
  /** The substitute and its value after transforms (null when it has no logarithm). */
  final @Nullable BigDecimal substitute;
  final @Nullable BigDecimal substituteScored;
  /** Whether the substitute's logarithm does not exist and the transform says so with an error. */
  final boolean substituteLogError;
  /** The value whose logarithm the substitute lacks, for the problem. */
  final @Nullable BigDecimal substituteFailedAt;

  private IndicatorInput(Indicator indicator, int index, DecimalColumn raw, DecimalColumn scored) {
    this.indicator = indicator;
    this.index = index;
    this.raw = raw;
    this.scored = scored;
    this.rule = indicator.missing().kind();
    this.substitute = indicator.missing().substitute().orElse(null);
    Transformed t = substitute == null ? null : transform(indicator, substitute);
    this.substituteScored = t == null ? null : t.value;
    this.substituteLogError = t != null && t.logError;
    this.substituteFailedAt = t == null ? null : t.failedAt;
  }

  /** The indicator's input: its data column, transformed where it has transforms. */
  static IndicatorInput of(Indicator indicator, int index, DecimalColumn raw, Population population, ProblemLog problems) {
    if (indicator.transforms().isEmpty()) {
      return new IndicatorInput(indicator, index, raw, raw);
    }
    DecimalColumn.Builder out = new DecimalColumn.Builder(raw.size());
    for (int e = 0; e < population.size(); e++) {
      int r = population.row(e);
      BigDecimal v = r < 0 ? null : raw.get(r);
      if (v == null) {
        continue;
      }
      Transformed t = transform(indicator, v);
      if (t.logError) {
        problems.input(e, index, population.id(e), indicator.id(), logError(t.failedAt));
      }
      if (t.value != null) {
        out.set(r, t.value);
      }
    }
    return new IndicatorInput(indicator, index, raw, out.build(raw.size()));
  }

  /**
   * The same columns for the indicator with another weight or scoring method (its missing rule and
   * transforms the same), without transforming the values again.
   */
  IndicatorInput withIndicator(Indicator other) {
    if (!other.id().equals(indicator.id()) || !other.missing().equals(indicator.missing())
        || !other.transforms().equals(indicator.transforms())) {
      throw new IllegalArgumentException("not the same input: " + other.id() + " for " + indicator.id());
    }
    return new IndicatorInput(other, index, raw, scored);
  }

  /** A value after transforms: null when its logarithm does not exist (and the rule is missing). */
  private record Transformed(@Nullable BigDecimal value, boolean logError, @Nullable BigDecimal failedAt) {}

  private static Transformed transform(Indicator indicator, BigDecimal value) {
    BigDecimal v = value;
    for (Transform t : indicator.transforms()) {
      if (t instanceof Clamp c) {
        v = c.apply(v);
      } else if (t instanceof NaturalLog ln) {
        if (v.signum() <= 0) {
          // an error keeps going with 0, so that every other problem is found too
          return ln.whenNotPositive() == NaturalLog.WhenNotPositive.ERROR
              ? new Transformed(BigDecimal.ZERO, true, v) : new Transformed(null, false, v);
        }
        v = Numbers.ln(v);
      }
    }
    return new Transformed(v, false, null);
  }

  static String logError(@Nullable BigDecimal v) {
    return "ln(" + (v == null ? "?" : v.toPlainString()) + ") does not exist; correct the value or declare"
        + " whenNotPositive: missing";
  }

  /** Whether the data has a raw value for the row. */
  boolean hasRaw(int row) {
    return row >= 0 && raw.has(row);
  }

  /** Whether the method has a value to score for the row (the data's, transformed). */
  boolean hasScored(int row) {
    return row >= 0 && scored.has(row);
  }

  /** Reads what this input's values of the row are made of: see {@link DecimalColumn#touch}. */
  long touch(int row) {
    return row < 0 ? 0 : raw.touch(row) ^ scored.touch(row);
  }

  /** The value shown for the row: the data's, the substitute the rule gave, or null. */
  @Nullable BigDecimal shownValue(int row) {
    if (hasScored(row)) {
      return raw.get(row);
    }
    if (rule == MissingValueRule.Kind.SUBSTITUTE) {
      return substitute;
    }
    return hasRaw(row) ? raw.get(row) : null;
  }

  /** The value the method scored for the row, or null. */
  @Nullable BigDecimal scoredValue(int row) {
    if (hasScored(row)) {
      return scored.get(row);
    }
    return rule == MissingValueRule.Kind.SUBSTITUTE ? substituteScored : null;
  }

  /** How the row's points came about. */
  IndicatorStatus status(int row) {
    if (hasScored(row)) {
      return IndicatorStatus.SCORED;
    }
    return rule == MissingValueRule.Kind.SUBSTITUTE ? IndicatorStatus.MISSING_SUBSTITUTED : IndicatorStatus.MISSING_ZERO_POINTS;
  }

  /** Why the row has no value to score, as the missing rule's problem says it. */
  String whyMissing(int row) {
    return hasRaw(row) ? "the value " + raw.get(row).toPlainString() + " has no logarithm" : "no value";
  }
}
