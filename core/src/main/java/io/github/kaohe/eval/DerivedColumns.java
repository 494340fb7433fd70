package io.github.kaohe.eval;

import io.github.kaohe.data.Period;
import io.github.kaohe.internal.columns.Bits;
import io.github.kaohe.internal.columns.ColumnStore;
import io.github.kaohe.internal.columns.DecimalColumn;
import io.github.kaohe.model.Fact;
import io.github.kaohe.model.Formula;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Scheme;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The columns a scheme reads, from the data or computed by the formulas of its derived facts and
 * indicators, once per period and evaluation: a derived column is computed over every row of the
 * period, its operands first (the loader has ruled out cycles), the fast path a row at a time and
 * the exact path where it defers.
 */
final class DerivedColumns {
  /** A derived column, and the rows whose formula divided by zero under the rule {@code error}. */
  record Derived(DecimalColumn column, long[] divisionErrors) {}

  private final ColumnStore<Period> data;
  private final Map<String, Formula> formulas = new HashMap<>();
  private final Map<String, Derived> memo = new HashMap<>();

  DerivedColumns(Scheme scheme, ColumnStore<Period> data) {
    this.data = data;
    for (Indicator i : scheme.indicators()) {
      i.formula().ifPresent(f -> formulas.put(i.id(), f));
    }
    for (Fact f : scheme.rules().facts()) {
      f.formula().ifPresent(x -> formulas.put(f.id(), x));
    }
  }

  boolean isDerived(String id) {
    return formulas.containsKey(id);
  }

  /** The column of a key in a period: the data's, or the formula's. */
  synchronized DecimalColumn column(Period period, String id) {
    return formulas.containsKey(id) ? derived(period, id).column() : data.column(period, id);
  }

  /** A derived column, computed once. */
  synchronized Derived derived(Period period, String id) {
    String key = period + "\u0000" + id;
    Derived d = memo.get(key);
    if (d == null) {
      d = compute(period, formulas.get(id));
      memo.put(key, d);
    }
    return d;
  }

  /** The value of {@code id} in the row, as the formula reads it, or null. */
  private @Nullable BigDecimal value(Period period, String id, int row) {
    return column(period, id).get(row);
  }

  private Derived compute(Period period, Formula formula) {
    int n = data.size();
    DecimalColumn.Builder out = new DecimalColumn.Builder(n);
    long[] errors = Bits.of(n);
    ColumnStore.PeriodColumns rows = data.period(period);
    if (rows == null) {
      return new Derived(out.build(n), errors);
    }
    FastFormula fast = new FastFormula(formula, id -> column(period, id));
    long[] result = new long[1];
    int scale = formula.rounding().scale();
    for (int row = 0; row < n; row++) {
      if (!rows.hasRow(row)) {
        continue;
      }
      int state = fast.evaluate(row, result);
      if (state == FastFormula.SLOW) {
        int r = row;
        ExactFormula.Result exact = new ExactFormula(formula, id -> value(period, id, r)).evaluate();
        BigDecimal v = ExactFormula.rounded(formula, exact);
        if (v != null) {
          out.set(row, v);
          continue;
        }
        state = exact.state() == ExactFormula.State.ZERO_DIVISION ? FastFormula.ZERO_DIVISION : FastFormula.MISSING;
      }
      switch (state) {
        case FastFormula.NUMBER -> out.set(row, result[0], scale);
        case FastFormula.TRUE, FastFormula.FALSE -> out.set(row, result[0], 0);
        case FastFormula.ZERO_DIVISION -> {
          if (formula.ifZeroDivisor() == Formula.IfZeroDivisor.ZERO) {
            out.set(row, 0, scale);
          } else if (formula.ifZeroDivisor() == Formula.IfZeroDivisor.ERROR) {
            Bits.set(errors, row);
          }
        }
        default -> {
          // missing: an operand is missing, or a logarithm or root has no value
        }
      }
    }
    return new Derived(out.build(n), errors);
  }
}
