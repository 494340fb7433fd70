package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kaohe.model.Policy;
import org.junit.jupiter.api.Test;

/** A derived indicator that divides by zero under ifZeroDivisor: error is a problem of each entity where it does. */
class ScoringRunFormulaErrorsTest {
  @Test
  void everyEntityWhoseFormulaDividesByZeroIsNamedTheFirstRowToo() {
    Policy p = ScoringRunPolicies.policy("{scale: 2, rounding: half-up}", """
        - {id: tax, name: {zh: 税收, en: Tax}, type: number, unit: 万元}
        - {id: land, name: {zh: 用地, en: Land}, type: number, unit: 亩}
        """, "10", """
        - {id: tax-per-mu, name: {zh: 亩均税收, en: Tax per mu}, unit: 万元/亩, weight: 10,
           method: proportional-to-best, formula: {of: tax / land, ifZeroDivisor: error}}
        """, "");
    String why = ": the formula tax / land divides by zero, and its rule ifZeroDivisor is 'error': correct the data,"
        + " or declare ifZeroDivisor: missing or zero";
    // a, the first row, and c divide by zero; b does not
    assertThatThrownBy(() -> ScoringRunPolicies.evaluate(p, """
        entity,county,tax,land
        a,东区,10,0
        b,东区,10,2
        c,西区,5,0
        """))
        .isInstanceOfSatisfying(EvaluationException.class, e -> assertThat(e.problems())
            .extracting(x -> x.entity() + ": " + x.message())
            .containsExactly("a" + why, "c" + why));
  }
}
