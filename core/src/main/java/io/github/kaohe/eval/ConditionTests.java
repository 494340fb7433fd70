package io.github.kaohe.eval;

import io.github.kaohe.data.Period;
import io.github.kaohe.model.Condition;
import io.github.kaohe.model.Fact;
import io.github.kaohe.model.FactType;
import io.github.kaohe.model.FactValues;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Operand;
import io.github.kaohe.model.RuleTable;
import io.github.kaohe.model.TableInput;
import io.github.kaohe.model.Timing;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Evaluates the conditions of one table's rows (or one check's) for one entity. */
final class ConditionTests {
  private final java.util.List<TableInput> inputs;
  private final Values values;
  private final Map<String, Fact> facts;

  ConditionTests(RuleTable table, Values values, Map<String, Fact> facts) {
    this(table.inputs(), values, facts);
  }

  ConditionTests(java.util.List<TableInput> inputs, Values values, Map<String, Fact> facts) {
    this.inputs = inputs;
    this.values = values;
    this.facts = facts;
  }

  private TableInput input(String id) {
    return inputs.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  /** Whether the condition on input {@code inputId} holds for the entity in the period. */
  Truth test(String inputId, Condition c, String entity, Period period) {
    if (c instanceof Condition.Any) {
      return Truth.TRUE;
    }
    if (c instanceof Condition.EachOfLast e) {
      Truth all = Truth.TRUE;
      Period p = period;
      for (int k = 0; k < e.periods(); k++) {
        Truth t = test(inputId, e.condition(), entity, p);
        if (t.isFalse()) {
          return Truth.FALSE;
        }
        all = all.and(t);
        p = p.previous();
      }
      return all;
    }
    TableInput input = input(inputId);
    Value v = values.input(input, entity, period);
    if (v.none()) {
      return Truth.FALSE; // e.g. a place-based row for an entity that takes no place
    }
    if (!v.present()) {
      // the name of the fact or measure it reads, not the input's id; said once where the input
      // reads the value itself and the reason names it (2016 年无主要负责人任职年限的数据)
      Label name = new ConditionWords(inputs, facts, values.scheme()).label(inputId);
      boolean itself = input.timing() == Timing.CURRENT && values.measure(input.of()) == null
          && v.missing().zh().contains(name.zh()) && v.missing().en().contains(name.en());
      return Truth.unknown(itself ? v.missing()
          : Label.of(name.zh() + "：" + v.missing().zh(), name.en() + ": " + v.missing().en()));
    }
    BigDecimal x = v.number();
    if (c instanceof Condition.Compare cmp) {
      Value o = operand(cmp.operand(), input, entity, period);
      if (!o.present()) {
        return Truth.unknown(o.missing());
      }
      int r = x.compareTo(o.number());
      return Truth.of(
          switch (cmp.op()) {
            case EQ -> r == 0;
            case NE -> r != 0;
            case LT -> r < 0;
            case LE -> r <= 0;
            case GT -> r > 0;
            case GE -> r >= 0;
          });
    }
    if (c instanceof Condition.Between b) {
      Value lo = operand(b.low(), input, entity, period);
      Value hi = operand(b.high(), input, entity, period);
      if (!lo.present()) {
        return Truth.unknown(lo.missing());
      }
      if (!hi.present()) {
        return Truth.unknown(hi.missing());
      }
      return Truth.of(x.compareTo(lo.number()) >= 0 && x.compareTo(hi.number()) <= 0);
    }
    List<Operand> operands = ((Condition.In) c).operands();
    Truth any = Truth.FALSE;
    for (Operand operand : operands) {
      Value o = operand(operand, input, entity, period);
      if (!o.present()) {
        any = Truth.unknown(o.missing());
      } else if (x.compareTo(o.number()) == 0) {
        return Truth.TRUE;
      }
    }
    return any;
  }

  private Value operand(Operand o, TableInput input, String entity, Period period) {
    if (o instanceof Operand.Number n) {
      return Value.of(n.value());
    }
    if (o instanceof Operand.Input i) {
      return values.input(input(i.input()), entity, period);
    }
    Fact f = input.timing() == Timing.CHANGE ? null : facts.get(input.of());
    FactType type = f == null ? FactType.BOOLEAN : f.type();
    return Value.of(FactValues.parse(type, f == null ? List.of() : f.values(), ((Operand.Word) o).text()));
  }

  /** The rows' conditions in words, with the names of what the inputs read and their values' names. */
  ConditionWords words(io.github.kaohe.model.@org.jspecify.annotations.Nullable Scheme scheme) {
    return new ConditionWords(inputs, facts, scheme);
  }

  /**
   * The input's value in the period, as {@link #show} writes it; a change with the two values it is
   * the difference of, the earlier first: {@code 3（47 → 50）}.
   */
  String showAt(String inputId, String entity, Period period) {
    TableInput input = input(inputId);
    String shown = show(input, values.input(input, entity, period));
    var measure = values.measure(input.of());
    if (input.timing() == Timing.CURRENT && measure != null
        && measure.formula() instanceof io.github.kaohe.model.MeasureFormula.Change change) {
      // a measure that is itself a change: the two values it is the difference of
      TableInput of = TableInput.of(input.id(), change.of());
      return shown + "（" + show(of, values.read(change.of(), entity, period.previous())) + " → "
          + show(of, values.read(change.of(), entity, period)) + "）";
    }
    if (input.timing() != Timing.CHANGE) {
      return shown;
    }
    TableInput now = TableInput.of(input.id(), input.of());
    return shown + "（" + show(now, values.read(input.of(), entity, period.previous())) + " → "
        + show(now, values.read(input.of(), entity, period)) + "）";
  }

  /** The input's value as a person reads it: a number, true/false, or an enumeration's value. */
  String show(TableInput input, Value v) {
    if (!v.present()) {
      return "?";
    }
    Fact f = input.timing() == Timing.CHANGE ? null : facts.get(input.of());
    if (f != null) {
      return FactValues.format(f.type(), f.values(), v.number());
    }
    return v.toString();
  }
}
