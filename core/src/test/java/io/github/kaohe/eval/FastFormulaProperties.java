package io.github.kaohe.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kaohe.internal.columns.DecimalColumn;
import io.github.kaohe.model.Expression;
import io.github.kaohe.model.Formula;
import io.github.kaohe.model.Rounding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The fast path of formulas ({@link FastFormula}, fractions of {@code long}s) against their
 * definition ({@link ExactFormula}, fractions of {@code BigInteger}s): where the fast path answers,
 * it answers what the exact one does; and on ordinary figures it does answer.
 */
class FastFormulaProperties {
  private static final String[] NAMES = {"a", "b", "c"};

  @Property(tries = 300)
  void whereTheFastPathAnswersItAnswersTheExactValue(
      @ForAll("expressions") Expression expression,
      @ForAll("columns") List<DecimalColumn> columns,
      @ForAll @IntRange(min = 0, max = 6) int scale,
      @ForAll("modes") RoundingMode mode) {
    Formula formula = new Formula(expression.toString(), expression, Rounding.of(scale, mode),
        Formula.IfZeroDivisor.MISSING, Formula.IfMissing.MISSING);
    Map<String, DecimalColumn> byName = Map.of("a", columns.get(0), "b", columns.get(1), "c", columns.get(2));
    FastFormula fast = new FastFormula(formula, byName::get);
    long[] out = new long[1];
    for (int row = 0; row < ROWS; row++) {
      int state = fast.evaluate(row, out);
      if (state == FastFormula.SLOW) {
        continue;
      }
      int r = row;
      ExactFormula.Result exact = new ExactFormula(formula, id -> byName.get(id).get(r)).evaluate();
      switch (state) {
        case FastFormula.NUMBER -> assertThat(BigDecimal.valueOf(out[0], scale))
            .as("%s at row %d", expression, row).isEqualTo(ExactFormula.rounded(formula, exact));
        case FastFormula.MISSING -> assertThat(exact.state()).as("%s", expression).isEqualTo(ExactFormula.State.MISSING);
        case FastFormula.ZERO_DIVISION ->
            assertThat(exact.state()).as("%s", expression).isEqualTo(ExactFormula.State.ZERO_DIVISION);
        default -> assertThat(exact.state().name()).as("%s", expression).isEqualTo(state == FastFormula.TRUE ? "TRUE" : "FALSE");
      }
    }
  }

  @Test
  void onOrdinaryFiguresTheFastPathAnswersEveryRow() {
    // tax / land and rd / revenue * 100 over figures to 2 places: what a per-mu policy computes
    DecimalColumn tax = column(decimals("123.45", "0.01", "99999.99", "5"));
    DecimalColumn land = column(decimals("29.09", "3", "150.5", "0.07"));
    Map<String, DecimalColumn> byName = Map.of("a", tax, "b", land);
    Expression a = new Expression.Name("a", 0);
    Expression b = new Expression.Name("b", 0);
    Expression perMu = new Expression.Binary(Expression.Operator.DIVIDE, a, b, 0);
    Expression share = new Expression.Binary(Expression.Operator.MULTIPLY, perMu, new Expression.Number(new BigDecimal("100"), 0), 0);
    for (Expression e : List.of(perMu, share)) {
      Formula formula = new Formula(e.toString(), e, Formula.defaultRounding(), Formula.IfZeroDivisor.MISSING,
          Formula.IfMissing.MISSING);
      FastFormula fast = new FastFormula(formula, byName::get);
      long[] out = new long[1];
      for (int row = 0; row < 4; row++) {
        assertThat(fast.evaluate(row, out)).as("%s at row %d", e, row).isEqualTo(FastFormula.NUMBER);
      }
    }
  }

  /** A column as the data readers build one: longs at one scale, the rest on the side. */
  private static DecimalColumn column(BigDecimal[] values) {
    DecimalColumn.Builder b = new DecimalColumn.Builder(values.length);
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        b.set(i, values[i]);
      }
    }
    return b.build(values.length);
  }

  private static BigDecimal[] decimals(String... values) {
    BigDecimal[] out = new BigDecimal[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = new BigDecimal(values[i]);
    }
    return out;
  }

  private static final int ROWS = 12;

  @Provide
  Arbitrary<RoundingMode> modes() {
    return Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN, RoundingMode.CEILING);
  }

  @Provide
  Arbitrary<List<DecimalColumn>> columns() {
    Arbitrary<BigDecimal> value = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.longs().between(-1_000_000, 1_000_000)
            .flatMap(u -> Arbitraries.integers().between(0, 4).map(s -> BigDecimal.valueOf(u, s)))),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(BigDecimal.ZERO)),
        net.jqwik.api.Tuple.of(1, Arbitraries.longs().map(u -> BigDecimal.valueOf(u, 3))));
    Arbitrary<BigDecimal[]> column = value.injectNull(0.1).array(BigDecimal[].class).ofSize(ROWS);
    return column.map(FastFormulaProperties::column).list().ofSize(NAMES.length);
  }

  @Provide
  Arbitrary<Expression> expressions() {
    return expression(4);
  }

  private Arbitrary<Expression> expression(int depth) {
    Arbitrary<Expression> leaf = Arbitraries.oneOf(
        Arbitraries.of(NAMES).map(n -> new Expression.Name(n, 0)),
        Arbitraries.longs().between(-10_000, 10_000).flatMap(u -> Arbitraries.integers().between(0, 3)
            .map(s -> new Expression.Number(BigDecimal.valueOf(u, s), 0))));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<Expression> sub = Arbitraries.lazy(() -> expression(depth - 1));
    Arbitrary<Expression> binary = Combinators.combine(Arbitraries.of(Expression.Operator.class), sub, sub)
        .as((op, l, r) -> new Expression.Binary(op, l, r, 0));
    Arbitrary<Expression> negate = sub.map(e -> new Expression.Negate(e, 0));
    Arbitrary<Expression> minMax = Combinators.combine(Arbitraries.of(Expression.Function.MIN, Expression.Function.MAX), sub, sub)
        .as((f, l, r) -> new Expression.Call(f, List.of(l, r), 0));
    Arbitrary<Expression> abs = sub.map(e -> new Expression.Call(Expression.Function.ABS, List.of(e), 0));
    Arbitrary<Expression> choice = Combinators.combine(Arbitraries.of(Expression.Comparison.class), sub, sub, sub, sub)
        .as((c, l, r, yes, no) -> new Expression.Call(Expression.Function.IF,
            List.of(new Expression.Compare(c, l, r, 0), yes, no), 0));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, leaf), net.jqwik.api.Tuple.of(6, binary), net.jqwik.api.Tuple.of(1, negate),
        net.jqwik.api.Tuple.of(1, minMax), net.jqwik.api.Tuple.of(1, abs), net.jqwik.api.Tuple.of(1, choice));
  }
}
