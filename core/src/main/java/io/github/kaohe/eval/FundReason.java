package io.github.kaohe.eval;

import io.github.kaohe.model.Fund;
import io.github.kaohe.model.Label;
import java.math.BigDecimal;
import java.util.List;

/** A fund check in words, in Chinese and English, with the amounts that decide it. */
final class FundReason {
  private FundReason() {}

  static Label of(Fund fund, int year, BigDecimal paid, FundResult.Status status, boolean exact,
      BigDecimal growth, BigDecimal notCounted, List<Label> payees, List<Label> notEvaluated) {
    String u = " " + fund.unit();
    String amount = plain(fund.amount()) + u;
    String margin = plain(fund.amount().subtract(paid).abs()) + u;
    StringBuilder zh = new StringBuilder().append(year).append("年奖励 ").append(plain(paid)).append(u).append("，");
    StringBuilder en = new StringBuilder().append(year).append(": rewards of ").append(plain(paid)).append(u).append("; ");
    switch (status) {
      case OVER -> {
        zh.append("资金 ").append(amount).append("，超出 ").append(margin);
        en.append("the fund holds ").append(amount).append(", over by ").append(margin);
      }
      case NEEDS_GROWTH -> {
        zh.append("比").append(fund.from()).append("年额度 ").append(amount).append(" 多 ").append(margin)
            .append("；资金自").append(fund.from()).append("年起年均增长 ").append(plain(growth))
            .append("% 以上方可支付");
        en.append("more than the fund's ").append(amount).append(" of ").append(fund.from()).append(" by ")
            .append(margin).append("; it holds them if it grew by ").append(plain(growth))
            .append("% a year or more since");
      }
      default -> {
        if (exact) {
          zh.append("资金 ").append(amount).append("，余 ").append(margin);
          en.append("the fund holds ").append(amount).append(", ").append(margin).append(" left");
        } else {
          zh.append("资金至少 ").append(amount).append("（").append(fund.from()).append("年 ").append(amount)
              .append("，此后逐年递增），余 ").append(margin).append("以上");
          en.append("the fund holds at least ").append(amount).append(" (").append(amount).append(" in ")
              .append(fund.from()).append(", growing since), at least ").append(margin).append(" left");
        }
      }
    }
    if (notCounted.signum() != 0) {
      zh.append("；另奖").append(join(payees, "zh")).append(" ").append(plain(notCounted)).append(u)
          .append("，不由本资金支付");
      en.append("; ").append(plain(notCounted)).append(u).append(" more to ").append(join(payees, "en"))
          .append(", not paid from the fund");
    }
    if (!notEvaluated.isEmpty()) {
      zh.append("；未评估：").append(join(notEvaluated, "zh"));
      en.append("; not evaluated: ").append(join(notEvaluated, "en"));
    }
    return Label.of(zh.toString(), en.toString());
  }

  private static String join(List<Label> labels, String lang) {
    return String.join(lang.equals("zh") ? "、" : ", ",
        labels.stream().map(l -> lang.equals("zh") ? l.zh() : l.en()).distinct().toList());
  }

  static String plain(BigDecimal d) {
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }
}
