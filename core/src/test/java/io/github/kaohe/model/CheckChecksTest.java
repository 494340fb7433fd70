package io.github.kaohe.model;

import static io.github.kaohe.model.ModelParts.d;
import static io.github.kaohe.model.ModelParts.l;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a check (a threshold an entity must meet) refuses: an input declared twice, nothing to
 * require, and conditions in when or require on, or comparing with, inputs it does not declare.
 */
class CheckChecksTest {
  private static final TableInput DENSITY = TableInput.of("density", "investment-per-mu");
  private static final TableInput ZONE = TableInput.of("zone", "new-district");
  private static final Condition AT_LEAST_500 = new Condition.Compare(Condition.Op.GE, Operand.of(d("500")));
  private static final Condition IN_ZONE = new Condition.Compare(Condition.Op.EQ, new Operand.Word("是"));

  private static Check check(List<TableInput> inputs, Map<String, Condition> when, Map<String, Condition> require) {
    return new Check("density", l("density"), inputs, when, require, Label.of("投资强度不足", "too little investment"),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  @Test
  void aCheckOnDeclaredInputsIsAccepted() {
    assertThatCode(() -> check(List.of(DENSITY, ZONE), Map.of("zone", IN_ZONE), Map.of("density", AT_LEAST_500)))
        .doesNotThrowAnyException();
  }

  @Test
  void aCheckDeclaresEachInputOnceAndRequiresSomething() {
    assertThatThrownBy(() -> check(List.of(DENSITY, DENSITY), Map.of(), Map.of("density", AT_LEAST_500)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("input of check 'density' 'density' is declared twice");
    assertThatThrownBy(() -> check(List.of(DENSITY), Map.of("density", AT_LEAST_500), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("check 'density' requires nothing: list at least one condition under require");
  }

  @Test
  void whenAndRequirePutConditionsOnlyOnDeclaredInputs() {
    assertThatThrownBy(() -> check(List.of(DENSITY), Map.of("zone", IN_ZONE), Map.of("density", AT_LEAST_500)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("check 'density' has a condition on 'zone', which it does not declare as an input");
    assertThatThrownBy(() -> check(List.of(DENSITY), Map.of(), Map.of("zone", IN_ZONE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("check 'density' has a condition on 'zone', which it does not declare as an input");
  }

  @Test
  void aConditionComparesOnlyWithDeclaredInputs() {
    Condition aboveAverage = new Condition.Compare(Condition.Op.GT, new Operand.Input("average"));
    assertThatThrownBy(() -> check(List.of(DENSITY), Map.of(), Map.of("density", aboveAverage)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("check 'density' compares with input 'average', which it does not declare");
    assertThatThrownBy(() -> check(List.of(DENSITY), Map.of("density", aboveAverage), Map.of("density", AT_LEAST_500)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("check 'density' compares with input 'average', which it does not declare");
    TableInput average = TableInput.of("average", "city-density");
    assertThatCode(() -> check(List.of(DENSITY, average), Map.of(), Map.of("density", aboveAverage)))
        .doesNotThrowAnyException();
  }
}
