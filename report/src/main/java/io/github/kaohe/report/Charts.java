package io.github.kaohe.report;

import static io.github.kaohe.report.Html.esc;

import io.github.kaohe.data.Period;
import io.github.kaohe.eval.CategoryResult;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.Label;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The report's charts as inline SVG, drawn here so that the page needs nothing from the network:
 * a stacked bar per entity of its category points, and each entity's total over the periods.
 * Every label is written in Chinese and in English; the page's language switch shows one.
 */
final class Charts {
  private static final int WIDTH = 760;
  private static final int ROW = 22;
  /** The widest label column, in pixels; longer names are cut with an ellipsis (the bar's tooltip has them whole). */
  private static final int MAX_LABEL = 250;
  private static final int VALUE = 56;

  private Charts() {}

  /** A horizontal stacked bar per entity, in ranking order: its points per top-level category, then its bonus. */
  static String categoryBars(SchemeResult result) {
    List<Category> categories = result.scheme().categories();
    List<EntityResult> entities = result.entities();
    boolean bonus = entities.stream().anyMatch(e -> e.adjustments().signum() > 0);
    double max = 1;
    for (EntityResult e : entities) {
      max = Math.max(max, positiveSum(e));
    }
    double scale = niceCeiling(max);
    int label = 16;
    for (EntityResult e : entities) {
      String place = e.place().isPresent() ? e.place().getAsInt() + ". " : "— ";
      label = Math.max(label, Math.max(width(place + e.entity().name().zh()), width(place + e.entity().name().en())) + 10);
    }
    label = Math.min(label, MAX_LABEL);
    int plot = WIDTH - label - VALUE;
    List<Label> names = new ArrayList<>();
    categories.forEach(c -> names.add(c.name()));
    if (bonus) {
      names.add(Label.of("加分", "Bonus"));
    }
    int top = 10;
    int axis = top + entities.size() * ROW + 16;
    StringBuilder legend = new StringBuilder();
    int legendBottom = axis;
    for (boolean zh : new boolean[] {true, false}) {
      legend.append(zh ? "<g class=\"zh\">" : "<g class=\"en\">");
      int x = label;
      int y = axis + 14;
      for (int i = 0; i < names.size(); i++) {
        String name = zh ? names.get(i).zh() : names.get(i).en();
        int w = 16 + width(name) + 14;
        if (x + w > WIDTH && x > label) {
          x = label;
          y += 18;
        }
        legend.append(rect(x, y, 12, 12, i < categories.size() ? Palette.colour(i) : "url(#hatch)"));
        legend.append(String.format(Locale.ROOT, "<text class=\"legend\" x=\"%d\" y=\"%d\">%s</text>", x + 16, y + 10, esc(name)));
        x += w;
      }
      legend.append("</g>");
      legendBottom = Math.max(legendBottom, y + 18);
    }
    int height = legendBottom + 4;
    StringBuilder s = svgStart(height, "categoryBars");
    s.append(legend);
    // grid
    double step = niceStep(scale);
    for (double v = 0; v <= scale + 1e-9; v += step) {
      double x = label + plot * v / scale;
      s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" class=\"grid\"/>",
          x, top - 4, x, top + entities.size() * ROW));
      s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"tick\" text-anchor=\"middle\">%s</text>",
          x, axis, number(v)));
    }
    for (int r = 0; r < entities.size(); r++) {
      EntityResult e = entities.get(r);
      int y = top + r * ROW;
      String place = e.place().isPresent() ? e.place().getAsInt() + ". " : "— ";
      s.append(text(label - 6, y + 15, Label.of(cut(place + e.entity().name().zh(), label - 10),
          cut(place + e.entity().name().en(), label - 10)), "end", "name"));
      double x = label;
      for (int c = 0; c < e.categories().size(); c++) {
        CategoryResult cr = e.categories().get(c);
        double w = plot * Math.max(0, cr.points().doubleValue()) / scale;
        s.append("<g>").append(rect(x, y + 3, w, ROW - 6, Palette.colour(c)))
            .append("<title>").append(esc(cr.category().name().zh() + " " + cr.category().name().en() + ": "
                + cr.points().toPlainString())).append("</title></g>");
        x += w;
      }
      if (e.adjustments().signum() > 0) {
        double w = plot * e.adjustments().doubleValue() / scale;
        s.append(rect(x, y + 3, w, ROW - 6, "url(#hatch)"));
        x += w;
      } else if (e.adjustments().signum() < 0) {
        // A deduction takes its points off the end of the bar: drawn over it, in red.
        double w = Math.min(x - label, plot * -e.adjustments().doubleValue() / scale);
        s.append(String.format(Locale.ROOT,
            "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#fff\" fill-opacity=\"0.6\""
                + " stroke=\"#c62828\" stroke-dasharray=\"3 2\"><title>%s</title></rect>",
            x - w, y + 3, w, ROW - 6, esc(Labels.adjustments(result.scheme()).zh() + " "
                + Labels.adjustments(result.scheme()).en() + ": " + e.adjustments().toPlainString())));
      }
      s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"value\">%s</text>",
          x + 4, y + 15, esc(e.total().toPlainString())));
    }
    return s.append("</svg>").toString();
  }

  /** A line per entity of its total in each period, labelled at its last point. */
  static String totalsOverPeriods(SchemeReport report) {
    List<Period> periods = report.results().stream().map(SchemeResult::period).toList();
    Map<String, EntityResult> latest = new LinkedHashMap<>();
    report.latest().entities().forEach(e -> latest.put(e.id(), e));
    for (SchemeResult r : report.results()) {
      r.entities().forEach(e -> latest.putIfAbsent(e.id(), e));
    }
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (SchemeResult r : report.results()) {
      for (EntityResult e : r.entities()) {
        min = Math.min(min, e.total().doubleValue());
        max = Math.max(max, e.total().doubleValue());
      }
    }
    double step = niceStep(Math.max(1e-9, max - min));
    double low = Math.floor(min / step) * step;
    double high = Math.max(low + step, Math.ceil(max / step) * step);
    int left = 50;
    int right = 24;
    for (EntityResult e : latest.values()) {
      right = Math.max(right, Math.max(width(e.entity().name().zh()), width(e.entity().name().en())) + 14);
    }
    right = Math.min(right, MAX_LABEL);
    int top = 16;
    int plotH = 260;
    int plotW = WIDTH - left - right;
    int height = top + plotH + 40;
    StringBuilder s = svgStart(height, "totalsOverPeriods");
    for (double v = low; v <= high + 1e-9; v += step) {
      double y = top + plotH * (high - v) / (high - low);
      s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"grid\"/>",
          left, y, left + plotW, y));
      s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" class=\"tick\" text-anchor=\"end\">%s</text>",
          left - 6, y + 4, number(v)));
    }
    double dx = periods.size() == 1 ? 0 : (double) plotW / (periods.size() - 1);
    for (int p = 0; p < periods.size(); p++) {
      double x = left + (periods.size() == 1 ? plotW / 2.0 : p * dx);
      s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"tick\" text-anchor=\"middle\">%s</text>",
          x, top + plotH + 18, esc(periods.get(p).toString())));
    }
    List<double[]> ends = new ArrayList<>();
    List<EntityResult> labelled = new ArrayList<>();
    int i = 0;
    for (EntityResult entity : latest.values()) {
      String colour = Palette.colour(i++);
      StringBuilder points = new StringBuilder();
      double[] last = null;
      StringBuilder dots = new StringBuilder();
      for (int p = 0; p < periods.size(); p++) {
        Optional<EntityResult> r = report.results().get(p).entity(entity.id());
        if (r.isEmpty()) {
          continue;
        }
        double x = left + (periods.size() == 1 ? plotW / 2.0 : p * dx);
        double y = top + plotH * (high - r.get().total().doubleValue()) / (high - low);
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        dots.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s</title></circle>",
            x, y, colour, esc(entity.entity().name().zh() + " " + periods.get(p) + ": " + r.get().total().toPlainString())));
        last = new double[] {x, y, i - 1};
      }
      s.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(colour).append("\" points=\"")
          .append(points.toString().strip()).append("\"/>").append(dots);
      if (last != null) {
        ends.add(last);
        labelled.add(entity);
      }
    }
    // End labels, moved apart so that none overlaps the next.
    Integer[] order = new Integer[ends.size()];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    java.util.Arrays.sort(order, Comparator.comparingDouble(k -> ends.get(k)[1]));
    double previous = -1e9;
    for (int k : order) {
      double y = Math.max(ends.get(k)[1] + 4, previous + 14);
      previous = y;
      EntityResult e = labelled.get(k);
      Label name = Label.of(cut(e.entity().name().zh(), right - 12), cut(e.entity().name().en(), right - 12));
      s.append(text((int) Math.round(left + plotW + 8), (int) Math.round(y), name, "start", "name",
          Palette.colour((int) ends.get(k)[2])));
    }
    return s.append("</svg>").toString();
  }

  /** About how wide the text is at 12 px: Chinese characters 12 px, others 6.7 px. */
  static int width(String text) {
    double w = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      w += Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || cp >= 0x3000 && cp < 0xA000 || cp >= 0xFF00 && cp < 0xFF60
          ? 12 : 6.7;
      i += Character.charCount(cp);
    }
    return (int) Math.ceil(w);
  }

  /** The text, cut with an ellipsis to fit the width. */
  static String cut(String text, int maxWidth) {
    if (width(text) <= maxWidth) {
      return text;
    }
    int end = text.length();
    while (end > 1 && width(text.substring(0, end)) + 12 > maxWidth) {
      end = text.offsetByCodePoints(end, -1);
    }
    return text.substring(0, end) + "…";
  }

  private static double positiveSum(EntityResult e) {
    double sum = 0;
    for (CategoryResult c : e.categories()) {
      sum += Math.max(0, c.points().doubleValue());
    }
    return sum + Math.max(0, e.adjustments().doubleValue());
  }

  private static StringBuilder svgStart(int height, String id) {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"%s\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\">",
        id, WIDTH, height, WIDTH, height));
    s.append("<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
        + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ddd\"/>"
        + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#777\" stroke-width=\"3\"/></pattern></defs>");
    return s;
  }

  private static String rect(double x, double y, double w, double h, String fill) {
    return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
        x, y, Math.max(0, w), h, fill);
  }

  private static String text(int x, int y, Label label, String anchor, String cls) {
    return text(x, y, label, anchor, cls, null);
  }

  private static String text(int x, int y, Label label, String anchor, String cls, @Nullable String fill) {
    String f = fill == null ? "" : " fill=\"" + fill + "\"";
    String at = String.format(Locale.ROOT, " x=\"%d\" y=\"%d\" text-anchor=\"%s\"%s", x, y, anchor, f);
    if (label.zh().equals(label.en())) {
      return "<text class=\"" + cls + "\"" + at + ">" + esc(label.zh()) + "</text>";
    }
    return "<text class=\"" + cls + " zh\"" + at + ">" + esc(label.zh()) + "</text>"
        + "<text class=\"" + cls + " en\"" + at + ">" + esc(label.en()) + "</text>";
  }

  /** 1, 2 or 5 times a power of ten, about a fifth of the range. */
  static double niceStep(double range) {
    double raw = range / 5;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / power;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
  }

  /** The smallest multiple of the nice step at or above the value. */
  static double niceCeiling(double value) {
    double step = niceStep(value / 2);
    return Math.ceil(value / step - 1e-9) * step;
  }

  private static String number(double v) {
    BigDecimal d = BigDecimal.valueOf(v).setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
  }
}
