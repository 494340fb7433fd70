package io.github.kaohe.cli;

import io.github.kaohe.data.Period;
import io.github.kaohe.eval.Evaluator;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A policy evaluated on data: one result per scheme that has data.
 *
 * @param results the results, in the policy's scheme order
 * @param sampleData whether the data were the policy's bundled sample data
 */
record Assessment(List<SchemeResult> results, boolean sampleData) {
  Assessment {
    results = List.copyOf(results);
  }

  /**
   * Loads the policy, reads the data and evaluates every scheme that has data.
   *
   * @throws InputException for an unknown policy or scheme, missing data or a period without data
   * @throws io.github.kaohe.load.PolicyException if the policy is invalid
   * @throws io.github.kaohe.data.DataException if the data file has problems
   * @throws io.github.kaohe.eval.EvaluationException if the data cannot be evaluated
   */
  static Assessment of(AssessmentRequest request) {
    ChosenPolicy chosen = ChosenPolicy.of(request.policy());
    Policy policy = chosen.policy();
    @Nullable Scheme scheme = request.scheme() == null ? null : scheme(policy, request.scheme());
    List<SchemeData> inputs =
        request.data() != null
            ? List.of(DataFiles.read(policy, scheme, request.data(), request.period()))
            : DataFiles.samples(chosen, scheme, request.period());
    Evaluator evaluator = Evaluator.of(policy);
    List<SchemeResult> results = new ArrayList<>();
    for (SchemeData input : inputs) {
      Period period = period(input, request.period());
      results.add(evaluator.evaluate(input.scheme().id(), input.dataset(), period));
    }
    return new Assessment(results, request.data() == null);
  }

  private static Scheme scheme(Policy policy, String id) {
    return policy
        .findScheme(id)
        .orElseThrow(
            () ->
                new InputException(
                    "policy '" + policy.id() + "' has no scheme '" + id + "'; its schemes: "
                        + policy.schemes().stream().map(Scheme::id).collect(Collectors.joining(", "))));
  }

  /** The requested period, which the data must have rows in, or else the data's latest. */
  private static Period period(SchemeData input, @Nullable Period requested) {
    SortedSet<Period> periods = input.dataset().periods();
    if (periods.isEmpty()) {
      throw new InputException(input.source() + " has no data rows");
    }
    if (requested == null) {
      return periods.last();
    }
    if (!periods.contains(requested)) {
      throw new InputException(
          input.source() + " has no rows for period " + requested + "; it has "
              + periods.stream().map(Period::toString).collect(Collectors.joining(", ")));
    }
    return requested;
  }
}
