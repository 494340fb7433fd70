package io.github.kaohe.analysis;

import io.github.kaohe.model.AdjustmentItem;
import io.github.kaohe.model.Fact;
import io.github.kaohe.model.FactType;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Measure;
import io.github.kaohe.model.PlacePoints;
import io.github.kaohe.model.Rules;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.TableInput;
import io.github.kaohe.model.Timing;
import org.jspecify.annotations.Nullable;

/**
 * The type of a value a rule reads: a fact's type, or {@link FactType#NUMBER} for indicators'
 * raw values, measures, totals and points, {@link FactType#PLACE} for places.
 */
final class ValueType {
  private ValueType() {}

  /** The type of what {@code input} reads in {@code scheme}, or null when it reads nothing known. */
  static @Nullable FactType of(Scheme scheme, Rules rules, TableInput input) {
    String of = input.of();
    if (of.equals("result.place") || of.startsWith("result.place.")) {
      return input.timing() == Timing.CHANGE ? FactType.NUMBER : FactType.PLACE;
    }
    if (input.readsResult()) {
      return FactType.NUMBER;
    }
    for (Fact f : rules.facts()) {
      if (f.id().equals(of)) {
        return input.timing() == Timing.CHANGE ? FactType.NUMBER : f.type();
      }
    }
    for (Measure m : rules.measures()) {
      if (m.id().equals(of)) {
        return FactType.NUMBER;
      }
    }
    for (AdjustmentItem a : scheme.adjustmentItems()) {
      if (a.id().equals(of)) {
        return FactType.COUNT;
      }
    }
    for (Indicator i : scheme.indicators()) {
      if (i.id().equals(of)) {
        return i.method() instanceof PlacePoints && input.timing() != Timing.CHANGE ? FactType.PLACE : FactType.NUMBER;
      }
    }
    return null;
  }
}
