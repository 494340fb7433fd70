package io.github.kaohe.eval;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.model.Eligibility;
import io.github.kaohe.model.Fact;
import io.github.kaohe.model.Outcome;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.PeriodScope;
import io.github.kaohe.model.Rule;
import io.github.kaohe.model.RuleTable;
import io.github.kaohe.model.Scheme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The stage before places: which entities a one-vote veto of the ranking (一票否决) places last or
 * nowhere. Only the tables that can veto the ranking are read here, on facts and data (the loader
 * rejects a veto that reads the period's own results); the rules stage reads them again, with the
 * rest, to show each veto among the entity's outcomes.
 */
final class Vetoes {
  private final Policy policy;
  private final Scheme scheme;
  private final List<RuleTable> tables;
  private final Values values;
  private final Map<String, Fact> facts = new HashMap<>();
  private final Map<String, Eligibility> eligibilities = new HashMap<>();

  private Vetoes(Policy policy, Scheme scheme, List<RuleTable> tables, Values values) {
    this.policy = policy;
    this.scheme = scheme;
    this.tables = tables;
    this.values = values;
    scheme.rules().facts().forEach(f -> facts.put(f.id(), f));
    scheme.rules().eligibilities().forEach(e -> eligibilities.put(e.id(), e));
  }

  /** The vetoes of the scheme's ranking, or null when no table can veto it. */
  static @Nullable Vetoes of(Policy policy, Scheme scheme, Dataset data, History history, DerivedColumns derived) {
    List<RuleTable> tables = scheme.rules().tables().stream()
        .filter(t -> t.rows().stream().anyMatch(r -> placement(r) != null))
        .toList();
    return tables.isEmpty() ? null : new Vetoes(policy, scheme, tables, new Values(scheme, data, history, derived));
  }

  /** Where a row's veto of the ranking places the entity, or null when the row does not veto it. */
  static Outcome.Veto.@Nullable Placement placement(Rule row) {
    for (Outcome o : row.then()) {
      if (o instanceof Outcome.Veto v && v.scope() == Outcome.Veto.Scope.RANKING) {
        return v.placed();
      }
    }
    return null;
  }

  /**
   * Where the entity is placed by the first veto given to it in the period: nowhere if any veto
   * says so, else last; null when none is given.
   *
   * @throws EvaluationException when a veto table cannot be evaluated (two rows under unique)
   */
  Outcome.Veto.@Nullable Placement placement(String entity, Map<String, String> attributes, Period period) {
    Outcome.Veto.Placement found = null;
    List<EvaluationProblem> problems = new ArrayList<>();
    for (RuleTable table : tables) {
      boolean forEntity = table.appliesTo().map(f -> LinkedAttributes.matches(f, attributes)).orElse(true);
      boolean inPeriod = table.periods() == PeriodScope.ALL || (table.periods() == PeriodScope.YEARS) == period.isYear();
      if (!forEntity || !inPeriod) {
        continue;
      }
      List<OutcomeResult> outcomes = new TableEvaluation(policy, table, new ConditionTests(table, values, facts), values, eligibilities)
          .evaluate(entity, period, new EligibilityState(), problems, scheme.id());
      for (OutcomeResult o : outcomes) {
        if (o.kind() == OutcomeResult.Kind.VETO && o.given()) {
          Outcome.Veto.Placement p = table.rows().stream().filter(r -> r.id().equals(o.row())).findFirst()
              .map(Vetoes::placement).orElse(null);
          if (p == Outcome.Veto.Placement.NONE || (p != null && found == null)) {
            found = p;
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new EvaluationException(problems);
    }
    return found;
  }
}
