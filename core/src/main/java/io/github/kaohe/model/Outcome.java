package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.Objects;

/** What a rule-table row gives when it matches. */
public sealed interface Outcome
    permits Outcome.Money, Outcome.MoneyPerUnit, Outcome.Act, Outcome.Revoke {

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

  static Outcome money(BigDecimal amount) {
    return new Money(Objects.requireNonNull(amount));
  }
}
