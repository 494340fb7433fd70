package io.github.kaohe.whatif;

import io.github.kaohe.model.Outcome;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.RuleTable;
import io.github.kaohe.model.Scheme;
import java.util.ArrayList;
import java.util.List;

/** A policy with only what places and classes need: the rule tables that can veto, and classes. */
final class Trimmed {
  private Trimmed() {}

  /** The policy with the scheme's rule tables reduced to those that veto, and no checks, targets or tax sharing. */
  static Policy forPlaces(Policy policy, Scheme scheme) {
    List<RuleTable> vetoes = scheme.rules().tables().stream()
        .filter(t -> t.rows().stream().anyMatch(r -> r.then().stream().anyMatch(o -> o instanceof Outcome.Veto)))
        .toList();
    Scheme trimmed = scheme.withRules(scheme.rules().toBuilder()
        .tables(vetoes).checks(List.of()).targets(List.of()).taxSharing(List.of()).build());
    List<Scheme> schemes = new ArrayList<>(policy.schemes());
    schemes.set(schemes.indexOf(scheme), trimmed);
    return new Policy(policy.id(), policy.name(), policy.version(), policy.source(), policy.arithmetic(), schemes, policy.actions());
  }
}
