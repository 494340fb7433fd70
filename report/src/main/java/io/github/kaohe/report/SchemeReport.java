package io.github.kaohe.report;

import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Scheme;
import java.util.Comparator;
import io.github.kaohe.whatif.Provisional;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One scheme's results over periods; the report's ranking is the latest period's.
 *
 * @param results the results, one per period, in period order
 * @param provisional the latest period's ranking as provisional, when some of its values are
 *     pending: the values pending and each entity's best and worst place
 */
public record SchemeReport(List<SchemeResult> results, Optional<Provisional.Result> provisional) {
  public SchemeReport {
    Objects.requireNonNull(provisional, "provisional");
    results = results.stream().sorted(Comparator.comparing(SchemeResult::period)).toList();
    if (results.isEmpty()) {
      throw new IllegalArgumentException("a scheme's report needs at least one result");
    }
    String id = results.get(0).scheme().id();
    if (results.stream().anyMatch(r -> !r.scheme().id().equals(id))) {
      throw new IllegalArgumentException("a scheme's report holds the results of one scheme");
    }
  }

  /** One scheme's results, none provisional. */
  public SchemeReport(List<SchemeResult> results) {
    this(results, Optional.empty());
  }

  /** The same results, the latest period's provisional with these values pending. */
  public SchemeReport provisional(Provisional.Result provisional) {
    return new SchemeReport(results, Optional.of(provisional));
  }

  public Scheme scheme() {
    return latest().scheme();
  }

  /** The latest period's result: the ranking the report shows. */
  public SchemeResult latest() {
    return results.get(results.size() - 1);
  }

  /** The result of the period before the latest, if the report has it. */
  public Optional<SchemeResult> previous() {
    return results.size() < 2 ? Optional.empty() : Optional.of(results.get(results.size() - 2));
  }

  /**
   * How many places the entity rose since the previous period (positive: better, negative:
   * worse); empty if it has no place now or then, or the report has no previous period.
   */
  public OptionalInt placeChange(EntityResult now) {
    if (now.place().isEmpty()) {
      return OptionalInt.empty();
    }
    Optional<EntityResult> before = previous().flatMap(p -> p.entity(now.id()));
    if (before.isEmpty() || before.get().place().isEmpty()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(before.get().place().getAsInt() - now.place().getAsInt());
  }
}
