package io.github.kaohe.report;

import io.github.kaohe.eval.ClassResult;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Classification;
import io.github.kaohe.model.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A register (projects, firms: a scheme that scores and ranks nobody) in the Markdown report, in
 * place of the ranking: how many entries, how many in each class, and every entry with its classes
 * and the thresholds it fails.
 */
final class MarkdownRegister {
  private MarkdownRegister() {}

  /** The number of entries and the count of each class. */
  static void summary(StringBuilder s, SchemeResult result, Language lang) {
    s.append(Labels.register(result.entities().size()).in(lang)).append(lang == Language.ZH ? "。" : ".").append("\n\n");
    List<Classification> classifications = result.scheme().rules().classifications();
    if (classifications.isEmpty() || result.entities().isEmpty()) {
      return;
    }
    s.append("### ").append(Labels.CLASSES.in(lang)).append("\n\n");
    Markdown table = Markdown.table(Labels.CLASSIFICATION.in(lang), Labels.CLASS.in(lang)).column(Labels.COUNT.in(lang), true);
    for (Classification c : classifications) {
      boolean first = true;
      for (RegisterView.ClassCount n : RegisterView.counts(result, c)) {
        table.row(first ? c.name().in(lang) : "", n.tier().name().in(lang), Integer.toString(n.count()));
        first = false;
      }
    }
    table.appendTo(s);
  }

  /** Every entry, with its classes and the thresholds it fails. */
  static void entries(StringBuilder s, SchemeResult result, Language lang) {
    boolean zh = lang == Language.ZH;
    if (result.entities().isEmpty()) {
      s.append(zh ? "本期没有登记。" : "Nothing is registered in this period.").append("\n\n");
      return;
    }
    List<Classification> classifications = result.scheme().rules().classifications();
    boolean checks = CheckSummary.applies(result);
    s.append("### ").append(Labels.ENTRIES.in(lang)).append("\n\n");
    Markdown table = new Markdown().column("#", true).column(Labels.NAME.in(lang), false);
    classifications.forEach(c -> table.column(c.name().in(lang), false));
    if (checks) {
      table.column(Labels.FAILED_CHECKS.in(lang), false);
    }
    int i = 0;
    for (EntityResult e : result.entities()) {
      List<String> cells = new ArrayList<>(List.of(Integer.toString(++i), e.entity().name().in(lang)));
      for (Classification c : classifications) {
        ClassResult r = e.classes().get(c.id());
        cells.add(r == null ? "" : r.name().in(lang));
      }
      if (checks) {
        cells.add(e.failedChecks().stream().map(f -> "✗ " + f.message().in(lang)).collect(Collectors.joining(zh ? "；" : "; ")));
      }
      table.row(cells);
    }
    table.appendTo(s);
  }
}
