package io.github.kaohe.report;

import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.eval.TargetResult;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Worksheet;

/**
 * The targets sheet: one row per target and entity (the scheme's own targets first), with its
 * status, the value and the target as numbers with their unit, the deadline, the attainment and the
 * growth still needed as percentages, the reason and the source.
 */
final class XlsxTargets {
  /** Font and fill of each status: the colour of the HTML report's badges, beside the sign and the word. */
  private static final Map<TargetResult.Status, String[]> COLOURS = Map.of(
      TargetResult.Status.ACHIEVED, new String[] {"1A7F37", "E9F5EC"},
      TargetResult.Status.ON_TRACK, new String[] {"1F5FA8", "EAF1FA"},
      TargetResult.Status.BEHIND, new String[] {"9A5300", "FFF3DF"},
      TargetResult.Status.MISSED, new String[] {"C62828", "FDEDED"},
      TargetResult.Status.PENDING, new String[] {"5B6673", "F4F6F8"},
      TargetResult.Status.NOT_EVALUABLE, new String[] {"5B6673", "FFFFFF"});

  private XlsxTargets() {}

  static void write(Worksheet ws, Report report, Language lang) {
    boolean zh = lang == Language.ZH;
    List<String> header = List.of(zh ? "考核表" : "Scheme", zh ? "期间" : "Period", Labels.TARGET.in(lang),
        Labels.ENTITY.in(lang), Labels.STATUS.in(lang), Labels.VALUE.in(lang), zh ? "计量单位" : "Unit",
        Labels.GOAL.in(lang), zh ? "上限" : "Up to", zh ? "期限" : "Deadline", Labels.ATTAINMENT.in(lang),
        Labels.REQUIRED_GROWTH.in(lang), Labels.EXPLANATION.in(lang), Labels.SOURCE.in(lang));
    XlsxCells.header(ws, 0, header);
    int r = 1;
    for (SchemeReport sr : report.schemes()) {
      SchemeResult result = sr.latest();
      for (TargetView t : TargetView.of(result)) {
        TargetResult tr = t.result();
        int row = r;
        XlsxCells.value(ws, row, 0, result.scheme().name().in(lang));
        XlsxCells.value(ws, row, 1, result.period().toString());
        XlsxCells.value(ws, row, 2, tr.name().in(lang));
        XlsxCells.value(ws, row, 3, tr.entityName().map(n -> n.in(lang)).orElse(zh ? "（全局）" : "(the scheme)"));
        XlsxCells.value(ws, row, 4, Labels.marked(tr.status()).in(lang));
        String[] colour = COLOURS.get(tr.status());
        ws.style(row, 4).fontColor(colour[0]).fillColor(colour[1]).bold().set();
        if (t.numeric()) {
          boolean percent = percentKind(tr);
          tr.value().ifPresent(v -> XlsxCells.shown(ws, row, 5, percent ? v : t.shownNumber(v)));
          XlsxCells.value(ws, row, 6, percent ? "%" : t.unit());
          BigDecimal asked = new BigDecimal(tr.targetValue());
          XlsxCells.shown(ws, row, 7, percent ? asked : t.shownNumber(asked));
          sr.scheme().rules().targets().stream().filter(x -> x.id().equals(tr.target())).findFirst()
              .flatMap(Target::upTo).ifPresent(u -> XlsxCells.shown(ws, row, 8, percent ? u : t.shownNumber(u)));
        } else {
          XlsxCells.value(ws, row, 5, t.value().in(lang));
          XlsxCells.value(ws, row, 7, t.asked().in(lang));
        }
        XlsxCells.value(ws, row, 9, t.deadline());
        tr.attainment().ifPresent(a -> XlsxCells.percent(ws, row, 10, a));
        tr.requiredGrowth().ifPresent(g -> XlsxCells.percent(ws, row, 11, g));
        XlsxCells.value(ws, row, 12, tr.reason().in(lang));
        tr.source().ifPresent(src -> XlsxCells.value(ws, row, 13, src));
        r++;
      }
    }
    XlsxCells.widths(ws, header.size(), 2, 3);
    ws.width(0, 18);
    ws.width(2, 40);
    ws.width(12, 60);
    ws.freezePane(0, 1);
  }

  /** Growth and share are measured in percent. */
  private static boolean percentKind(TargetResult t) {
    return switch (t.kind()) {
      case GROWTH, AVERAGE_GROWTH, SHARE -> true;
      default -> false;
    };
  }
}
