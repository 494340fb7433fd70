package io.github.kaohe.eval;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.model.Check;
import io.github.kaohe.model.Classification;
import io.github.kaohe.model.Target;
import io.github.kaohe.model.TaxSharing;
import io.github.kaohe.model.Eligibility;
import io.github.kaohe.model.Fact;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Measure;
import io.github.kaohe.model.TableInput;
import io.github.kaohe.model.PeriodScope;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.RuleTable;
import io.github.kaohe.model.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What follows from the scores of one period: measures, classes, and the rule tables in their
 * declared order, for every assessed entity. Eligibility revoked by a table holds for the tables
 * after it in the same period.
 */
final class RulesStage {
  private final Policy policy;
  private final Scheme scheme;
  private final Values values;
  private final Map<String, Fact> facts = new HashMap<>();
  private final Map<String, Eligibility> eligibilities = new HashMap<>();

  RulesStage(Policy policy, Scheme scheme, Dataset data, History history, DerivedColumns derived) {
    this(policy, scheme, new Values(scheme, data, history, derived));
  }

  /** The rules over values of a part of a population, which reads the whole's figures from {@code values}. */
  RulesStage(Policy policy, Scheme scheme, Values values) {
    this.policy = policy;
    this.scheme = scheme;
    this.values = values;
    scheme.rules().facts().forEach(f -> facts.put(f.id(), f));
    scheme.rules().eligibilities().forEach(e -> eligibilities.put(e.id(), e));
  }

  SchemeResult apply(SchemeResult scored) {
    Period period = scored.period();
    ScoredPeriod columns = scored.scored();
    Map<String, Map<String, ClassResult>> classes = new HashMap<>();
    for (Classification c : scheme.rules().classifications()) {
      Label ofName = new ConditionWords(List.of(TableInput.of("value", c.of())), facts, scheme).label("value");
      new Classifier(c, values, ofName).classify(columns, period).forEach(
          (entity, r) -> classes.computeIfAbsent(entity, x -> new LinkedHashMap<>()).put(c.id(), r));
    }
    List<EvaluationProblem> problems = new ArrayList<>();
    boolean readsAttributes = !scheme.rules().taxSharing().isEmpty()
        || scheme.rules().tables().stream().anyMatch(t -> t.appliesTo().isPresent())
        || scheme.rules().checks().stream().anyMatch(c -> c.appliesTo().isPresent());
    SchemeResult.EntityRules[] byPosition = new SchemeResult.EntityRules[columns.population.size()];
    for (int k = 0; k < columns.size(); k++) {
      int position = columns.position(k);
      String id = columns.id(position);
      Map<String, BigDecimal> measures = new LinkedHashMap<>();
      for (Measure m : scheme.rules().measures()) {
        Value v = values.read(m.id(), id, period);
        if (v.present()) {
          measures.put(m.id(), v.number());
        }
      }
      EligibilityState eligibility = new EligibilityState();
      List<OutcomeResult> outcomes = new ArrayList<>();
      // with the linked ones; built only where a table, check or tax split reads them
      Map<String, String> attributes = readsAttributes ? columns.attributes(position) : Map.of();
      for (RuleTable table : scheme.rules().tables()) {
        boolean forEntity = table.appliesTo().map(f -> LinkedAttributes.matches(f, attributes)).orElse(true);
        if (forEntity && applies(table, period)) {
          ConditionTests tests = new ConditionTests(table, values, facts);
          outcomes.addAll(
              new TableEvaluation(policy, table, tests, values, eligibilities)
                  .evaluate(id, period, eligibility, problems, scheme.id()));
        }
      }
      outcomes = AwardsVeto.apply(outcomes);
      List<CheckResult> checks = new ArrayList<>();
      for (Check c : scheme.rules().checks()) {
        boolean forEntity = c.appliesTo().map(f -> LinkedAttributes.matches(f, attributes)).orElse(true);
        if (forEntity) {
          checks.add(new CheckEvaluation(c, new ConditionTests(c.inputs(), values, facts), values).evaluate(id, period));
        }
      }
      List<TaxShareResult> taxShares = new ArrayList<>();
      for (TaxSharing t : scheme.rules().taxSharing()) {
        taxShares.addAll(new TaxSharingEvaluation(t, values, facts).evaluate(scheme.id(), id, period, attributes, problems));
      }
      byPosition[position] = new SchemeResult.EntityRules(
          measures, outcomes, classes.getOrDefault(id, Map.of()), checks, taxShares);
    }
    if (!problems.isEmpty()) {
      throw new EvaluationException(problems);
    }
    List<TargetResult> targets = new ArrayList<>();
    TargetEvaluation targetEvaluation = new TargetEvaluation(values, facts, scheme);
    for (Target t : scheme.rules().targets()) {
      targets.addAll(targetEvaluation.evaluate(t, scored, period));
    }
    return scored.withRules(byPosition, targets);
  }

  private static boolean applies(RuleTable table, Period period) {
    return table.periods() == PeriodScope.ALL
        || (table.periods() == PeriodScope.YEARS) == period.isYear();
  }
}
