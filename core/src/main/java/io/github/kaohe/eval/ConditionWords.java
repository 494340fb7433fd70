package io.github.kaohe.eval;

import io.github.kaohe.data.Period;
import io.github.kaohe.model.Condition;
import io.github.kaohe.model.Fact;
import io.github.kaohe.model.FactType;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Operand;
import io.github.kaohe.model.Rule;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.TableInput;
import io.github.kaohe.model.Timing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A row's conditions in words, with the values an official reads: each input by the name of the
 * fact, measure or indicator it reads (a change as 较上年变化, the year before as 上年…), booleans as
 * 是/否, enumeration values by their names (二星级), and "in each of the last 3 periods" with the
 * value of each of those periods: {@code 全省十强 (是) = 是（2016年 是、2015年 是、2014年 是：最近 3 期均如此）},
 * not {@code strong (true) = true in each of the last 3 periods}.
 */
final class ConditionWords {
  private final List<TableInput> inputs;
  private final Map<String, Fact> facts;
  private final @Nullable Scheme scheme;

  ConditionWords(List<TableInput> inputs, Map<String, Fact> facts, @Nullable Scheme scheme) {
    this.inputs = inputs;
    this.facts = facts;
    this.scheme = scheme;
  }

  /**
   * The row's conditions; {@code at} gives an input's value as shown in an earlier period (for
   * conditions that hold in each of the last periods).
   */
  String describe(Rule row, Map<String, String> shown, Period period, BiFunction<String, Period, String> at, Language lang) {
    boolean zh = lang == Language.ZH;
    return row.when().entrySet().stream()
        .map(e -> name(e.getKey(), lang) + " (" + value(e.getKey(), at.apply(e.getKey(), period), lang) + ") "
            + condition(e.getKey(), e.getValue(), shown, period, at, lang))
        .collect(Collectors.joining(zh ? "，" : ", "));
  }

  private String condition(
      String input, Condition c, Map<String, String> shown, Period period, BiFunction<String, Period, String> at, Language lang) {
    boolean zh = lang == Language.ZH;
    if (c instanceof Condition.Compare cmp) {
      return cmp.op().symbol() + " " + operand(input, cmp.operand(), shown, lang);
    }
    if (c instanceof Condition.Between b) {
      return "∈ [" + operand(input, b.low(), shown, lang) + ", " + operand(input, b.high(), shown, lang) + "]";
    }
    if (c instanceof Condition.In in) {
      return "∈ [" + in.operands().stream().map(o -> operand(input, o, shown, lang))
          .collect(Collectors.joining(zh ? "、" : ", ")) + "]";
    }
    if (c instanceof Condition.EachOfLast each) {
      // each period the rule read, the latest first: the years behind "two years running"
      List<String> years = new ArrayList<>();
      Period p = period;
      for (int k = 0; k < each.periods(); k++) {
        String v = at.apply(input, p);
        years.add(periodName(p, lang) + " " + value(input, v, lang));
        p = p.previous();
      }
      return condition(input, each.condition(), shown, period, at, lang)
          + (zh ? "（" + String.join("、", years) + "：最近 " + each.periods() + " 期均如此）"
              : " (" + String.join(", ", years) + ": in each of the last " + each.periods() + " periods)");
    }
    return zh ? "任意" : "any";
  }

  private static String periodName(Period p, Language lang) {
    if (lang == Language.ZH) {
      return p.isYear() ? p + "年" : p.year() + "年第" + p.quarter() + "季度";
    }
    return p.toString();
  }

  private String operand(String input, Operand o, Map<String, String> shown, Language lang) {
    if (o instanceof Operand.Word w) {
      return value(input, w.text(), lang);
    }
    if (o instanceof Operand.Input in) {
      return name(in.input(), lang) + " (" + value(in.input(), shown.getOrDefault(in.input(), "?"), lang) + ")";
    }
    return o.toString();
  }

  /**
   * The input by the name of what it reads (a fact, a measure, an indicator, a result), with its
   * timing in words; its id only when the policy names nothing it reads.
   */
  String name(String input, Language lang) {
    boolean zh = lang == Language.ZH;
    TableInput in = inputs.stream().filter(i -> i.id().equals(input)).findFirst().orElse(null);
    if (in == null) {
      return input;
    }
    String base = switch (in.of()) {
      case "result.place" -> zh ? "名次" : "place";
      case "result.total" -> zh ? "总分" : "total";
      case "result.base" -> zh ? "基础分" : "base points";
      case "result.adjustments" -> zh ? "加减分" : "adjustments";
      default -> named(in.of()).map(l -> l.in(lang)).orElse(input);
    };
    return switch (in.timing()) {
      case CURRENT -> base;
      case PREVIOUS -> zh ? "上年" + base : base + " the period before";
      case CHANGE -> zh ? base + "较上年变化" : "change in " + base + " from the period before";
    };
  }

  /** The input's name in both languages. */
  Label label(String input) {
    return Label.of(name(input, Language.ZH), name(input, Language.EN));
  }

  private java.util.Optional<Label> named(String of) {
    Fact f = facts.get(of);
    if (f != null) {
      return java.util.Optional.of(f.name());
    }
    if (scheme == null) {
      return java.util.Optional.empty();
    }
    var measure = scheme.rules().measures().stream().filter(m -> m.id().equals(of)).findFirst();
    if (measure.isPresent()) {
      return java.util.Optional.of(measure.get().name());
    }
    if (of.startsWith("result.place.")) {
      // the place within a group: 县区内名次, not the input's id
      Label group = scheme.attributeName(of.substring("result.place.".length()));
      return java.util.Optional.of(Label.of(group.zh() + "内名次", "place within " + group.en()));
    }
    if (of.startsWith("result.points.")) {
      String id = of.substring("result.points.".length());
      var category = scheme.findCategory(id);
      if (category.isPresent()) {
        return java.util.Optional.of(Label.of(category.get().name().zh() + "得分", "points for " + category.get().name().en()));
      }
      return scheme.findIndicator(id).map(i -> Label.of(i.name().zh() + "得分", "points for " + i.name().en()));
    }
    var item = scheme.adjustmentItems().stream().filter(a -> a.id().equals(of)).findFirst();
    if (item.isPresent()) {
      return java.util.Optional.of(item.get().name());
    }
    return scheme.findIndicator(of).map(i -> i.name());
  }

  /** A value as written in the data, in words: 是/否, 二星级; numbers as they are. */
  private String value(String input, String written, Language lang) {
    Fact f = fact(input);
    if (f != null && f.type() == FactType.ENUMERATION && f.values().contains(written)) {
      return f.valueName(written).in(lang);
    }
    if ((f == null || f.type() == FactType.BOOLEAN) && (written.equals("true") || written.equals("false"))) {
      boolean yes = written.equals("true");
      return lang == Language.ZH ? (yes ? "是" : "否") : (yes ? "yes" : "no");
    }
    // a change comes with the two values it is the difference of: 3（68 → 71）
    return lang == Language.ZH ? written : written.replace("（", " (").replace("）", ")");
  }

  private @Nullable Fact fact(String input) {
    return inputs.stream().filter(i -> i.id().equals(input) && i.timing() != Timing.CHANGE).findFirst()
        .map(i -> facts.get(i.of())).orElse(null);
  }
}
