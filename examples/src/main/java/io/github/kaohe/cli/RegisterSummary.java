package io.github.kaohe.cli;

import io.github.kaohe.eval.ClassResult;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Classification;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Label;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

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
      s.append("  ").append(c.name().in(lang)).append(zh ? "：" : ": ").append(classCounts(result, c, lang)).append('\n');
    }
    s.append(taxTotals(result, zh));
    return s.toString();
  }

  private static String classCounts(SchemeResult result, Classification c, Language lang) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, Label> names = new LinkedHashMap<>();
    c.tiers().forEach(t -> names.put(t.id(), t.name()));
    names.put(c.unclassed().id(), c.unclassed().name());
    names.keySet().forEach(id -> counts.put(id, 0));
    for (EntityResult e : result.entities()) {
      ClassResult r = e.classes().get(c.id());
      if (r != null) {
        counts.merge(r.tier(), 1, Integer::sum);
      }
    }
    StringBuilder s = new StringBuilder();
    boolean zh = lang == Language.ZH;
    for (Map.Entry<String, Integer> n : counts.entrySet()) {
      if (n.getValue() == 0 && n.getKey().equals(c.unclassed().id())) {
        continue; // nothing unclassed: not worth a word
      }
      if (s.length() > 0) {
        s.append(zh ? "，" : ", ");
      }
      s.append(names.get(n.getKey()).in(lang)).append(' ').append(n.getValue());
    }
    return s.toString();
  }

  private static String taxTotals(SchemeResult result, boolean zh) {
    if (result.scheme().rules().taxSharing().isEmpty()) {
      return "";
    }
    Map<String, Map<String, BigDecimal>> totals = result.taxTotals();
    StringBuilder s = new StringBuilder(zh ? "  分成合计：\n" : "  Shares in all:\n");
    if (totals.isEmpty()) {
      s.append(zh ? "    （本期无分成）\n" : "    (nothing shared this period)\n");
    }
    Map<String, Label> taxNames = new LinkedHashMap<>();
    result.entities().forEach(e -> e.taxShares().forEach(t -> taxNames.putIfAbsent(t.tax(), t.taxName())));
    Language lang = zh ? Language.ZH : Language.EN;
    for (Map.Entry<String, Map<String, BigDecimal>> recipient : totals.entrySet()) {
      BigDecimal all = recipient.getValue().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      s.append("    ").append(recipient.getKey()).append(zh ? "：" : ": ").append(all.toPlainString());
      StringBuilder parts = new StringBuilder();
      for (Map.Entry<String, BigDecimal> tax : recipient.getValue().entrySet()) {
        if (parts.length() > 0) {
          parts.append(zh ? "，" : ", ");
        }
        Label name = taxNames.getOrDefault(tax.getKey(), Label.of(tax.getKey(), tax.getKey()));
        parts.append(name.in(lang)).append(' ').append(tax.getValue().toPlainString());
      }
      s.append(zh ? "（" : " (").append(parts).append(zh ? "）\n" : ")\n");
    }
    return s.toString();
  }
}
