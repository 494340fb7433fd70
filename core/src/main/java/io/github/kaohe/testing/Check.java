package io.github.kaohe.testing;

import io.github.kaohe.eval.CheckResult;
import io.github.kaohe.eval.TargetResult;
import io.github.kaohe.eval.FundResult;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One thing a case expects of an entity's result, or, for targets and tax totals, of the scheme's
 * result as a whole.
 */
sealed interface Check {
  Where where();

  /**
   * The entity's place: a number, or none for an entity that takes no place.
   *
   * @param place the place expected, empty for none
   */
  record Rank(OptionalInt place, Where where) implements Check {
    public Rank {
      Objects.requireNonNull(place, "place");
      Objects.requireNonNull(where, "where");
    }
  }

  /** What a number check reads from the result. */
  enum Quantity {
    TOTAL("total"),
    BASE("base"),
    ADJUSTMENTS("adjustments"),
    POINTS("points"),
    MEASURE("measure"),
    MONEY("money");

    final String key;

    Quantity(String key) {
      this.key = key;
    }
  }

  /**
   * A number of the result, exact or within a tolerance.
   *
   * @param quantity what is read
   * @param id the category, indicator, adjustment layer or item (points) or measure; empty for the others
   * @param expected the number expected
   * @param tolerance how far the result may be from it (0: equal)
   */
  record Number(Quantity quantity, String id, BigDecimal expected, BigDecimal tolerance, Where where)
      implements Check {
    public Number {
      Objects.requireNonNull(quantity, "quantity");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(expected, "expected");
      Objects.requireNonNull(tolerance, "tolerance");
      Objects.requireNonNull(where, "where");
    }
  }

  /** The class a classification gives. */
  record ClassOf(String classification, String tier, Where where) implements Check {
    public ClassOf {
      Objects.requireNonNull(classification, "classification");
      Objects.requireNonNull(tier, "tier");
      Objects.requireNonNull(where, "where");
    }
  }

  /** What is expected of a table row's outcomes. */
  enum Status {
    GIVEN("given"),
    NOT_GIVEN("notGiven"),
    SUPPRESSED("suppressed"),
    WITHHELD("withheld"),
    NOT_EVALUABLE("notEvaluable");

    final String key;

    Status(String key) {
      this.key = key;
    }
  }

  /** A table row's outcomes, e.g. {@code industrial-rewards/first-place} given. */
  record Row(Status status, String table, String row, Where where) implements Check {
    public Row {
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(row, "row");
      Objects.requireNonNull(where, "where");
    }

    String ref() {
      return table + "/" + row;
    }
  }

  /** An action the entity is given, e.g. {@code criticism}. */
  record Action(String action, Where where) implements Check {
    public Action {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(where, "where");
    }
  }

  /** An eligibility the entity lost. */
  record LostEligibility(String eligibility, Where where) implements Check {
    public LostEligibility {
      Objects.requireNonNull(eligibility, "eligibility");
      Objects.requireNonNull(where, "where");
    }
  }

  /** Whether the entity is excluded from the period's assessment. */
  record Excluded(boolean excluded, Where where) implements Check {
    public Excluded {
      Objects.requireNonNull(where, "where");
    }
  }

  /** A check's status for the entity, e.g. {@code density-above-60} failed. */
  record CheckStatus(String check, CheckResult.Status status, Where where) implements Check {
    public CheckStatus {
      Objects.requireNonNull(check, "check");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(where, "where");
    }
  }

  /** Where a target stands, for the entity or (without one) for the scheme as a whole. */
  record TargetStatus(String target, TargetResult.Status status, Where where) implements Check {
    public TargetStatus {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(where, "where");
    }
  }

  /**
   * The value a target measures (the growth rate of a growth target, the sum of an accumulating
   * one), for the entity or for the scheme as a whole.
   *
   * @param expected as written: a number, or a value of the fact the target reads (a star level)
   */
  record TargetValue(String target, String expected, BigDecimal tolerance, Where where) implements Check {
    public TargetValue {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(expected, "expected");
      Objects.requireNonNull(tolerance, "tolerance");
      Objects.requireNonNull(where, "where");
    }
  }

  /** One party's share of a tax the entity paid, e.g. {@code vat} to {@code investing}: 50.00. */
  record TaxShare(String tax, String party, BigDecimal amount, BigDecimal tolerance, Where where) implements Check {
    public TaxShare {
      Objects.requireNonNull(tax, "tax");
      Objects.requireNonNull(party, "party");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(tolerance, "tolerance");
      Objects.requireNonNull(where, "where");
    }
  }

  /** A tax the entity's result does not share in the period ({@code vat: none}). */
  record NoTaxShare(String tax, Where where) implements Check {
    public NoTaxShare {
      Objects.requireNonNull(tax, "tax");
      Objects.requireNonNull(where, "where");
    }
  }

  /** What a government or zone receives of a tax, summed over the scheme's entities. */
  record TaxTotal(String recipient, String tax, BigDecimal amount, BigDecimal tolerance, Where where)
      implements Check {
    public TaxTotal {
      Objects.requireNonNull(recipient, "recipient");
      Objects.requireNonNull(tax, "tax");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(tolerance, "tolerance");
      Objects.requireNonNull(where, "where");
    }
  }

  /**
   * What a fund pays of the scheme's money in the period: the rewards its tables gave that the fund
   * pays (money to payees only if the fund counts it).
   *
   * @param fund the fund's id
   * @param amount the money expected, in the fund's unit
   * @param tolerance how far the result may be from it (0: equal)
   */
  record FundPaid(String fund, BigDecimal amount, BigDecimal tolerance, Where where) implements Check {
    public FundPaid {
      Objects.requireNonNull(fund, "fund");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(tolerance, "tolerance");
      Objects.requireNonNull(where, "where");
    }
  }

  /**
   * A fund's check in the period, on the case's scheme alone: {@code incomplete} when the fund
   * pays other schemes too and this one's money fits, {@code over} when it does not.
   *
   * @param fund the fund's id
   * @param status the status expected
   */
  record FundStatus(String fund, FundResult.Status status, Where where) implements Check {
    public FundStatus {
      Objects.requireNonNull(fund, "fund");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(where, "where");
    }
  }
}
