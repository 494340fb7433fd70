package io.github.kaohe.cli;

import io.github.kaohe.data.Period;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Language;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The first line of a table output: which period it shows, and, when that is the default (the
 * latest period in the data, in every command and in the main job), how to choose another.
 */
final class PeriodLine {
  private PeriodLine() {}

  /** The line with its line break, or empty text when no scheme has results. */
  static String render(Assessment assessment, Language lang) {
    List<Period> periods = assessment.allResults().stream().map(SchemeResult::period).distinct().sorted().toList();
    if (periods.isEmpty()) {
      return "";
    }
    boolean zh = lang == Language.ZH;
    String shown = periods.stream().map(Period::toString).collect(Collectors.joining(zh ? "、" : ", "));
    if (!assessment.latestByDefault()) {
      return (zh ? "期间 Period：" + shown + "（按所选；不选则为数据中最新的一期）"
          : "Period: " + shown + ", as chosen (without --period: the latest in the data)") + "\n";
    }
    String other = "--period " + periods.get(0).previous();
    return (zh
            ? "期间 Period：" + shown + "（数据中最新的一期；选其他期间：" + other + "）"
            : "Period: " + shown + ", the latest in the data (for another: " + other + ")")
        + "\n";
  }
}
