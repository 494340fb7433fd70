package io.github.kaohe.eval;

import io.github.kaohe.model.Condition;
import io.github.kaohe.model.Fact;
import io.github.kaohe.model.FactType;
import io.github.kaohe.model.Operand;
import io.github.kaohe.model.Rule;
import io.github.kaohe.model.TableInput;
import io.github.kaohe.model.Timing;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A row's conditions in Chinese, with the values an official reads: each input by the name of the
 * fact it reads, booleans as 是/否, enumeration values by their names (二星级), "in each of the last
 * 3 periods" as （最近 3 期均如此）: {@code 全省十强 (是) = 是（最近 3 期均如此）}, not
 * {@code strong (true) = true in each of the last 3 periods}.
 */
final class ConditionWords {
  private final List<TableInput> inputs;
  private final Map<String, Fact> facts;

  ConditionWords(List<TableInput> inputs, Map<String, Fact> facts) {
    this.inputs = inputs;
    this.facts = facts;
  }

  String describe(Rule row, Map<String, String> shown) {
    return row.when().entrySet().stream()
        .map(e -> name(e.getKey()) + " (" + value(e.getKey(), shown.getOrDefault(e.getKey(), "?")) + ") "
            + condition(e.getKey(), e.getValue(), shown))
        .collect(Collectors.joining("，"));
  }

  private String condition(String input, Condition c, Map<String, String> shown) {
    if (c instanceof Condition.Compare cmp) {
      return cmp.op().symbol() + " " + operand(input, cmp.operand(), shown);
    }
    if (c instanceof Condition.Between b) {
      return "∈ [" + operand(input, b.low(), shown) + ", " + operand(input, b.high(), shown) + "]";
    }
    if (c instanceof Condition.In in) {
      return "∈ [" + in.operands().stream().map(o -> operand(input, o, shown)).collect(Collectors.joining("、")) + "]";
    }
    if (c instanceof Condition.EachOfLast each) {
      return condition(input, each.condition(), shown) + "（最近 " + each.periods() + " 期均如此）";
    }
    return "任意";
  }

  private String operand(String input, Operand o, Map<String, String> shown) {
    if (o instanceof Operand.Word w) {
      return value(input, w.text());
    }
    if (o instanceof Operand.Input in) {
      return name(in.input()) + " (" + value(in.input(), shown.getOrDefault(in.input(), "?")) + ")";
    }
    return o.toString();
  }

  /** The fact the input reads, by its Chinese name; the input's id when it reads no fact. */
  private String name(String input) {
    Fact f = fact(input);
    if (f != null) {
      return f.name().zh();
    }
    String of = inputs.stream().filter(i -> i.id().equals(input)).findFirst().map(TableInput::of).orElse("");
    return switch (of) {
      case "result.place" -> "名次";
      case "result.total" -> "总分";
      default -> input;
    };
  }

  /** A value as written in the data, in words: 是/否, 二星级; numbers as they are. */
  private String value(String input, String written) {
    Fact f = fact(input);
    if (f != null && f.type() == FactType.ENUMERATION && f.values().contains(written)) {
      return f.valueName(written).zh();
    }
    if ((f == null || f.type() == FactType.BOOLEAN) && (written.equals("true") || written.equals("false"))) {
      return written.equals("true") ? "是" : "否";
    }
    return written;
  }

  private @org.jspecify.annotations.Nullable Fact fact(String input) {
    return inputs.stream().filter(i -> i.id().equals(input) && i.timing() != Timing.CHANGE).findFirst()
        .map(i -> facts.get(i.of())).orElse(null);
  }
}
