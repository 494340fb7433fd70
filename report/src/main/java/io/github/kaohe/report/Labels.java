package io.github.kaohe.report;

import io.github.kaohe.eval.OutcomeResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.eval.TargetResult;
import io.github.kaohe.model.ActionDefinition;
import io.github.kaohe.model.AdjustmentLayer;
import io.github.kaohe.model.Label;
import java.util.List;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.TaxParty;
import io.github.kaohe.model.TaxSharing;
import java.util.stream.Collectors;

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
  /** The column of a provisional ranking that says where each entity can still end. */
  static final Label MAY_END = Label.of("可能名次", "Places still possible");
  static final Label TARGETS = Label.of("目标", "Targets");
  static final Label CHECKS = Label.of("达标检查", "Thresholds");
  static final Label TAX_SHARING = Label.of("税收分成", "Tax sharing");
  static final Label CLASSES = Label.of("分类统计", "Classes");
  static final Label ENTRIES = Label.of("登记明细", "Entries");
  static final Label COUNT = Label.of("数量", "Count");
  static final Label CLASSIFICATION = Label.of("分类", "Classification");
  static final Label CLASS = Label.of("类别", "Class");
  static final Label FAILED_CHECKS = Label.of("不达标", "Failed checks");
  static final Label TARGET = Label.of("目标", "Target");
  static final Label VALUE = Label.of("现值", "Value");
  static final Label GOAL = Label.of("目标值", "Asked");
  static final Label ATTAINMENT = Label.of("完成度", "Attainment");
  static final Label REQUIRED_GROWTH = Label.of("尚需年增速", "Growth needed a year");
  static final Label EXPLANATION = Label.of("说明", "Reason");
  static final Label SOURCE = Label.of("依据", "Source");
  static final Label CHECK = Label.of("不达标情形", "Threshold not met");
  static final Label VALUES_READ = Label.of("读取的值", "Values read");
  static final Label FIRM = Label.of("企业", "Firm");
  static final Label TAX = Label.of("税种", "Tax");
  static final Label PAID = Label.of("缴纳", "Paid");
  static final Label RECIPIENT = Label.of("接收方", "Recipient");
  static final Label SUM = Label.of("合计", "Total");
  static final Label SAMPLE =
      Label.of("示例数据仅作演示，并非官方统计。", "The sample data are illustrative, not official figures.");

  private Labels() {}

  /** 加分 when every layer is a bonus, 减分 when every layer is a deduction, else 加减分. */
  static Label adjustments(Scheme scheme) {
    boolean bonuses = scheme.adjustments().stream().allMatch(AdjustmentLayer::isBonus);
    boolean deductions = scheme.adjustments().stream().noneMatch(AdjustmentLayer::isBonus);
    return bonuses ? Label.of("加分", "Bonus") : deductions ? Label.of("减分", "Deductions") : Label.of("加减分", "Adjustments");
  }

  /** What a register is, and how many entries it has. */
  static Label register(int entries) {
    return Label.of("登记 " + entries + " 项；登记表只分类、检查和汇总，不评分、不排名",
        entries + " entries; a register is classed, checked and summed up, not scored or ranked");
  }

  /** How a tax sharing rule splits: its parties' shares, who takes the rounding remainder, its source. */
  static Label split(TaxSharing rule) {
    Label remainder = rule.parties().stream().filter(p -> p.id().equals(rule.remainder())).findFirst()
        .map(TaxParty::name).orElse(Label.of(rule.remainder(), rule.remainder()));
    String zh = rule.parties().stream().map(p -> p.name().zh() + " " + p.share().toPlainString())
        .collect(Collectors.joining(" : "));
    String en = rule.parties().stream().map(p -> p.name().en() + " " + p.share().toPlainString())
        .collect(Collectors.joining(" : "));
    String remainderEn = remainder.en().isEmpty() ? "" : Character.toLowerCase(remainder.en().charAt(0)) + remainder.en().substring(1);
    String src = rule.source().map(x -> "〔依据 " + x + "〕").orElse("");
    String srcEn = rule.source().map(x -> " [source " + x + "]").orElse("");
    return Label.of(rule.name().zh() + "：" + zh + "；尾差归" + remainder.zh() + src,
        rule.name().en() + ": " + en + "; the rounding remainder goes to the " + remainderEn + srcEn);
  }


  /**
   * A sign for the status that reads without colour, on a grey-scale printout too: ✓ achieved,
   * ↗ on track, ↘ behind, ✗ missed, … pending, ? not evaluable.
   */
  static String sign(TargetResult.Status status) {
    return switch (status) {
      case ACHIEVED -> "✓";
      case ON_TRACK -> "↗";
      case BEHIND -> "↘";
      case MISSED -> "✗";
      case PENDING -> "…";
      case NOT_EVALUABLE -> "?";
    };
  }

  /** The target's status with its sign: {@code ✓ 已实现}. */
  static Label marked(TargetResult.Status status) {
    Label l = status.label();
    return Label.of(sign(status) + " " + l.zh(), sign(status) + " " + l.en());
  }

  /** An outcome's name, with who receives its money when the table names a payee (奖给所在企业). */
  static Label name(OutcomeResult o) {
    return o.payee().map(p -> Label.of(o.label().zh() + "（奖给" + p.zh() + "）", o.label().en() + " (to " + p.en() + ")"))
        .orElse(o.label());
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
          case VETO -> Label.of("一票否决", "vetoed");
          case ACTION -> o.action().flatMap(a -> result.policy().findAction(a)).flatMap(ActionDefinition::listedAs)
              .orElseGet(() -> switch (actionKind(o, result)) {
                case REWARD -> Label.of("表彰", "commendation");
                case SANCTION -> Label.of("惩戒", "sanction");
                default -> Label.of("处理", "action");
              });
        };
    }
  }

  /** Whether a given outcome is a sanction (a sanctioning action, a lost eligibility or a veto). */
  static boolean sanction(OutcomeResult o, SchemeResult result) {
    return o.given()
        && (o.kind() == OutcomeResult.Kind.ELIGIBILITY || o.kind() == OutcomeResult.Kind.VETO
            || o.kind() == OutcomeResult.Kind.ACTION && actionKind(o, result) == ActionDefinition.Kind.SANCTION);
  }

  private static ActionDefinition.Kind actionKind(OutcomeResult o, SchemeResult result) {
    return o.action().flatMap(a -> result.policy().findAction(a)).map(ActionDefinition::kind)
        .orElse(ActionDefinition.Kind.OTHER);
  }

  /**
   * The line over a provisional ranking: 暂定：2 项数据待定（乙 的 税收待定，可能为 0～80 万元；…），名次可能变动；
   * 标“名次已确定”者不再变动。
   */
  static Label provisional(io.github.kaohe.whatif.Provisional.Result p) {
    List<Label> each = p.pending().stream().map(p::describe).toList();
    return Label.of("暂定：" + each.size() + " 项数据待定（" + String.join("；", each.stream().map(Label::zh).toList())
            + "），名次可能变动；标“名次已确定”者不再变动。",
        "Provisional: " + each.size() + (each.size() == 1 ? " value" : " values") + " pending ("
            + String.join("; ", each.stream().map(Label::en).toList()) + "); places may change, except those marked final.");
  }
}
