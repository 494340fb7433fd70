package io.github.kaohe.model;

import java.util.List;
import java.util.Objects;

/**
 * A condition on one input of a rule-table row. Comparisons are of numbers (booleans are 1 and
 * 0, enumeration values their position in the declared list); an input without a value makes
 * the condition "not evaluable", never silently false.
 */
public sealed interface Condition
    permits Condition.Any, Condition.Compare, Condition.Between, Condition.In, Condition.EachOfLast {

  /** Comparison operators. */
  enum Op {
    EQ("="),
    NE("≠"),
    LT("<"),
    LE("≤"),
    GT(">"),
    GE("≥");

    private final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  /** Any value, even none: DMN's "-". */
  record Any() implements Condition {
    @Override
    public String toString() {
      return "any";
    }
  }

  /** {@code input op operand}. */
  record Compare(Op op, Operand operand) implements Condition {
    public Compare {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(operand, "operand");
    }

    @Override
    public String toString() {
      return op.symbol() + " " + operand;
    }
  }

  /** {@code low ≤ input ≤ high}. */
  record Between(Operand low, Operand high) implements Condition {
    public Between {
      Objects.requireNonNull(low, "low");
      Objects.requireNonNull(high, "high");
      if (low instanceof Operand.Number l && high instanceof Operand.Number h) {
        Checks.require(
            l.value().compareTo(h.value()) <= 0,
            "between: the low end (%s) must not exceed the high end (%s)",
            l.value().toPlainString(),
            h.value().toPlainString());
      }
    }

    @Override
    public String toString() {
      return "∈ [" + low + ", " + high + "]";
    }
  }

  /** The input equals one of the operands. */
  record In(List<Operand> operands) implements Condition {
    public In {
      operands = Checks.list(operands, "operands");
      Checks.require(!operands.isEmpty(), "in: list at least one value");
    }

    @Override
    public String toString() {
      return "∈ " + operands;
    }
  }

  /**
   * The inner condition holds in each of the last {@code periods} periods, this one included:
   * "two consecutive years in the city's top 3".
   */
  record EachOfLast(int periods, Condition condition) implements Condition {
    public EachOfLast {
      Checks.require(periods >= 1 && periods <= 20, "eachOfLast: periods must be 1 to 20, but was %d", periods);
      Objects.requireNonNull(condition, "condition");
      Checks.require(!(condition instanceof EachOfLast), "eachOfLast cannot nest another eachOfLast");
    }

    @Override
    public String toString() {
      return condition + " in each of the last " + periods + " periods";
    }
  }

  static Condition any() {
    return new Any();
  }
}
