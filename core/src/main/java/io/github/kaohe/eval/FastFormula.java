package io.github.kaohe.eval;

import io.github.kaohe.internal.columns.DecimalColumn;
import io.github.kaohe.internal.columns.LongDecimals;
import io.github.kaohe.model.Expression;
import io.github.kaohe.model.Formula;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * A formula compiled over columns: each node computes its value for a row as a fraction of two
 * {@code long}s, without allocating, and says {@link #SLOW} where that does not hold it exactly (a
 * product that leaves 64 bits, a logarithm, a value that is no {@code long}); then the row is
 * computed by {@link ExactFormula}. Not thread-safe: each thread compiles its own.
 */
final class FastFormula {
  static final int NUMBER = 0;
  static final int TRUE = 1;
  static final int FALSE = 2;
  static final int MISSING = 3;
  static final int ZERO_DIVISION = 4;
  static final int SLOW = 5;
  /** A denominator above this is reduced by the fractions' greatest common divisor. */
  private static final long REDUCE_ABOVE = 1L << 40;

  private final Node root;
  private final Formula formula;

  FastFormula(Formula formula, Function<String, DecimalColumn> columns) {
    this.formula = formula;
    this.root = compile(formula.expression(), columns, formula.ifMissing() == Formula.IfMissing.ZERO);
  }

  /**
   * The row's value, rounded as declared, as an unscaled {@code long} at the rounding's scale in
   * {@code out[0]}; returns its state ({@link #NUMBER} … {@link #SLOW}).
   */
  int evaluate(int row, long[] out) {
    root.eval(row);
    int s = root.state;
    if (s == NUMBER) {
      long n = LongDecimals.scaleUp(root.num, formula.rounding().scale());
      if (n == LongDecimals.OVERFLOW) {
        return SLOW;
      }
      out[0] = LongDecimals.divide(n, root.den, formula.rounding().mode());
    } else if (s == TRUE || s == FALSE) {
      out[0] = s == TRUE ? 1 : 0;
    }
    return s;
  }

  /** A node's value for the last row asked: num / den (den > 0), or a state. */
  private abstract static class Node {
    long num;
    long den;
    int state;

    abstract void eval(int row);

    void number(long n, long d) {
      if (n == LongDecimals.OVERFLOW || d == LongDecimals.OVERFLOW || d <= 0) {
        state = SLOW;
        return;
      }
      if (d > REDUCE_ABOVE) {
        long g = gcd(Math.abs(n), d);
        if (g > 1) {
          n /= g;
          d /= g;
        }
      }
      num = n;
      den = d;
      state = NUMBER;
    }
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a == 0 ? 1 : a;
  }

  private static Node compile(Expression e, Function<String, DecimalColumn> columns, boolean missingIsZero) {
    if (e instanceof Expression.Number n) {
      return constant(n.value());
    }
    if (e instanceof Expression.Name n) {
      return name(columns.apply(n.id()), missingIsZero);
    }
    if (e instanceof Expression.Negate n) {
      Node operand = compile(n.operand(), columns, missingIsZero);
      return new Node() {
        @Override
        void eval(int row) {
          operand.eval(row);
          state = operand.state;
          if (state == NUMBER) {
            number(operand.num == Long.MIN_VALUE ? LongDecimals.OVERFLOW : -operand.num, operand.den);
          }
        }
      };
    }
    if (e instanceof Expression.Binary b) {
      return binary(b.operator(), compile(b.left(), columns, missingIsZero), compile(b.right(), columns, missingIsZero));
    }
    if (e instanceof Expression.Compare c) {
      return compare(c.comparison(), compile(c.left(), columns, missingIsZero), compile(c.right(), columns, missingIsZero));
    }
    if (e instanceof Expression.Logic l) {
      Node[] operands = l.operands().stream().map(o -> compile(o, columns, missingIsZero)).toArray(Node[]::new);
      return logic(l.connective(), operands);
    }
    Expression.Call c = (Expression.Call) e;
    Node[] args = c.arguments().stream().map(a -> compile(a, columns, missingIsZero)).toArray(Node[]::new);
    return call(c.function(), args);
  }

  private static Node constant(BigDecimal v) {
    BigDecimal d = v.scale() < 0 ? v.setScale(0) : v;
    long n = d.precision() - d.scale() <= 18 && d.scale() <= 18 ? LongDecimals.unscaled(d, d.scale()) : LongDecimals.OVERFLOW;
    // not named den: inside the node, den is the node's own field, which would hide it
    long unit = LongDecimals.pow10(d.scale());
    return new Node() {
      @Override
      void eval(int row) {
        number(n, unit);
      }
    };
  }

  private static Node name(DecimalColumn column, boolean missingIsZero) {
    long unit = LongDecimals.pow10(column.scale()); // not den: the node's own field would hide it
    return new Node() {
      @Override
      void eval(int row) {
        if (!column.has(row)) {
          if (missingIsZero) {
            number(0, 1);
          } else {
            state = MISSING;
          }
        } else if (!column.fits(row)) {
          state = SLOW;
        } else {
          number(column.unscaled(row), unit);
        }
      }
    };
  }

  /** Missing, then a division by zero, then slow: as {@link ExactFormula} orders them (slow last: it recomputes). */
  private static int special(Node l, Node r) {
    if (l.state == MISSING || r.state == MISSING) {
      return MISSING;
    }
    if (l.state == SLOW || r.state == SLOW) {
      return SLOW;
    }
    if (l.state == ZERO_DIVISION || r.state == ZERO_DIVISION) {
      return ZERO_DIVISION;
    }
    return NUMBER;
  }

  private static Node binary(Expression.Operator op, Node l, Node r) {
    return new Node() {
      @Override
      void eval(int row) {
        l.eval(row);
        r.eval(row);
        state = special(l, r);
        if (state != NUMBER) {
          return;
        }
        switch (op) {
          case ADD, SUBTRACT -> {
            long b = op == Expression.Operator.SUBTRACT ? negate(r.num) : r.num;
            if (l.den == r.den) {
              number(LongDecimals.add(l.num, b), l.den);
            } else {
              number(LongDecimals.add(LongDecimals.multiply(l.num, r.den), LongDecimals.multiply(b, l.den)),
                  LongDecimals.multiply(l.den, r.den));
            }
          }
          case MULTIPLY -> number(LongDecimals.multiply(l.num, r.num), LongDecimals.multiply(l.den, r.den));
          default -> {
            if (r.num == 0) {
              state = ZERO_DIVISION;
            } else if (r.num > 0) {
              number(LongDecimals.multiply(l.num, r.den), LongDecimals.multiply(l.den, r.num));
            } else {
              number(negate(LongDecimals.multiply(l.num, r.den)), LongDecimals.multiply(l.den, negate(r.num)));
            }
          }
        }
      }
    };
  }

  private static long negate(long v) {
    return v == LongDecimals.OVERFLOW ? LongDecimals.OVERFLOW : -v;
  }

  /** −1, 0 or 1; or 2 when the cross products leave 64 bits. */
  private static int compare(Node l, Node r) {
    long a = LongDecimals.multiply(l.num, r.den);
    long b = LongDecimals.multiply(r.num, l.den);
    return a == LongDecimals.OVERFLOW || b == LongDecimals.OVERFLOW ? 2 : Long.compare(a, b);
  }

  private static Node compare(Expression.Comparison cmp, Node l, Node r) {
    return new Node() {
      @Override
      void eval(int row) {
        l.eval(row);
        r.eval(row);
        state = special(l, r);
        if (state != NUMBER) {
          return;
        }
        int k = FastFormula.compare(l, r);
        if (k == 2) {
          state = SLOW;
          return;
        }
        boolean b = switch (cmp) {
          case LT -> k < 0;
          case LE -> k <= 0;
          case GT -> k > 0;
          case GE -> k >= 0;
          case EQ -> k == 0;
          case NE -> k != 0;
        };
        state = b ? TRUE : FALSE;
      }
    };
  }

  private static Node logic(Expression.Connective connective, Node[] operands) {
    return new Node() {
      @Override
      void eval(int row) {
        if (connective == Expression.Connective.NOT) {
          operands[0].eval(row);
          int s = operands[0].state;
          state = s == TRUE ? FALSE : s == FALSE ? TRUE : s;
          return;
        }
        int stop = connective == Expression.Connective.AND ? FALSE : TRUE;
        for (Node o : operands) {
          o.eval(row);
          if (o.state != (stop == FALSE ? TRUE : FALSE)) {
            state = o.state; // the deciding value, or why it is not known
            return;
          }
        }
        state = stop == FALSE ? TRUE : FALSE;
      }
    };
  }

  private static Node call(Expression.Function f, Node[] args) {
    return new Node() {
      @Override
      void eval(int row) {
        if (f == Expression.Function.IF) {
          args[0].eval(row);
          Node chosen = args[0].state == TRUE ? args[1] : args[0].state == FALSE ? args[2] : null;
          if (chosen == null) {
            state = args[0].state;
            return;
          }
          chosen.eval(row);
          num = chosen.num;
          den = chosen.den;
          state = chosen.state;
          return;
        }
        for (Node a : args) {
          a.eval(row);
          if (a.state != NUMBER) {
            state = a.state;
            return;
          }
        }
        switch (f) {
          case MIN, MAX -> {
            Node best = args[0];
            for (Node a : args) {
              int k = FastFormula.compare(a, best);
              if (k == 2) {
                state = SLOW;
                return;
              }
              if (f == Expression.Function.MIN ? k < 0 : k > 0) {
                best = a;
              }
            }
            num = best.num;
            den = best.den;
            state = NUMBER;
          }
          case ABS -> number(args[0].num == Long.MIN_VALUE ? LongDecimals.OVERFLOW : Math.abs(args[0].num), args[0].den);
          default -> state = SLOW; // logarithms, roots and powers: the exact path
        }
      }
    };
  }
}
