package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Assigns each entity a class (tier) by cut-offs on a value, or by its share of the ranked
 * population (top 20% A, next 40% B, ...), overall or within groups. Entities that take no
 * place, or lack the value, get the {@code unclassed} class.
 *
 * @param id unique within its scheme
 * @param name Chinese and English name
 * @param basis cut-offs or shares
 * @param of what is classified: {@code result.total} (default) or any table-input reference
 * @param tiers the classes from best to worst
 * @param within an entity attribute to classify within each group of, if any
 * @param unclassed the class of entities that are not classified
 * @param over whether only entities that take a place are classified (the default), or every
 *     assessed entity (for registers such as projects, where nobody takes a place)
 * @param counting how shares become numbers of entities
 */
public record Classification(
    String id,
    Label name,
    Basis basis,
    String of,
    List<Tier> tiers,
    Optional<String> within,
    Tier unclassed,
    MeasureFormula.Over over,
    Counting counting) {

  /**
   * How a share of n entities becomes a number of places: class i takes the places up to its
   * cumulative share × n, rounded half up (the default), down or up; or, by percentile, the entities
   * of whom no more than the cumulative share score as well or better (so tied entities never push
   * a class past its share).
   */
  public enum Counting {
    HALF_UP,
    FLOOR,
    CEILING,
    PERCENTILE
  }

  /** A classification counting shares half up. */
  public Classification(
      String id, Label name, Basis basis, String of, List<Tier> tiers, Optional<String> within, Tier unclassed,
      MeasureFormula.Over over) {
    this(id, name, basis, of, tiers, within, unclassed, over, Counting.HALF_UP);
  }

  /** How classes are assigned. */
  /** A classification of ranked entities. */
  public Classification(
      String id, Label name, Basis basis, String of, List<Tier> tiers, Optional<String> within, Tier unclassed) {
    this(id, name, basis, of, tiers, within, unclassed, MeasureFormula.Over.RANKED);
  }

  public enum Basis {
    /** By the least value of each class (first class whose {@code from} the value reaches). */
    CUTOFFS,
    /** By places: the first {@code share} of the ranked entities, then the next, ... */
    SHARES
  }

  public Classification {
    Checks.id(id, "classification id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(of, "of");
    tiers = Checks.list(tiers, "tiers");
    Objects.requireNonNull(within, "within");
    Objects.requireNonNull(unclassed, "unclassed");
    Objects.requireNonNull(over, "over");
    Objects.requireNonNull(counting, "counting");
    Checks.require(over == MeasureFormula.Over.RANKED || basis == Basis.CUTOFFS,
        "classification '%s': classes by shares need places, so they classify only ranked entities", id);
    Checks.require(tiers.size() >= 2, "classification '%s' needs at least two classes", id);
    Checks.unique(tiers, Tier::id, "class of '" + id + "'");
    Checks.require(
        tiers.stream().noneMatch(t -> t.id().equals(unclassed.id())),
        "the unclassed class '%s' must differ from the classes", unclassed.id());
    for (int i = 0; i < tiers.size(); i++) {
      Tier t = tiers.get(i);
      boolean last = i == tiers.size() - 1;
      if (basis == Basis.CUTOFFS) {
        Checks.require(t.share().isEmpty(), "class '%s': cut-offs take from, not share", t.id());
        Checks.require(last || t.from().isPresent(), "class '%s' needs from (only the last class may take the rest)", t.id());
        if (i > 0 && t.from().isPresent()) {
          Checks.require(
              t.from().get().compareTo(tiers.get(i - 1).from().orElseThrow()) < 0,
              "class '%s': cut-offs must fall from the best class to the worst", t.id());
        }
      } else {
        Checks.require(t.from().isEmpty(), "class '%s': shares take share, not from", t.id());
        Checks.require(last || t.share().isPresent(), "class '%s' needs share (only the last class may take the rest)", t.id());
      }
    }
    if (basis == Basis.SHARES) {
      BigDecimal sum = tiers.stream().map(t -> t.share().orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
      Checks.require(sum.compareTo(BigDecimal.ONE) <= 0, "the shares of classification '%s' add up to %s, more than 1", id, sum.toPlainString());
    }
  }
}
