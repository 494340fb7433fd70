package io.github.kaohe.cli;

import io.github.kaohe.model.Language;
import io.github.kaohe.sensitivity.EntityUncertainty;
import io.github.kaohe.sensitivity.InputSensitivity;
import io.github.kaohe.sensitivity.SensitivityResult;
import io.github.kaohe.sensitivity.SobolIndex;
import java.util.List;
import java.util.Locale;

/** The console summary of a sensitivity analysis: the sentence, the places and the indices. */
final class SensitivityTable {
  private SensitivityTable() {}

  static String render(SensitivityResult r, Language lang) {
    boolean zh = lang == Language.ZH;
    StringBuilder s = new StringBuilder();
    s.append(zh ? "敏感性分析 " : "Sensitivity analysis ").append(r.policy()).append(' ').append(r.scheme()).append(' ')
        .append(r.period()).append(String.format(Locale.ROOT,
            zh ? "：%d 个基础样本，名次分布 %d 个样本，种子 %d，评估 %d 次%n" : ": %d base samples, places over %d samples, seed %d, %d evaluations%n",
            r.samples(), r.placeSamples(), r.seed(), r.evaluations()))
        .append(r.summary(lang)).append("\n\n");
    TextTable places = new TextTable()
        .column(zh ? "单位" : "Entity", TextTable.Align.LEFT)
        .column(zh ? "名义名次" : "Nominal", TextTable.Align.RIGHT)
        .column(zh ? "中位名次" : "Median", TextTable.Align.RIGHT)
        .column(zh ? "5%–95%" : "5–95 %", TextTable.Align.RIGHT)
        .column(zh ? "第一名" : "P(first)", TextTable.Align.RIGHT)
        .column(zh ? "名义奖金" : "Money", TextTable.Align.RIGHT)
        .column(zh ? "保住奖金" : "P(keeps)", TextTable.Align.RIGHT)
        .column(zh ? "受处罚" : "P(sanction)", TextTable.Align.RIGHT);
    for (EntityUncertainty e : r.entities()) {
      places.row(List.of(e.name().in(lang), place(e.nominalPlace(), r), place(e.medianPlace(), r),
          place(e.low(), r) + "–" + place(e.high(), r), percent(e.first()), e.nominalMoney().toPlainString(),
          e.keepsReward().isPresent() ? percent(e.keepsReward().getAsDouble()) : "—", percent(e.sanction())));
    }
    s.append(places.render()).append('\n');
    TextTable indices = new TextTable()
        .column(zh ? "不确定输入" : "Input", TextTable.Align.LEFT)
        .column(zh ? "一阶 S" : "First S", TextTable.Align.RIGHT)
        .column(zh ? "95% 区间" : "95 %", TextTable.Align.RIGHT)
        .column(zh ? "总效应 ST" : "Total ST", TextTable.Align.RIGHT)
        .column(zh ? "95% 区间" : "95 %", TextTable.Align.RIGHT);
    for (InputSensitivity i : r.inputs()) {
      SobolIndex x = i.onPlaces();
      indices.row(List.of(i.name().in(lang), index(x.first()), index(x.firstLow()) + "–" + index(x.firstHigh()),
          index(x.total()), index(x.totalLow()) + "–" + index(x.totalHigh())));
    }
    s.append(indices.render());
    s.append(zh ? "\n名次：1 为第一；“—”为无名次。指数为名次平均变动方差的份额。\n"
        : "\nPlaces from 1; '—' is no place. Indices are shares of the variance of the mean shift of places.\n");
    return s.toString();
  }

  private static String place(int place, SensitivityResult r) {
    return place > r.fieldSize() ? "—" : Integer.toString(place);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }

  private static String index(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
