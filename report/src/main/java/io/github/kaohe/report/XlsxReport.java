package io.github.kaohe.report;

import io.github.kaohe.eval.CategoryResult;
import io.github.kaohe.eval.ClassResult;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.IndicatorResult;
import io.github.kaohe.eval.OutcomeResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.Classification;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.whatif.Provisional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The report as an Excel workbook, for analysts who go on working with it: a ranking sheet (place,
 * change, totals, category points, adjustments, rewards, classes), a points-per-indicator sheet
 * (raw value and points of every indicator), an outcomes sheet (every reward and sanction with its
 * reason) and, over several periods, a history sheet; where the policy has them, a registers sheet
 * (each register's class counts and entries with their classes and failed checks), a targets
 * sheet, a thresholds sheet and a tax sharing sheet. Numbers are numbers, formatted to the policy's
 * decimals or to their own; each scheme is a block with its title, one under the other.
 */
public final class XlsxReport {
  private XlsxReport() {}

  /** The workbook's bytes, with names and headings in the given language. */
  public static byte[] write(Report report, Language lang) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      Workbook book = new Workbook(bytes, "Kaohe", "1.0");
      new Writer(report, lang, book).write();
      book.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The sheet names, in order, in the given language. */
  static List<String> sheetNames(Report report, Language lang) {
    return sheets(report).stream().map(sheet -> sheet.name().in(lang)).toList();
  }

  /**
   * The sheets the report needs: the ranking, indicators, outcomes and history of scored schemes;
   * registers; targets; thresholds; tax sharing; each only where some scheme has it.
   */
  private static List<Sheet> sheets(Report report) {
    List<SchemeReport> schemes = report.schemes();
    boolean scored = schemes.stream().anyMatch(s -> s.scheme().scored());
    List<Sheet> sheets = new ArrayList<>();
    if (scored) {
      sheets.add(new Sheet(Label.of("排名", "Ranking"), Writer::ranking));
      sheets.add(new Sheet(Label.of("指标得分", "Indicators"), Writer::indicators));
    }
    if (scored || schemes.stream().anyMatch(s -> !s.scheme().rules().tables().isEmpty())) {
      sheets.add(new Sheet(Label.of("奖惩", "Outcomes"), Writer::outcomes));
    }
    if (scored && report.periods().size() > 1) {
      sheets.add(new Sheet(Label.of("历期", "History"), Writer::history));
    }
    if (!schemes.stream().allMatch(s -> s.scheme().scored())) {
      sheets.add(new Sheet(Label.of("登记", "Registers"), (w, ws) -> XlsxRegisters.write(ws, w.report, w.lang)));
    }
    if (schemes.stream().anyMatch(s -> !s.scheme().rules().targets().isEmpty())) {
      sheets.add(new Sheet(Labels.TARGETS, (w, ws) -> XlsxTargets.write(ws, w.report, w.lang)));
    }
    if (schemes.stream().anyMatch(s -> !s.scheme().rules().checks().isEmpty())) {
      sheets.add(new Sheet(Labels.CHECKS, (w, ws) -> XlsxChecks.write(ws, w.report, w.lang)));
    }
    if (schemes.stream().anyMatch(s -> !s.scheme().rules().taxSharing().isEmpty())) {
      sheets.add(new Sheet(Labels.TAX_SHARING, (w, ws) -> XlsxTaxSharing.write(ws, w.report, w.lang)));
    }
    if (!FundView.of(report).isEmpty()) {
      sheets.add(new Sheet(FundView.FUNDS, (w, ws) -> XlsxFunds.write(ws, w.report, w.lang)));
    }
    return sheets;
  }

  /** A sheet: its name, and what writes it. */
  private record Sheet(Label name, BiConsumer<Writer, Worksheet> write) {}

  private static final class Writer {
    private final Report report;
    private final Language lang;
    private final Workbook book;
    private final String points;
    private final String totals;

    Writer(Report report, Language lang, Workbook book) {
      this.report = report;
      this.lang = lang;
      this.book = book;
      this.points = format(report.policy().arithmetic().points().scale());
      this.totals = format(report.policy().arithmetic().totals().scale());
    }

    void write() {
      for (Sheet sheet : sheets(report)) {
        sheet.write().accept(this, book.newWorksheet(sheet.name().in(lang)));
      }
    }

    private void ranking(Worksheet ws) {
      int r = 0;
      int widest = 0;
      for (SchemeReport sr : scored()) {
        SchemeResult result = sr.latest();
        Scheme scheme = result.scheme();
        r = title(ws, r, result);
        var provisional = sr.provisional();
        if (provisional.isPresent()) { // flagged on the title's row, so that the frozen rows stay title and header
          XlsxCells.value(ws, r - 1, 0, result.scheme().name().in(lang) + " · " + result.period()
              + (report.sampleData() ? " · " + Labels.SAMPLE.in(lang) : "") + " · "
              + Labels.provisional(provisional.get()).in(lang));
        }
        List<String> header = new ArrayList<>(List.of(t("名次", "Place"), t("变化", "Change"), t("编号", "Id"),
            t("名称", "Name"), t("总分", "Total")));
        provisional.ifPresent(p -> header.add(Labels.MAY_END.in(lang)));
        scheme.categories().forEach(c -> {
          PlaceColumns.in(c).forEach(i -> header.add(i.name().in(lang))); // the place, before its points
          header.add(c.name().in(lang));
        });
        header.add(Labels.adjustments(scheme).in(lang));
        header.add(t("奖励", "Rewards"));
        scheme.rules().classifications().forEach(c -> header.add(c.name().in(lang)));
        header(ws, r++, header);
        widest = Math.max(widest, header.size());
        for (EntityResult e : result.entities()) {
          int c = 0;
          place(ws, r, c++, e);
          OptionalInt change = sr.placeChange(e);
          if (change.isPresent()) {
            XlsxCells.value(ws, r, c, change.getAsInt());
            ws.style(r, c).format("+0;-0;0").set();
          }
          c++;
          XlsxCells.value(ws, r, c++, e.id());
          XlsxCells.value(ws, r, c++, e.entity().name().in(lang));
          number(ws, r, c++, e.total(), totals);
          if (provisional.isPresent()) {
            XlsxCells.value(ws, r, c++, provisional.get().describeBounds(e.id()).map(l -> l.in(lang)).orElse(""));
          }
          for (int k = 0; k < e.categories().size(); k++) {
            if (k < scheme.categories().size()) {
              for (var i : PlaceColumns.in(scheme.categories().get(k))) {
                var place = PlaceColumns.place(e, i);
                if (place.isPresent()) { // a number a sheet can sort, shown as the text writes it
                  XlsxCells.value(ws, r, c, place.get());
                  ws.style(r, c).format(lang == Language.ZH ? "\\第0\\位" : "0").set(); // backslashes: no quotes in the XML
                }
                c++;
              }
            }
            number(ws, r, c++, e.categories().get(k).points(), points);
          }
          number(ws, r, c++, e.adjustments(), points);
          number(ws, r, c++, e.money(), "#,##0.##");
          for (Classification cl : scheme.rules().classifications()) {
            ClassResult cls = e.classes().get(cl.id());
            if (cls != null) {
              XlsxCells.value(ws, r, c, cls.name().in(lang));
            }
            c++;
          }
          r++;
        }
        r++;
      }
      widths(ws, widest, 1, 3);
      ws.freezePane(0, scored().size() == 1 ? 2 : 0);
    }

    /** The row of its table by its place (第3行 / row 3), in both languages: an id is no word for the reader. */
    private String rowShown(OutcomeResult o) {
      return lang == Language.ZH ? "第" + o.rowNumber() + "行" : o.rowShown().en();
    }

    private void indicators(Worksheet ws) {
      int r = 0;
      int widest = 0;
      for (SchemeReport sr : scored()) {
        SchemeResult result = sr.latest();
        Scheme scheme = result.scheme();
        r = title(ws, r, result);
        List<String> header = new ArrayList<>(List.of(t("名次", "Place"), t("名称", "Name")));
        for (Indicator i : scheme.indicators()) {
          String unit = i.unit().isEmpty() ? "" : " (" + i.unit() + ")";
          header.add(i.name().in(lang) + t(" 数值", " value") + unit);
          header.add(i.name().in(lang) + t(" 得分", " points") + " /" + i.weight().toPlainString());
        }
        header(ws, r++, header);
        widest = Math.max(widest, header.size());
        for (EntityResult e : result.entities()) {
          int c = 0;
          place(ws, r, c++, e);
          XlsxCells.value(ws, r, c++, e.entity().name().in(lang));
          for (Indicator i : scheme.indicators()) {
            IndicatorResult ir = e.indicator(i.id()).orElse(null);
            if (ir != null && ir.value().isPresent()) {
              number(ws, r, c, ir.value().get(), "General");
            }
            c++;
            if (ir != null) {
              number(ws, r, c, ir.points(), points);
            }
            c++;
          }
          r++;
        }
        r++;
      }
      widths(ws, widest, 1, 1);
    }

    private void outcomes(Worksheet ws) {
      List<String> header = List.of(t("考核表", "Scheme"), t("期间", "Period"), t("名称", "Name"), t("结果", "Status"),
          t("事项", "Outcome"), t("金额", "Amount"), t("单位", "Unit"), t("规则表", "Table"), t("行", "Row"),
          t("理由", "Reason"), t("依据", "Source"));
      header(ws, 0, header);
      int r = 1;
      for (SchemeReport sr : report.schemes()) {
        SchemeResult result = sr.latest();
        for (EntityResult e : result.entities()) {
          for (OutcomeResult o : e.outcomes()) {
            XlsxCells.value(ws, r, 0, result.scheme().name().in(lang));
            XlsxCells.value(ws, r, 1, result.period().toString());
            XlsxCells.value(ws, r, 2, e.entity().name().in(lang));
            // An outcome that follows from a provisional ranking is provisional too.
            XlsxCells.value(ws, r, 3, Labels.status(o, result).in(lang)
                + (sr.provisional().isPresent() ? t("（暂定）", " (provisional)") : ""));
            XlsxCells.value(ws, r, 4, Labels.name(o).in(lang));
            if (o.amount().isPresent()) {
              number(ws, r, 5, o.amount().get(), "#,##0.##");
              XlsxCells.value(ws, r, 6, o.unit());
            }
            XlsxCells.value(ws, r, 7, o.tableName().in(lang));
            XlsxCells.value(ws, r, 8, rowShown(o));
            XlsxCells.value(ws, r, 9, o.reason().in(lang));
            if (o.source().isPresent()) {
              XlsxCells.value(ws, r, 10, o.source().get());
            }
            r++;
          }
        }
      }
      widths(ws, header.size(), 2, 4);
      ws.width(9, 60);
      ws.freezePane(0, 1);
    }

    private void history(Worksheet ws) {
      List<String> header = List.of(t("考核表", "Scheme"), t("期间", "Period"), t("名次", "Place"), t("名称", "Name"),
          t("总分", "Total"));
      header(ws, 0, header);
      int r = 1;
      for (SchemeReport sr : scored()) {
        for (SchemeResult result : sr.results()) {
          for (EntityResult e : result.entities()) {
            XlsxCells.value(ws, r, 0, result.scheme().name().in(lang));
            XlsxCells.value(ws, r, 1, result.period().toString());
            place(ws, r, 2, e);
            XlsxCells.value(ws, r, 3, e.entity().name().in(lang));
            number(ws, r, 4, e.total(), totals);
            r++;
          }
        }
      }
      widths(ws, header.size(), 0, 3);
      ws.freezePane(0, 1);
    }

    /** The schemes that score and rank: a register has no ranking, indicators or history. */
    private List<SchemeReport> scored() {
      return report.schemes().stream().filter(s -> s.scheme().scored()).toList();
    }

    /** The scheme and period on a sheet's first row, with 暂定 / provisional when that ranking is. */
    private int title(Worksheet ws, int r, SchemeResult result) {
      int next = XlsxCells.title(ws, r, result, report.sampleData(), lang);
      if (report.schemes().stream().anyMatch(s -> s.latest() == result && s.provisional().isPresent())) {
        XlsxCells.value(ws, r, 0, result.scheme().name().in(lang) + " · " + result.period()
            + (report.sampleData() ? " · " + Labels.SAMPLE.in(lang) : "") + " · " + Provisional.Result.FLAG.in(lang));
      }
      return next;
    }

    private static void header(Worksheet ws, int r, List<String> cells) {
      XlsxCells.header(ws, r, cells);
    }

    private static void place(Worksheet ws, int r, int c, EntityResult e) {
      if (e.place().isPresent()) {
        XlsxCells.value(ws, r, c, e.place().getAsInt());
      } else {
        XlsxCells.value(ws, r, c, "—");
      }
      ws.style(r, c).horizontalAlignment("right").set();
    }

    private static void number(Worksheet ws, int r, int c, BigDecimal value, String format) {
      XlsxCells.number(ws, r, c, value, format);
    }

    private static void widths(Worksheet ws, int columns, int nameColumn, int nameColumn2) {
      XlsxCells.widths(ws, columns, nameColumn, nameColumn2);
    }

    private String t(String zh, String en) {
      return lang == Language.ZH ? zh : en;
    }

    /** {@code 0.00} for two decimals, {@code 0} for none. */
    private static String format(int scale) {
      return scale == 0 ? "0" : "0." + "0".repeat(scale);
    }
  }
}
