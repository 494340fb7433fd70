package io.github.kaohe.model;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Only numbers and counts are shown in another unit; only numbers and booleans are computed, and then take no fallback. */
class FactDisplayAndFormulaTest {
  private static final Label NAME = Label.of("投资", "investment");
  private static final Optional<DisplayUnit> YI = Optional.of(new DisplayUnit("亿元", new BigDecimal("10000")));
  private static final Formula SUM = new Formula("a + b", new Expression.Binary(Expression.Operator.ADD,
      new Expression.Name("a", 0), new Expression.Name("b", 4), 2), Formula.defaultRounding(),
      Formula.IfZeroDivisor.MISSING, Formula.IfMissing.MISSING);

  private static Fact shown(FactType type) {
    return new Fact("f", NAME, type, List.of(), Optional.empty(), Optional.empty(), Optional.empty(), "万元",
        Optional.empty(), YI, Map.of());
  }

  private static Fact computed(FactType type, Optional<String> fallback) {
    return new Fact("f", NAME, type, List.of(), fallback, Optional.empty(), Optional.empty(), "", Optional.of(SUM));
  }

  @Test
  void numbersAndCountsMayBeShownInAnotherUnit() {
    assertThatCode(() -> shown(FactType.NUMBER)).doesNotThrowAnyException();
    assertThatCode(() -> shown(FactType.COUNT)).doesNotThrowAnyException();
    assertThatThrownBy(() -> shown(FactType.PLACE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fact 'f' is a place: only a number or a count is shown in another unit");
    assertThatThrownBy(() -> shown(FactType.BOOLEAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fact 'f' is a boolean: only a number or a count is shown in another unit");
  }

  @Test
  void onlyNumbersAndBooleansAreComputedByAFormula() {
    assertThatCode(() -> computed(FactType.NUMBER, Optional.empty())).doesNotThrowAnyException();
    assertThatCode(() -> computed(FactType.BOOLEAN, Optional.empty())).doesNotThrowAnyException();
    assertThatThrownBy(() -> computed(FactType.COUNT, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("fact 'f' has a formula: it must be a number or a boolean");
  }

  @Test
  void aComputedFactTakesNoFallback() {
    assertThatThrownBy(() -> computed(FactType.NUMBER, Optional.of("0")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("fact 'f' has a formula: it takes no fallback");
  }
}
