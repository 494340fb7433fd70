package io.github.kaohe.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An entity's eligibilities during one period's rule tables: those revoked, and those that a
 * table could not decide (a revoking row was not evaluable), each with the outcome that says why.
 */
final class EligibilityState {
  private final Map<String, OutcomeResult> lost = new LinkedHashMap<>();
  private final Map<String, OutcomeResult> uncertain = new LinkedHashMap<>();

  void lose(String eligibility, OutcomeResult cause) {
    lost.putIfAbsent(eligibility, cause);
  }

  void doubt(String eligibility, OutcomeResult cause) {
    uncertain.putIfAbsent(eligibility, cause);
  }

  @Nullable OutcomeResult lost(String eligibility) {
    return lost.get(eligibility);
  }

  /** Why the eligibility may be lost, when that could not be decided (and it is not lost). */
  @Nullable OutcomeResult uncertain(String eligibility) {
    return lost.containsKey(eligibility) ? null : uncertain.get(eligibility);
  }
}
