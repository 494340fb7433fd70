package io.github.kaohe.report;

import io.github.kaohe.eval.CheckResult;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.Explanation;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Scheme;
import java.util.ArrayList;
import java.util.List;

/**
 * A scheme's checks in one period as the reports show them: every failed check with its entity,
 * and how many passed, could not be decided for want of data, or did not apply.
 *
 * @param failed the failed checks, by entity in the result's order, then in the scheme's order
 * @param passed how many checks passed
 * @param notEvaluable how many could not be decided
 * @param notApplicable how many did not apply (their {@code when} does not hold)
 */
public record CheckSummary(List<Failure> failed, int passed, int notEvaluable, int notApplicable) {

  /** A failed check of an entity. */
  public record Failure(EntityResult entity, CheckResult check) {}

  public static CheckSummary of(SchemeResult result) {
    List<Failure> failed = new ArrayList<>();
    int passed = 0;
    int notEvaluable = 0;
    int notApplicable = 0;
    for (EntityResult e : result.entities()) {
      for (CheckResult c : e.checks()) {
        switch (c.status()) {
          case FAILED -> failed.add(new Failure(e, c));
          case PASSED -> passed++;
          case NOT_EVALUABLE -> notEvaluable++;
          case NOT_APPLICABLE -> notApplicable++;
        }
      }
    }
    return new CheckSummary(failed, passed, notEvaluable, notApplicable);
  }

  /** Whether the scheme has checks to report on. */
  public static boolean applies(SchemeResult result) {
    return !result.scheme().rules().checks().isEmpty();
  }

  /**
   * The values a check read, in words: {@code 单独供地 = 是，项目总投资（万元） = 9000} (as
   * {@link Explanation#checkValues} writes them), not the ids of its inputs.
   */
  public static Label values(Scheme scheme, CheckResult check) {
    return Label.of(Explanation.checkValues(scheme, check, Language.ZH), Explanation.checkValues(scheme, check, Language.EN));
  }
}
