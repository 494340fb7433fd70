package io.github.kaohe.cli;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Language;
import io.github.kaohe.whatif.Provisional;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code kaohe whatif --pending}: the provisional ranking, the pending values, and each entity's best and worst place. */
final class ProvisionalOutput {
  private final PrintWriter out;
  private final Language lang;

  ProvisionalOutput(PrintWriter out, Language lang) {
    this.out = out;
    this.lang = lang;
  }

  void print(Assessment assessment, List<String> pending, boolean json) {
    boolean zh = lang == Language.ZH;
    List<Provisional.Result> all = new java.util.ArrayList<>();
    for (SchemeResult result : assessment.results()) {
      Dataset data = assessment.inputs().stream().filter(i -> i.scheme().id().equals(result.scheme().id())).findFirst()
          .orElseThrow().dataset();
      Provisional p = Provisional.of(result.policy(), result.scheme().id(), data, result.period());
      boolean any = false;
      for (String spec : pending) {
        Spec s = Spec.parse(spec);
        String id = result.entityNamed(s.entity).map(e -> dataId(e, data)).orElse(null);
        if (id == null || result.scheme().findIndicator(s.key).isEmpty() && result.scheme().rules().facts().stream()
            .noneMatch(f -> f.id().equals(s.key))) {
          continue;
        }
        try {
          BigDecimal least = s.least;
          BigDecimal greatest = s.greatest;
          p = least == null || greatest == null ? p.pending(id, s.key) : p.pending(id, s.key, least, greatest);
        } catch (IllegalArgumentException x) {
          throw new InputException("--pending " + spec + ": " + x.getMessage());
        }
        any = true;
      }
      if (!any) {
        continue;
      }
      Provisional.Result r = p.evaluate();
      all.add(r);
      if (json) {
        continue;
      }
      out.println((zh ? "【暂定】" : "[provisional] ") + result.scheme().name().in(lang) + " · " + result.period()
          + (zh ? "：" + r.pending().size() + " 项数据待定" : ": " + r.pending().size() + " values pending"));
      for (Provisional.Pending x : r.pending()) {
        out.println(zh ? "  待定：" + x.entity() + " 的 " + x.key() + "，可能为 " + x.least().toPlainString() + "～" + x.greatest().toPlainString()
            : "  pending: " + x.key() + " of " + x.entity() + ", " + x.least().toPlainString() + " to " + x.greatest().toPlainString());
      }
      for (EntityResult e : r.result().entities()) {
        Provisional.Bounds b = r.bounds().get(e.id());
        String now = e.place().isPresent() ? String.valueOf(e.place().getAsInt()) : "—";
        String range = b == null ? "" : b.isFinal() ? (zh ? "名次已确定" : "final")
            : (zh ? "可能第 " + show(b.best()) + "～" + show(b.worst()) + " 名" : "may end " + show(b.best()) + " to " + show(b.worst()));
        out.println(String.format(java.util.Locale.ROOT, "  %4s  %s  %s  %s", now, e.entity().name().in(lang), e.total().toPlainString(), range));
      }
    }
    if (json) {
      out.println(io.github.kaohe.whatif.ProvisionalJson.write(all));
    }
  }

  private static String show(int place) {
    return place == 0 ? "—" : String.valueOf(place);
  }

  private static String dataId(EntityResult e, Dataset data) {
    if (data.entities().contains(e.id())) {
      return e.id();
    }
    return e.entity().allNames().stream().filter(data.entities()::contains).findFirst().orElse(e.id());
  }

  /** {@code ENTITY:KEY} or {@code ENTITY:KEY=LO..HI}. */
  private record Spec(String entity, String key, @Nullable BigDecimal least, @Nullable BigDecimal greatest) {
    static Spec parse(String spec) {
      int colon = spec.lastIndexOf(':');
      int eq = spec.indexOf('=', Math.max(colon, 0));
      if (colon <= 0 || colon == spec.length() - 1) {
        throw new InputException("--pending takes ENTITY:KEY or ENTITY:KEY=LO..HI, e.g. 甲:tax=70..90, not '" + spec + "'");
      }
      String entity = spec.substring(0, colon);
      if (eq < 0) {
        return new Spec(entity, spec.substring(colon + 1), null, null);
      }
      String[] ends = spec.substring(eq + 1).split("\\.\\.", -1);
      try {
        if (ends.length != 2) {
          throw new NumberFormatException();
        }
        return new Spec(entity, spec.substring(colon + 1, eq), new BigDecimal(ends[0].strip()), new BigDecimal(ends[1].strip()));
      } catch (NumberFormatException x) {
        throw new InputException("--pending " + spec + ": the range is LO..HI, two numbers, e.g. 70..90");
      }
    }
  }
}
