package io.github.kaohe.model;

import java.util.ArrayList;
import java.util.List;

/** Walks conditions. */
final class Conditions {
  private Conditions() {}

  /** The inputs a condition compares with (not the input it is on). */
  static List<String> inputsUsed(Condition c) {
    List<Operand> operands = new ArrayList<>();
    collect(c, operands);
    List<String> inputs = new ArrayList<>();
    for (Operand o : operands) {
      if (o instanceof Operand.Input i) {
        inputs.add(i.input());
      }
    }
    return inputs;
  }

  private static void collect(Condition c, List<Operand> out) {
    if (c instanceof Condition.Compare cmp) {
      out.add(cmp.operand());
    } else if (c instanceof Condition.Between b) {
      out.add(b.low());
      out.add(b.high());
    } else if (c instanceof Condition.In in) {
      out.addAll(in.operands());
    } else if (c instanceof Condition.EachOfLast e) {
      collect(e.condition(), out);
    }
  }
}
