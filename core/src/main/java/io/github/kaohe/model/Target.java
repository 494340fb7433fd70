package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A target a policy sets, tracked but not scored: a measure, a kind, a value to reach and a
 * deadline. It applies to named entities (each on its own), to every entity ({@code each}), or,
 * with neither, to the whole scheme: then {@code of} is a population measure (e.g. the sum of
 * the zones' investment).
 *
 * @param id unique within its scheme
 * @param name Chinese and English name
 * @param kind what is asked
 * @param of what is measured: an indicator, fact, measure or result
 * @param target the value to reach (a percentage for growth and share; a place; a fact's value
 *     written as in the data for {@code reach})
 * @param upTo for {@code range}: the most that is asked (a value above it still meets the target, and the result says so)
 * @param fromYear the first year the target covers: the baseline for progress and growth
 * @param deadlineYear the year it must be met by (end of that year); it is tracked up to that year, not after
 * @param entities the entities it applies to, each on its own; empty for the scheme as a whole
 * @param each whether it applies to every entity, each on its own
 * @param accumulate whether the measure is summed over the years from {@code fromYear} (e.g. jobs
 *     created over a two-year stage)
 * @param source the section of the source document it comes from
 */
public record Target(
    String id,
    Label name,
    TargetKind kind,
    String of,
    String target,
    Optional<BigDecimal> upTo,
    int fromYear,
    int deadlineYear,
    List<String> entities,
    boolean each,
    boolean accumulate,
    Optional<String> source) {

  public Target {
    Checks.id(id, "target id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Checks.text(of, "of");
    Checks.text(target, "target");
    Objects.requireNonNull(upTo, "upTo");
    entities = Checks.list(entities, "entities");
    Objects.requireNonNull(source, "source");
    Checks.require(fromYear <= deadlineYear,
        "target '%s': the first year (%d) must not come after the deadline (%d)", id, fromYear, deadlineYear);
    Checks.require(!(each && !entities.isEmpty()), "target '%s': give entities or each, not both", id);
    if (kind != TargetKind.REACH) {
      try {
        new BigDecimal(target);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("target '" + id + "': target must be a number, but was " + target);
      }
    }
    Checks.require(upTo.isEmpty() || kind == TargetKind.RANGE, "target '%s': only a range target takes upTo", id);
    Checks.require(upTo.isEmpty() || upTo.get().compareTo(new BigDecimal(target)) >= 0,
        "target '%s': the range %s–%s runs backwards: upTo must be at least the target", id, target,
        upTo.map(BigDecimal::toPlainString).orElse(""));
    Checks.require(!(accumulate && (kind == TargetKind.GROWTH || kind == TargetKind.AVERAGE_GROWTH)),
        "target '%s': a growth target cannot accumulate (growth compares each year with the one before)", id);
  }

  /** The target as a number (every kind but {@code reach}). */
  public BigDecimal number() {
    return new BigDecimal(target);
  }

  /** Whether it concerns the scheme as a whole rather than entities. */
  public boolean aggregate() {
    return entities.isEmpty() && !each;
  }
}
