package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.data.Period;
import io.github.kaohe.model.Policy;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A measure that is one named entity's value reads the entity the policy declares under that name
 * (here 甲, the id b, which is listed second), for every entity alike.
 */
class ValuesEntityValueTest {
  private static final Policy POLICY = PartEvaluatorPolicies.policy("""
      entities:
        - {id: a, name: {zh: 乙, en: Beta}}
        - {id: b, name: {zh: 甲, en: Alpha}}
      measures:
        - {id: alpha-tax, name: {zh: 甲的税收, en: Alpha's tax}, formula: {type: entity, entity: 甲, of: tax}}
      """);

  @Test
  void everyEntityReadsTheValueOfTheEntityNamed() {
    SchemeResult r = Evaluator.of(POLICY).evaluate("firms",
        PartEvaluatorPolicies.data(POLICY, "entity,period,tax\na,2024,30\nb,2024,70\n"), Period.year(2024));

    assertThat(r.entity("a").orElseThrow().measures()).containsEntry("alpha-tax", new BigDecimal("70"));
    assertThat(r.entity("b").orElseThrow().measures()).containsEntry("alpha-tax", new BigDecimal("70"));
  }
}
