package io.github.kaohe.report;

import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.eval.TargetResult;
import io.github.kaohe.model.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The targets of a scheme in the Markdown report: how many stand where, then one table, the
 * targets of the scheme as a whole first, then those of each entity. A status is its sign and its
 * word (✓ 已实现).
 */
final class MarkdownTargets {
  private MarkdownTargets() {}

  static void write(StringBuilder s, SchemeResult result, Language lang) {
    if (result.scheme().rules().targets().isEmpty()) {
      return;
    }
    boolean zh = lang == Language.ZH;
    s.append("### ").append(Labels.TARGETS.in(lang)).append("\n\n");
    List<TargetView> targets = TargetView.of(result);
    if (targets.isEmpty()) {
      s.append(zh ? "本期没有目标适用。" : "No target covers this period.").append("\n\n");
      return;
    }
    List<String> tally = new ArrayList<>();
    TargetView.tally(targets).entrySet().forEach(e -> tally.add(Labels.marked(e.getElement()).in(lang) + " " + e.getCount()));
    s.append(String.join(" · ", tally)).append("\n\n");
    boolean growth = targets.stream().anyMatch(t -> t.result().requiredGrowth().isPresent());
    Markdown table = new Markdown().column(Labels.STATUS.in(lang), false).column(Labels.TARGET.in(lang), false)
        .column(Labels.ENTITY.in(lang), false).column(Labels.VALUE.in(lang), true).column(Labels.GOAL.in(lang), true)
        .column(Labels.ATTAINMENT.in(lang), true);
    if (growth) {
      table.column(Labels.REQUIRED_GROWTH.in(lang), true);
    }
    table.column(Labels.EXPLANATION.in(lang), false).column(Labels.SOURCE.in(lang), false);
    for (TargetView t : targets) {
      TargetResult r = t.result();
      List<String> cells = new ArrayList<>(List.of(Labels.marked(r.status()).in(lang), r.name().in(lang),
          r.entityName().map(n -> n.in(lang)).orElse(zh ? "（全局）" : "(the scheme)"), t.value().in(lang), t.goal().in(lang),
          percent(r.attainment())));
      if (growth) {
        cells.add(percent(r.requiredGrowth()));
      }
      cells.add(r.reason().in(lang));
      cells.add(r.source().orElse(""));
      table.row(cells);
    }
    table.appendTo(s);
  }

  private static String percent(Optional<BigDecimal> p) {
    return p.map(x -> x.toPlainString() + "%").orElse("");
  }
}
