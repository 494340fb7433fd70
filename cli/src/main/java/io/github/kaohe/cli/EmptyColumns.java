package io.github.kaohe.cli;

import io.github.kaohe.data.Period;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.MissingValueRule;
import java.util.ArrayList;
import java.util.List;

/**
 * Warns of an indicator with no value at all in the period assessed: a column left empty (or
 * missing) gives every entity the same points by the missing-value rule, which is rarely meant.
 */
final class EmptyColumns {
  private EmptyColumns() {}

  /** One warning per indicator without a single value, in each scheme's latest period. */
  static List<String> warnings(Assessment assessment) {
    List<String> warnings = new ArrayList<>();
    for (SchemeResult result : assessment.results()) {
      SchemeData input = assessment.inputs().stream()
          .filter(i -> i.scheme().id().equals(result.scheme().id()))
          .findFirst()
          .orElse(null);
      Period period = result.period();
      if (input == null || input.dataset().entitiesIn(period).isEmpty()) {
        continue;
      }
      for (Indicator i : result.scheme().indicators()) {
        // A derived indicator has no column of its own; its inputs are checked as facts.
        if (i.formula().isEmpty() && input.dataset().count(period, i.id()) == 0) {
          warnings.add(input.source() + ": column " + i.id() + " (" + i.name().zh() + ") has no values in " + period
              + ": " + consequence(i.missing()));
        }
      }
    }
    return warnings;
  }

  private static String consequence(MissingValueRule rule) {
    return switch (rule.kind()) {
      case ZERO_POINTS -> "every entity scores 0 points by rule zero-points";
      case EXCLUDE_ENTITY -> "every entity is left out by rule exclude-entity";
      case SUBSTITUTE -> "every entity is scored on the substitute value "
          + rule.substitute().map(v -> v.toPlainString()).orElse("") + " by rule substitute";
      case ERROR -> "every entity lacks it";
      case IMPUTE -> "no value is there to impute from, so every entity lacks it";
    };
  }
}
