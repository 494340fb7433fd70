package io.github.kaohe.cli;

import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.FundResult;
import io.github.kaohe.eval.Funds;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Fund;
import io.github.kaohe.model.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The policy's funds, each year below the schemes it pays: whether the year's rewards fit, then
 * what each scheme's entities were given from it.
 */
final class FundList {
  private FundList() {}

  /** The list, or empty text when the policy has no fund or the results cover none of its years. */
  static String render(List<SchemeResult> results, Language lang) {
    if (results.isEmpty()) {
      return "";
    }
    List<FundResult> funds = Funds.check(results.get(0).policy(), results);
    if (funds.isEmpty()) {
      return "";
    }
    boolean zh = lang == Language.ZH;
    String first = funds.get(0).period().toString();
    String last = funds.get(funds.size() - 1).period().toString();
    StringBuilder s = new StringBuilder();
    s.append(zh ? "奖励资金 · Funds · " : "Funds · 奖励资金 · ").append(first.equals(last) ? first : first + "–" + last)
        .append('\n');
    for (FundResult f : funds) {
      s.append("  ").append(f.status().label().in(lang)).append(' ').append(f.name().in(lang))
          .append(zh ? "：" : ": ").append(f.reason().in(lang)).append('\n');
      for (String line : bySchemes(f, lang)) {
        s.append("    ").append(line).append('\n');
      }
    }
    return s.toString();
  }

  /**
   * For {@code explain}: each fund that pays the entity's scheme in the period, what it pays the
   * entity and the fund's check; empty text when no fund pays the scheme.
   */
  static String forEntity(List<FundResult> funds, SchemeResult result, EntityResult entity, Language lang) {
    boolean zh = lang == Language.ZH;
    StringBuilder s = new StringBuilder();
    for (FundResult f : funds) {
      Fund fund = result.policy().findFund(f.fund()).orElseThrow();
      if (!f.period().equals(result.period()) || !fund.schemes().contains(result.scheme().id())) {
        continue;
      }
      BigDecimal own = f.parts().stream()
          .filter(p -> p.scheme().equals(result.scheme().id()) && p.entity().equals(entity.id()))
          .map(FundResult.Part::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
      String amount = Amounts.format(own) + " " + f.unit();
      s.append(zh ? "【奖励资金】" : "[fund] ").append(zh ? "本年奖励 " + amount + "由「" + f.name().zh() + "」支付（"
              : amount + " of its rewards paid from " + f.name().en() + " (")
          .append(f.status().label().in(lang)).append(zh ? "）：" : "): ").append(f.reason().in(lang));
      fund.source().ifPresent(src -> s.append(zh ? "〔依据 " : " [source ").append(src).append(zh ? "〕" : "]"));
      s.append('\n');
    }
    return s.toString();
  }

  /** Per scheme: its sum, then each entity's, in the order given. */
  private static List<String> bySchemes(FundResult f, Language lang) {
    boolean zh = lang == Language.ZH;
    Map<String, Map<String, BigDecimal>> sums = new LinkedHashMap<>();
    Map<String, String> schemeNames = new LinkedHashMap<>();
    for (FundResult.Part p : f.parts()) {
      schemeNames.put(p.scheme(), p.schemeName().in(lang));
      sums.computeIfAbsent(p.scheme(), k -> new LinkedHashMap<>()).merge(p.entityName().in(lang), p.amount(), BigDecimal::add);
    }
    String unit = " " + f.unit();
    List<String> lines = new ArrayList<>();
    sums.forEach((scheme, entities) -> {
      List<String> each = new ArrayList<>();
      entities.forEach((name, amount) -> each.add(name + " " + Amounts.format(amount) + unit));
      lines.add(schemeNames.get(scheme) + " " + Amounts.format(f.paidBy(scheme)) + unit + (zh ? "：" : ": ")
          + String.join(zh ? "、" : ", ", each));
    });
    return lines;
  }
}
