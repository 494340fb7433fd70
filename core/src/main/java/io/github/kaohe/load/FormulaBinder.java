package io.github.kaohe.load;

import io.github.kaohe.load.ParsedNode.Scalar;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.Expression;
import io.github.kaohe.model.Fact;
import io.github.kaohe.model.FactType;
import io.github.kaohe.model.Formula;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Rounding;
import io.github.kaohe.model.Unit;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Binds formulas ({@code formula: tax / land}, or a map with {@code of}, {@code rounding},
 * {@code ifZeroDivisor} and {@code ifMissing}) and, once a scheme's facts and indicators are
 * known, checks them together: names, types, units against the declared unit, divisions that
 * need a rule, and formulas that read each other in a circle. Problems point at the formula's
 * own line and column.
 */
final class FormulaBinder {
  /** A formula bound in the scheme: whose, where, and what the policy said of it. */
  private record Bound(String id, Formula formula, Mark mark, String path, boolean zeroRuleDeclared) {}

  private final Problems problems;
  private final List<Bound> bound = new ArrayList<>();

  FormulaBinder(Problems problems) {
    this.problems = problems;
  }

  /** Starts a scheme: its formulas are checked together by {@link #check}. */
  void startScheme() {
    bound.clear();
  }

  /** The formula under {@code formula}, if the map has one. */
  @Nullable Formula formula(Fields parent, @Nullable String id) {
    ParsedNode node = parent.node("formula", false);
    if (node == null) {
      return null;
    }
    String path = parent.path("formula");
    Scalar text;
    Rounding rounding = Formula.defaultRounding();
    Formula.IfZeroDivisor zero = Formula.IfZeroDivisor.MISSING;
    Formula.IfMissing missing = Formula.IfMissing.MISSING;
    boolean zeroDeclared = false;
    if (node instanceof ParsedNode.ParsedMap) {
      Fields f = Fields.of(node, path, problems, List.of("of", "rounding", "ifZeroDivisor", "ifMissing"));
      if (f == null) {
        return null;
      }
      ParsedNode of = f.node("of", true);
      if (!(of instanceof Scalar s)) {
        if (of != null) {
          problems.add(of.mark(), f.path("of"), "expected the formula as text, e.g. tax / land, but found " + of.describe());
        }
        return null;
      }
      text = s;
      path = f.path("of");
      if (f.has("rounding")) {
        rounding = rounding(f);
        if (rounding == null) {
          return null;
        }
      }
      zeroDeclared = f.has("ifZeroDivisor");
      zero = f.enumeration("ifZeroDivisor", Formula.IfZeroDivisor.class, Formula.IfZeroDivisor.MISSING);
      missing = f.enumeration("ifMissing", Formula.IfMissing.class, Formula.IfMissing.MISSING);
      if (zero == null || missing == null) {
        return null;
      }
    } else if (node instanceof Scalar s) {
      text = s;
    } else {
      problems.add(node.mark(), path, "expected a formula (e.g. tax / land) or a map with 'of', but found " + node.describe());
      return null;
    }
    Expression expression;
    try {
      expression = ExpressionParser.parse(text.text());
    } catch (ExpressionParser.ParseException e) {
      problems.add(at(text, e.at()), path, e.getMessage());
      return null;
    }
    Formula formula = new Formula(text.text().strip(), expression, rounding, zero, missing);
    if (id != null) {
      bound.add(new Bound(id, formula, text.mark(), path, zeroDeclared));
    }
    return formula;
  }

  private @Nullable Rounding rounding(Fields parent) {
    ParsedNode n = parent.node("rounding", true);
    if (n == null) {
      return null;
    }
    Fields f = Fields.of(n, parent.path("rounding"), problems, List.of("scale", "rounding"));
    if (f == null) {
      return null;
    }
    Integer scale = f.integer("scale", true);
    RoundingMode mode = f.enumeration("rounding", RoundingMode.class, RoundingMode.HALF_UP);
    if (scale == null || mode == null) {
      return null;
    }
    return problems.construct(f.mark(), parent.path("rounding"), () -> Rounding.of(scale, mode));
  }

  /** Where an offset of a formula's text stands in the file. */
  static Mark at(Scalar text, int offset) {
    String t = text.text();
    int line = text.mark().line();
    int column = text.mark().column();
    int lineStart = 0;
    for (int i = 0; i < offset && i < t.length(); i++) {
      if (t.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    Mark m = new Mark(line, lineStart == 0 ? column + offset : offset - lineStart + 1);
    return text.mark().file() == null ? m : m.in(text.mark().file());
  }

  /**
   * Checks the scheme's formulas, now that its facts and indicators are known.
   *
   * @param facts the scheme's facts (null when they could not be read: nothing is checked)
   * @param categories its categories (null when they could not be read)
   */
  void check(@Nullable List<Fact> facts, @Nullable List<Category> categories) {
    if (bound.isEmpty() || facts == null || categories == null) {
      return;
    }
    Map<String, FormulaChecker.Operand> operands = new LinkedHashMap<>();
    Map<String, String> declaredUnits = new HashMap<>();
    Map<String, Boolean> wantsCondition = new HashMap<>();
    for (Fact f : facts) {
      FormulaChecker.Operand.Kind kind = switch (f.type()) {
        case BOOLEAN -> FormulaChecker.Operand.Kind.BOOLEAN;
        case ENUMERATION -> FormulaChecker.Operand.Kind.TEXT;
        default -> FormulaChecker.Operand.Kind.NUMBER;
      };
      operands.put(f.id(), new FormulaChecker.Operand(kind, unit(f.unit())));
      declaredUnits.put(f.id(), f.unit());
      wantsCondition.put(f.id(), f.type() == FactType.BOOLEAN);
    }
    List<Indicator> indicators = new ArrayList<>();
    categories.forEach(c -> indicators.addAll(c.allIndicators()));
    for (Indicator i : indicators) {
      operands.put(i.id(), new FormulaChecker.Operand(FormulaChecker.Operand.Kind.NUMBER, unit(i.unit())));
      declaredUnits.put(i.id(), i.unit());
      wantsCondition.put(i.id(), false);
    }
    Map<String, Set<String>> reads = new HashMap<>();
    for (Bound b : bound) {
      Scalar text = new Scalar(b.mark(), b.formula().text(), Scalar.Kind.STRING);
      FormulaChecker checker = new FormulaChecker(operands, (at, message) -> problems.add(at(text, at), b.path(), message));
      FormulaChecker.Type type = checker.check(b.formula().expression());
      reads.put(b.id(), names(b.formula().expression(), new HashSet<>()));
      if (type == null || checker.failed()) {
        continue;
      }
      boolean condition = Boolean.TRUE.equals(wantsCondition.get(b.id()));
      if (type.condition() != condition) {
        problems.add(b.mark(), b.path(), condition
            ? "'" + b.id() + "' is a boolean fact, but its formula gives a number: write a condition such as land >= 3"
            : "the formula gives a condition (true or false), but '" + b.id() + "' is a number: give it the type boolean, or compute a number");
        continue;
      }
      if (!condition) {
        unitMatches(b, type.unitOrNone(), declaredUnits.getOrDefault(b.id(), ""));
      }
      if (!checker.variableDivisors().isEmpty() && !b.zeroRuleDeclared()) {
        Expression divisor = checker.variableDivisors().get(0);
        problems.add(at(text, divisor.at()), b.path(),
            "the formula divides by '" + divisor + "', which can be 0: say what that gives with ifZeroDivisor:"
                + " missing, zero or error (formula: {of: " + b.formula().text() + ", ifZeroDivisor: missing})");
      }
    }
    circles(reads);
  }

  private void unitMatches(Bound b, Unit computed, String declared) {
    Unit wanted;
    try {
      wanted = Unit.parse(declared);
    } catch (IllegalArgumentException e) {
      return; // reported where the unit is declared
    }
    if (!computed.equals(wanted)) {
      problems.add(b.mark(), b.path(), "the formula gives a value in " + shown(computed) + ", but '" + b.id()
          + "' is declared in " + shown(wanted) + ": correct the formula or the unit"
          + (sameDimension(computed, wanted) ? " (a unit of another size: multiply or divide by its factor)" : ""));
    }
  }

  private static String shown(Unit u) {
    return u.isNone() ? "no unit" : u.toString();
  }

  /** Whether two units differ only in money's or area's size (元 and 万元, 亩 and 公顷). */
  private static boolean sameDimension(Unit a, Unit b) {
    return a.exponents().size() == b.exponents().size() && !a.exponents().keySet().equals(b.exponents().keySet())
        && canonical(a).equals(canonical(b));
  }

  /** The unit's dimension: its units without 亿, 万 or 千, in one order (元 and 万元 sort apart from 亩). */
  private static String canonical(Unit u) {
    java.util.SortedMap<String, Integer> dimension = new java.util.TreeMap<>();
    u.exponents().forEach((k, v) -> dimension.merge(k.replaceAll("^(亿|万|千)", ""), v, Integer::sum));
    return dimension.toString();
  }

  private Unit unit(String text) {
    try {
      return Unit.parse(text);
    } catch (IllegalArgumentException e) {
      return Unit.none();
    }
  }

  private static Set<String> names(Expression e, Set<String> out) {
    if (e instanceof Expression.Name n) {
      out.add(n.id());
    } else if (e instanceof Expression.Negate n) {
      names(n.operand(), out);
    } else if (e instanceof Expression.Binary b) {
      names(b.left(), out);
      names(b.right(), out);
    } else if (e instanceof Expression.Compare c) {
      names(c.left(), out);
      names(c.right(), out);
    } else if (e instanceof Expression.Logic l) {
      l.operands().forEach(o -> names(o, out));
    } else if (e instanceof Expression.Call c) {
      c.arguments().forEach(a -> names(a, out));
    }
    return out;
  }

  /** Formulas that read themselves, directly or through others. */
  private void circles(Map<String, Set<String>> reads) {
    for (Bound b : bound) {
      List<String> path = new ArrayList<>();
      if (reaches(b.id(), b.id(), reads, new HashSet<>(), path)) {
        problems.add(b.mark(), b.path(), "the formula of '" + b.id() + "' reads itself: " + b.id() + " → "
            + String.join(" → ", path));
      }
    }
  }

  private static boolean reaches(String from, String target, Map<String, Set<String>> reads, Set<String> seen, List<String> path) {
    for (String next : reads.getOrDefault(from, Set.of())) {
      path.add(next);
      if (next.equals(target)) {
        return true;
      }
      if (seen.add(next) && reaches(next, target, reads, seen, path)) {
        return true;
      }
      path.remove(path.size() - 1);
    }
    return false;
  }
}
