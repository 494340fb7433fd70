package io.github.kaohe.model;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * An assessment policy: a source document read as data, with one scheme (assessment table) per
 * family of entities it assesses.
 *
 * @param id unique among policies, e.g. {@code kaifeng-2014}
 * @param name Chinese and English name
 * @param version the policy file's version, e.g. {@code 1.0}
 * @param source the document it encodes
 * @param arithmetic how points and totals are rounded
 * @param schemes the assessment tables, at least one
 * @param actions the non-monetary outcomes its rules may give (commendations, criticisms, ...)
 */
public record Policy(
    String id,
    Label name,
    String version,
    PolicySource source,
    Arithmetic arithmetic,
    List<Scheme> schemes,
    List<ActionDefinition> actions) {

  public Policy {
    Checks.id(id, "policy id");
    Objects.requireNonNull(name, "name");
    Checks.text(version, "version");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(arithmetic, "arithmetic");
    schemes = Checks.list(schemes, "schemes");
    Checks.require(!schemes.isEmpty(), "policy '%s' must have at least one scheme", id);
    Checks.unique(schemes, Scheme::id, "scheme id");
    actions = Checks.list(actions, "actions");
    Checks.unique(actions, ActionDefinition::id, "action id");
  }

  /** A policy without actions. */
  public Policy(
      String id, Label name, String version, PolicySource source, Arithmetic arithmetic, List<Scheme> schemes) {
    this(id, name, version, source, arithmetic, schemes, List.of());
  }

  /** The action with this id. */
  public Optional<ActionDefinition> findAction(String id) {
    return actions.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** The scheme with this id. */
  public Optional<Scheme> findScheme(String id) {
    return schemes.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The scheme with this id; throws {@link NoSuchElementException} naming the known ids. */
  public Scheme scheme(String id) {
    return findScheme(id)
        .orElseThrow(
            () ->
                new NoSuchElementException(
                    "policy '" + this.id + "' has no scheme '" + id + "'; it has "
                        + schemes.stream().map(Scheme::id).toList()));
  }
}
