package io.github.kaohe.report;

import io.github.kaohe.model.Language;
import io.github.kaohe.sensitivity.EntityUncertainty;
import io.github.kaohe.sensitivity.SensitivityResult;
import java.util.List;
import java.util.Locale;

/**
 * Each entity's place distribution as CSV, one row per entity in nominal order: id, name, nominal
 * and median place, the 5 % and 95 % places, P(first), nominal and mean money, P(any money),
 * P(keeps its reward) (empty when it has none) and P(any sanction). Places run from 1; the field
 * size + 1 stands for no place. Probabilities are shares in [0, 1] to 4 places; money is in the
 * unit of the policy's rules.
 */
public final class SensitivityCsv {
  private SensitivityCsv() {}

  /** The CSV text, headers in the language given. */
  public static String write(SensitivityResult r, Language lang) {
    List<String> headers = lang == Language.ZH
        ? List.of("单位", "名称", "名义名次", "中位名次", "5%名次", "95%名次", "第一名概率", "名义奖金", "平均奖金", "获奖概率", "保住奖金概率",
            "受处罚概率")
        : List.of("entity", "name", "nominal place", "median place", "place 5%", "place 95%", "P(first)", "nominal money",
            "mean money", "P(any money)", "P(keeps reward)", "P(sanction)");
    StringBuilder s = new StringBuilder(String.join(",", headers)).append('\n');
    for (EntityUncertainty e : r.entities()) {
      List<String> cells = List.of(e.id(), e.name().in(lang), Integer.toString(e.nominalPlace()),
          Integer.toString(e.medianPlace()), Integer.toString(e.low()), Integer.toString(e.high()), share(e.first()),
          e.nominalMoney().toPlainString(), e.meanMoney().toPlainString(), share(e.anyMoney()),
          e.keepsReward().isPresent() ? share(e.keepsReward().getAsDouble()) : "", share(e.sanction()));
      s.append(String.join(",", cells.stream().map(CsvReport::quote).toList())).append('\n');
    }
    return s.toString();
  }

  private static String share(double p) {
    return String.format(Locale.ROOT, "%.4f", p);
  }
}
