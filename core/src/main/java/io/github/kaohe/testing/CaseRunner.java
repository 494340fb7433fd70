package io.github.kaohe.testing;

import io.github.kaohe.data.DataException;
import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.AdjustmentResult;
import io.github.kaohe.eval.ClassResult;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.EvaluationException;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.IndicatorResult;
import io.github.kaohe.eval.OutcomeResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.load.PolicyException;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.load.Spelling;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs one case: loads its policy, builds its data, evaluates its periods in order, and checks
 * what it expects, or that it fails with the error it expects.
 */
final class CaseRunner {
  private final Sources sources;
  private final Supplier<Policy> suitePolicy;

  /**
   * @param sources the files and policies the test file refers to
   * @param suitePolicy the file's own policy, loaded when first needed (may throw)
   */
  CaseRunner(Sources sources, Supplier<Policy> suitePolicy) {
    this.sources = sources;
    this.suitePolicy = suitePolicy;
  }

  CaseResult run(PolicyTestCase testCase) {
    CaseSpec spec = testCase.spec();
    Set<Coverage.Part> exercised = new HashSet<>();
    List<String> failures;
    try {
      failures = evaluate(spec, exercised);
    } catch (CaseError e) {
      failures = List.of(e.getMessage());
    } catch (PolicyException | DataException | EvaluationException e) {
      failures = unexpected(spec, e);
    }
    return new CaseResult(testCase, failures, spec.usesSuitePolicy() ? exercised : Set.of());
  }

  private List<String> unexpected(CaseSpec spec, RuntimeException e) {
    if (spec.expectError().isPresent()) {
      String expected = spec.expectError().get();
      return e.getMessage().contains(expected) ? List.of()
          : List.of(spec.where() + ": expected an error containing '" + expected + "', but got:\n"
              + e.getMessage());
    }
    String what = e instanceof PolicyException ? "the policy does not load"
        : e instanceof DataException ? "the data cannot be read" : "the data cannot be evaluated";
    return List.of(spec.where() + ": " + what + ":\n" + e.getMessage());
  }

  private List<String> evaluate(CaseSpec spec, Set<Coverage.Part> exercised) {
    Policy policy = policy(spec);
    Scheme scheme = scheme(spec, policy);
    Dataset data = new DataBuilder(scheme, sources, spec.periods()).build(spec.given());
    List<Period> periods = spec.periods();
    if (periods.isEmpty()) {
      if (data.periods().isEmpty()) {
        throw new CaseError(spec.where() + ": the case's data hold no period: give 'periods', or data with a"
            + " period column");
      }
      periods = List.of(data.periods().last());
    }
    List<Period> absent = periods.stream().filter(p -> !data.periods().contains(p)).toList();
    if (!absent.isEmpty()) {
      throw new CaseError(spec.where() + ": the case evaluates " + absent + ", but its data hold "
          + (data.periods().isEmpty() ? "no period" : "only " + data.periods()));
    }
    List<SchemeResult> results = Evaluator.of(policy).evaluate(scheme.id(), data, periods);
    if (spec.expectError().isPresent()) {
      return List.of(spec.where() + ": expected an error containing '" + spec.expectError().get()
          + "', but the policy loaded and the data evaluated for " + periods);
    }
    Map<Period, SchemeResult> byPeriod = new LinkedHashMap<>();
    for (SchemeResult r : results) {
      byPeriod.put(r.period(), r);
      exercise(r, exercised);
    }
    ResultChecks checks =
        new ResultChecks(policy, scheme, byPeriod, periods.get(periods.size() - 1), data, exercised);
    List<String> failures = new ArrayList<>();
    for (Expectation e : spec.expect()) {
      try {
        failures.addAll(checks.check(e));
      } catch (CaseError error) {
        failures.add(error.getMessage());
      }
    }
    return failures;
  }

  private Policy policy(CaseSpec spec) {
    if (spec.policyYaml().isPresent()) {
      Inline yaml = spec.policyYaml().get();
      return PolicyLoader.create().load(yaml.text(), yaml.name());
    }
    if (spec.policy().isPresent()) {
      return sources.policy(spec.policy().get()).get();
    }
    return suitePolicy.get();
  }

  private static Scheme scheme(CaseSpec spec, Policy policy) {
    List<String> ids = policy.schemes().stream().map(Scheme::id).toList();
    if (spec.scheme().isEmpty()) {
      if (ids.size() == 1) {
        return policy.schemes().get(0);
      }
      throw new CaseError(spec.where() + ": policy '" + policy.id() + "' has " + ids.size()
          + " schemes: name one with 'scheme' (" + String.join(", ", ids) + ")");
    }
    Inline s = spec.scheme().get();
    Optional<Scheme> found = policy.findScheme(s.text());
    if (found.isEmpty()) {
      throw new CaseError(s.where() + ": " + s.path() + ": policy '" + policy.id() + "' has no scheme '" + s.text()
          + "'" + Spelling.didYouMean(s.text(), ids) + " (schemes: " + String.join(", ", ids) + ")");
    }
    return found.get();
  }

  /** Records the parts of the policy that a period's results exercise. */
  private static void exercise(SchemeResult r, Set<Coverage.Part> exercised) {
    String scheme = r.scheme().id();
    for (EntityResult e : r.entities()) {
      for (IndicatorResult i : e.indicators()) {
        if (i.value().isPresent()) {
          exercised.add(part(Coverage.Kind.INDICATOR, scheme, i.id()));
        }
      }
      for (AdjustmentResult l : e.layers()) {
        for (AdjustmentResult.Item item : l.items()) {
          if (item.count().signum() > 0) {
            exercised.add(part(Coverage.Kind.ADJUSTMENT_ITEM, scheme, item.item().id()));
          }
        }
      }
      for (OutcomeResult o : e.outcomes()) {
        if (o.status() != OutcomeResult.Status.NOT_EVALUABLE) {
          exercised.add(part(Coverage.Kind.TABLE_ROW, scheme, o.table() + "/" + o.row()));
        }
      }
      for (ClassResult c : e.classes().values()) {
        if (c.classified()) {
          exercised.add(part(Coverage.Kind.CLASS, scheme, c.classification() + "/" + c.tier()));
        }
      }
    }
  }

  private static Coverage.Part part(Coverage.Kind kind, String scheme, String id) {
    return Coverage.Part.of(kind, scheme, id);
  }
}
