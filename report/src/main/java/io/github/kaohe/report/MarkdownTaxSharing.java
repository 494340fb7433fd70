package io.github.kaohe.report;

import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.eval.TaxShareResult;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.TaxParty;
import io.github.kaohe.model.TaxSharing;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tax sharing in the Markdown report: per rule, a table of each firm's taxes and every party's
 * share, exact as computed; then what each government or zone receives in all.
 */
final class MarkdownTaxSharing {
  private MarkdownTaxSharing() {}

  static void write(StringBuilder s, SchemeResult result, Language lang) {
    List<TaxSharing> rules = result.scheme().rules().taxSharing();
    if (rules.isEmpty()) {
      return;
    }
    boolean zh = lang == Language.ZH;
    s.append("### ").append(Labels.TAX_SHARING.in(lang)).append("\n\n");
    for (TaxSharing rule : rules) {
      s.append(Labels.split(rule).in(lang)).append("\n\n");
      List<RegisterView.Row> rows = RegisterView.shares(result, rule.id());
      if (rows.isEmpty()) {
        s.append(zh ? "本期无分成。" : "Nothing was shared in this period.").append("\n\n");
        continue;
      }
      Markdown table = Markdown.table(Labels.FIRM.in(lang), Labels.TAX.in(lang)).column(Labels.PAID.in(lang), true);
      for (TaxParty p : rule.parties()) {
        table.column(p.name().in(lang) + (zh ? "：" : ": ") + Labels.RECIPIENT.in(lang), false)
            .column(p.name().in(lang) + (zh ? "：" : ": ") + Labels.AMOUNT.in(lang), true);
      }
      for (RegisterView.Row row : rows) {
        TaxShareResult tax = row.tax();
        List<String> cells = new ArrayList<>(List.of(row.entity().entity().name().in(lang), tax.taxName().in(lang),
            tax.amount().toPlainString()));
        for (TaxParty p : rule.parties()) {
          TaxShareResult.Share share = tax.shares().stream().filter(x -> x.party().equals(p.id())).findFirst().orElse(null);
          cells.add(share == null ? "" : share.recipient());
          cells.add(share == null ? "" : share.amount().toPlainString());
        }
        table.row(cells);
      }
      table.appendTo(s);
    }
    List<EntityResult> unshared = RegisterView.unshared(result);
    if (!unshared.isEmpty()) {
      s.append(zh ? "本期未分成（不适用）：" : "Nothing shared in this period (does not apply): ")
          .append(unshared.stream().map(e -> e.entity().name().in(lang)).collect(Collectors.joining(zh ? "、" : ", ")))
          .append("\n\n");
    }
    Map<String, Map<String, BigDecimal>> totals = result.taxTotals();
    if (totals.isEmpty()) {
      return;
    }
    Map<String, Label> taxes = RegisterView.taxes(result);
    s.append("#### ").append(zh ? "各地分成合计" : "What each government and zone receives").append("\n\n");
    Markdown table = Markdown.table(Labels.RECIPIENT.in(lang));
    taxes.values().forEach(t -> table.column(t.in(lang), true));
    table.column(Labels.SUM.in(lang), true);
    for (Map.Entry<String, Map<String, BigDecimal>> recipient : totals.entrySet()) {
      List<String> cells = new ArrayList<>(List.of(recipient.getKey()));
      for (String tax : taxes.keySet()) {
        BigDecimal amount = recipient.getValue().get(tax);
        cells.add(amount == null ? "" : amount.toPlainString());
      }
      cells.add("**" + RegisterView.total(recipient.getValue()).toPlainString() + "**");
      table.row(cells);
    }
    table.appendTo(s);
  }
}
