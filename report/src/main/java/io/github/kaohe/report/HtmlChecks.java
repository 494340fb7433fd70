package io.github.kaohe.report;

import static io.github.kaohe.report.Html.both;
import static io.github.kaohe.report.Html.esc;
import static io.github.kaohe.report.Html.th;

import io.github.kaohe.eval.SchemeResult;

/**
 * The thresholds section of a scheme in the HTML report: how many checks failed, passed or could
 * not be decided, then every failed check with its entity, message, the values it read and the
 * section of the source.
 */
final class HtmlChecks {
  private HtmlChecks() {}

  static void write(StringBuilder s, SchemeResult result) {
    if (!CheckSummary.applies(result)) {
      return;
    }
    CheckSummary checks = CheckSummary.of(result);
    s.append("<h3>").append(both(Labels.CHECKS)).append("</h3>\n");
    s.append("<p class=\"tally\"><span class=\"st st-missed\">").append(both("✗ 不达标", "✗ failed")).append("</span> <b>")
        .append(checks.failed().size()).append("</b> <span class=\"st st-achieved\">").append(both("✓ 符合", "✓ passed"))
        .append("</span> <b>").append(checks.passed()).append("</b> <span class=\"st st-not-evaluable\">")
        .append(both("? 无法判定", "? not evaluable")).append("</span> <b>").append(checks.notEvaluable()).append("</b>");
    if (checks.notApplicable() > 0) {
      s.append(" <span class=\"meta\">").append(both("（另有 " + checks.notApplicable() + " 项不适用）",
          "(" + checks.notApplicable() + " more do not apply)")).append("</span>");
    }
    s.append("</p>\n");
    if (checks.failed().isEmpty()) {
      s.append(Html.note("本期各项均达标或无法判定。", "No threshold was missed in this period."));
    } else {
      s.append("<div class=\"wide\"><table class=\"checks\">\n<thead><tr>").append(th(Labels.ENTITY, false))
          .append(th(Labels.CHECK, false)).append(th(Labels.VALUES_READ, false)).append(th(Labels.SOURCE, false))
          .append("</tr></thead>\n<tbody>\n");
      for (CheckSummary.Failure f : checks.failed()) {
        s.append("<tr><td class=\"name\">").append(both(f.entity().entity().name())).append("</td><td>")
            .append(both(f.check().message())).append("</td><td class=\"values\">")
            .append(both(CheckSummary.values(result.scheme(), f.check()))).append("</td><td class=\"src\">")
            .append(esc(f.check().source().orElse(""))).append("</td></tr>\n");
      }
      s.append("</tbody></table></div>\n");
    }
    if (checks.notEvaluable() > 0) {
      s.append(Html.note("无法判定的检查缺少数据，原因见逐项说明或 kaohe explain。",
          "The checks not evaluable lack data; the explanations or kaohe explain say which."));
    }
  }
}
