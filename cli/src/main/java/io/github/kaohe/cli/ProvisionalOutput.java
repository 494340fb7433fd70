package io.github.kaohe.cli;

import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.model.Language;
import io.github.kaohe.whatif.Provisional;
import io.github.kaohe.whatif.ProvisionalJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** {@code kaohe whatif --pending}: the provisional ranking, the pending values, and each entity's best and worst place. */
final class ProvisionalOutput {
  private final PrintWriter out;
  private final Language lang;

  ProvisionalOutput(PrintWriter out, Language lang) {
    this.out = out;
    this.lang = lang;
  }

  void print(List<Provisional.Result> all, boolean json) {
    if (json) {
      out.println(ProvisionalJson.write(all));
      return;
    }
    boolean zh = lang == Language.ZH;
    for (Provisional.Result r : all) {
      out.println((zh ? "【暂定】" : "[provisional] ") + r.result().scheme().name().in(lang) + " · " + r.result().period()
          + (zh ? "：" + r.pending().size() + " 项数据待定" : ": " + r.pending().size() + (r.pending().size() == 1 ? " value" : " values")
              + " pending"));
      for (Provisional.Pending x : r.pending()) {
        out.println("  " + (zh ? "待定：" : "pending: ") + r.describe(x).in(lang));
      }
      for (EntityResult e : r.result().entities()) {
        String now = e.place().isPresent() ? String.valueOf(e.place().getAsInt()) : "—";
        String range = r.describeBounds(e.id()).map(l -> l.in(lang)).orElse("");
        out.println(String.format(Locale.ROOT, "  %4s  %s  %s  %s", now, e.entity().name().in(lang), e.total().toPlainString(), range));
      }
    }
  }
}
