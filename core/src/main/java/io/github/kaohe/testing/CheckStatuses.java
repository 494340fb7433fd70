package io.github.kaohe.testing;

import io.github.kaohe.eval.CheckResult;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.model.AttributeFilter;
import io.github.kaohe.model.AttributeLink;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Checks what a case expects of the scheme's checks (thresholds) for an entity: passed, failed,
 * not applicable or not evaluable. A check whose {@code appliesTo} leaves the entity out has no
 * result for it, and counts as not applicable.
 */
final class CheckStatuses {
  private final Policy policy;
  private final Scheme scheme;
  private final Set<Coverage.Part> exercised;

  CheckStatuses(Policy policy, Scheme scheme, Set<Coverage.Part> exercised) {
    this.policy = policy;
    this.scheme = scheme;
    this.exercised = exercised;
  }

  /** The failure, or null when the check has the status expected. */
  @Nullable String check(Check.CheckStatus expected, String who, EntityResult r) {
    io.github.kaohe.model.Check check = scheme.rules().checks().stream()
        .filter(c -> c.id().equals(expected.check())).findFirst()
        .orElseThrow(() -> CaseError.unknown(scheme, "check", expected.check(), expected.where(),
            scheme.rules().checks().stream().map(io.github.kaohe.model.Check::id).toList()));
    exercised.add(Coverage.Part.of(Coverage.Kind.CHECK, scheme.id(), check.id()));
    Optional<CheckResult> got = r.checks().stream().filter(c -> c.check().equals(check.id())).findFirst();
    CheckResult.Status status = got.map(CheckResult::status).orElse(CheckResult.Status.NOT_APPLICABLE);
    if (status == expected.status()) {
      return null;
    }
    String why = got.map(CheckStatuses::why).orElseGet(() -> notFor(check, r));
    return who + " check " + check.id() + ": expected " + StatusWords.of(expected.status()) + ", got "
        + StatusWords.of(status) + " — " + why;
  }

  /** The check's message (or why it has its status) and the values it read. */
  private static String why(CheckResult r) {
    String inputs = r.inputs().entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
        .collect(Collectors.joining(", "));
    if (r.status() == CheckResult.Status.PASSED) {
      return inputs.isEmpty() ? "it holds" : inputs;
    }
    return r.message().en() + (inputs.isEmpty() ? "" : " (" + inputs + ")");
  }

  /** Why a check has no result for the entity: its {@code appliesTo} leaves it out. */
  private String notFor(io.github.kaohe.model.Check check, EntityResult r) {
    Optional<AttributeFilter> filter = check.appliesTo();
    if (filter.isEmpty()) {
      return "it has no result for the entity";
    }
    String attribute = filter.get().attribute();
    String value = attribute(r, attribute).map(v -> "its " + attribute + " is " + v).orElse("it has no " + attribute);
    return "it applies only where " + attribute + " is " + String.join(" or ", filter.get().values()) + ", and "
        + value;
  }

  /** The entity's attribute, taken from the other scheme's entity when it is linked. */
  private Optional<String> attribute(EntityResult r, String attribute) {
    String own = r.attributes().get(attribute);
    if (own != null) {
      return Optional.of(own);
    }
    for (AttributeLink link : scheme.rules().links()) {
      String other = r.attributes().get(link.via());
      if (link.id().equals(attribute) && other != null) {
        return policy.findScheme(link.scheme())
            .flatMap(s -> s.entities().stream().filter(e -> e.allNames().contains(other)).findFirst())
            .map(e -> e.attributes().get(link.attribute()));
      }
    }
    return Optional.empty();
  }
}
