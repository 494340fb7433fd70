package io.github.kaohe.cli;

import io.github.kaohe.model.Language;
import io.github.kaohe.sensitivity.EntityUncertainty;
import io.github.kaohe.sensitivity.InputSensitivity;
import io.github.kaohe.sensitivity.SensitivityResult;
import io.github.kaohe.sensitivity.SobolIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    s.append(byEntity(r, lang));
    s.append(zh ? "\n名次：1 为第一；“—”为无名次。指数为名次平均变动方差的份额；各单位的指数为其名次方差的份额（一阶 S / 总效应 ST）。\n"
        : "\nPlaces from 1; '—' is no place. Indices are shares of the variance of the mean shift of places; an entity's,"
            + " of the variance of its place (first S / total ST).\n");
    if (r.placeBand() > 1) {
      s.append(String.format(Locale.ROOT, zh ? "名次分布按每 %d 个名次一档记录，5%%–95%% 区间与中位名次精确到档。%n"
          : "Place distributions are kept in bands of %d places: the 5–95 %% interval and the median are to the band.%n",
          r.placeBand()));
    }
    return s.toString();
  }

  /** Each chosen entity's place: S / ST of every input, an entity a row. */
  private static String byEntity(SensitivityResult r, Language lang) {
    if (r.inputs().isEmpty() || r.inputs().get(0).onEntities().isEmpty()) {
      return "";
    }
    Map<String, EntityUncertainty> byId = new HashMap<>();
    r.entities().forEach(e -> byId.put(e.id(), e));
    TextTable t = new TextTable().column(lang == Language.ZH ? "单位名次" : "Place of", TextTable.Align.LEFT);
    for (InputSensitivity i : r.inputs()) {
      t.column(i.name().in(lang) + " S/ST", TextTable.Align.RIGHT);
    }
    for (String id : r.inputs().get(0).onEntities().keySet()) {
      EntityUncertainty e = byId.get(id);
      List<String> row = new ArrayList<>();
      row.add(e == null ? id : e.name().in(lang));
      for (InputSensitivity i : r.inputs()) {
        SobolIndex x = i.onEntities().get(id);
        row.add(index(x.first()) + "/" + index(x.total()));
      }
      t.row(row);
    }
    return "\n" + t.render();
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
