package io.github.kaohe.cli;

import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Classification;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Language;
import io.github.kaohe.report.RegisterView;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A register (projects, firms: a scheme that scores nothing) in brief: how many entries it has in
 * the period, how many fall in each class, and, under tax sharing, what each government or zone
 * receives in all. {@code kaohe explain} and the reports give every entry.
 */
final class RegisterSummary {
  private RegisterSummary() {}

  static String render(SchemeResult result, Language lang) {
    boolean zh = lang == Language.ZH;
    StringBuilder s = new StringBuilder();
    s.append(result.scheme().name().zh()).append(" · ").append(result.scheme().name().en()).append(" · ")
        .append(result.period()).append('\n');
    s.append(zh ? "  共 " + result.entities().size() + " 项\n" : "  " + result.entities().size() + " entries\n");
    for (Classification c : result.scheme().rules().classifications()) {
      String counts = RegisterView.counts(result, c).stream()
          .map(n -> n.tier().name().in(lang) + " " + n.count())
          .collect(Collectors.joining(zh ? "，" : ", "));
      s.append("  ").append(c.name().in(lang)).append(zh ? "：" : ": ").append(counts).append('\n');
    }
    s.append(taxTotals(result, lang));
    return s.toString();
  }

  private static String taxTotals(SchemeResult result, Language lang) {
    if (result.scheme().rules().taxSharing().isEmpty()) {
      return "";
    }
    boolean zh = lang == Language.ZH;
    Map<String, Map<String, BigDecimal>> totals = result.taxTotals();
    StringBuilder s = new StringBuilder(zh ? "  分成合计：\n" : "  Shares in all:\n");
    if (totals.isEmpty()) {
      s.append(zh ? "    （本期无分成）\n" : "    (nothing shared this period)\n");
    }
    Map<String, Label> taxNames = RegisterView.taxes(result);
    for (Map.Entry<String, Map<String, BigDecimal>> recipient : totals.entrySet()) {
      String parts = recipient.getValue().entrySet().stream()
          .map(tax -> taxNames.getOrDefault(tax.getKey(), Label.of(tax.getKey(), tax.getKey())).in(lang) + " "
              + Amounts.format(tax.getValue()))
          .collect(Collectors.joining(zh ? "，" : ", "));
      s.append("    ").append(recipient.getKey()).append(zh ? "：" : ": ")
          .append(Amounts.format(RegisterView.total(recipient.getValue())))
          .append(zh ? "（" : " (").append(parts).append(zh ? "）\n" : ")\n");
    }
    return s.toString();
  }
}
