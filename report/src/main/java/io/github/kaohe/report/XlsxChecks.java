package io.github.kaohe.report;

import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Language;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;

/**
 * The thresholds sheet: per scheme with checks, how many failed, passed, could not be decided or
 * did not apply; under it every failed check with its entity, message, the values it read and the
 * section of the source.
 */
final class XlsxChecks {
  private XlsxChecks() {}

  static void write(Worksheet ws, Report report, Language lang) {
    boolean zh = lang == Language.ZH;
    List<String> counts = List.of(zh ? "考核表" : "Scheme", zh ? "期间" : "Period", zh ? "不达标" : "Failed",
        zh ? "符合" : "Passed", zh ? "无法判定" : "Not evaluable", zh ? "不适用" : "Not applicable");
    XlsxCells.header(ws, 0, counts);
    int r = 1;
    for (SchemeReport sr : report.schemes()) {
      SchemeResult result = sr.latest();
      if (!CheckSummary.applies(result)) {
        continue;
      }
      CheckSummary checks = CheckSummary.of(result);
      XlsxCells.value(ws, r, 0, result.scheme().name().in(lang));
      XlsxCells.value(ws, r, 1, result.period().toString());
      XlsxCells.value(ws, r, 2, checks.failed().size());
      XlsxCells.value(ws, r, 3, checks.passed());
      XlsxCells.value(ws, r, 4, checks.notEvaluable());
      XlsxCells.value(ws, r, 5, checks.notApplicable());
      for (int c = 2; c <= 5; c++) {
        ws.style(r, c).format("0").set();
      }
      r++;
    }
    r++;
    List<String> header = List.of(zh ? "考核表" : "Scheme", zh ? "期间" : "Period", zh ? "编号" : "Id",
        Labels.ENTITY.in(lang), zh ? "检查" : "Check", Labels.CHECK.in(lang), Labels.VALUES_READ.in(lang),
        Labels.SOURCE.in(lang));
    XlsxCells.header(ws, r++, header);
    for (SchemeReport sr : report.schemes()) {
      SchemeResult result = sr.latest();
      if (!CheckSummary.applies(result)) {
        continue;
      }
      for (CheckSummary.Failure f : CheckSummary.of(result).failed()) {
        XlsxCells.value(ws, r, 0, result.scheme().name().in(lang));
        XlsxCells.value(ws, r, 1, result.period().toString());
        XlsxCells.value(ws, r, 2, f.entity().id());
        XlsxCells.value(ws, r, 3, f.entity().entity().name().in(lang));
        XlsxCells.value(ws, r, 4, f.check().name().in(lang));
        XlsxCells.value(ws, r, 5, f.check().message().in(lang));
        XlsxCells.value(ws, r, 6, CheckSummary.values(result.scheme(), f.check()).in(lang));
        if (f.check().source().isPresent()) {
          XlsxCells.value(ws, r, 7, f.check().source().get());
        }
        r++;
      }
    }
    XlsxCells.widths(ws, header.size(), 0, 3);
    ws.width(2, 26);
    ws.width(4, 40);
    ws.width(5, 40);
    ws.width(6, 36);
  }
}
