package io.github.kaohe.report;

import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Language;

/**
 * The thresholds of a scheme in the Markdown report: how many checks failed, passed or could not be
 * decided, then a table of the failed ones with the entity, the message, the values read and the
 * section of the source.
 */
final class MarkdownChecks {
  private MarkdownChecks() {}

  static void write(StringBuilder s, SchemeResult result, Language lang) {
    if (!CheckSummary.applies(result)) {
      return;
    }
    boolean zh = lang == Language.ZH;
    CheckSummary checks = CheckSummary.of(result);
    s.append("### ").append(Labels.CHECKS.in(lang)).append("\n\n");
    s.append(zh ? "✗ 不达标 " + checks.failed().size() + " · ✓ 符合 " + checks.passed() + " · ? 无法判定 " + checks.notEvaluable()
        : "✗ failed " + checks.failed().size() + " · ✓ passed " + checks.passed() + " · ? not evaluable " + checks.notEvaluable());
    if (checks.notApplicable() > 0) {
      s.append(zh ? "（另有 " + checks.notApplicable() + " 项不适用）" : " (" + checks.notApplicable() + " more do not apply)");
    }
    s.append("\n\n");
    if (checks.failed().isEmpty()) {
      s.append(zh ? "本期各项均达标或无法判定。" : "No threshold was missed in this period.").append("\n\n");
      return;
    }
    Markdown table = Markdown.table(Labels.ENTITY.in(lang), Labels.CHECK.in(lang), Labels.VALUES_READ.in(lang),
        Labels.SOURCE.in(lang));
    for (CheckSummary.Failure f : checks.failed()) {
      String values = CheckSummary.values(result.scheme(), f.check()).in(lang);
      table.row(f.entity().entity().name().in(lang), f.check().message().in(lang), values,
          f.check().source().orElse(""));
    }
    table.appendTo(s);
  }
}
