package io.github.kaohe.report;

import io.github.kaohe.eval.FundResult;
import io.github.kaohe.model.Fund;
import io.github.kaohe.model.Language;
import java.util.ArrayList;
import java.util.List;

/** The funds in the Markdown report, after the schemes: per fund, each year's rewards against it. */
final class MarkdownFunds {
  private MarkdownFunds() {}

  static void write(StringBuilder s, Report report, Language lang) {
    List<FundResult> all = FundView.of(report);
    if (all.isEmpty()) {
      return;
    }
    boolean zh = lang == Language.ZH;
    s.append("## ").append(FundView.FUNDS.in(lang)).append("\n\n");
    for (Fund fund : report.policy().funds()) {
      List<FundResult> years = all.stream().filter(f -> f.fund().equals(fund.id())).toList();
      if (years.isEmpty()) {
        continue;
      }
      s.append("### ").append(fund.name().in(lang)).append(fund.source().map(src -> " · " + src).orElse(""))
          .append("\n\n");
      String unit = zh ? "（" + fund.unit() + "）" : " (" + fund.unit() + ")";
      Markdown table = Markdown.table(FundView.YEAR.in(lang), Labels.STATUS.in(lang))
          .column(FundView.PAID.in(lang) + unit, true).column(FundView.HOLDS.in(lang) + unit, true)
          .column(FundView.LEFT.in(lang) + unit, true).column(Labels.EXPLANATION.in(lang), false);
      for (FundResult f : years) {
        table.row(f.period().toString(), f.status().label().in(lang), FundView.plain(f.paid()), FundView.holds(f),
            FundView.left(f), f.reason().in(lang));
      }
      table.appendTo(s);
      for (FundResult f : years) {
        List<String> lines = new ArrayList<>(FundView.bySchemes(f, lang));
        if (!lines.isEmpty()) {
          s.append(f.period()).append(zh ? "：" : ": ").append(String.join(zh ? "；" : "; ", lines)).append("\n\n");
        }
      }
    }
  }
}
