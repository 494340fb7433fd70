package io.github.kaohe.report;

import io.github.kaohe.eval.ClassResult;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Classification;
import io.github.kaohe.model.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Worksheet;

/**
 * The registers sheet: per register (a scheme that scores and ranks nobody), its number of entries,
 * the count of each class, and every entry with its attributes (as the data give them), classes and
 * failed checks.
 */
final class XlsxRegisters {
  private XlsxRegisters() {}

  static void write(Worksheet ws, Report report, Language lang) {
    int r = 0;
    int widest = 0;
    int checksColumn = -1;
    for (SchemeReport sr : report.schemes()) {
      if (sr.scheme().scored()) {
        continue;
      }
      SchemeResult result = sr.latest();
      r = XlsxCells.title(ws, r, result, report.sampleData(), lang);
      XlsxCells.value(ws, r++, 0, Labels.register(result.entities().size()).in(lang));
      r++;
      List<Classification> classifications = result.scheme().rules().classifications();
      if (!classifications.isEmpty()) {
        XlsxCells.header(ws, r++, List.of(Labels.CLASSIFICATION.in(lang), Labels.CLASS.in(lang), Labels.COUNT.in(lang)));
        for (Classification c : classifications) {
          for (RegisterView.ClassCount n : RegisterView.counts(result, c)) {
            XlsxCells.value(ws, r, 0, c.name().in(lang));
            XlsxCells.value(ws, r, 1, n.tier().name().in(lang));
            XlsxCells.value(ws, r, 2, n.count());
            r++;
          }
        }
        r++;
      }
      List<String> attributes = result.scheme().attributes();
      boolean checks = CheckSummary.applies(result);
      List<String> header = new ArrayList<>(List.of(lang == Language.ZH ? "编号" : "Id", Labels.NAME.in(lang)));
      attributes.forEach(a -> header.add(result.scheme().attributeName(a).in(lang)));
      classifications.forEach(c -> header.add(c.name().in(lang)));
      if (checks) {
        checksColumn = Math.max(checksColumn, header.size());
        header.add(Labels.FAILED_CHECKS.in(lang));
      }
      XlsxCells.header(ws, r++, header);
      widest = Math.max(widest, header.size());
      for (EntityResult e : result.entities()) {
        int c = 0;
        XlsxCells.value(ws, r, c++, e.id());
        XlsxCells.value(ws, r, c++, e.entity().name().in(lang));
        for (String a : attributes) {
          String value = e.attributes().get(a);
          if (value != null) {
            XlsxCells.value(ws, r, c, value);
          }
          c++;
        }
        for (Classification cl : classifications) {
          ClassResult cls = e.classes().get(cl.id());
          if (cls != null) {
            XlsxCells.value(ws, r, c, cls.name().in(lang));
          }
          c++;
        }
        if (checks && !e.failedChecks().isEmpty()) {
          XlsxCells.value(ws, r, c, e.failedChecks().stream().map(f -> f.message().in(lang))
              .collect(Collectors.joining(lang == Language.ZH ? "；" : "; ")));
        }
        r++;
      }
      r += 2;
    }
    XlsxCells.widths(ws, widest, 0, 1);
    if (checksColumn >= 0) {
      ws.width(checksColumn, 50);
    }
  }
}
