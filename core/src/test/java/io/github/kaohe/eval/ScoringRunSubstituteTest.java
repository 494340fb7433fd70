package io.github.kaohe.eval;

import static io.github.kaohe.eval.Harness.d;
import static io.github.kaohe.eval.Harness.indicator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.model.Direction;
import io.github.kaohe.model.Goalposts;
import io.github.kaohe.model.MissingValueRule;
import io.github.kaohe.model.NaturalLog;
import io.github.kaohe.model.NaturalLog.WhenNotPositive;
import io.github.kaohe.model.Parameter;
import io.github.kaohe.model.RatioToBenchmark;
import io.github.kaohe.model.Policy;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A missing value under the rule substitute: a substitute without a logarithm, or one the method
 * cannot score, is a problem of each entity that takes it; a substitute of an indicator whose
 * benchmark varies is scored against the entity's own benchmark.
 */
class ScoringRunSubstituteTest {
  private static Harness lnGoalposts(WhenNotPositive when) {
    return Harness.of(indicator("income", "10", Goalposts.of(d("0"), d("5")))
        .transforms(List.of(new NaturalLog(when)))
        .missing(MissingValueRule.substitute(d("0")))
        .build());
  }

  private static List<String> problems(Harness h) {
    try {
      h.evaluate();
    } catch (EvaluationException e) {
      return e.problems().stream().map(p -> p.entity() + ": " + p.message()).toList();
    }
    throw new AssertionError("no problem");
  }

  @Test
  void aSubstituteWithoutALogarithmUnderErrorIsAProblemOfEachEntityThatTakesIt() {
    assertThat(problems(lnGoalposts(WhenNotPositive.ERROR).values("100").value("b", null)))
        .containsExactly("b: ln(0) does not exist; correct the value or declare whenNotPositive: missing");
  }

  @Test
  void aSubstituteWithoutALogarithmUnderMissingIsAProblemOfEachEntityThatTakesIt() {
    assertThat(problems(lnGoalposts(WhenNotPositive.MISSING).values("100").value("b", null)))
        .containsExactly("b: the substitute 0 has no logarithm");
  }

  @Test
  void aSubstituteTheMethodCannotScoreIsAProblemOfEachEntityThatTakesIt() {
    // lower is better without a cap: a value of 0 has no ratio to the benchmark
    Harness h = Harness.of(indicator("energy", "10", new RatioToBenchmark(Parameter.of(d("50")), Optional.empty()))
        .direction(Direction.LOWER_IS_BETTER)
        .missing(MissingValueRule.substitute(d("0")))
        .build());
    assertThat(problems(h.values("40").value("b", null).value("c", null))).containsExactly(
        "b: the value 0 is not above 0, so its ratio to the benchmark has no end, and the method has no cap",
        "c: the value 0 is not above 0, so its ratio to the benchmark has no end, and the method has no cap");
  }

  @Test
  void aSubstituteIsScoredAgainstTheEntitysOwnBenchmark() {
    Policy p = ScoringRunPolicies.policy("{scale: 2, rounding: half-up}", "", "10", """
        - {id: tax-per-mu, name: {zh: 亩均税收, en: Tax per mu}, unit: 万元/亩, weight: 10,
           method: {type: ratio-to-benchmark, benchmark: {by: county, values: {东区: 20, 西区: 40}}},
           missing: {rule: substitute, value: 20}}
        """, "");
    // a: 10 × 20 / 20 = 10.00; b and c take the substitute 20: b (西区) 10 × 20 / 40 = 5.00, c (东区) 10.00
    SchemeResult r = ScoringRunPolicies.evaluate(p, """
        entity,county,tax-per-mu
        a,东区,20
        b,西区,
        c,东区,
        """);
    assertThat(ScoringRunPolicies.points(r, "a", "tax-per-mu")).isEqualTo("10.00");
    assertThat(ScoringRunPolicies.points(r, "b", "tax-per-mu")).isEqualTo("5.00");
    assertThat(ScoringRunPolicies.points(r, "c", "tax-per-mu")).isEqualTo("10.00");
  }
}
