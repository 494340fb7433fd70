package io.github.kaohe.cli;

import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Language;
import io.github.kaohe.report.CheckSummary;

/**
 * The thresholds not met in the period: per failed check, the entity, the check's message, the
 * values it read (named as the policy names them, {@link CheckInputs}) and the section of the source; then how many checks passed and how many could not
 * be decided.
 */
final class CheckList {
  private CheckList() {}

  /** The list, or empty text when the scheme has no checks. */
  static String render(SchemeResult result, Language lang) {
    if (!CheckSummary.applies(result)) {
      return "";
    }
    boolean zh = lang == Language.ZH;
    CheckSummary summary = CheckSummary.of(result);
    StringBuilder s = new StringBuilder();
    s.append(zh ? "达标检查 · Thresholds · " : "Thresholds · 达标检查 · ").append(result.period()).append('\n');
    if (summary.failed().isEmpty()) {
      s.append(zh ? "  （无不达标）\n" : "  (none failed)\n");
    }
    for (CheckSummary.Failure f : summary.failed()) {
      String values = CheckInputs.render(result.scheme(), f.check(), lang);
      s.append("  ").append(f.entity().entity().name().in(lang)).append(zh ? "：" : ": ")
          .append(f.check().message().in(lang))
          .append(values.isEmpty() ? "" : zh ? "（" + values + "）" : " (" + values + ")")
          .append(f.check().source().map(src -> zh ? "〔" + src + "〕" : " [" + src + "]").orElse("")).append('\n');
    }
    s.append(zh ? "  符合 " + summary.passed() + " 项" : "  " + summary.passed() + " passed");
    if (summary.notEvaluable() > 0) {
      s.append(zh ? "，" + summary.notEvaluable() + " 项缺少数据无法判定（详见 kaohe explain）"
          : ", " + summary.notEvaluable() + " not decided for want of data (see kaohe explain)");
    }
    return s.append('\n').toString();
  }
}
