package io.github.kaohe.eval;

import io.github.kaohe.data.Period;
import io.github.kaohe.model.Check;
import io.github.kaohe.model.Condition;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.TableInput;
import java.util.LinkedHashMap;
import java.util.Map;

/** Evaluates one check for one entity in one period. */
final class CheckEvaluation {
  private final Check check;
  private final ConditionTests tests;
  private final Values values;

  CheckEvaluation(Check check, ConditionTests tests, Values values) {
    this.check = check;
    this.tests = tests;
    this.values = values;
  }

  CheckResult evaluate(String entity, Period period) {
    Map<String, String> shown = new LinkedHashMap<>();
    for (TableInput in : check.inputs()) {
      shown.put(in.id(), tests.show(in, values.input(in, entity, period)));
    }
    if (check.fromYear().isPresent() && period.year() < check.fromYear().get()) {
      return result(CheckResult.Status.NOT_APPLICABLE, shown,
          Label.of(check.fromYear().get() + "年起适用", "applies from " + check.fromYear().get()));
    }
    Truth applies = all(check.when(), entity, period);
    if (applies.isFalse()) {
      return result(CheckResult.Status.NOT_APPLICABLE, shown, Label.of("不适用", "does not apply"));
    }
    Truth holds = all(check.require(), entity, period);
    if (holds.isFalse() && applies.isTrue()) {
      return result(CheckResult.Status.FAILED, shown, check.message());
    }
    if (holds.isTrue() && applies.isTrue()) {
      return result(CheckResult.Status.PASSED, shown, Label.of("符合", "passed"));
    }
    Label why = applies.isTrue() ? holds.why() : applies.why();
    return result(CheckResult.Status.NOT_EVALUABLE, shown, Label.of("无法判定：" + why.zh(), "not evaluable: " + why.en()));
  }

  private Truth all(Map<String, Condition> conditions, String entity, Period period) {
    Truth t = Truth.TRUE;
    for (Map.Entry<String, Condition> c : conditions.entrySet()) {
      t = t.and(tests.test(c.getKey(), c.getValue(), entity, period));
      if (t.isFalse()) {
        return t;
      }
    }
    return t;
  }

  private CheckResult result(CheckResult.Status status, Map<String, String> shown, Label message) {
    return new CheckResult(check.id(), check.name(), status, message, shown, check.source());
  }
}
