package io.github.kaohe.report;

import static io.github.kaohe.report.Html.both;
import static io.github.kaohe.report.Html.esc;
import static io.github.kaohe.report.Html.td;
import static io.github.kaohe.report.Html.th;

import io.github.kaohe.data.Period;
import io.github.kaohe.eval.CategoryResult;
import io.github.kaohe.eval.ClassResult;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.Exclusion;
import io.github.kaohe.eval.Explanation;
import io.github.kaohe.eval.OutcomeResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.Classification;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.PolicySource;
import io.github.kaohe.model.Scheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The report as one self-contained HTML page: styles and charts inline, no script and nothing
 * fetched, so that it opens offline and can be mailed as one file. Per scheme: the ranking with
 * places, change since the previous period, totals, points per category, adjustments, rewards and
 * classes; a stacked bar chart of category points; the totals over the periods; the rewards and
 * sanctions with their reasons; where the scheme has them, its targets, its failed thresholds and
 * its tax sharing; and every entity's full explanation. A register (a scheme that scores nobody)
 * shows its entries, their classes and failed checks instead of a ranking. Chinese is shown, English a
 * click away (a switch made of two radio buttons and CSS); printing gives A4 pages, one scheme per
 * page break.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /** The page. */
  public static String write(Report report) {
    Policy policy = report.policy();
    StringBuilder s = new StringBuilder(64 * 1024);
    s.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"Kaohe\">\n")
        .append("<title>").append(esc(policy.name().zh() + " · " + report.periodRange())).append("</title>\n")
        .append("<style>\n").append(css()).append("</style>\n</head>\n<body>\n")
        .append("<input class=\"lang\" type=\"radio\" name=\"lang\" id=\"lang-zh\" checked aria-label=\"中文\">\n")
        .append("<input class=\"lang\" type=\"radio\" name=\"lang\" id=\"lang-en\" aria-label=\"English\">\n")
        .append("<div class=\"page\">\n")
        .append("<div class=\"switch\"><label for=\"lang-zh\">中文</label><label for=\"lang-en\">English</label></div>\n");
    header(s, report);
    if (report.schemes().size() > 1) {
      s.append("<nav><ol>\n");
      for (SchemeReport scheme : report.schemes()) {
        s.append("<li><a href=\"#").append(anchor(scheme.scheme())).append("\">").append(both(scheme.scheme().name()))
            .append("</a></li>\n");
      }
      s.append("</ol></nav>\n");
    }
    for (SchemeReport scheme : report.schemes()) {
      scheme(s, scheme);
    }
    HtmlFunds.write(s, report);
    s.append("<footer>").append(both("由 Kaohe（考核）按政策文件逐项计算生成；每一分都可在上文的逐项说明中核对。",
            "Computed by Kaohe (考核) from the policy file; every point can be checked in the explanations above."))
        .append("</footer>\n</div>\n</body>\n</html>\n");
    return s.toString();
  }

  private static void header(StringBuilder s, Report report) {
    Policy policy = report.policy();
    PolicySource source = policy.source();
    s.append("<header>\n<h1>").append(both(policy.name())).append("</h1>\n");
    s.append("<p class=\"meta\">").append(both("依据：", "Source: ")).append(both(source.title())).append(" · ")
        .append(esc(source.issuer())).append(" · ").append(esc(source.date().toString()));
    source.reference().ifPresent(r -> s.append(" · ").append(esc(r)));
    s.append("</p>\n<p class=\"meta\">").append(both("政策编号 ", "Policy ")).append(esc(policy.id()))
        .append(both(" 版本 ", " version ")).append(esc(policy.version()));
    source.url().ifPresent(u -> s.append(" · <a href=\"").append(esc(u)).append("\">").append(esc(u)).append("</a>"));
    s.append("</p>\n<p class=\"meta\">").append(both("考核期间：", "Periods: ")).append(esc(periodList(report.periods())))
        .append("</p>\n");
    if (report.sampleData()) {
      s.append("<p class=\"sample\">").append(both(Labels.SAMPLE)).append("</p>\n");
    }
    s.append("</header>\n");
  }

  private static void scheme(StringBuilder s, SchemeReport report) {
    SchemeResult result = report.latest();
    Scheme scheme = result.scheme();
    s.append("<section class=\"scheme\" id=\"").append(anchor(scheme)).append("\">\n<h2>").append(both(scheme.name()))
        .append(" · ").append(esc(result.period().toString()))
        .append(report.provisional().isPresent() ? " <span class=\"provisional\">" + both(Label.of("（暂定）", " (provisional)")) + "</span>" : "")
        .append("</h2>\n");
    report.provisional().ifPresent(p -> s.append("<p class=\"provisional\">").append(both(Labels.provisional(p))).append("</p>\n"));
    if (scheme.scored()) {
      s.append("<p class=\"sub\">")
          .append(both("参与排名 " + result.ranked().size() + " 个，参评 " + result.entities().size() + " 个",
              result.ranked().size() + " ranked of " + result.entities().size() + " assessed"));
      report.previous().ifPresent(p -> s.append(both("；名次变化与 " + p.period() + " 相比", "; changes against " + p.period())));
      s.append("</p>\n");
      ranking(s, report);
    } else {
      HtmlRegister.summary(s, result);
    }
    for (Exclusion x : result.excluded()) {
      s.append("<p class=\"note\">").append(both("未参评：", "Not assessed: ")).append(both(x.entity().name()))
          .append(both("（缺少 ", " (missing ")).append(esc(String.join(", ", x.indicators()))).append(both("）", ")"))
          .append("</p>\n");
    }
    for (String note : result.notes()) {
      s.append("<p class=\"note\">").append(both("说明：", "Note: ")).append(esc(note)).append("</p>\n");
    }
    if (scheme.scored()) {
      s.append("<h3>").append(both("各类得分", "Points per category")).append("</h3>\n")
          .append(Charts.categoryBars(result)).append('\n');
      if (report.results().size() > 1) {
        s.append("<h3>").append(both("历期总分", "Totals over the periods")).append("</h3>\n")
            .append(Charts.totalsOverPeriods(report)).append('\n');
        placesOverPeriods(s, report);
      }
    }
    outcomes(s, result);
    HtmlTargets.write(s, result);
    HtmlChecks.write(s, result);
    if (!scheme.scored()) {
      HtmlRegister.entries(s, result);
    }
    HtmlTaxSharing.write(s, result);
    if (scheme.scored()) {
      // A register's entries have no points to explain: their classes, checks and shares are all above.
      explanations(s, result);
    }
    s.append("</section>\n");
  }

  private static void explanations(StringBuilder s, SchemeResult result) {
    s.append("<h3>").append(both("逐项说明", "Explanations")).append("</h3>\n");
    for (EntityResult e : result.entities()) {
      s.append("<article class=\"entity\" id=\"").append(anchor(result.scheme())).append("-").append(esc(e.id())).append("\">")
          .append("<pre class=\"zh\">").append(esc(Explanation.of(result, e, Language.ZH).strip())).append("</pre>")
          .append("<pre class=\"en\">").append(esc(Explanation.of(result, e, Language.EN).strip())).append("</pre>")
          .append("</article>\n");
    }
  }

  private static void ranking(StringBuilder s, SchemeReport report) {
    SchemeResult result = report.latest();
    Scheme scheme = result.scheme();
    boolean change = report.previous().isPresent();
    boolean money = result.entities().stream().anyMatch(e -> e.money().signum() != 0);
    List<Classification> classifications = scheme.rules().classifications();
    s.append("<div class=\"wide\"><table class=\"ranking\">\n<thead><tr>").append(th(Labels.PLACE, true));
    if (change) {
      s.append(th(Labels.CHANGE, true));
    }
    s.append(th(Labels.NAME, false)).append(th(Labels.TOTAL, true));
    if (report.provisional().isPresent()) {
      s.append(th(Labels.MAY_END, false));
    }
    for (Category c : scheme.categories()) {
      for (var i : PlaceColumns.in(c)) { // the place itself, before the points it earns
        s.append(th(i.name(), true));
      }
      s.append("<th class=\"num\">").append(both(c.name())).append("<br><span class=\"meta\">")
          .append(esc(c.weight().toPlainString())).append("</span></th>");
    }
    if (!scheme.adjustments().isEmpty()) {
      s.append(th(Labels.adjustments(scheme), true));
    }
    if (money) {
      s.append(th(Label.of("奖励（" + unit(result) + "）", "Rewards (" + unit(result) + ")"), true));
    }
    for (Classification c : classifications) {
      s.append(th(c.name(), false));
    }
    s.append("</tr></thead>\n<tbody>\n");
    for (EntityResult e : result.entities()) {
      s.append(e.ranked() ? "<tr>" : "<tr class=\"unranked\">");
      s.append("<td class=\"num place\">").append(e.place().isPresent() ? e.place().getAsInt() : "—").append("</td>");
      if (change) {
        s.append("<td class=\"num\">").append(arrow(report.placeChange(e), report, e)).append("</td>");
      }
      s.append("<td class=\"name\"><a href=\"#").append(anchor(scheme)).append("-").append(esc(e.id())).append("\">")
          .append(both(e.entity().name())).append("</a></td>");
      s.append(td(e.total()));
      report.provisional().ifPresent(p -> s.append("<td>").append(p.describeBounds(e.id()).map(Html::both).orElse("")).append("</td>"));
      for (int c = 0; c < e.categories().size(); c++) {
        if (c < scheme.categories().size()) {
          for (var i : PlaceColumns.in(scheme.categories().get(c))) {
            s.append("<td class=\"num\">").append(both(PlaceColumns.cell(e, i))).append("</td>");
          }
        }
        s.append(td(e.categories().get(c).points()));
      }
      if (!scheme.adjustments().isEmpty()) {
        s.append(td(e.adjustments()));
      }
      if (money) {
        s.append(td(e.money()));
      }
      for (Classification c : classifications) {
        ClassResult r = e.classes().get(c.id());
        s.append("<td>").append(r == null ? "" : both(r.name())).append("</td>");
      }
      s.append("</tr>\n");
    }
    s.append("</tbody></table></div>\n");
  }

  /** ▲2 risen two places, ▼1 fallen one, ＝ the same, 新 new in the ranking. */
  private static String arrow(OptionalInt change, SchemeReport report, EntityResult e) {
    if (change.isEmpty()) {
      return e.ranked() ? "<span class=\"new\" title=\"new\">" + both("新", "new") + "</span>" : "";
    }
    int c = change.getAsInt();
    if (c > 0) {
      return "<span class=\"up\" title=\"+" + c + "\">▲" + c + "</span>";
    }
    if (c < 0) {
      return "<span class=\"down\" title=\"" + c + "\">▼" + (-c) + "</span>";
    }
    return "<span class=\"same\" title=\"0\">＝</span>";
  }

  private static void placesOverPeriods(StringBuilder s, SchemeReport report) {
    s.append("<table class=\"history\">\n<thead><tr>").append(th(Labels.NAME, false));
    for (SchemeResult r : report.results()) {
      s.append("<th class=\"num\">").append(esc(r.period().toString())).append("</th>");
    }
    s.append("</tr></thead>\n<tbody>\n");
    for (EntityResult e : report.latest().entities()) {
      s.append("<tr><td class=\"name\">").append(both(e.entity().name())).append("</td>");
      for (SchemeResult r : report.results()) {
        Optional<EntityResult> then = r.entity(e.id());
        s.append("<td class=\"num\">");
        if (then.isPresent()) {
          s.append(then.get().place().isPresent() ? then.get().place().getAsInt() + " · " : "— · ")
              .append(esc(then.get().total().toPlainString()));
        }
        s.append("</td>");
      }
      s.append("</tr>\n");
    }
    s.append("</tbody></table>\n<p class=\"note\">")
        .append(both("每期：名次 · 总分", "Each period: place · total")).append("</p>\n");
  }

  private static void outcomes(StringBuilder s, SchemeResult result) {
    if (result.scheme().rules().tables().isEmpty()) {
      return;
    }
    s.append("<h3>").append(both("奖惩", "Rewards and sanctions")).append("</h3>\n");
    int undecided = 0;
    StringBuilder rows = new StringBuilder();
    for (EntityResult e : result.entities()) {
      for (OutcomeResult o : e.outcomes()) {
        if (o.status() == OutcomeResult.Status.NOT_EVALUABLE) {
          undecided++;
          continue;
        }
        String cls = o.given() ? (Labels.sanction(o, result) ? "sanction" : "given")
            : o.status() == OutcomeResult.Status.SUPPRESSED ? "suppressed" : "withheld";
        rows.append("<tr><td class=\"name\">").append(both(e.entity().name())).append("</td>")
            .append("<td class=\"").append(cls).append("\">").append(both(Labels.status(o, result))).append("</td>")
            .append("<td>").append(both(Labels.name(o))).append("</td>")
            .append("<td class=\"num\">").append(o.amount().map(a -> esc(a.toPlainString() + " " + o.unit())).orElse(""))
            .append("</td><td>").append(both(o.reason()))
            .append(o.source().map(src -> both("〔依据 " + src + "〕", " [source " + src + "]")).orElse(""))
            .append("</td></tr>\n");
      }
    }
    if (rows.length() == 0) {
      s.append("<p class=\"note\">").append(both("本期无奖惩。", "Nothing followed in this period.")).append("</p>\n");
    } else {
      s.append("<table class=\"outcomes\">\n<thead><tr>").append(th(Labels.ENTITY, false)).append(th(Labels.STATUS, false))
          .append(th(Labels.OUTCOME, false)).append(th(Labels.AMOUNT, true)).append(th(Labels.REASON, false))
          .append("</tr></thead>\n<tbody>\n").append(rows).append("</tbody></table>\n");
    }
    if (undecided > 0) {
      s.append("<p class=\"note\">")
          .append(both("另有 " + undecided + " 项因缺少数据或往期记录无法判定，原因见逐项说明。",
              undecided + " more could not be decided for want of data or history; the explanations say why."))
          .append("</p>\n");
    }
  }

  private static String unit(SchemeResult result) {
    return result.entities().stream().flatMap(e -> e.outcomes().stream())
        .filter(o -> o.kind() == OutcomeResult.Kind.MONEY).map(OutcomeResult::unit).findFirst().orElse("");
  }

  private static String anchor(Scheme scheme) {
    return "s-" + esc(scheme.id());
  }

  private static String periodList(List<Period> periods) {
    return periods.size() <= 1 ? periods.get(0).toString()
        : periods.get(0) + "–" + periods.get(periods.size() - 1) + " (" + periods.size() + ")";
  }

  private static String css() {
    try (InputStream in = Objects.requireNonNull(HtmlReport.class.getResourceAsStream("report.css"), "report.css")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
