package io.github.kaohe.report;

import static io.github.kaohe.report.Html.both;
import static io.github.kaohe.report.Html.esc;
import static io.github.kaohe.report.Html.th;

import io.github.kaohe.eval.FundResult;
import io.github.kaohe.model.Fund;
import io.github.kaohe.model.Language;
import java.util.List;

/**
 * The funds section of the HTML report, after the schemes: per fund, each year's rewards against
 * what the fund holds, with a badge that reads without its colour, then what each scheme paid.
 */
final class HtmlFunds {
  private HtmlFunds() {}

  static void write(StringBuilder s, Report report) {
    List<FundResult> all = FundView.of(report);
    if (all.isEmpty()) {
      return;
    }
    s.append("<section class=\"scheme\" id=\"funds\">\n<h2>").append(both(FundView.FUNDS)).append("</h2>\n");
    for (Fund fund : report.policy().funds()) {
      List<FundResult> years = all.stream().filter(f -> f.fund().equals(fund.id())).toList();
      if (years.isEmpty()) {
        continue;
      }
      s.append("<h3>").append(both(fund.name())).append(fund.source().map(src -> " · " + esc(src)).orElse(""))
          .append("</h3>\n");
      boolean growth = years.stream().anyMatch(f -> f.requiredGrowth().isPresent());
      String unit = "（" + fund.unit() + "）";
      s.append("<div class=\"wide\"><table class=\"targets\">\n<thead><tr>").append(th(FundView.YEAR, false))
          .append(th(Labels.STATUS, false)).append("<th class=\"num\">").append(both(FundView.PAID)).append(esc(unit))
          .append("</th><th class=\"num\">").append(both(FundView.HOLDS)).append(esc(unit))
          .append("</th><th class=\"num\">").append(both(FundView.LEFT)).append(esc(unit)).append("</th>");
      if (growth) {
        s.append(th(FundView.GROWTH, true));
      }
      s.append(th(Labels.EXPLANATION, false)).append("</tr></thead>\n<tbody>\n");
      for (FundResult f : years) {
        s.append("<tr><td>").append(esc(f.period().toString())).append("</td><td><span class=\"st ")
            .append(FundView.css(f.status())).append("\">").append(both(f.status().label())).append("</span></td>")
            .append("<td class=\"num\">").append(esc(FundView.plain(f.paid()))).append("</td>")
            .append("<td class=\"num\">").append(esc(FundView.holds(f))).append("</td>")
            .append("<td class=\"num\">").append(esc(FundView.left(f))).append("</td>");
        if (growth) {
          s.append("<td class=\"num\">").append(f.requiredGrowth().map(g -> esc(FundView.plain(g) + "%")).orElse(""))
              .append("</td>");
        }
        s.append("<td>").append(both(f.reason()));
        List<String> zh = FundView.bySchemes(f, Language.ZH);
        List<String> en = FundView.bySchemes(f, Language.EN);
        for (int i = 0; i < zh.size(); i++) {
          s.append("<br>").append(both(zh.get(i), en.get(i)));
        }
        s.append("</td></tr>\n");
      }
      s.append("</tbody></table></div>\n");
    }
    s.append("</section>\n");
  }
}
