package io.github.kaohe.report;

import static io.github.kaohe.report.Html.both;
import static io.github.kaohe.report.Html.esc;
import static io.github.kaohe.report.Html.th;

import io.github.kaohe.eval.CheckResult;
import io.github.kaohe.eval.ClassResult;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Classification;
import java.util.List;

/**
 * A register (projects, firms: a scheme that scores and ranks nobody) in the HTML report, in place
 * of the ranking: how many entries it has, how many fall in each class, and the list of entries
 * with their classes and the thresholds they fail.
 */
final class HtmlRegister {
  private HtmlRegister() {}

  /** The number of entries and the count of each class. */
  static void summary(StringBuilder s, SchemeResult result) {
    int n = result.entities().size();
    s.append("<p class=\"sub\">").append(both(Labels.register(n))).append("</p>\n");
    List<Classification> classifications = result.scheme().rules().classifications();
    if (classifications.isEmpty() || n == 0) {
      return;
    }
    s.append("<h3>").append(both(Labels.CLASSES)).append("</h3>\n");
    s.append("<table class=\"classes\">\n<thead><tr>").append(th(Labels.CLASSIFICATION, false)).append(th(Labels.CLASS, false))
        .append(th(Labels.COUNT, true)).append("</tr></thead>\n");
    for (Classification c : classifications) {
      List<RegisterView.ClassCount> counts = RegisterView.counts(result, c);
      s.append("<tbody>");
      for (int i = 0; i < counts.size(); i++) {
        s.append("<tr>");
        if (i == 0) {
          s.append("<th rowspan=\"").append(counts.size()).append("\">").append(both(c.name())).append("</th>");
        }
        s.append("<td>").append(both(counts.get(i).tier().name())).append("</td><td class=\"num\">")
            .append(counts.get(i).count()).append("</td></tr>\n");
      }
      s.append("</tbody>\n");
    }
    s.append("</table>\n");
  }

  /** Every entry, with its classes and the thresholds it fails. */
  static void entries(StringBuilder s, SchemeResult result) {
    if (result.entities().isEmpty()) {
      s.append(Html.note("本期没有登记。", "Nothing is registered in this period."));
      return;
    }
    List<Classification> classifications = result.scheme().rules().classifications();
    boolean checks = CheckSummary.applies(result);
    s.append("<h3>").append(both(Labels.ENTRIES)).append("</h3>\n");
    boolean narrow = classifications.isEmpty() && !checks;
    s.append("<div class=\"wide\"><table class=\"entries").append(narrow ? " narrow" : "")
        .append("\">\n<thead><tr><th class=\"num\">#</th>").append(th(Labels.NAME, false));
    for (Classification c : classifications) {
      s.append(th(c.name(), false));
    }
    if (checks) {
      s.append(th(Labels.FAILED_CHECKS, false));
    }
    s.append("</tr></thead>\n<tbody>\n");
    int i = 0;
    for (EntityResult e : result.entities()) {
      List<CheckResult> failed = e.failedChecks();
      s.append(failed.isEmpty() ? "<tr>" : "<tr class=\"failed\">").append("<td class=\"num\">").append(++i)
          .append("</td><td class=\"name\">").append(both(e.entity().name())).append("</td>");
      for (Classification c : classifications) {
        ClassResult r = e.classes().get(c.id());
        s.append("<td");
        if (r != null) {
          s.append(" title=\"").append(esc(r.reason().zh() + " / " + r.reason().en())).append("\">").append(both(r.name()));
        } else {
          s.append('>');
        }
        s.append("</td>");
      }
      if (checks) {
        s.append("<td>");
        for (int k = 0; k < failed.size(); k++) {
          s.append(k == 0 ? "" : "<br>").append("<span class=\"fail\">✗</span> ").append(both(failed.get(k).message()));
        }
        s.append("</td>");
      }
      s.append("</tr>\n");
    }
    s.append("</tbody></table></div>\n");
  }
}
