package io.github.kaohe.model;

import java.util.ArrayList;
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
 * @param funds the funds that pay its schemes' money rewards, each checked year by year
 */
public record Policy(
    String id,
    Label name,
    String version,
    PolicySource source,
    Arithmetic arithmetic,
    List<Scheme> schemes,
    List<ActionDefinition> actions,
    List<Fund> funds) {

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
    funds = Checks.list(funds, "funds");
    Checks.unique(funds, Fund::id, "fund id");
    for (Fund f : funds) {
      checkFund(f, schemes);
    }
  }

  /** A policy without funds. */
  public Policy(
      String id, Label name, String version, PolicySource source, Arithmetic arithmetic, List<Scheme> schemes,
      List<ActionDefinition> actions) {
    this(id, name, version, source, arithmetic, schemes, actions, List.of());
  }

  /** A policy without actions. */
  public Policy(
      String id, Label name, String version, PolicySource source, Arithmetic arithmetic, List<Scheme> schemes) {
    this(id, name, version, source, arithmetic, schemes, List.of(), List.of());
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

  /** The fund with this id. */
  public Optional<Fund> findFund(String id) {
    return funds.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /** A fund pays from schemes the policy has, from their money tables, in their unit. */
  private static void checkFund(Fund fund, List<Scheme> schemes) {
    List<RuleTable> tables = new ArrayList<>();
    for (String id : fund.schemes()) {
      Scheme scheme = schemes.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
      Checks.require(scheme != null, "fund '%s' pays the rewards of scheme '%s', which the policy does not have; it has %s",
          fund.id(), id, schemes.stream().map(Scheme::id).toList());
      tables.addAll(scheme.rules().tables());
    }
    for (String t : fund.tables()) {
      Checks.require(tables.stream().anyMatch(rt -> rt.id().equals(t)),
          "fund '%s' pays the money of table '%s', which none of its schemes %s has", fund.id(), t, fund.schemes());
    }
    for (RuleTable t : tables) {
      boolean paid = (fund.tables().isEmpty() || fund.tables().contains(t.id()))
          && (fund.countPayees() || t.payee().isEmpty());
      Checks.require(!paid || !paysMoney(t) || t.unit().equals(fund.unit()),
          "fund '%s' holds %s, but table '%s' it pays from gives money in %s: give both in one unit",
          fund.id(), fund.unit(), t.id(), t.unit());
    }
  }

  private static boolean paysMoney(RuleTable table) {
    return table.rows().stream().flatMap(r -> r.then().stream())
        .anyMatch(o -> o instanceof Outcome.Money || o instanceof Outcome.MoneyPerUnit);
  }
}
