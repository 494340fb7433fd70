package io.github.kaohe.cli;

import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.eval.TargetResult;
import io.github.kaohe.model.Language;

/**
 * Where the scheme's targets stand in the period, one line each: the status, the target, the
 * entity it concerns (none for the scheme as a whole) and how the status came about.
 */
final class TargetList {
  private TargetList() {}

  /** The list, or empty text when the scheme has no target that covers the period. */
  static String render(SchemeResult result, Language lang) {
    if (result.targets().isEmpty()) {
      return "";
    }
    boolean zh = lang == Language.ZH;
    StringBuilder s = new StringBuilder();
    s.append(zh ? "目标 · Targets · " : "Targets · 目标 · ").append(result.period()).append('\n');
    for (TargetResult t : result.targets()) {
      s.append("  ").append(t.status().label().in(lang)).append(' ').append(t.name().in(lang));
      t.entityName().ifPresent(n -> s.append(zh ? "　" : " — ").append(n.in(lang)));
      s.append(zh ? "：" : ": ").append(t.reason().in(lang)).append('\n');
    }
    return s.toString();
  }
}
