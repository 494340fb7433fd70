package io.github.kaohe.testing;

import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.eval.TargetResult;
import io.github.kaohe.model.EntityDefinition;
import io.github.kaohe.model.Fact;
import io.github.kaohe.model.FactValues;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.Target;
import io.github.kaohe.model.TargetKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks what a case expects of the scheme's targets: where one stands (achieved, on track,
 * behind, missed, pending, not evaluable) and the value it measures, for an entity or, for a
 * target of the scheme as a whole, without one.
 */
final class TargetStatuses {
  private final Scheme scheme;
  private final Set<Coverage.Part> exercised;

  TargetStatuses(Scheme scheme, Set<Coverage.Part> exercised) {
    this.scheme = scheme;
    this.exercised = exercised;
  }

  /**
   * The failure, or null when the target stands as expected.
   *
   * @param entity the entity's id; empty for the scheme as a whole
   */
  @Nullable String status(Check.TargetStatus expected, String who, Optional<String> entity, SchemeResult result) {
    Target t = target(expected.target(), expected.where(), entity);
    String label = who + " target " + t.id();
    Optional<TargetResult> got = result(t, entity, result);
    if (got.isEmpty()) {
      return label + ": expected " + StatusWords.of(expected.status()) + ", but " + untracked(t, result);
    }
    if (got.get().status() == expected.status()) {
      return null;
    }
    return label + ": expected " + StatusWords.of(expected.status()) + ", got " + StatusWords.of(got.get().status())
        + " — " + got.get().reason().en();
  }

  /** The failure, or null when the target measures the value expected. */
  @Nullable String value(Check.TargetValue expected, String who, Optional<String> entity, SchemeResult result) {
    Target t = target(expected.target(), expected.where(), entity);
    BigDecimal want = parse(t, expected);
    String label = who + " target " + t.id() + " value: expected " + show(t, want)
        + (expected.tolerance().signum() == 0 ? "" : " ± " + expected.tolerance().toPlainString());
    Optional<TargetResult> got = result(t, entity, result);
    if (got.isEmpty()) {
      return label + ", but " + untracked(t, result);
    }
    if (got.get().value().isEmpty()) {
      return label + ", got no value — " + got.get().reason().en();
    }
    BigDecimal value = got.get().value().get();
    if (value.subtract(want).abs().compareTo(expected.tolerance()) <= 0) {
      return null;
    }
    return label + ", got " + show(t, value) + " — " + got.get().reason().en();
  }

  /** The target, checked against whether the expectation names an entity. */
  private Target target(String id, Where where, Optional<String> entity) {
    Target t = scheme.rules().targets().stream().filter(x -> x.id().equals(id)).findFirst()
        .orElseThrow(() -> CaseError.unknown(scheme, "target", id, where,
            scheme.rules().targets().stream().map(Target::id).toList()));
    if (entity.isPresent() && t.aggregate()) {
      throw new CaseError(where + ": target '" + id + "' is of the scheme as a whole: expect it in an expectation"
          + " without 'entity'");
    }
    if (entity.isEmpty() && !t.aggregate()) {
      throw new CaseError(where + ": target '" + id + "' is set for " + (t.each() ? "each entity" : String.join(", ",
          t.entities())) + ": expect it of an entity ('entity: …')");
    }
    if (entity.isPresent() && !t.each() && t.entities().stream().noneMatch(n -> names(entity.get()).contains(n))) {
      throw new CaseError(where + ": target '" + id + "' is set for " + String.join(", ", t.entities()) + ", not for "
          + entity.get());
    }
    exercised.add(Coverage.Part.of(Coverage.Kind.TARGET, scheme.id(), t.id()));
    return t;
  }

  private List<String> names(String id) {
    return scheme.findEntity(id).map(EntityDefinition::allNames).orElse(List.of(id));
  }

  private Optional<TargetResult> result(Target t, Optional<String> entity, SchemeResult result) {
    return result.targets().stream()
        .filter(r -> r.target().equals(t.id()))
        .filter(r -> entity.isEmpty() ? r.entity().isEmpty()
            : r.entity().map(e -> names(entity.get()).contains(e)).orElse(false))
        .findFirst();
  }

  /** Why a target has no result in the period. */
  private static String untracked(Target t, SchemeResult result) {
    return "it has no result in " + result.period() + " (it is tracked every year from " + t.fromYear() + " to "
        + t.deadlineYear() + ")";
  }

  /** The fact a reach target reads (a star level, written as in the data); null for the other kinds. */
  private @Nullable Fact fact(Target t) {
    if (t.kind() != TargetKind.REACH) {
      return null;
    }
    return scheme.rules().facts().stream().filter(f -> f.id().equals(t.of())).findFirst().orElse(null);
  }

  private BigDecimal parse(Target t, Check.TargetValue expected) {
    Fact f = fact(t);
    try {
      return f != null ? FactValues.parse(f.type(), f.values(), expected.expected())
          : new BigDecimal(expected.expected().replace("_", ""));
    } catch (IllegalArgumentException e) {
      throw new CaseError(expected.where() + ": target '" + t.id() + "' measures " + t.of() + ": "
          + (f != null ? e.getMessage() : "expected a number, but found '" + expected.expected() + "'"));
    }
  }

  private String show(Target t, BigDecimal value) {
    Fact f = fact(t);
    return f != null ? FactValues.format(f.type(), f.values(), value) : value.toPlainString();
  }
}
