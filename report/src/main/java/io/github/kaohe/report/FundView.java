package io.github.kaohe.report;

import io.github.kaohe.eval.FundResult;
import io.github.kaohe.eval.Funds;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The policy's funds as the reports show them: each year's check, and what each scheme paid from it. */
final class FundView {
  static final Label FUNDS = Label.of("奖励资金", "Funds");
  static final Label YEAR = Label.of("年度", "Year");
  static final Label PAID = Label.of("奖励合计", "Rewards paid");
  static final Label HOLDS = Label.of("资金额度", "The fund holds");
  static final Label LEFT = Label.of("结余", "Left");
  static final Label GROWTH = Label.of("需年均增长", "Growth needed a year");
  static final Label PARTS = Label.of("各考核的奖励", "Rewards by assessment");

  private FundView() {}

  /** Every fund in every year of the report, fund by fund. */
  static List<FundResult> of(Report report) {
    List<SchemeResult> all = report.schemes().stream().flatMap(s -> s.results().stream()).toList();
    return Funds.check(report.policy(), all);
  }

  /** What the fund holds: the amount, or at least it ({@code ≥ 2000}) when it has grown by a rate not given. */
  static String holds(FundResult f) {
    return (f.exact() ? "" : "≥ ") + plain(f.amount());
  }

  /** What is left, or at least that when the fund grew; empty when more was paid than it held. */
  static String left(FundResult f) {
    if (f.margin().signum() < 0) {
      return f.exact() ? "−" + plain(f.margin().negate()) : "";
    }
    return (f.exact() ? "" : "≥ ") + plain(f.margin());
  }

  static String plain(BigDecimal d) {
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }

  /** Per scheme: its sum, then each entity's, e.g. 产业集聚区发展考核 800 万元：汴西产业集聚区 300 万元、…. */
  static List<String> bySchemes(FundResult f, Language lang) {
    boolean zh = lang == Language.ZH;
    Map<String, Map<String, BigDecimal>> sums = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (FundResult.Part p : f.parts()) {
      names.put(p.scheme(), p.schemeName().in(lang));
      sums.computeIfAbsent(p.scheme(), k -> new LinkedHashMap<>()).merge(p.entityName().in(lang), p.amount(),
          BigDecimal::add);
    }
    String unit = " " + f.unit();
    List<String> lines = new ArrayList<>();
    sums.forEach((scheme, entities) -> {
      List<String> each = new ArrayList<>();
      entities.forEach((name, amount) -> each.add(name + " " + plain(amount) + unit));
      lines.add(names.get(scheme) + " " + plain(f.paidBy(scheme)) + unit + (zh ? "：" : ": ")
          + String.join(zh ? "、" : ", ", each));
    });
    return lines;
  }

  /** The badge class of a status: within green, over red, needs growth amber, incomplete grey. */
  static String css(FundResult.Status status) {
    return switch (status) {
      case WITHIN -> "st-achieved";
      case OVER -> "st-missed";
      case NEEDS_GROWTH -> "st-behind";
      case INCOMPLETE -> "st-pending";
    };
  }
}
