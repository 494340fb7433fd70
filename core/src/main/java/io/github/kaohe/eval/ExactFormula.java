package io.github.kaohe.eval;

import io.github.kaohe.internal.DecimalMath;
import io.github.kaohe.model.Expression;
import io.github.kaohe.model.Formula;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A formula computed for one entity as fractions of {@link BigInteger}s: exact for the four
 * operations, comparisons and their functions; a logarithm, exponential or root correctly rounded
 * to 34 significant digits. The definition the fast path ({@link FastFormula}) is held to, and
 * what it defers to.
 */
final class ExactFormula {
  private static final MathContext WORKING = new MathContext(60);

  /** A value: a fraction (den > 0), a condition, or why there is none. */
  record Result(@Nullable BigInteger num, @Nullable BigInteger den, State state) {
    static final Result MISSING = new Result(null, null, State.MISSING);
    static final Result ZERO_DIVISION = new Result(null, null, State.ZERO_DIVISION);
    static final Result TRUE = new Result(null, null, State.TRUE);
    static final Result FALSE = new Result(null, null, State.FALSE);
    static final Result UNDEFINED = new Result(null, null, State.UNDEFINED);

    static Result of(BigInteger num, BigInteger den) {
      if (den.signum() < 0) {
        num = num.negate();
        den = den.negate();
      }
      BigInteger g = num.gcd(den);
      return g.signum() == 0 || g.equals(BigInteger.ONE) ? new Result(num, den, State.NUMBER)
          : new Result(num.divide(g), den.divide(g), State.NUMBER);
    }

    static Result of(BigDecimal v) {
      return v.scale() >= 0 ? of(v.unscaledValue(), BigInteger.TEN.pow(v.scale()))
          : of(v.unscaledValue().multiply(BigInteger.TEN.pow(-v.scale())), BigInteger.ONE);
    }

    static Result condition(boolean b) {
      return b ? TRUE : FALSE;
    }

    BigDecimal decimal(MathContext mc) {
      return new BigDecimal(num).divide(new BigDecimal(den), mc);
    }

    int compareTo(Result o) {
      return num.multiply(o.den).compareTo(o.num.multiply(den));
    }
  }

  /** Why a value is not a number. */
  enum State {
    NUMBER,
    TRUE,
    FALSE,
    /** An operand is missing. */
    MISSING,
    /** A division by zero. */
    ZERO_DIVISION,
    /** A logarithm, root or power without a value (ln of 0, the root of a negative number). */
    UNDEFINED
  }

  private final Formula formula;
  private final Function<String, @Nullable BigDecimal> values;

  /**
   * @param values an operand's value for the entity, or null when it has none
   */
  ExactFormula(Formula formula, Function<String, @Nullable BigDecimal> values) {
    this.formula = formula;
    this.values = values;
  }

  /** The formula's value before its rounding. */
  Result evaluate() {
    return eval(formula.expression());
  }

  /** The formula's value rounded as declared, or null when there is none (see {@link #evaluate()}). */
  static @Nullable BigDecimal rounded(Formula formula, Result r) {
    return switch (r.state()) {
      case NUMBER -> new BigDecimal(r.num()).divide(new BigDecimal(r.den()), formula.rounding().scale(),
          formula.rounding().mode());
      case TRUE -> BigDecimal.ONE;
      case FALSE -> BigDecimal.ZERO;
      default -> null;
    };
  }

  private Result eval(Expression e) {
    if (e instanceof Expression.Number n) {
      return Result.of(n.value());
    }
    if (e instanceof Expression.Name n) {
      BigDecimal v = values.apply(n.id());
      if (v == null) {
        return formula.ifMissing() == Formula.IfMissing.ZERO ? Result.of(BigInteger.ZERO, BigInteger.ONE) : Result.MISSING;
      }
      return Result.of(v);
    }
    if (e instanceof Expression.Negate n) {
      Result r = eval(n.operand());
      return r.state() == State.NUMBER ? new Result(r.num().negate(), r.den(), State.NUMBER) : r;
    }
    if (e instanceof Expression.Binary b) {
      Result l = eval(b.left());
      Result r = eval(b.right());
      Result special = special(l, r);
      if (special != null) {
        return special;
      }
      return switch (b.operator()) {
        case ADD -> Result.of(l.num().multiply(r.den()).add(r.num().multiply(l.den())), l.den().multiply(r.den()));
        case SUBTRACT -> Result.of(l.num().multiply(r.den()).subtract(r.num().multiply(l.den())), l.den().multiply(r.den()));
        case MULTIPLY -> Result.of(l.num().multiply(r.num()), l.den().multiply(r.den()));
        case DIVIDE -> r.num().signum() == 0 ? Result.ZERO_DIVISION
            : Result.of(l.num().multiply(r.den()), l.den().multiply(r.num()));
      };
    }
    if (e instanceof Expression.Compare c) {
      Result l = eval(c.left());
      Result r = eval(c.right());
      Result special = special(l, r);
      if (special != null) {
        return special;
      }
      int k = l.compareTo(r);
      return Result.condition(switch (c.comparison()) {
        case LT -> k < 0;
        case LE -> k <= 0;
        case GT -> k > 0;
        case GE -> k >= 0;
        case EQ -> k == 0;
        case NE -> k != 0;
      });
    }
    if (e instanceof Expression.Logic l) {
      return logic(l);
    }
    return call((Expression.Call) e);
  }

  /** The first operand that is not a number, if any: missing before undefined before a division by zero. */
  private static @Nullable Result special(Result l, Result r) {
    for (State s : new State[] {State.MISSING, State.UNDEFINED, State.ZERO_DIVISION}) {
      if (l.state() == s || r.state() == s) {
        return l.state() == s ? l : r;
      }
    }
    return null;
  }

  private Result logic(Expression.Logic l) {
    switch (l.connective()) {
      case NOT: {
        Result r = eval(l.operands().get(0));
        return r.state() == State.TRUE ? Result.FALSE : r.state() == State.FALSE ? Result.TRUE : r;
      }
      case AND: {
        for (Expression o : l.operands()) {
          Result r = eval(o);
          if (r.state() != State.TRUE) {
            return r; // false, or why not known
          }
        }
        return Result.TRUE;
      }
      default: {
        for (Expression o : l.operands()) {
          Result r = eval(o);
          if (r.state() != State.FALSE) {
            return r;
          }
        }
        return Result.FALSE;
      }
    }
  }

  private Result call(Expression.Call c) {
    if (c.function() == Expression.Function.IF) {
      Result condition = eval(c.arguments().get(0));
      return switch (condition.state()) {
        case TRUE -> eval(c.arguments().get(1));
        case FALSE -> eval(c.arguments().get(2));
        default -> condition;
      };
    }
    Result[] args = new Result[c.arguments().size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = eval(c.arguments().get(i));
      if (args[i].state() != State.NUMBER) {
        return args[i];
      }
    }
    switch (c.function()) {
      case MIN:
      case MAX: {
        Result best = args[0];
        for (Result a : args) {
          int k = a.compareTo(best);
          if (c.function() == Expression.Function.MIN ? k < 0 : k > 0) {
            best = a;
          }
        }
        return best;
      }
      case ABS:
        return new Result(args[0].num().abs(), args[0].den(), State.NUMBER);
      default:
        return transcendental(c.function(), args);
    }
  }

  private static Result transcendental(Expression.Function f, Result[] args) {
    BigDecimal x = args[0].decimal(WORKING);
    try {
      return switch (f) {
        case LN -> Result.of(DecimalMath.ln(x, DecimalMath.PRECISION));
        case LOG10 -> Result.of(DecimalMath.log10(x, DecimalMath.PRECISION));
        case EXP -> Result.of(DecimalMath.exp(x, DecimalMath.PRECISION));
        case SQRT -> Result.of(DecimalMath.sqrt(x, DecimalMath.PRECISION));
        default -> pow(args[0], args[1], x);
      };
    } catch (ArithmeticException e) {
      return Result.UNDEFINED;
    }
  }

  /** A whole power of a fraction is exact; any other power is 34 digits. */
  private static Result pow(Result base, Result exponent, BigDecimal x) {
    if (exponent.den().equals(BigInteger.ONE) && exponent.num().abs().bitLength() < 16) {
      int n = exponent.num().intValue();
      if (n >= 0) {
        return Result.of(base.num().pow(n), base.den().pow(n));
      }
      if (base.num().signum() == 0) {
        return Result.UNDEFINED;
      }
      return Result.of(base.den().pow(-n), base.num().pow(-n));
    }
    return Result.of(DecimalMath.pow(x, exponent.decimal(WORKING), DecimalMath.PRECISION));
  }
}
