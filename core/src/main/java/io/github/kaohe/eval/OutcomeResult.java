package io.github.kaohe.eval;

import io.github.kaohe.model.HitPolicy;
import io.github.kaohe.model.Label;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An outcome of a rule table for one entity in one period: given, or not given and why.
 *
 * @param table the table's id
 * @param tableName the table's name
 * @param row the row's id
 * @param rowNumber the row's place in its table, from 1: how a reader refers to it (第 3 行 / row 3)
 * @param hitPolicy the table's hit policy
 * @param kind money, an action, a lost eligibility, or a one-vote veto
 * @param amount for money: the amount (after counting units)
 * @param unit for money: its unit, e.g. 万元
 * @param action for an action: its id
 * @param label what it is, in words: the row's name, the action's name or the eligibility's
 * @param status given, suppressed by the hit policy, withheld for lost eligibility, or not
 *     evaluable for missing values or history
 * @param reason why, in words, with the values that decided it
 * @param inputs the table's inputs for this entity, as shown to a person (input id → value)
 * @param source the section of the source document the row or table comes from
 * @param payee who receives the money when it is not the entity (a firm of the zone, say): then it
 *     is not counted in {@link EntityResult#money()} but in {@link EntityResult#moneyToOthers()}
 */
public record OutcomeResult(
    String table,
    Label tableName,
    String row,
    int rowNumber,
    HitPolicy hitPolicy,
    Kind kind,
    Optional<BigDecimal> amount,
    String unit,
    Optional<String> action,
    Label label,
    Status status,
    Label reason,
    Map<String, String> inputs,
    Optional<String> source,
    Optional<Label> payee) {

  /** What an outcome is. */
  public enum Kind {
    MONEY,
    ACTION,
    ELIGIBILITY,
    /** A one-vote veto (一票否决): its action is {@code ranking} or {@code awards}. */
    VETO
  }

  /** Whether an outcome was given. */
  public enum Status {
    /** The entity receives it. */
    GIVEN,
    /** Its row matched, but the hit policy gave another row instead (e.g. a higher reward). */
    SUPPRESSED,
    /** Its row matched, but the entity lost an eligibility the table requires. */
    WITHHELD,
    /** Its row could not be decided: a value or the history it needs is missing. */
    NOT_EVALUABLE
  }

  public OutcomeResult {
    Objects.requireNonNull(table);
    Objects.requireNonNull(tableName);
    Objects.requireNonNull(row);
    if (rowNumber < 1) {
      throw new IllegalArgumentException("rowNumber must be 1 or more, not " + rowNumber);
    }
    Objects.requireNonNull(hitPolicy);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(amount);
    Objects.requireNonNull(unit);
    Objects.requireNonNull(action);
    Objects.requireNonNull(label);
    Objects.requireNonNull(status);
    Objects.requireNonNull(reason);
    inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    Objects.requireNonNull(source);
    Objects.requireNonNull(payee);
  }

  /** The row as a reader refers to it where its name is not at hand: 第 3 行 / row 3. */
  public Label rowShown() {
    return Label.of("第 " + rowNumber + " 行", "row " + rowNumber);
  }

  public boolean given() {
    return status == Status.GIVEN;
  }
}
