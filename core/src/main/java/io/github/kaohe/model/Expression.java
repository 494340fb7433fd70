package io.github.kaohe.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An expression over an entity's values in one period: numbers, the ids of facts and indicators,
 * {@code + − × ÷}, comparisons, {@code and}, {@code or}, {@code not}, and the functions
 * {@code min}, {@code max}, {@code abs}, {@code ln}, {@code log10}, {@code exp}, {@code sqrt},
 * {@code pow} and {@code if}. A grammar the loader parses and checks, never code that runs.
 * {@code toString()} writes it back as a policy would.
 */
public sealed interface Expression {
  /** Where in the formula's text the node starts, for messages (0-based). */
  int at();

  /** A number written in the formula. */
  record Number(BigDecimal value, int at) implements Expression {
    public Number {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return value.toPlainString();
    }
  }

  /** A fact's or an indicator's value, by id. */
  record Name(String id, int at) implements Expression {
    public Name {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
      return id;
    }
  }

  /** {@code −x}. */
  record Negate(Expression operand, int at) implements Expression {
    public Negate {
      Objects.requireNonNull(operand, "operand");
    }

    @Override
    public String toString() {
      return "-" + wrap(operand);
    }
  }

  /** The four operations. */
  enum Operator {
    ADD("+"),
    SUBTRACT("-"),
    MULTIPLY("*"),
    DIVIDE("/");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  /** {@code left op right}. */
  record Binary(Operator operator, Expression left, Expression right, int at) implements Expression {
    public Binary {
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }

    @Override
    public String toString() {
      return wrap(left) + " " + operator.symbol() + " " + wrap(right);
    }
  }

  /** The functions a formula may call. */
  enum Function {
    MIN(2, Integer.MAX_VALUE),
    MAX(2, Integer.MAX_VALUE),
    ABS(1, 1),
    LN(1, 1),
    LOG10(1, 1),
    EXP(1, 1),
    SQRT(1, 1),
    POW(2, 2),
    IF(3, 3);

    private final int least;
    private final int most;

    Function(int least, int most) {
      this.least = least;
      this.most = most;
    }

    /** The fewest arguments. */
    public int least() {
      return least;
    }

    /** The most arguments. */
    public int most() {
      return most;
    }

    /** The name in a formula: {@code log10}, {@code if}. */
    public String written() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** {@code f(a, b, …)}. */
  record Call(Function function, List<Expression> arguments, int at) implements Expression {
    public Call {
      Objects.requireNonNull(function, "function");
      arguments = List.copyOf(arguments);
    }

    @Override
    public String toString() {
      return function.written() + "(" + arguments.stream().map(Object::toString).collect(Collectors.joining(", ")) + ")";
    }
  }

  /** The comparisons. */
  enum Comparison {
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">="),
    EQ("=="),
    NE("!=");

    private final String symbol;

    Comparison(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  /** {@code left cmp right}: true or false. */
  record Compare(Comparison comparison, Expression left, Expression right, int at) implements Expression {
    public Compare {
      Objects.requireNonNull(comparison, "comparison");
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }

    @Override
    public String toString() {
      return wrap(left) + " " + comparison.symbol() + " " + wrap(right);
    }
  }

  /** {@code and}, {@code or}, {@code not}. */
  enum Connective {
    AND,
    OR,
    NOT
  }

  /** {@code a and b}, {@code a or b}, {@code not a}. */
  record Logic(Connective connective, List<Expression> operands, int at) implements Expression {
    public Logic {
      Objects.requireNonNull(connective, "connective");
      operands = List.copyOf(operands);
    }

    @Override
    public String toString() {
      if (connective == Connective.NOT) {
        return "not " + wrap(operands.get(0));
      }
      String word = " " + connective.name().toLowerCase(Locale.ROOT) + " ";
      return operands.stream().map(Expression::wrap).collect(Collectors.joining(word));
    }
  }

  /** A node as an operand: in brackets unless it is a number, a name or a call. */
  private static String wrap(Expression e) {
    return e instanceof Number || e instanceof Name || e instanceof Call ? e.toString() : "(" + e + ")";
  }
}
