package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.Objects;

/** What a rule-table row gives when it matches. */
public sealed interface Outcome
    permits Outcome.Money, Outcome.MoneyPerUnit, Outcome.Act, Outcome.Revoke, Outcome.Veto {

  /** An amount of money, in the table's unit (e.g. 万元). */
  record Money(BigDecimal amount) implements Outcome {
    public Money {
      Checks.nonNegative(amount, "money");
    }
  }

  /** An amount per unit counted by an input (e.g. 30 万元 per title). */
  record MoneyPerUnit(BigDecimal amount, String input) implements Outcome {
    public MoneyPerUnit {
      Checks.nonNegative(amount, "money per unit");
      Checks.id(input, "input");
    }
  }

  /** A non-monetary action from the policy's catalogue (commendation, criticism, ...). */
  record Act(String action) implements Outcome {
    public Act {
      Checks.id(action, "action");
    }
  }

  /** Removes the entity's eligibility for every table that requires it, in this period. */
  record Revoke(String eligibility) implements Outcome {
    public Revoke {
      Checks.id(eligibility, "eligibility");
    }
  }

  /**
   * A one-vote veto (一票否决): whatever its points, the entity loses its place or every award of
   * the period. Written {@code {veto: ranking, placed: last}}, {@code {veto: ranking, placed: none}}
   * or {@code {veto: awards}}.
   *
   * @param scope what the veto takes away
   * @param placed for a ranking veto, where the entity is placed; {@link Placement#NONE} for awards
   */
  record Veto(Scope scope, Placement placed) implements Outcome {
    /** What a veto takes away. */
    public enum Scope {
      /** The entity's place: it is placed last, or takes no place. */
      RANKING,
      /** Every amount of money the entity's rows would give in the period; actions still follow. */
      AWARDS
    }

    /** Where a vetoed entity is placed. */
    public enum Placement {
      /** After every entity not vetoed; vetoed entities among themselves by total. */
      LAST,
      /** Nowhere: it takes no place, and the others' places are computed without it. */
      NONE
    }

    public Veto {
      java.util.Objects.requireNonNull(scope, "scope");
      java.util.Objects.requireNonNull(placed, "placed");
      if (scope == Scope.AWARDS && placed != Placement.NONE) {
        throw new IllegalArgumentException("a veto of awards leaves the place as it is: write {veto: awards} without 'placed'");
      }
    }
  }

  static Outcome money(BigDecimal amount) {
    return new Money(Objects.requireNonNull(amount));
  }
}
