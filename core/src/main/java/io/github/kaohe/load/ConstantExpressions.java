package io.github.kaohe.load;

import io.github.kaohe.internal.DecimalMath;
import io.github.kaohe.model.Expression;
import java.math.BigDecimal;
import java.math.MathContext;
import org.jspecify.annotations.Nullable;

/**
 * A number written as a formula of numbers, where a policy needs a number: {@code lower: ln(100)},
 * {@code upper: ln(75000)}, {@code cap: 3 / 2}. Sums, differences and products are exact;
 * quotients, logarithms, exponentials, roots and fractional powers are correctly rounded to 34
 * significant digits.
 */
final class ConstantExpressions {
  private static final MathContext PRECISION = DecimalMath.PRECISION;

  private ConstantExpressions() {}

  /** The text's value, or null when it is no formula of numbers (the reason in {@code why[0]}). */
  static @Nullable BigDecimal value(String text, String[] why) {
    Expression e;
    try {
      e = ExpressionParser.parse(text);
    } catch (ExpressionParser.ParseException x) {
      why[0] = x.getMessage();
      return null;
    }
    try {
      return eval(e);
    } catch (ArithmeticException | IllegalArgumentException x) {
      why[0] = x.getMessage();
      return null;
    }
  }

  private static BigDecimal eval(Expression e) {
    if (e instanceof Expression.Number n) {
      return n.value();
    }
    if (e instanceof Expression.Negate n) {
      return eval(n.operand()).negate();
    }
    if (e instanceof Expression.Binary b) {
      BigDecimal l = eval(b.left());
      BigDecimal r = eval(b.right());
      return switch (b.operator()) {
        case ADD -> l.add(r);
        case SUBTRACT -> l.subtract(r);
        case MULTIPLY -> l.multiply(r);
        case DIVIDE -> {
          if (r.signum() == 0) {
            throw new ArithmeticException("division by 0");
          }
          yield l.divide(r, PRECISION);
        }
      };
    }
    if (e instanceof Expression.Call c) {
      BigDecimal x = eval(c.arguments().get(0));
      return switch (c.function()) {
        case LN -> DecimalMath.ln(x, PRECISION);
        case LOG10 -> DecimalMath.log10(x, PRECISION);
        case EXP -> DecimalMath.exp(x, PRECISION);
        case SQRT -> DecimalMath.sqrt(x, PRECISION);
        case ABS -> x.abs();
        case POW -> DecimalMath.pow(x, eval(c.arguments().get(1)), PRECISION);
        case MIN, MAX -> {
          BigDecimal best = x;
          for (Expression a : c.arguments()) {
            BigDecimal v = eval(a);
            best = c.function() == Expression.Function.MIN ? best.min(v) : best.max(v);
          }
          yield best;
        }
        default -> throw new IllegalArgumentException("a number cannot be a condition (" + c + ")");
      };
    }
    if (e instanceof Expression.Name n) {
      throw new IllegalArgumentException("'" + n.id() + "' is no number: here only numbers and functions of numbers are read");
    }
    throw new IllegalArgumentException("a number cannot be a condition (" + e + ")");
  }
}
