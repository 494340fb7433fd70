package io.github.kaohe.report;

import static io.github.kaohe.report.Markdown.cell;

import io.github.kaohe.eval.CategoryResult;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.Exclusion;
import io.github.kaohe.eval.Explanation;
import io.github.kaohe.eval.OutcomeResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.whatif.Provisional;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The report as Markdown, for a wiki page or a merge request: the policy and its source, then per
 * scheme the ranking table (with the change of place), the rewards and sanctions, the targets, the
 * failed thresholds and the tax sharing as tables, and every entity's explanation in a code block;
 * then the policy's funds, each year's rewards against what the fund holds.
 * A register (a scheme that scores nobody) has its class counts and its entries instead of a
 * ranking.
 */
public final class MarkdownReport {
  private MarkdownReport() {}

  /** The Markdown text, in the given language. */
  public static String write(Report report, Language lang) {
    boolean zh = lang == Language.ZH;
    Policy policy = report.policy();
    StringBuilder s = new StringBuilder();
    s.append("# ").append(cell(policy.name().in(lang))).append("\n\n");
    s.append(zh ? "依据：" : "Source: ").append(policy.source().title().in(lang)).append(" · ")
        .append(policy.source().issuer()).append(" · ").append(policy.source().date()).append("  \n");
    s.append(zh ? "政策 " : "Policy ").append('`').append(policy.id()).append('`').append(zh ? " 版本 " : " version ")
        .append(policy.version()).append("  \n");
    s.append(zh ? "考核期间：" : "Periods: ").append(report.periodRange()).append("\n\n");
    if (report.sampleData()) {
      s.append("> ").append(Labels.SAMPLE.in(lang)).append("\n\n");
    }
    for (SchemeReport scheme : report.schemes()) {
      scheme(s, scheme, lang);
    }
    MarkdownFunds.write(s, report, lang);
    return s.toString();
  }

  private static void scheme(StringBuilder s, SchemeReport report, Language lang) {
    boolean zh = lang == Language.ZH;
    SchemeResult result = report.latest();
    Scheme scheme = result.scheme();
    s.append("## ").append(cell(scheme.name().in(lang))).append(" · ").append(result.period())
        .append(report.provisional().isPresent() ? (zh ? "（暂定）" : " (provisional)") : "").append("\n\n");
    if (scheme.scored()) {
      ranking(s, report, lang);
    } else {
      MarkdownRegister.summary(s, result, lang);
    }
    for (Exclusion x : result.excluded()) {
      s.append(zh ? "未参评：" : "Not assessed: ").append(x.entity().name().in(lang)).append(" (")
          .append(String.join(", ", x.indicators())).append(")\n\n");
    }
    for (String note : result.notes()) {
      s.append(zh ? "说明：" : "Note: ").append(note).append("\n\n");
    }
    outcomes(s, result, lang);
    MarkdownTargets.write(s, result, lang);
    MarkdownChecks.write(s, result, lang);
    if (!scheme.scored()) {
      MarkdownRegister.entries(s, result, lang);
    }
    MarkdownTaxSharing.write(s, result, lang);
    if (scheme.scored()) {
      // A register's entries have no points to explain: their classes, checks and shares are all above.
      s.append("### ").append(zh ? "逐项说明" : "Explanations").append("\n\n");
      for (EntityResult e : result.entities()) {
        s.append("```text\n").append(Explanation.of(result, e, lang).strip()).append("\n```\n\n");
      }
    }
  }

  private static void ranking(StringBuilder s, SchemeReport report, Language lang) {
    boolean zh = lang == Language.ZH;
    SchemeResult result = report.latest();
    Scheme scheme = result.scheme();
    boolean change = report.previous().isPresent();
    var provisional = report.provisional();
    provisional.ifPresent(p -> s.append("> **").append(Provisional.Result.FLAG.in(lang)).append("** ")
        .append(Labels.provisional(p).in(lang)).append("\n\n"));
    Markdown table = new Markdown().column(Labels.PLACE.in(lang), true);
    if (change) {
      table.column(Labels.CHANGE.in(lang), true);
    }
    table.column(Labels.NAME.in(lang), false).column(Labels.TOTAL.in(lang), true);
    if (provisional.isPresent()) {
      table.column(Labels.MAY_END.in(lang), false);
    }
    for (Category c : scheme.categories()) {
      for (var i : PlaceColumns.in(c)) { // the place itself, before the points it earns
        table.column(i.name().in(lang), true);
      }
      table.column(c.name().in(lang), true);
    }
    if (!scheme.adjustments().isEmpty()) {
      table.column(Labels.adjustments(scheme).in(lang), true);
    }
    for (EntityResult e : result.entities()) {
      List<String> cells = new ArrayList<>();
      cells.add(e.place().isPresent() ? Integer.toString(e.place().getAsInt()) : "—");
      if (change) {
        cells.add(change(report.placeChange(e), e, zh));
      }
      cells.add(e.entity().name().in(lang));
      cells.add(e.total().toPlainString());
      provisional.ifPresent(p -> cells.add(p.describeBounds(e.id()).map(l -> l.in(lang)).orElse("")));
      for (int c = 0; c < e.categories().size(); c++) {
        if (c < scheme.categories().size()) {
          for (var i : PlaceColumns.in(scheme.categories().get(c))) {
            cells.add(PlaceColumns.cell(e, i).in(lang));
          }
        }
        cells.add(e.categories().get(c).points().toPlainString());
      }
      if (!scheme.adjustments().isEmpty()) {
        cells.add(e.adjustments().toPlainString());
      }
      table.row(cells);
    }
    table.appendTo(s);
    report.previous().ifPresent(p -> s.append(zh ? "名次变化与 " + p.period() + " 相比。" : "Changes against " + p.period() + ".")
        .append("\n\n"));
  }

  private static void outcomes(StringBuilder s, SchemeResult result, Language lang) {
    if (result.scheme().rules().tables().isEmpty()) {
      return;
    }
    boolean zh = lang == Language.ZH;
    s.append("### ").append(zh ? "奖惩" : "Rewards and sanctions").append("\n\n");
    int undecided = 0;
    int shown = 0;
    for (EntityResult e : result.entities()) {
      for (OutcomeResult o : e.outcomes()) {
        if (o.status() == OutcomeResult.Status.NOT_EVALUABLE) {
          undecided++;
          continue;
        }
        shown++;
        s.append("- **").append(e.entity().name().in(lang)).append("** ").append(Labels.status(o, result).in(lang))
            .append(": ").append(Labels.name(o).in(lang));
        o.amount().ifPresent(a -> s.append(' ').append(a.toPlainString()).append(' ').append(o.unit()));
        s.append(zh ? "（" : " (").append(o.reason().in(lang)).append(zh ? "）" : ")").append('\n');
      }
    }
    if (shown == 0) {
      s.append(zh ? "本期无奖惩。" : "Nothing followed in this period.").append('\n');
    }
    if (undecided > 0) {
      s.append('\n').append(zh ? "另有 " + undecided + " 项因缺少数据或往期记录无法判定。"
          : undecided + " more could not be decided for want of data or history.").append('\n');
    }
    s.append('\n');
  }

  private static String change(OptionalInt change, EntityResult e, boolean zh) {
    if (change.isEmpty()) {
      return e.ranked() ? (zh ? "新" : "new") : "";
    }
    int c = change.getAsInt();
    return c > 0 ? "▲" + c : c < 0 ? "▼" + (-c) : "＝";
  }
}
