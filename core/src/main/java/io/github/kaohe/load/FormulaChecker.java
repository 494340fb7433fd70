package io.github.kaohe.load;

import io.github.kaohe.model.Expression;
import io.github.kaohe.model.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks a formula against the scheme's values: every name is a fact or an indicator, numbers meet
 * numbers and conditions conditions, units combine ({@code 万元 / 亩} is {@code 万元/亩}; {@code 万元 +
 * 亩} is a mistake), functions get what they take. Problems are reported at the node's offset in
 * the formula's text.
 */
final class FormulaChecker {
  /** What a name stands for: a number with a unit, or a condition; or text that formulas cannot use. */
  record Operand(Kind kind, Unit unit) {
    enum Kind {
      NUMBER,
      BOOLEAN,
      TEXT
    }
  }

  /** A node's type: a number (of a unit; a written number's unit is that of what it meets) or a condition. */
  record Type(boolean condition, @Nullable Unit unit) {
    static final Type ANY_NUMBER = new Type(false, null);
    static final Type CONDITION = new Type(true, null);

    static Type number(Unit unit) {
      return new Type(false, unit);
    }

    Unit unitOrNone() {
      return unit == null ? Unit.none() : unit;
    }
  }

  /** Reports a problem at an offset of the formula. */
  @FunctionalInterface
  interface Reporter {
    void problem(int at, String message);
  }

  private final Map<String, Operand> operands;
  private final Reporter reporter;
  private final List<Expression> divisors = new ArrayList<>();
  private boolean failed;

  FormulaChecker(Map<String, Operand> operands, Reporter reporter) {
    this.operands = operands;
    this.reporter = reporter;
  }

  /** The divisions by something that is not a written number: they may divide by zero. */
  List<Expression> variableDivisors() {
    return divisors;
  }

  boolean failed() {
    return failed;
  }

  private void problem(int at, String message) {
    failed = true;
    reporter.problem(at, message);
  }

  /** The expression's type; null where a problem makes it unknown (reported). */
  @Nullable Type check(Expression e) {
    if (e instanceof Expression.Number) {
      return Type.ANY_NUMBER;
    }
    if (e instanceof Expression.Name n) {
      return name(n);
    }
    if (e instanceof Expression.Negate n) {
      return number(n.operand(), "-");
    }
    if (e instanceof Expression.Binary b) {
      return binary(b);
    }
    if (e instanceof Expression.Call c) {
      return call(c);
    }
    if (e instanceof Expression.Compare c) {
      Type l = number(c.left(), c.comparison().symbol());
      Type r = number(c.right(), c.comparison().symbol());
      same(l, r, c, c.comparison().symbol());
      return Type.CONDITION;
    }
    Expression.Logic l = (Expression.Logic) e;
    for (Expression o : l.operands()) {
      Type t = check(o);
      if (t != null && !t.condition()) {
        problem(o.at(), "'" + o + "' is a number, but " + l.connective().name().toLowerCase(java.util.Locale.ROOT)
            + " joins conditions (such as land >= 3)");
      }
    }
    return Type.CONDITION;
  }

  private @Nullable Type name(Expression.Name n) {
    Operand o = operands.get(n.id());
    if (o == null) {
      String hint = "";
      int dash = n.id().indexOf('-');
      while (dash > 0 && hint.isEmpty()) {
        if (operands.containsKey(n.id().substring(0, dash)) || operands.containsKey(n.id().substring(dash + 1))) {
          hint = ": to subtract, write spaces around '-' (" + n.id().substring(0, dash) + " - " + n.id().substring(dash + 1) + ")";
        }
        dash = n.id().indexOf('-', dash + 1);
      }
      if (hint.isEmpty()) {
        hint = Suggestions.didYouMean(n.id(), operands.keySet());
      }
      problem(n.at(), "unknown name '" + n.id() + "'" + hint + " (a formula reads the scheme's facts and indicators by id)");
      return null;
    }
    if (o.kind() == Operand.Kind.TEXT) {
      problem(n.at(), "'" + n.id() + "' is an enumeration (its values are words): a formula computes with numbers and conditions");
      return null;
    }
    return o.kind() == Operand.Kind.BOOLEAN ? Type.CONDITION : Type.number(o.unit());
  }

  /** The operand's type, which must be a number. */
  private @Nullable Type number(Expression e, String where) {
    Type t = check(e);
    if (t != null && t.condition()) {
      problem(e.at(), "'" + e + "' is a condition, but " + where + " needs a number");
      return null;
    }
    return t;
  }

  /** Checks that two numbers are of one unit; returns it. */
  private @Nullable Type same(@Nullable Type l, @Nullable Type r, Expression at, String what) {
    if (l == null || r == null) {
      return null;
    }
    if (l.unit() == null) {
      return r;
    }
    if (r.unit() == null || l.unit().equals(r.unit())) {
      return l;
    }
    problem(at.at(), "the units differ: " + shown(l) + " " + what + " " + shown(r)
        + ": only values of one unit can be added, subtracted or compared");
    return l;
  }

  private static String shown(Type t) {
    return t.unit() == null || t.unit().isNone() ? "(no unit)" : "(" + t.unit() + ")";
  }

  private @Nullable Type binary(Expression.Binary b) {
    String op = b.operator().symbol();
    Type l = number(b.left(), op);
    Type r = number(b.right(), op);
    if (l == null || r == null) {
      return null;
    }
    return switch (b.operator()) {
      case ADD, SUBTRACT -> same(l, r, b, op);
      case MULTIPLY -> l.unit() == null ? r : r.unit() == null ? l : Type.number(l.unit().times(r.unit()));
      case DIVIDE -> {
        if (!(b.right() instanceof Expression.Number)) {
          divisors.add(b.right());
        } else if (((Expression.Number) b.right()).value().signum() == 0) {
          problem(b.right().at(), "division by 0");
        }
        yield Type.number(l.unitOrNone().dividedBy(r.unitOrNone()));
      }
    };
  }

  private @Nullable Type call(Expression.Call c) {
    List<Expression> args = c.arguments();
    String f = c.function().written();
    switch (c.function()) {
      case MIN, MAX -> {
        Type t = number(args.get(0), f);
        for (int i = 1; i < args.size(); i++) {
          t = same(t, number(args.get(i), f), args.get(i), "and");
        }
        return t;
      }
      case ABS -> {
        return number(args.get(0), f);
      }
      case LN, LOG10, EXP -> {
        return number(args.get(0), f) == null ? null : Type.number(Unit.none());
      }
      case SQRT -> {
        Type t = number(args.get(0), f);
        if (t == null || t.unit() == null) {
          return t;
        }
        Unit root = t.unit().root();
        if (root == null) {
          problem(c.at(), "sqrt of a value in " + t.unit() + " has no unit: take the root of a number without unit");
          return null;
        }
        return Type.number(root);
      }
      case POW -> {
        Type base = number(args.get(0), f);
        Type exponent = number(args.get(1), f);
        if (base == null || exponent == null) {
          return null;
        }
        if (exponent.unit() != null && !exponent.unit().isNone()) {
          problem(args.get(1).at(), "an exponent has no unit");
          return null;
        }
        if (base.unit() == null || base.unit().isNone()) {
          return Type.number(Unit.none());
        }
        java.math.BigDecimal n = constant(args.get(1));
        if (n == null || n.stripTrailingZeros().scale() > 0) {
          problem(args.get(1).at(), "a value with a unit (" + base.unit() + ") is raised only to a whole written number");
          return null;
        }
        return Type.number(base.unit().power(n.intValue()));
      }
      default -> {
        Type condition = check(args.get(0));
        if (condition != null && !condition.condition()) {
          problem(args.get(0).at(), "if needs a condition first (such as land >= 3), but '" + args.get(0) + "' is a number");
        }
        Type a = check(args.get(1));
        Type b = check(args.get(2));
        if (a == null || b == null) {
          return null;
        }
        if (a.condition() != b.condition()) {
          problem(args.get(2).at(), "if gives a number one way and a condition the other");
          return null;
        }
        return a.condition() ? a : same(a, b, args.get(2), "or");
      }
    }
  }

  /** A written number, or minus one. */
  static java.math.@Nullable BigDecimal constant(Expression e) {
    if (e instanceof Expression.Number n) {
      return n.value();
    }
    if (e instanceof Expression.Negate m && m.operand() instanceof Expression.Number n) {
      return n.value().negate();
    }
    return null;
  }
}
