package io.github.kaohe.report;

import com.google.common.collect.ListMultimap;
import com.google.common.collect.Multimaps;
import static io.github.kaohe.report.Html.both;
import static io.github.kaohe.report.Html.esc;
import static io.github.kaohe.report.Html.th;

import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.eval.TargetResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The targets section of a scheme in the HTML report: how many targets stand where, then the
 * targets of the scheme as a whole, then those of each entity, grouped by target. Each status is a
 * badge with a sign, a word and a colour, so that it reads without the colour too.
 */
final class HtmlTargets {
  private HtmlTargets() {}

  static void write(StringBuilder s, SchemeResult result) {
    if (result.scheme().rules().targets().isEmpty()) {
      return;
    }
    s.append("<h3>").append(both(Labels.TARGETS)).append("</h3>\n");
    List<TargetView> targets = TargetView.of(result);
    if (targets.isEmpty()) {
      s.append(Html.note("本期没有目标适用。", "No target covers this period."));
      return;
    }
    tally(s, targets);
    List<TargetView> schemeWide = targets.stream().filter(TargetView::schemeWide).toList();
    if (!schemeWide.isEmpty()) {
      schemeWide(s, schemeWide);
    }
    ListMultimap<String, TargetView> perEntity =
        Multimaps.index(targets.stream().filter(t -> !t.schemeWide()).iterator(), t -> t.result().target());
    if (!perEntity.isEmpty()) {
      perEntity(s, Multimaps.asMap(perEntity), !schemeWide.isEmpty());
    }
  }

  /** The badge of a status: {@code ✓ 已实现} on green. */
  static String badge(TargetResult.Status status) {
    return "<span class=\"st st-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-') + "\">"
        + both(Labels.marked(status)) + "</span>";
  }

  private static void tally(StringBuilder s, List<TargetView> targets) {
    s.append("<p class=\"tally\">");
    TargetView.tally(targets).entrySet().forEach(
        e -> s.append(badge(e.getElement())).append(" <b>").append(e.getCount()).append("</b> "));
    s.append("</p>\n");
  }

  private static void schemeWide(StringBuilder s, List<TargetView> targets) {
    boolean growth = targets.stream().anyMatch(t -> t.result().requiredGrowth().isPresent());
    s.append("<h4>").append(both("全局目标", "The scheme as a whole")).append("</h4>\n");
    s.append("<div class=\"wide\"><table class=\"targets\">\n<thead><tr>").append(th(Labels.STATUS, false))
        .append(th(Labels.TARGET, false)).append(th(Labels.VALUE, true)).append(th(Labels.GOAL, true))
        .append(th(Labels.ATTAINMENT, true));
    if (growth) {
      s.append(th(Labels.REQUIRED_GROWTH, true));
    }
    s.append(th(Labels.REASON, false)).append("</tr></thead>\n<tbody>\n");
    for (TargetView t : targets) {
      TargetResult r = t.result();
      s.append("<tr><td>").append(badge(r.status())).append("</td><td class=\"target\">").append(both(r.name())).append("</td>")
          .append(num(t.value())).append("<td class=\"num goal\">").append(both(t.goal())).append("</td>")
          .append(num(percent(r.attainment())));
      if (growth) {
        s.append(num(percent(r.requiredGrowth())));
      }
      s.append("<td>").append(reason(r)).append("</td></tr>\n");
    }
    s.append("</tbody></table></div>\n");
  }

  private static void perEntity(StringBuilder s, Map<String, List<TargetView>> byTarget, boolean heading) {
    boolean growth = byTarget.values().stream().flatMap(List::stream).anyMatch(t -> t.result().requiredGrowth().isPresent());
    int columns = growth ? 6 : 5;
    if (heading) {
      s.append("<h4>").append(both("各单位目标", "Each entity's targets")).append("</h4>\n");
    }
    s.append("<div class=\"wide\"><table class=\"targets\">\n<thead><tr>").append(th(Labels.STATUS, false))
        .append(th(Labels.ENTITY, false)).append(th(Labels.VALUE, true)).append(th(Labels.ATTAINMENT, true));
    if (growth) {
      s.append(th(Labels.REQUIRED_GROWTH, true));
    }
    s.append(th(Labels.EXPLANATION, false)).append("</tr></thead>\n");
    for (List<TargetView> group : byTarget.values()) {
      TargetView first = group.get(0);
      s.append("<tbody><tr class=\"group\"><th colspan=\"").append(columns).append("\">").append(both(first.result().name()))
          .append(" <span class=\"meta\">· ").append(both(Labels.GOAL)).append(" ").append(both(first.goal()))
          .append(source(first.result().source())).append("</span></th></tr>\n");
      for (TargetView t : group) {
        TargetResult r = t.result();
        s.append("<tr><td>").append(badge(r.status())).append("</td><td class=\"name\">")
            .append(r.entityName().map(Html::both).orElse(esc(r.entity().orElse("")))).append("</td>").append(num(t.value()))
            .append(num(percent(r.attainment())));
        if (growth) {
          s.append(num(percent(r.requiredGrowth())));
        }
        s.append("<td>").append(both(r.reason())).append("</td></tr>\n");
      }
      s.append("</tbody>\n");
    }
    s.append("</table></div>\n");
  }

  private static String reason(TargetResult r) {
    return both(r.reason()) + source(r.source());
  }

  private static String source(Optional<String> source) {
    return source.map(src -> both("〔依据 " + src + "〕", " [source " + src + "]")).orElse("");
  }

  private static String num(io.github.kaohe.model.Label text) {
    return "<td class=\"num\">" + both(text) + "</td>";
  }

  private static String num(String text) {
    return "<td class=\"num\">" + esc(text) + "</td>";
  }

  /** A percentage as computed, to its two decimals: {@code 24.30%}. */
  private static String percent(Optional<BigDecimal> p) {
    return p.map(x -> x.toPlainString() + "%").orElse("");
  }
}
