package io.github.kaohe.eval;

import io.github.kaohe.data.Period;
import io.github.kaohe.model.Label;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fund checked in one year: the money its schemes' tables gave, against what the fund holds.
 *
 * @param fund the fund's id
 * @param name the fund's name
 * @param period the year
 * @param amount what the fund holds: exact in its first year or if it does not grow, else the least
 *     it holds (its first year's amount)
 * @param exact whether {@code amount} is what the fund holds, not only the least it holds
 * @param unit the unit of the amounts, e.g. 万元
 * @param paid the money given that the fund pays, over every scheme evaluated
 * @param status whether the money fits
 * @param requiredGrowth for {@link Status#NEEDS_GROWTH}: the average yearly growth in percent,
 *     rounded up to 0.01, the fund must have had since its first year to hold {@code paid}
 * @param parts what makes up {@code paid}, scheme by scheme, entity by entity
 * @param notCounted money given to a table's payee that the fund does not pay (paid otherwise)
 * @param notEvaluated the schemes the fund pays that have no result for the year
 * @param reason the check in words, with the amounts that decide it
 */
public record FundResult(
    String fund,
    Label name,
    Period period,
    BigDecimal amount,
    boolean exact,
    String unit,
    BigDecimal paid,
    Status status,
    Optional<BigDecimal> requiredGrowth,
    List<Part> parts,
    BigDecimal notCounted,
    List<String> notEvaluated,
    Label reason) {

  /** Whether the money fits the fund. */
  public enum Status {
    /** What was given is at most what the fund holds. */
    WITHIN,
    /** What was given is more than the fund holds. */
    OVER,
    /**
     * More than the fund's first-year amount in a later year of a fund that grows by a rate the
     * policy does not give: it fits if the fund grew by at least {@code requiredGrowth} a year.
     */
    NEEDS_GROWTH,
    /** Some schemes the fund pays were not evaluated, and what was is within the fund so far. */
    INCOMPLETE;

    /** The status in words: 在额度内 within, 超出资金 over, 超出首年额度 above the first year's, 未全部评估 incomplete. */
    public Label label() {
      return switch (this) {
        case WITHIN -> Label.of("在额度内", "within");
        case OVER -> Label.of("超出资金", "over");
        case NEEDS_GROWTH -> Label.of("超出首年额度", "above the first year's");
        case INCOMPLETE -> Label.of("未全部评估", "incomplete");
      };
    }
  }

  public FundResult {
    Objects.requireNonNull(fund);
    Objects.requireNonNull(name);
    Objects.requireNonNull(period);
    Objects.requireNonNull(amount);
    Objects.requireNonNull(unit);
    Objects.requireNonNull(paid);
    Objects.requireNonNull(status);
    Objects.requireNonNull(requiredGrowth);
    parts = List.copyOf(parts);
    Objects.requireNonNull(notCounted);
    notEvaluated = List.copyOf(notEvaluated);
    Objects.requireNonNull(reason);
  }

  /** What is left of the fund after {@code paid}; negative when more was given than it holds. */
  public BigDecimal margin() {
    return amount.subtract(paid);
  }

  /** The money one scheme's tables gave that the fund pays. */
  public BigDecimal paidBy(String scheme) {
    return parts.stream().filter(p -> p.scheme().equals(scheme)).map(Part::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * One outcome the fund pays: money a table gave an entity.
   *
   * @param scheme the scheme's id
   * @param schemeName the scheme's name
   * @param entity the entity's id
   * @param entityName the entity's name
   * @param table the table's id
   * @param row the row's id
   * @param label what it is, in words
   * @param amount the money, in the fund's unit
   * @param payee who receives it when it is not the entity (counted only if the fund pays payees)
   */
  public record Part(
      String scheme,
      Label schemeName,
      String entity,
      Label entityName,
      String table,
      String row,
      Label label,
      BigDecimal amount,
      Optional<Label> payee) {
    public Part {
      Objects.requireNonNull(scheme);
      Objects.requireNonNull(schemeName);
      Objects.requireNonNull(entity);
      Objects.requireNonNull(entityName);
      Objects.requireNonNull(table);
      Objects.requireNonNull(row);
      Objects.requireNonNull(label);
      Objects.requireNonNull(amount);
      Objects.requireNonNull(payee);
    }
  }
}
