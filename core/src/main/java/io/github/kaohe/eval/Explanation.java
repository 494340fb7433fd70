package io.github.kaohe.eval;

import io.github.kaohe.data.Period;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Measure;
import io.github.kaohe.model.Scheme;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders an entity's result as text a person can check by hand: every indicator's raw value,
 * the rule that scored it and the computation with its numbers, every category's sum, every
 * adjustment, the total and the place. In Chinese or in English.
 */
public final class Explanation {
  /** How many indicators the line of reasons names in each of its parts. */
  private static final int REASONS_SHOWN = 3;

  private Explanation() {}

  /** The explanation of one entity's result. */
  public static String of(SchemeResult result, EntityResult entity, Language lang) {
    return of(result.scheme(), result.period(), entity, result.ranked().size(), ReasonCodes.of(result, entity),
        result.notes(), lang);
  }

  /**
   * The explanation of an entity evaluated in parts ({@link PartEvaluator}): its result with the
   * place it has in the whole population, how many entities are ranked there, and the entity
   * listed just above it, if any, to say what separates the two.
   */
  public static String of(
      Scheme scheme, Period period, EntityResult entity, long ranked, Optional<EntityResult> above, Language lang) {
    return of(scheme, period, entity, ranked, ReasonCodes.of(entity, above), List.of(), lang);
  }

  private static String of(
      Scheme scheme, Period period, EntityResult entity, long ranked, ReasonCodes reasons, List<String> notes,
      Language lang) {
    boolean zh = lang == Language.ZH;
    StringBuilder s = new StringBuilder();
    s.append(entity.entity().name().in(lang)).append(" · ").append(scheme.name().in(lang))
        .append(" · ").append(period).append('\n');
    if (!scheme.scored()) {
      // A register (projects, firms): nothing is scored or ranked; its classes, checks and shares follow.
      s.append(zh ? "登记项：不评分，不排序" : "Register entry: neither scored nor ranked").append('\n');
    } else {
      placeAndTotal(s, scheme, entity, ranked, lang);
      s.append(zh ? "名次原因：" : "Reasons for the place: ")
          .append(reasons.describe(lang, REASONS_SHOWN)).append('\n');
    }
    for (CategoryResult c : entity.categories()) {
      category(s, c, lang, 1);
    }
    for (AdjustmentResult layer : entity.layers()) {
      s.append(zh ? "加减分 " : "Adjustment ").append(layer.layer().name().in(lang)).append(": ")
          .append(layer.points().toPlainString());
      layer.layer().cap().ifPresent(
          cap -> s.append(zh ? "（上限 " : " (cap ").append(cap.toPlainString())
              .append(layer.capped() ? (zh ? "，已封顶）" : ", reached)") : (zh ? "）" : ")")));
      s.append('\n');
      for (AdjustmentResult.Item item : layer.items()) {
        if (item.count().signum() == 0) {
          continue;
        }
        s.append("  ").append(item.item().name().in(lang)).append(": ")
            .append(item.count().toPlainString()).append(" × ").append(item.item().pointsPerUnit().toPlainString())
            .append(" = ").append(item.points().toPlainString());
        if (item.capped()) {
          s.append(zh ? "（已封顶）" : " (capped)");
        }
        s.append('\n');
      }
    }
    if (!entity.measures().isEmpty()) {
      s.append(zh ? "派生指标：" : "Measures: ");
      boolean first = true;
      for (Map.Entry<String, BigDecimal> m : entity.measures().entrySet()) {
        s.append(first ? "" : zh ? "；" : "; ");
        first = false;
        Optional<Measure> measure = scheme.rules().measures().stream()
            .filter(x -> x.id().equals(m.getKey())).findFirst();
        String name = measure.map(x -> x.name().in(lang)).orElse(m.getKey());
        s.append(name).append(" = ").append(shown(m.getValue(), measure));
      }
      s.append('\n');
    }
    for (ClassResult c : entity.classes().values()) {
      s.append(zh ? "分类：" : "Class: ").append(c.name().in(lang)).append(zh ? "" : " (" + c.tier() + ")")
          .append(zh ? "，" : ", ").append(c.reason().in(lang)).append('\n');
    }
    for (OutcomeResult o : entity.outcomes()) {
      s.append(outcome(o, lang)).append('\n');
    }
    for (CheckResult c : entity.checks()) {
      s.append(check(scheme, c, lang)).append('\n');
    }
    for (TaxShareResult t : entity.taxShares()) {
      s.append(zh ? "税收分成 " : "Tax shared ").append(t.taxName().in(lang)).append(' ')
          .append(t.amount().toPlainString()).append(": ");
      for (int i = 0; i < t.shares().size(); i++) {
        TaxShareResult.Share sh = t.shares().get(i);
        s.append(i == 0 ? "" : zh ? "，" : ", ").append(sh.partyName().in(lang)).append(" ").append(sh.recipient())
            .append(' ').append(sh.amount().toPlainString());
        if (sh.remainder()) {
          s.append(zh ? "（含尾差）" : " (takes the remainder)");
        }
      }
      s.append('\n');
    }
    for (String note : notes) {
      s.append(zh ? "说明：" : "Note: ").append(note).append('\n');
    }
    return s.toString();
  }

  /** One outcome in a line: status, what, how much, from which table and row, and why. */
  public static String outcome(OutcomeResult o, Language lang) {
    boolean zh = lang == Language.ZH;
    String status = switch (o.status()) {
      case GIVEN -> zh ? "【给予】" : "[given] ";
      case SUPPRESSED -> zh ? "【不重复】" : "[suppressed] ";
      case WITHHELD -> zh ? "【取消】" : "[withheld] ";
      case NOT_EVALUABLE -> zh ? "【无法判定】" : "[not evaluable] ";
    };
    String amount = o.amount().map(a -> " " + a.toPlainString() + " " + o.unit()).orElse("")
        + o.payee().map(p -> zh ? "，奖给" + p.zh() : ", to " + p.en()).orElse("");
    return status + o.label().in(lang) + amount + (zh ? "（" : " (") + o.tableName().in(lang)
        + (zh ? "" : ", " + o.rowShown().en()) + (zh ? "）：" : "): ") + o.reason().in(lang)
        + o.source().map(src -> zh ? "〔依据 " + src + "〕" : " [source " + src + "]").orElse("");
  }

  /** A check as {@link #check(CheckResult, Language)} writes it, its values named as the policy names them. */
  private static String check(Scheme scheme, CheckResult c, Language lang) {
    boolean zh = lang == Language.ZH;
    String inputs = CheckInputNames.render(scheme, c, lang);
    return bracketed(c.status().label(), lang) + c.name().in(lang) + (zh ? "：" : ": ") + c.message().in(lang)
        + (inputs.isEmpty() ? "" : zh ? "（" + inputs + "）" : " (" + inputs + ")")
        + c.source().map(src -> zh ? "〔依据 " + src + "〕" : " [source " + src + "]").orElse("");
  }

  /**
   * The values a check read, named as the policy names what they read, with their units and
   * booleans as 是/否: {@code 单独供地 = 是，项目总投资（万元） = 9000}, not {@code separate = true, investment = 9000}.
   */
  public static String checkValues(Scheme scheme, CheckResult check, Language lang) {
    return CheckInputNames.render(scheme, check, lang);
  }

  /** One check in a line: status, name, and the message or reason. */
  public static String check(CheckResult c, Language lang) {
    boolean zh = lang == Language.ZH;
    String status = bracketed(c.status().label(), lang);
    String inputs = c.inputs().entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
        .reduce((a, b) -> a + ", " + b).orElse("");
    return status + c.name().in(lang) + (zh ? "：" : ": ") + c.message().in(lang) + (inputs.isEmpty() ? "" : " (" + inputs + ")")
        + c.source().map(src -> zh ? "〔依据 " + src + "〕" : " [source " + src + "]").orElse("");
  }

  /** One target in a line: status, name, the entity if any, and the reason. */
  public static String target(TargetResult t, Language lang) {
    boolean zh = lang == Language.ZH;
    String status = bracketed(t.status().label(), lang);
    String who = t.entityName().map(n -> n.in(lang) + (zh ? "：" : ": ")).orElse("");
    String extra = t.attainment().map(a -> (zh ? "，完成 " : ", ") + a.toPlainString() + "%" + (zh ? "" : " of target")).orElse("")
        + t.requiredGrowth().map(g -> (zh ? "，尚需年均增长 " : ", needs ") + g.toPlainString() + "%" + (zh ? "" : " a year")).orElse("");
    return status + who + t.name().in(lang) + (zh ? "——" : " — ") + t.reason().in(lang) + extra
        + t.source().map(src -> zh ? "〔依据 " + src + "〕" : " [source " + src + "]").orElse("");
  }

  /** A status as the explanation opens its line: 【符合】 or [passed]. */
  private static String bracketed(Label status, Language lang) {
    return lang == Language.ZH ? "【" + status.zh() + "】" : "[" + status.en() + "] ";
  }

  private static void placeAndTotal(StringBuilder s, Scheme scheme, EntityResult entity, long n, Language lang) {
    boolean zh = lang == Language.ZH;
    if (entity.place().isPresent()) {
      s.append(zh ? "名次：第 " + entity.place().getAsInt() + " 名（共 " + n + " 个）"
              : "Place: " + entity.place().getAsInt() + " of " + n);
    } else {
      s.append(zh ? "名次：只参与考核，不参与排序" : "Place: assessed, but takes no place");
    }
    for (Map.Entry<String, Integer> g : entity.groupPlaces().entrySet()) {
      String value = entity.attributes().get(g.getKey());
      Label group = scheme.attributeName(g.getKey());
      s.append(zh ? "；" + group.zh() + "「" + value + "」内第 " + g.getValue() + " 名"
              : "; place " + g.getValue() + " within " + group.en() + " " + value);
    }
    s.append('\n');
    s.append(zh ? "总分 " : "Total ").append(entity.total().toPlainString())
        .append(" = ").append(zh ? "基础分 " : "base ").append(entity.base().toPlainString())
        .append(adjustmentSign(entity.adjustments())).append(zh ? " 加减分" : " adjustments").append('\n');
  }

  private static String adjustmentSign(BigDecimal adjustments) {
    return adjustments.signum() < 0
        ? " - " + adjustments.negate().toPlainString()
        : " + " + adjustments.toPlainString();
  }

  private static void category(StringBuilder s, CategoryResult c, Language lang, int depth) {
    boolean zh = lang == Language.ZH;
    indent(s, depth - 1);
    s.append(c.category().name().in(lang)).append(" (").append(c.category().weight().toPlainString())
        .append(zh ? " 分): " : "): ").append(c.formula()).append('\n');
    for (CategoryResult sub : c.categories()) {
      category(s, sub, lang, depth + 1);
    }
    for (IndicatorResult i : c.indicators()) {
      indicator(s, i, lang, depth);
    }
  }

  private static void indicator(StringBuilder s, IndicatorResult r, Language lang, int depth) {
    boolean zh = lang == Language.ZH;
    Indicator ind = r.indicator();
    indent(s, depth);
    s.append(ind.name().in(lang)).append(" (").append(ind.weight().toPlainString()).append(zh ? " 分" : "")
        .append(")").append(zh ? "：值 " : ": value ")
        .append(r.value().map(v -> ind.method() instanceof io.github.kaohe.model.PlacePoints
                // a place as the text writes it: 第50位
                ? (zh ? "第" + v.toPlainString() + "位" : "place " + v.toPlainString())
                : v.toPlainString() + unit(ind))
            .orElse(zh ? "缺失" : "missing"))
        .append(zh ? "；" : "; ").append(withUnit(r.rule().in(lang), ind)).append(zh ? "：" : ": ").append(r.formula());
    ind.source().ifPresent(src -> s.append(zh ? "〔依据 " : " [source ").append(src).append(zh ? "〕" : "]"));
    s.append('\n');
  }

  /**
   * A measure's value with its unit, in the unit the text uses (578850 万元 as 57.885亿元); to four
   * decimals, as a person reads it.
   */
  private static String shown(BigDecimal value, Optional<Measure> measure) {
    if (measure.isEmpty()) {
      return Numbers.approx(value);
    }
    Measure m = measure.get();
    BigDecimal x = m.display().isPresent() ? value : new BigDecimal(Numbers.approx(value));
    return ShownValues.withUnit(x, m.unit(), m.display());
  }

  /** The best value a rule names, with the indicator's unit: （最高值 2476800 万元）. */
  private static String withUnit(String rule, Indicator ind) {
    if (ind.unit().isEmpty()) {
      return rule;
    }
    return rule.replaceAll("(最高值 |最低值 |highest: |lowest: )(-?[0-9.]+)(?=[）)])",
        "$1$2" + java.util.regex.Matcher.quoteReplacement(unit(ind)));
  }

  private static String unit(Indicator ind) {
    if (ind.unit().isEmpty()) {
      return "";
    }
    return ind.unit().equals("%") ? "%" : " " + ind.unit();
  }

  private static void indent(StringBuilder s, int depth) {
    s.append("  ".repeat(Math.max(0, depth)));
  }

  /** The explanations of every entity of the result, separated by blank lines. */
  public static String all(SchemeResult result, Language lang) {
    StringBuilder s = new StringBuilder();
    List<EntityResult> entities = result.entities();
    for (int i = 0; i < entities.size(); i++) {
      if (i > 0) {
        s.append('\n');
      }
      s.append(of(result, entities.get(i), lang));
    }
    return s.toString();
  }
}
