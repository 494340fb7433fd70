package io.github.kaohe.eval;

import io.github.kaohe.model.Label;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-vote veto of awards (一票否决): once one is given to an entity in a period, every amount of
 * money its tables would give it in that period, before or after the veto's table, is withheld,
 * naming the veto's row; actions and sanctions still follow.
 */
final class AwardsVeto {
  private AwardsVeto() {}

  /** The entity's outcomes with its money withheld if a veto of awards was given. */
  static List<OutcomeResult> apply(List<OutcomeResult> outcomes) {
    if (outcomes.isEmpty()) {
      return outcomes; // most firms of a per-mu evaluation: no table gives them anything
    }
    OutcomeResult veto = outcomes.stream()
        .filter(o -> o.kind() == OutcomeResult.Kind.VETO && o.given() && o.action().orElse("").equals("awards"))
        .findFirst().orElse(null);
    if (veto == null) {
      return outcomes;
    }
    Label name = veto.tableName();
    Label row = veto.rowShown();
    Label why = Label.of("一票否决（" + name.zh() + "，" + row.zh() + "）：取消全部奖励",
        "one-vote veto (" + name.en() + ", " + row.en() + "): no awards");
    List<OutcomeResult> out = new ArrayList<>(outcomes.size());
    for (OutcomeResult o : outcomes) {
      out.add(o.kind() == OutcomeResult.Kind.MONEY && o.given()
          ? new OutcomeResult(o.table(), o.tableName(), o.row(), o.rowNumber(), o.hitPolicy(), o.kind(), o.amount(), o.unit(), o.action(),
              o.label(), OutcomeResult.Status.WITHHELD, why, o.inputs(), o.source(), o.payee())
          : o);
    }
    return out;
  }
}
