package io.github.kaohe.eval;

import io.github.kaohe.data.Period;
import io.github.kaohe.model.Eligibility;
import io.github.kaohe.model.HitPolicy;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Language;
import io.github.kaohe.model.Outcome;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Rule;
import io.github.kaohe.model.RuleTable;
import io.github.kaohe.model.TableInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates one rule table for one entity in one period: which rows match, what the hit policy
 * makes of them, and what the entity's lost eligibilities withhold.
 */
final class TableEvaluation {
  private final Policy policy;
  private final RuleTable table;
  private final ConditionTests tests;
  private final Values values;
  private final Map<String, Eligibility> eligibilities;

  TableEvaluation(Policy policy, RuleTable table, ConditionTests tests, Values values, Map<String, Eligibility> eligibilities) {
    this.policy = policy;
    this.table = table;
    this.tests = tests;
    this.values = values;
    this.eligibilities = eligibilities;
  }

  /** A row that matched, with its money (for collect-max and collect-sum). */
  private record Match(Rule row, BigDecimal money) {}

  /**
   * A row that could not be decided, with why, and its money if known (null when the units it
   * counts are missing).
   */
  private record Undecided(Rule row, Label why, @org.jspecify.annotations.Nullable BigDecimal money) {}

  /**
   * The table's outcomes for the entity. {@code lost} maps each eligibility the entity lost to
   * the outcome that revoked it; revocations given here are added to it.
   *
   * @throws EvaluationException when two rows match under {@code unique}
   */
  List<OutcomeResult> evaluate(
      String entity, Period period, EligibilityState eligibility, List<EvaluationProblem> problems, String schemeId) {
    Map<String, String> shown = new LinkedHashMap<>();
    for (TableInput in : table.inputs()) {
      shown.put(in.id(), tests.show(in, values.input(in, entity, period)));
    }
    List<Match> matched = new ArrayList<>();
    List<Undecided> undecided = new ArrayList<>();
    List<OutcomeResult> out = new ArrayList<>();
    for (Rule row : table.rows()) {
      Truth t = Truth.TRUE;
      for (TableInput in : table.inputs()) {
        t = t.and(tests.test(in.id(), row.condition(in.id()), entity, period));
        if (t.isFalse()) {
          break;
        }
      }
      if (t.isTrue()) {
        matched.add(new Match(row, money(row, entity, period)));
      } else if (!t.isFalse()) {
        undecided.add(new Undecided(row, t.why(), knownMoney(row, entity, period)));
        List<OutcomeResult> unknown = results(row, entity, period, shown, OutcomeResult.Status.NOT_EVALUABLE,
            Label.of("无法判定：" + t.why().zh(), "not evaluable: " + t.why().en()));
        for (OutcomeResult u : unknown) {
          if (u.kind() == OutcomeResult.Kind.ELIGIBILITY) {
            eligibility.doubt(u.action().orElseThrow(), u);
          }
        }
        out.addAll(unknown);
      }
    }
    List<Match> chosen = choose(matched, entity, problems, schemeId, period, shown, out);
    for (Match m : chosen) {
      Blocked blocked = blocked(eligibility);
      if (blocked == null) {
        blocked = precededBy(m, undecided);
      }
      if (blocked != null) {
        List<OutcomeResult> kept = results(m.row(), entity, period, shown, blocked.status(), blocked.reason());
        for (OutcomeResult k : kept) {
          if (k.kind() == OutcomeResult.Kind.ELIGIBILITY && k.status() == OutcomeResult.Status.NOT_EVALUABLE) {
            eligibility.doubt(k.action().orElseThrow(), k);
          }
        }
        out.addAll(kept);
        continue;
      }
      ConditionWords words = tests.words(policy.findScheme(schemeId).orElse(null));
      java.util.function.BiFunction<String, Period, String> at = (in, p) -> tests.showAt(in, entity, p);
      List<OutcomeResult> given = results(m.row(), entity, period, shown, OutcomeResult.Status.GIVEN,
          Label.of("符合" + rowName(m.row()).zh() + "：" + (m.row().when().isEmpty() ? "无条件"
                  : words.describe(m.row(), shown, period, at, Language.ZH)),
              "matched " + rowName(m.row()).en() + ": " + (m.row().when().isEmpty() ? "no condition"
                  : words.describe(m.row(), shown, period, at, Language.EN))));
      for (OutcomeResult g : given) {
        if (g.kind() == OutcomeResult.Kind.ELIGIBILITY && g.status() == OutcomeResult.Status.GIVEN) {
          eligibility.lose(g.action().orElseThrow(), g);
        }
      }
      out.addAll(given);
    }
    return out;
  }

  /** Outcomes that a lost or undecided eligibility keeps from the entity, and why. */
  private record Blocked(OutcomeResult.Status status, Label reason) {}

  /** Why the table gives nothing to an entity that lost (or may have lost) an eligibility it requires. */
  private @org.jspecify.annotations.Nullable Blocked blocked(EligibilityState eligibility) {
    for (String req : table.requires()) {
      Label name = eligibilities.get(req).name();
      OutcomeResult cause = eligibility.lost(req);
      if (cause != null) {
        return new Blocked(OutcomeResult.Status.WITHHELD,
            Label.of("已取消" + name.zh() + "（" + cause.tableName().zh() + "）",
                "withheld: lost " + name.en() + " (" + cause.tableName().en() + ")"));
      }
      OutcomeResult doubt = eligibility.uncertain(req);
      if (doubt != null) {
        return new Blocked(OutcomeResult.Status.NOT_EVALUABLE,
            Label.of("无法判定是否保有" + name.zh() + "：" + doubt.reason().zh(),
                "not evaluable: whether it keeps " + name.en() + " is not known: " + doubt.reason().en()));
      }
    }
    return null;
  }

  /**
   * Under first, priority and collect-max, the chosen row is given only if no row that could not
   * be decided would take precedence over it had it matched: an earlier row (first), one of higher
   * priority or equal priority and earlier (priority), one that may give more money, or as much and
   * earlier (collect-max). Otherwise the chosen row is not evaluable either: an undecided row is
   * never silently false.
   */
  private @org.jspecify.annotations.Nullable Blocked precededBy(Match chosen, List<Undecided> undecided) {
    HitPolicy hit = table.hitPolicy();
    int at = table.rows().indexOf(chosen.row());
    for (Undecided u : undecided) {
      boolean earlier = table.rows().indexOf(u.row()) < at;
      boolean precedes = switch (hit) {
        case FIRST -> earlier;
        case PRIORITY -> u.row().priority() > chosen.row().priority()
            || (u.row().priority() == chosen.row().priority() && earlier);
        case COLLECT_MAX -> u.money() == null || u.money().compareTo(chosen.money()) > 0
            || (u.money().compareTo(chosen.money()) == 0 && earlier);
        default -> false;
      };
      if (precedes) {
        Label name = rowName(u.row());
        return new Blocked(OutcomeResult.Status.NOT_EVALUABLE,
            Label.of("无法判定：" + name.zh() + "若成立则优先，但无法判定（" + u.why().zh() + "）",
                "not evaluable: " + name.en() + " would take precedence if it matched, but could not be decided ("
                    + u.why().en() + ")"));
      }
    }
    return null;
  }

  private List<Match> choose(
      List<Match> matched, String entity, List<EvaluationProblem> problems, String schemeId, Period period,
      Map<String, String> shown, List<OutcomeResult> out) {
    if (matched.isEmpty()) {
      return List.of();
    }
    HitPolicy hit = table.hitPolicy();
    switch (hit) {
      case UNIQUE:
        if (matched.size() > 1) {
          problems.add(new EvaluationProblem(schemeId, period.toString(), entity, table.id(),
              "rows '" + matched.get(0).row().id() + "' and '" + matched.get(1).row().id()
                  + "' both match, but the table's hit policy is unique"));
        }
        return List.of(matched.get(0));
      case RULE_ORDER:
      case COLLECT_SUM:
        return matched;
      default:
        Match winner = matched.get(0);
        for (Match m : matched) {
          boolean better =
              hit == HitPolicy.PRIORITY ? m.row().priority() > winner.row().priority()
                  : hit == HitPolicy.COLLECT_MAX && m.money().compareTo(winner.money()) > 0;
          if (better) {
            winner = m;
          }
        }
        for (Match m : matched) {
          if (m != winner) {
            out.addAll(results(m.row(), entity, period, shown, OutcomeResult.Status.SUPPRESSED, suppression(hit, winner, m)));
          }
        }
        return List.of(winner);
    }
  }

  /**
   * A row as a person refers to it: by its name, or else by its place in the table (第 3 行 / row 3),
   * never by its id, which is no word for a reader (the JSON keeps the id, stable when rows are added).
   */
  private Label rowName(Rule row) {
    int number = table.rows().indexOf(row) + 1;
    return row.name()
        .map(n -> Label.of("「" + n.zh() + "」", "'" + n.en() + "'"))
        .orElse(Label.of("第 " + number + " 行", "row " + number));
  }

  private Label suppression(HitPolicy hit, Match winner, Match loser) {
    Label w = rowName(winner.row());
    switch (hit) {
      case FIRST:
        return Label.of("命中规则“首条”：" + w.zh() + "在前", "hit policy first: " + w.en() + " matched earlier");
      case PRIORITY:
        return Label.of("命中规则“优先级”：" + w.zh() + "优先", "hit policy priority: " + w.en() + " has a higher priority");
      default:
        String amount = winner.money().toPlainString() + " " + table.unit();
        return loser.money().compareTo(winner.money()) == 0
            ? Label.of("奖励取最高限，不重复奖励：" + w.zh() + "金额相同（" + amount + "）且在前",
                "highest reward only, no double rewards: " + w.en() + " gives the same (" + amount + ") and comes first")
            : Label.of("奖励取最高限，不重复奖励：" + w.zh() + "奖励更高（" + amount + "）",
                "highest reward only, no double rewards: " + w.en() + " gives more (" + amount + ")");
    }
  }

  /** The money a row gives (units counted); zero when it gives none or a count is missing. */
  private BigDecimal money(Rule row, String entity, Period period) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Outcome o : row.then()) {
      if (o instanceof Outcome.Money m) {
        sum = sum.add(m.amount());
      } else if (o instanceof Outcome.MoneyPerUnit m) {
        Value units = values.input(input(m.input()), entity, period);
        if (units.present()) {
          sum = sum.add(m.amount().multiply(units.number()));
        }
      }
    }
    return sum;
  }

  /** The money a row gives, or null when it counts units that are missing. */
  private @org.jspecify.annotations.Nullable BigDecimal knownMoney(Rule row, String entity, Period period) {
    for (Outcome o : row.then()) {
      if (o instanceof Outcome.MoneyPerUnit m && !values.input(input(m.input()), entity, period).present()) {
        return null;
      }
    }
    return money(row, entity, period);
  }

  private TableInput input(String id) {
    return table.inputs().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  private List<OutcomeResult> results(
      Rule row, String entity, Period period, Map<String, String> shown, OutcomeResult.Status status, Label reason) {
    List<OutcomeResult> out = new ArrayList<>();
    Optional<String> source = row.source().or(table::source);
    Label rowLabel = row.name().orElse(table.name());
    for (Outcome o : row.then()) {
      OutcomeResult.Kind kind;
      Optional<BigDecimal> amount = Optional.empty();
      Optional<String> action = Optional.empty();
      Label label;
      OutcomeResult.Status st = status;
      Label why = reason;
      if (o instanceof Outcome.Money m) {
        kind = OutcomeResult.Kind.MONEY;
        amount = Optional.of(m.amount());
        label = rowLabel;
      } else if (o instanceof Outcome.MoneyPerUnit m) {
        kind = OutcomeResult.Kind.MONEY;
        label = rowLabel;
        Value units = values.input(input(m.input()), entity, period);
        if (units.present()) {
          amount = Optional.of(m.amount().multiply(units.number()));
          why = Label.of(reason.zh() + "；" + units + " × " + m.amount().toPlainString(),
              reason.en() + "; " + units + " × " + m.amount().toPlainString());
        } else if (st == OutcomeResult.Status.GIVEN) {
          st = OutcomeResult.Status.NOT_EVALUABLE;
          why = Label.of("无法判定：" + units.missing().zh(), "not evaluable: " + units.missing().en());
        }
      } else if (o instanceof Outcome.Act a) {
        kind = OutcomeResult.Kind.ACTION;
        action = Optional.of(a.action());
        label = policy.findAction(a.action()).map(d -> d.name()).orElse(Label.of(a.action(), a.action()));
      } else if (o instanceof Outcome.Veto v) {
        kind = OutcomeResult.Kind.VETO;
        action = Optional.of(v.scope() == Outcome.Veto.Scope.RANKING ? "ranking" : "awards");
        label = v.scope() == Outcome.Veto.Scope.AWARDS ? Label.of("一票否决：取消全部奖励", "one-vote veto: no awards")
            : v.placed() == Outcome.Veto.Placement.LAST ? Label.of("一票否决：排名列末位", "one-vote veto: placed last")
            : Label.of("一票否决：不参与排名", "one-vote veto: takes no place");
      } else {
        String e = ((Outcome.Revoke) o).eligibility();
        kind = OutcomeResult.Kind.ELIGIBILITY;
        action = Optional.of(e);
        Label name = eligibilities.containsKey(e) ? eligibilities.get(e).name() : Label.of(e, e);
        label = Label.of("取消" + name.zh(), "loses " + name.en());
      }
      out.add(new OutcomeResult(table.id(), table.name(), row.id(), table.rows().indexOf(row) + 1, table.hitPolicy(), kind, amount,
          kind == OutcomeResult.Kind.MONEY ? table.unit() : "", action, label, st, why, shown, source,
          kind == OutcomeResult.Kind.MONEY ? table.payee() : Optional.empty()));
    }
    return out;
  }
}
