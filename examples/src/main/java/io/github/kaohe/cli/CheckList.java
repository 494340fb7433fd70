package io.github.kaohe.cli;

import io.github.kaohe.eval.CheckResult;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Language;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The thresholds not met in the period: per failed check, the entity, the check's message, the
 * values it read and the section of the source; then how many checks passed and how many could not
 * be decided.
 */
final class CheckList {
  private CheckList() {}

  /** The list, or empty text when the scheme has no checks. */
  static String render(SchemeResult result, Language lang) {
    if (result.scheme().rules().checks().isEmpty()) {
      return "";
    }
    boolean zh = lang == Language.ZH;
    StringBuilder failed = new StringBuilder();
    int passed = 0;
    int undecided = 0;
    for (EntityResult e : result.entities()) {
      for (CheckResult c : e.checks()) {
        switch (c.status()) {
          case FAILED -> failed.append("  ").append(e.entity().name().in(lang)).append(zh ? "：" : ": ")
              .append(c.message().in(lang)).append(values(c.inputs(), zh))
              .append(c.source().map(src -> zh ? "〔" + src + "〕" : " [" + src + "]").orElse("")).append('\n');
          case PASSED -> passed++;
          case NOT_EVALUABLE -> undecided++;
          case NOT_APPLICABLE -> { }
        }
      }
    }
    StringBuilder s = new StringBuilder();
    s.append(zh ? "达标检查 · Thresholds · " : "Thresholds · 达标检查 · ").append(result.period()).append('\n');
    s.append(failed.length() == 0 ? (zh ? "  （无不达标）\n" : "  (none failed)\n") : failed);
    s.append(zh ? "  符合 " + passed + " 项" : "  " + passed + " passed");
    if (undecided > 0) {
      s.append(zh ? "，" + undecided + " 项缺少数据无法判定（详见 kaohe explain）"
          : ", " + undecided + " not decided for want of data (see kaohe explain)");
    }
    return s.append('\n').toString();
  }

  private static String values(Map<String, String> inputs, boolean zh) {
    if (inputs.isEmpty()) {
      return "";
    }
    String shown = inputs.entrySet().stream().map(i -> i.getKey() + " = " + i.getValue()).collect(Collectors.joining(", "));
    return zh ? "（" + shown + "）" : " (" + shown + ")";
  }
}
