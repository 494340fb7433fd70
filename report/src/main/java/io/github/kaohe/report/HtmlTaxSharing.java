package io.github.kaohe.report;

import static io.github.kaohe.report.Html.both;
import static io.github.kaohe.report.Html.esc;
import static io.github.kaohe.report.Html.td;
import static io.github.kaohe.report.Html.th;

import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.eval.TaxShareResult;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.TaxParty;
import io.github.kaohe.model.TaxSharing;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tax sharing in the HTML report: per rule, each firm's taxes and every party's share (exact, as
 * computed: the shares add up to the tax), then what each government or zone receives in all.
 */
final class HtmlTaxSharing {
  private HtmlTaxSharing() {}

  static void write(StringBuilder s, SchemeResult result) {
    List<TaxSharing> rules = result.scheme().rules().taxSharing();
    if (rules.isEmpty()) {
      return;
    }
    s.append("<h3>").append(both(Labels.TAX_SHARING)).append("</h3>\n");
    for (TaxSharing rule : rules) {
      rule(s, result, rule, rules.size() > 1);
    }
    List<EntityResult> unshared = RegisterView.unshared(result);
    if (!unshared.isEmpty()) {
      s.append("<p class=\"note\">").append(both("本期未分成（不适用）：", "Nothing shared in this period (does not apply): "))
          .append(unshared.stream().map(e -> both(e.entity().name())).collect(Collectors.joining(both("、", ", "))))
          .append("</p>\n");
    }
    totals(s, result);
  }

  private static void rule(StringBuilder s, SchemeResult result, TaxSharing rule, boolean named) {
    if (named) {
      s.append("<h4>").append(both(rule.name())).append("</h4>\n");
    }
    s.append("<p class=\"note\">").append(both(Labels.split(rule))).append("</p>\n");
    List<RegisterView.Row> rows = RegisterView.shares(result, rule.id());
    if (rows.isEmpty()) {
      s.append(Html.note("本期无分成。", "Nothing was shared in this period."));
      return;
    }
    s.append("<div class=\"wide\"><table class=\"shares\">\n<thead><tr><th rowspan=\"2\">").append(both(Labels.FIRM))
        .append("</th><th rowspan=\"2\">").append(both(Labels.TAX)).append("</th><th rowspan=\"2\" class=\"num\">")
        .append(both(Labels.PAID)).append("</th>");
    for (TaxParty p : rule.parties()) {
      s.append("<th colspan=\"2\" class=\"party\">").append(both(p.name())).append("</th>");
    }
    s.append("</tr>\n<tr>");
    for (int i = 0; i < rule.parties().size(); i++) {
      s.append(th(Labels.RECIPIENT, false)).append(th(Labels.AMOUNT, true));
    }
    s.append("</tr></thead>\n<tbody>\n");
    for (int i = 0; i < rows.size(); i++) {
      RegisterView.Row row = rows.get(i);
      boolean first = i == 0 || !rows.get(i - 1).entity().id().equals(row.entity().id());
      s.append(first ? "<tr class=\"firm\">" : "<tr>");
      if (first) {
        long span = rows.stream().filter(r -> r.entity().id().equals(row.entity().id())).count();
        s.append("<td class=\"name\" rowspan=\"").append(span).append("\">").append(both(row.entity().entity().name()))
            .append("</td>");
      }
      TaxShareResult tax = row.tax();
      s.append("<td>").append(both(tax.taxName())).append("</td>").append(td(tax.amount()));
      for (TaxParty p : rule.parties()) {
        TaxShareResult.Share share = tax.shares().stream().filter(x -> x.party().equals(p.id())).findFirst().orElse(null);
        if (share == null) {
          s.append("<td></td><td></td>");
        } else {
          s.append("<td>").append(esc(share.recipient())).append("</td>").append(td(share.amount()));
        }
      }
      s.append("</tr>\n");
    }
    s.append("</tbody></table></div>\n");
  }

  private static void totals(StringBuilder s, SchemeResult result) {
    Map<String, Map<String, BigDecimal>> totals = result.taxTotals();
    if (totals.isEmpty()) {
      return;
    }
    Map<String, Label> taxes = RegisterView.taxes(result);
    s.append("<h4>").append(both("各地分成合计", "What each government and zone receives")).append("</h4>\n");
    s.append("<div class=\"wide\"><table class=\"tax-totals\">\n<thead><tr>").append(th(Labels.RECIPIENT, false));
    taxes.values().forEach(t -> s.append(th(t, true)));
    s.append(th(Labels.SUM, true)).append("</tr></thead>\n<tbody>\n");
    for (Map.Entry<String, Map<String, BigDecimal>> recipient : totals.entrySet()) {
      s.append("<tr><td class=\"name\">").append(esc(recipient.getKey())).append("</td>");
      for (String tax : taxes.keySet()) {
        BigDecimal amount = recipient.getValue().get(tax);
        s.append(amount == null ? "<td></td>" : td(amount));
      }
      s.append("<td class=\"num sum\">").append(esc(RegisterView.total(recipient.getValue()).toPlainString()))
          .append("</td></tr>\n");
    }
    s.append("</tbody></table></div>\n");
  }
}
