package io.github.kaohe.analysis;

import io.github.kaohe.model.Check;
import io.github.kaohe.model.HitPolicy;
import io.github.kaohe.model.Outcome;
import io.github.kaohe.model.PeriodScope;
import io.github.kaohe.model.Rule;
import io.github.kaohe.model.RuleTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A check seen as a rule table of two rows, {@code when} and {@code require}, so that its
 * conditions are analysed as a table's are.
 */
final class CheckTable {
  private CheckTable() {}

  static RuleTable of(Check check) {
    List<Outcome> nothing = List.of(new Outcome.Money(BigDecimal.ZERO));
    List<Rule> rows = List.of(
        new Rule("when", Optional.empty(), check.when(), nothing, 0, Optional.empty()),
        new Rule("require", Optional.empty(), check.require(), nothing, 0, Optional.empty()));
    return new RuleTable(check.id(), check.name(), HitPolicy.RULE_ORDER, check.inputs(), rows, List.of(), "-", false,
        PeriodScope.ALL, check.appliesTo(), check.source());
  }
}
