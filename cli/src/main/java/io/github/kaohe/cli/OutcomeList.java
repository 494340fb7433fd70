package io.github.kaohe.cli;

import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.OutcomeResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.ActionDefinition;
import io.github.kaohe.model.Language;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the rule tables gave, beside a ranking: per entity, in place order, the rewards, actions
 * and lost eligibilities it receives, and the rewards it does not receive because a higher one
 * applies or its eligibility was lost. Rows that could not be decided are counted, and
 * {@code kaohe explain} shows why.
 */
final class OutcomeList {
  private OutcomeList() {}

  /** The list, or empty text when the scheme has no rules or nothing followed. */
  static String render(SchemeResult result, Language lang) {
    boolean zh = lang == Language.ZH;
    if (result.scheme().rules().tables().isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder();
    int undecided = 0;
    for (EntityResult e : result.entities()) {
      List<OutcomeResult> shown =
          e.outcomes().stream().filter(o -> o.status() != OutcomeResult.Status.NOT_EVALUABLE).toList();
      undecided += e.outcomes().size() - shown.size();
      if (shown.isEmpty()) {
        continue;
      }
      s.append(e.entity().name().in(lang));
      BigDecimal money = e.money();
      if (money.signum() > 0) {
        s.append(zh ? "　奖励合计 " : "  rewards in all ").append(Amounts.format(money)).append(' ')
            .append(unit(shown));
      }
      BigDecimal toOthers = e.moneyToOthers();
      if (toOthers.signum() > 0) {
        s.append(zh ? "　另奖所在企业等 " : "  and to others ").append(Amounts.format(toOthers)).append(' ')
            .append(unit(shown));
      }
      s.append('\n');
      for (OutcomeResult o : shown) {
        s.append("  ").append(status(o, result, zh)).append(' ').append(o.label().in(lang));
        o.amount().ifPresent(a -> s.append(' ').append(Amounts.format(a)).append(' ').append(o.unit()));
        o.payee().ifPresent(p -> s.append(zh ? "（奖给" + p.zh() + "）" : " (to " + p.en() + ")"));
        if (o.status() != OutcomeResult.Status.GIVEN) {
          s.append(zh ? "（" : " (").append(o.reason().in(lang)).append(zh ? "）" : ")");
        }
        s.append('\n');
      }
    }
    if (s.length() == 0 && undecided == 0) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    out.append(zh ? "奖惩 · Rewards and sanctions · " : "Rewards and sanctions · 奖惩 · ")
        .append(result.period()).append('\n');
    out.append(s.length() == 0 ? (zh ? "（无）\n" : "(none)\n") : s);
    if (undecided > 0) {
      out.append(zh
              ? "另有 " + undecided + " 项因缺少数据或往年记录无法判定，详见 kaohe explain。"
              : undecided + " more could not be decided for want of data or history; see kaohe explain.")
          .append('\n');
    }
    return out.toString();
  }

  private static String unit(List<OutcomeResult> outcomes) {
    return outcomes.stream()
        .filter(o -> o.kind() == OutcomeResult.Kind.MONEY)
        .map(OutcomeResult::unit)
        .findFirst()
        .orElse("");
  }

  private static String status(OutcomeResult o, SchemeResult result, boolean zh) {
    switch (o.status()) {
      case SUPPRESSED:
        return zh ? "不重复奖励（已取最高一项）" : "not added (the highest reward applies)";
      case WITHHELD:
        return zh ? "已取消（资格已失）" : "withheld (eligibility lost)";
      default:
        switch (o.kind()) {
          case MONEY:
            return zh ? "奖励" : "reward";
          case ELIGIBILITY:
            return zh ? "资格" : "eligibility";
          default:
            java.util.Optional<io.github.kaohe.model.Label> listed =
                o.action().flatMap(a -> result.policy().findAction(a)).flatMap(ActionDefinition::listedAs);
            if (listed.isPresent()) {
              return zh ? listed.get().zh() : listed.get().en();
            }
            ActionDefinition.Kind kind =
                o.action().flatMap(a -> result.policy().findAction(a)).map(ActionDefinition::kind)
                    .orElse(ActionDefinition.Kind.OTHER);
            return switch (kind) {
              case REWARD -> zh ? "表彰" : "reward";
              case SANCTION -> zh ? "惩戒" : "sanction";
              default -> zh ? "处理" : "action";
            };
        }
    }
  }
}
