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
import org.dhatim.fastexcel.Worksheet;

/**
 * The tax sharing sheet: per scheme and rule, each firm's taxes and every party's share, then what
 * each government or zone receives in all; amounts exact, shown with their own decimals.
 */
final class XlsxTaxSharing {
  private XlsxTaxSharing() {}

  static void write(Worksheet ws, Report report, Language lang) {
    boolean zh = lang == Language.ZH;
    int r = 0;
    int widest = 0;
    for (SchemeReport sr : report.schemes()) {
      SchemeResult result = sr.latest();
      List<TaxSharing> rules = result.scheme().rules().taxSharing();
      if (rules.isEmpty()) {
        continue;
      }
      r = XlsxCells.title(ws, r, result, report.sampleData(), lang);
      for (TaxSharing rule : rules) {
        XlsxCells.value(ws, r++, 0, Labels.split(rule).in(lang));
        List<String> header = new ArrayList<>(List.of(zh ? "编号" : "Id", Labels.FIRM.in(lang), Labels.TAX.in(lang),
            Labels.PAID.in(lang)));
        for (TaxParty p : rule.parties()) {
          header.add(p.name().in(lang) + (zh ? "：" : ": ") + Labels.RECIPIENT.in(lang));
          header.add(p.name().in(lang) + (zh ? "：" : ": ") + Labels.AMOUNT.in(lang));
        }
        XlsxCells.header(ws, r++, header);
        widest = Math.max(widest, header.size());
        for (RegisterView.Row row : RegisterView.shares(result, rule.id())) {
          TaxShareResult tax = row.tax();
          XlsxCells.value(ws, r, 0, row.entity().id());
          XlsxCells.value(ws, r, 1, row.entity().entity().name().in(lang));
          XlsxCells.value(ws, r, 2, tax.taxName().in(lang));
          XlsxCells.exact(ws, r, 3, tax.amount());
          int c = 4;
          for (TaxParty p : rule.parties()) {
            for (TaxShareResult.Share share : tax.shares()) {
              if (share.party().equals(p.id())) {
                XlsxCells.value(ws, r, c, share.recipient());
                XlsxCells.exact(ws, r, c + 1, share.amount());
              }
            }
            c += 2;
          }
          r++;
        }
        r++;
      }
      List<EntityResult> unshared = RegisterView.unshared(result);
      if (!unshared.isEmpty()) {
        XlsxCells.value(ws, r, 0, (zh ? "本期未分成（不适用）：" : "Nothing shared in this period (does not apply): ")
            + unshared.stream().map(e -> e.entity().name().in(lang)).collect(Collectors.joining(zh ? "、" : ", ")));
        r += 2;
      }
      Map<String, Map<String, BigDecimal>> totals = result.taxTotals();
      if (!totals.isEmpty()) {
        XlsxCells.value(ws, r, 0, zh ? "各地分成合计" : "What each government and zone receives");
        ws.style(r++, 0).bold().set();
        Map<String, Label> taxes = RegisterView.taxes(result);
        List<String> header = new ArrayList<>(List.of(Labels.RECIPIENT.in(lang)));
        taxes.values().forEach(t -> header.add(t.in(lang)));
        header.add(Labels.SUM.in(lang));
        XlsxCells.header(ws, r++, header);
        for (Map.Entry<String, Map<String, BigDecimal>> recipient : totals.entrySet()) {
          XlsxCells.value(ws, r, 0, recipient.getKey());
          int c = 1;
          for (String tax : taxes.keySet()) {
            BigDecimal amount = recipient.getValue().get(tax);
            if (amount != null) {
              XlsxCells.exact(ws, r, c, amount);
            }
            c++;
          }
          BigDecimal total = RegisterView.total(recipient.getValue());
          XlsxCells.value(ws, r, c, total);
          ws.style(r, c).format(XlsxCells.exact(total.scale())).bold().set();
          r++;
        }
      }
      r += 2;
    }
    XlsxCells.widths(ws, Math.max(widest, 5), 0, 1);
    for (int c = 3; c < widest; c++) {
      ws.width(c, 16);
    }
  }
}
