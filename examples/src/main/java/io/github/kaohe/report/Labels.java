package io.github.kaohe.report;

import io.github.kaohe.eval.OutcomeResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.ActionDefinition;
import io.github.kaohe.model.AdjustmentLayer;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Scheme;

/** The words every report uses, in Chinese and English. */
final class Labels {
  static final Label PLACE = Label.of("名次", "Place");
  static final Label CHANGE = Label.of("变化", "Change");
  static final Label NAME = Label.of("名称", "Name");
  static final Label TOTAL = Label.of("总分", "Total");
  static final Label REWARDS = Label.of("奖励", "Rewards");
  static final Label ENTITY = Label.of("单位", "Entity");
  static final Label STATUS = Label.of("结果", "Status");
  static final Label OUTCOME = Label.of("事项", "Outcome");
  static final Label AMOUNT = Label.of("金额", "Amount");
  static final Label REASON = Label.of("依据与理由", "Source and reason");
  static final Label SAMPLE =
      Label.of("示例数据仅作演示，并非官方统计。", "The sample data are illustrative, not official figures.");

  private Labels() {}

  /** 加分 when every layer is a bonus, 减分 when every layer is a deduction, else 加减分. */
  static Label adjustments(Scheme scheme) {
    boolean bonuses = scheme.adjustments().stream().allMatch(AdjustmentLayer::isBonus);
    boolean deductions = scheme.adjustments().stream().noneMatch(AdjustmentLayer::isBonus);
    return bonuses ? Label.of("加分", "Bonus") : deductions ? Label.of("减分", "Deductions") : Label.of("加减分", "Adjustments");
  }

  /** What happened to an outcome: given (as a reward, sanction or other), not added, withheld, undecided. */
  static Label status(OutcomeResult o, SchemeResult result) {
    switch (o.status()) {
      case SUPPRESSED:
        return Label.of("不重复", "not added");
      case WITHHELD:
        return Label.of("已取消", "withheld");
      case NOT_EVALUABLE:
        return Label.of("无法判定", "not evaluable");
      default:
        return switch (o.kind()) {
          case MONEY -> Label.of("奖励", "reward");
          case ELIGIBILITY -> Label.of("取消资格", "eligibility lost");
          case ACTION -> switch (actionKind(o, result)) {
            case REWARD -> Label.of("表彰", "commendation");
            case SANCTION -> Label.of("惩戒", "sanction");
            default -> Label.of("处理", "action");
          };
        };
    }
  }

  /** Whether a given outcome is a sanction (a sanctioning action or a lost eligibility). */
  static boolean sanction(OutcomeResult o, SchemeResult result) {
    return o.given()
        && (o.kind() == OutcomeResult.Kind.ELIGIBILITY
            || o.kind() == OutcomeResult.Kind.ACTION && actionKind(o, result) == ActionDefinition.Kind.SANCTION);
  }

  private static ActionDefinition.Kind actionKind(OutcomeResult o, SchemeResult result) {
    return o.action().flatMap(a -> result.policy().findAction(a)).map(ActionDefinition::kind)
        .orElse(ActionDefinition.Kind.OTHER);
  }
}
