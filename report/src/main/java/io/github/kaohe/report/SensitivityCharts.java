package io.github.kaohe.report;

import static io.github.kaohe.report.Html.esc;

import io.github.kaohe.sensitivity.EntityUncertainty;
import io.github.kaohe.sensitivity.InputSensitivity;
import io.github.kaohe.sensitivity.SensitivityResult;
import io.github.kaohe.sensitivity.SobolIndex;
import java.util.Locale;

/**
 * The sensitivity page's two charts as inline SVG: each entity's 5–95 % place interval with its
 * nominal place (a dot) and median (a tick), and a bar per uncertain input of its Sobol indices on
 * the places, first-order and total, with their 95 % intervals.
 */
final class SensitivityCharts {
  private static final int WIDTH = 760;
  private static final int ROW = 24;
  private static final int LABEL = 230;
  private static final int TOP = 28;

  private SensitivityCharts() {}

  /** Each entity's place interval, best place on the left. */
  static String placeIntervals(SensitivityResult r) {
    int places = r.fieldSize() + 1;
    int height = TOP + ROW * r.entities().size() + 10;
    double plot = WIDTH - LABEL - 30;
    StringBuilder s = start(height, "place-intervals");
    for (int p = 1; p <= places; p++) {
      double x = LABEL + plot * (p - 1) / Math.max(1, places - 1);
      s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e3e3e3\"/>", x, TOP - 6, x,
          height - 6));
      if (places <= 30 || p % 5 == 1) {
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"axis\">%s</text>", x, TOP - 10,
            p == places ? "—" : Integer.toString(p)));
      }
    }
    int row = 0;
    for (EntityUncertainty e : r.entities()) {
      int y = TOP + ROW * row + ROW / 2;
      double lo = LABEL + plot * (e.low() - 1) / Math.max(1, places - 1);
      double hi = LABEL + plot * (e.high() - 1) / Math.max(1, places - 1);
      double nominal = LABEL + plot * (e.nominalPlace() - 1) / Math.max(1, places - 1);
      double median = LABEL + plot * (e.medianPlace() - 1) / Math.max(1, places - 1);
      String colour = Palette.colour(row);
      s.append("<g><title>").append(esc(e.name().zh() + " / " + e.name().en() + ": nominal " + e.nominalPlace() + ", median "
          + e.medianPlace() + ", 5–95 % " + e.low() + "–" + e.high())).append("</title>");
      s.append(text(LABEL - 8, y + 4, Charts.cut(e.name().zh(), LABEL - 12), Charts.cut(e.name().en(), LABEL - 12)));
      s.append(String.format(Locale.ROOT,
          "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"8\" rx=\"4\" fill=\"%s\" opacity=\"0.45\"/>", lo - 4, y - 4,
          hi - lo + 8, colour));
      s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#333\" stroke-width=\"2\"/>",
          median, y - 7, median, y + 7));
      s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"4.5\" fill=\"%s\" stroke=\"#fff\"/>", nominal, y,
          colour));
      s.append("</g>");
      row++;
    }
    return s.append("</svg>").toString();
  }

  /** A pair of bars per input: first-order (solid) and total (light), with 95 % whiskers. */
  static String indexBars(SensitivityResult r) {
    int height = TOP + 2 * ROW * r.inputs().size() + 10;
    double plot = WIDTH - LABEL - 60;
    StringBuilder s = start(height, "sobol-indices");
    for (int t = 0; t <= 10; t += 2) {
      double x = LABEL + plot * t / 10.0;
      s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e3e3e3\"/>", x, TOP - 6, x,
          height - 6));
      s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"axis\">%d %%</text>", x,
          TOP - 10, t * 10));
    }
    int row = 0;
    for (InputSensitivity i : r.inputs()) {
      int y = TOP + 2 * ROW * row;
      SobolIndex x = i.onPlaces();
      s.append(text(LABEL - 8, y + ROW, Charts.cut(i.name().zh(), LABEL - 12), Charts.cut(i.name().en(), LABEL - 12)));
      bar(s, y + 4, x.first(), x.firstLow(), x.firstHigh(), plot, Palette.colour(0), "S");
      bar(s, y + ROW, x.total(), x.totalLow(), x.totalHigh(), plot, Palette.colour(1), "ST");
      row++;
    }
    return s.append("</svg>").toString();
  }

  private static void bar(StringBuilder s, int y, double value, double low, double high, double plot, String colour,
      String name) {
    s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"14\" fill=\"%s\"><title>%s %.3f"
        + " (95 %%: %.3f–%.3f)</title></rect>", LABEL, y, plot * value, colour, name, value, low, high));
    s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#333\"/>", LABEL + plot * low,
        y + 7, LABEL + plot * high, y + 7));
    s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"axis\">%s %.0f %%</text>", LABEL + plot * value + 6,
        y + 11, name, 100 * value));
  }

  private static StringBuilder start(int height, String id) {
    return new StringBuilder(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"%s\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\">",
        id, WIDTH, height, WIDTH, height));
  }

  private static String text(int x, int y, String zh, String en) {
    String at = String.format(Locale.ROOT, " x=\"%d\" y=\"%d\" text-anchor=\"end\"", x, y);
    return "<text class=\"label zh\"" + at + ">" + esc(zh) + "</text><text class=\"label en\"" + at + ">" + esc(en) + "</text>";
  }
}
