package io.github.kaohe.eval;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.model.Label;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The scored results (scores and places) of one scheme per period, computed the first time a
 * rule needs them. A period without data, or whose data cannot be scored, has no result, and
 * says why.
 */
final class History {
  private final java.util.Set<Period> periods;
  private final Function<Period, SchemeResult> score;
  private final Map<Period, SchemeResult> results = new HashMap<>();
  private final Map<Period, Label> failures = new HashMap<>();

  History(Dataset data, Function<Period, SchemeResult> score) {
    this(data.periods(), score);
  }

  /**
   * A history of the periods of a whole population, of which {@code score} scores a part: the
   * part's own data may lack a period the whole has.
   */
  History(java.util.Set<Period> periods, Function<Period, SchemeResult> score) {
    this.periods = periods;
    this.score = score;
  }

  /** The period's scored result, computed if needed; propagates the failure of the period asked for. */
  SchemeResult require(Period period) {
    SchemeResult r = results.get(period);
    if (r == null) {
      r = score.apply(period);
      results.put(period, r);
    }
    return r;
  }

  /** The period's scored result, if the data has it and it can be scored. */
  Optional<SchemeResult> find(Period period) {
    if (results.containsKey(period)) {
      return Optional.of(results.get(period));
    }
    if (failures.containsKey(period) || !periods.contains(period)) {
      return Optional.empty();
    }
    try {
      return Optional.of(require(period));
    } catch (EvaluationException e) {
      int n = e.problems().size();
      failures.put(period, Label.of(Value.zh(period) + "无法评价（数据有 " + n + " 个问题）",
          period + " cannot be evaluated (" + n + " problems in its data)"));
      return Optional.empty();
    }
  }

  /** Whether the population has data in the period (a part's own rows may not). */
  boolean covers(Period period) {
    return periods.contains(period);
  }

  /** Why a period has no result. */
  Label whyMissing(Period period) {
    return failures.getOrDefault(period, Label.of(Value.zh(period) + "无数据", "no data for " + period));
  }
}
