package io.github.kaohe.report;

import io.github.kaohe.eval.FundResult;
import io.github.kaohe.model.Language;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;

/**
 * The funds sheet: per fund and year, the rewards paid against what the fund holds, as numbers (a
 * fund that has grown by a rate not given holds at least its first year's amount, and says so),
 * then what each scheme paid from it.
 */
final class XlsxFunds {
  private XlsxFunds() {}

  static void write(Worksheet ws, Report report, Language lang) {
    boolean zh = lang == Language.ZH;
    List<FundResult> all = FundView.of(report);
    int r = 0;
    XlsxCells.value(ws, r, 0, FundView.FUNDS.in(lang) + " · " + report.periodRange()
        + (report.sampleData() ? " · " + Labels.SAMPLE.in(lang) : ""));
    ws.style(r++, 0).bold().fontSize(13).set();
    List<String> header = List.of(FundView.FUNDS.in(lang), FundView.YEAR.in(lang), Labels.STATUS.in(lang),
        FundView.PAID.in(lang), FundView.HOLDS.in(lang), zh ? "额度" : "Amount held", FundView.LEFT.in(lang),
        FundView.GROWTH.in(lang), zh ? "单位" : "Unit", Labels.EXPLANATION.in(lang));
    XlsxCells.header(ws, r++, header);
    for (FundResult f : all) {
      XlsxCells.value(ws, r, 0, f.name().in(lang));
      XlsxCells.value(ws, r, 1, f.period().year());
      XlsxCells.value(ws, r, 2, f.status().label().in(lang));
      XlsxCells.shown(ws, r, 3, f.paid());
      XlsxCells.shown(ws, r, 4, f.amount());
      XlsxCells.value(ws, r, 5, f.exact() ? (zh ? "当年额度" : "this year's")
          : (zh ? "至少（首年额度，此后递增）" : "at least (the first year's; it grows)"));
      if (f.exact() || f.margin().signum() >= 0) {
        XlsxCells.shown(ws, r, 6, f.margin());
      }
      if (f.requiredGrowth().isPresent()) {
        XlsxCells.percent(ws, r, 7, f.requiredGrowth().get());
      }
      XlsxCells.value(ws, r, 8, f.unit());
      XlsxCells.value(ws, r, 9, f.reason().in(lang));
      r++;
    }
    r++;
    XlsxCells.value(ws, r, 0, FundView.PARTS.in(lang));
    ws.style(r++, 0).bold().set();
    for (FundResult f : all) {
      for (String line : FundView.bySchemes(f, lang)) {
        XlsxCells.value(ws, r, 0, f.name().in(lang));
        XlsxCells.value(ws, r, 1, f.period().year());
        XlsxCells.value(ws, r++, 2, line);
      }
    }
    XlsxCells.widths(ws, header.size(), 0, 9);
  }
}
