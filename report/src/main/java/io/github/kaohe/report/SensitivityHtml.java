package io.github.kaohe.report;

import static io.github.kaohe.report.Html.both;
import static io.github.kaohe.report.Html.esc;

import io.github.kaohe.model.Language;
import io.github.kaohe.sensitivity.EntityUncertainty;
import io.github.kaohe.sensitivity.InputSensitivity;
import io.github.kaohe.sensitivity.SensitivityResult;
import io.github.kaohe.sensitivity.SobolIndex;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A sensitivity analysis as one HTML page that needs nothing from the network: the plain-language
 * summary, each entity's place interval (nominal place marked) as an SVG chart and a table, and
 * the Sobol indices of each uncertain input as a bar chart and a table. Chinese and English, one
 * shown at a time.
 */
public final class SensitivityHtml {
  private static final String STYLE = """
      body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#222}
      body.en .zh,body:not(.en) .en{display:none}
      table{border-collapse:collapse;margin:1em 0}td,th{border-bottom:1px solid #ddd;padding:3px 8px}
      .num{text-align:right;font-variant-numeric:tabular-nums}.note{color:#555;font-size:90%}
      .chart text{font-size:12px}.chart .axis{fill:#666;font-size:11px}
      button{float:right}
      """;

  private SensitivityHtml() {}

  /** The page. */
  public static String write(SensitivityResult r) {
    StringBuilder s = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">\n<title>")
        .append(esc("敏感性分析 Sensitivity analysis: " + r.policy() + " " + r.scheme() + " " + r.period()))
        .append("</title>\n<style>").append(STYLE).append("</style></head>\n<body>\n")
        .append("<button onclick=\"document.body.classList.toggle('en')\">中文 / English</button>\n");
    s.append(section(r));
    return s.append("</body></html>\n").toString();
  }

  /** The analysis as a section to put in another page (which supplies the page's style). */
  public static String section(SensitivityResult r) {
    StringBuilder s = new StringBuilder("<section class=\"sensitivity\">\n<h1>")
        .append(both("名次有多确定？敏感性分析", "How sure is a place? Sensitivity analysis")).append("</h1>\n")
        .append("<p>").append(both(r.summary(Language.ZH), r.summary(Language.EN))).append("</p>\n")
        .append(Html.note(
            String.format(Locale.ROOT, "%s · %s · %s：%d 个基础样本（名次分布 %d 个样本），种子 %d，共评估 %d 次。", r.policy(), r.scheme(),
                r.period(), r.samples(), r.placeSamples(), r.seed(), r.evaluations()),
            String.format(Locale.ROOT, "%s · %s · %s: %d base samples (place distributions over %d), seed %d, %d evaluations.",
                r.policy(), r.scheme(), r.period(), r.samples(), r.placeSamples(), r.seed(), r.evaluations())));
    s.append("<h2>").append(both("名次区间", "Place intervals")).append("</h2>\n")
        .append(SensitivityCharts.placeIntervals(r)).append('\n')
        .append(Html.note("圆点：名义名次；竖线：中位名次；色条：5%–95% 名次区间。“—”表示无名次。",
            "Dot: nominal place; tick: median place; bar: the 5–95 % place interval. '—' stands for no place."));
    s.append(entities(r));
    s.append("<h2>").append(both("各不确定输入的 Sobol 指数（名次平均变动）", "Sobol indices of each input (mean shift of places)"))
        .append("</h2>\n").append(SensitivityCharts.indexBars(r)).append('\n')
        .append(Html.note("S：一阶指数（单独解释的方差份额）；ST：总效应指数（含交互作用）；线段为 95% 自助法区间。",
            "S: first-order index (the share of variance an input explains alone); ST: total index (with interactions);"
                + " whiskers: 95 % bootstrap intervals."));
    s.append(inputs(r));
    s.append(byEntity(r));
    return s.append("</section>\n").toString();
  }

  private static String entities(SensitivityResult r) {
    StringBuilder s = new StringBuilder("<table>\n<tr><th>").append(both("单位", "Entity")).append("</th>");
    for (String[] h : new String[][] {{"名义名次", "Nominal place"}, {"中位名次", "Median place"}, {"5%–95% 名次", "5–95 % place"},
        {"第一名概率", "P(first)"}, {"名义奖金（万元）", "Nominal money (万元)"}, {"平均奖金（万元）", "Mean money (万元)"},
        {"保住奖金概率", "P(keeps reward)"}, {"受处罚概率", "P(sanction)"}}) {
      s.append("<th class=\"num\">").append(both(h[0], h[1])).append("</th>");
    }
    s.append("</tr>\n");
    for (EntityUncertainty e : r.entities()) {
      s.append("<tr><td>").append(both(e.name())).append("</td>")
          .append(num(place(e.nominalPlace(), r))).append(num(place(e.medianPlace(), r)))
          .append(num(place(e.low(), r) + "–" + place(e.high(), r)))
          .append(num(percent(e.first()))).append(num(e.nominalMoney().toPlainString()))
          .append(num(e.meanMoney().toPlainString()))
          .append(num(e.keepsReward().isPresent() ? percent(e.keepsReward().getAsDouble()) : "—"))
          .append(num(percent(e.sanction()))).append("</tr>\n");
    }
    return s.append("</table>\n").toString();
  }

  private static String inputs(SensitivityResult r) {
    StringBuilder s = new StringBuilder("<table>\n<tr><th>").append(both("不确定输入", "Input")).append("</th><th>")
        .append(both("变动方式", "How it varies")).append("</th>");
    for (String[] h : new String[][] {{"一阶 S", "First-order S"}, {"95% 区间", "95 % interval"}, {"总效应 ST", "Total ST"},
        {"95% 区间", "95 % interval"}}) {
      s.append("<th class=\"num\">").append(both(h[0], h[1])).append("</th>");
    }
    s.append("</tr>\n");
    for (InputSensitivity i : r.inputs()) {
      SobolIndex x = i.onPlaces();
      s.append("<tr><td>").append(both(i.name())).append("</td><td>").append(esc(i.declared())).append("</td>")
          .append(num(index(x.first()))).append(num(index(x.firstLow()) + "–" + index(x.firstHigh())))
          .append(num(index(x.total()))).append(num(index(x.totalLow()) + "–" + index(x.totalHigh()))).append("</tr>\n");
    }
    return s.append("</table>\n").toString();
  }

  /** Each chosen entity's place: S / ST of every input, an entity a row. */
  private static String byEntity(SensitivityResult r) {
    if (r.inputs().isEmpty() || r.inputs().get(0).onEntities().isEmpty()) {
      return "";
    }
    Map<String, EntityUncertainty> byId = new HashMap<>();
    r.entities().forEach(e -> byId.put(e.id(), e));
    StringBuilder s = new StringBuilder("<h2>").append(both("各单位名次的 Sobol 指数", "Sobol indices of each entity's place"))
        .append("</h2>\n<table>\n<tr><th>").append(both("单位", "Entity")).append("</th>");
    for (InputSensitivity i : r.inputs()) {
      s.append("<th class=\"num\">").append(both(i.name())).append("</th>");
    }
    s.append("</tr>\n");
    for (String id : r.inputs().get(0).onEntities().keySet()) {
      EntityUncertainty e = byId.get(id);
      s.append("<tr><td>").append(e == null ? esc(id) : both(e.name())).append("</td>");
      for (InputSensitivity i : r.inputs()) {
        SobolIndex x = i.onEntities().get(id);
        s.append(num(index(x.first()) + " / " + index(x.total())));
      }
      s.append("</tr>\n");
    }
    return s.append("</table>\n").append(Html.note("每格：一阶指数 S / 总效应指数 ST，为该单位名次方差的份额。",
        "Each cell: first-order S / total ST, shares of the variance of that entity's place.")).append('\n').toString();
  }

  private static String num(String text) {
    return "<td class=\"num\">" + esc(text) + "</td>";
  }

  private static String place(int place, SensitivityResult r) {
    return place > r.fieldSize() ? "—" : Integer.toString(place);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f %%", 100 * share);
  }

  private static String index(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
