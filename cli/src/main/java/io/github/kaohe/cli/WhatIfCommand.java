package io.github.kaohe.cli;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Language;
import io.github.kaohe.whatif.Combination;
import io.github.kaohe.whatif.Costs;
import io.github.kaohe.whatif.Counterfactual;
import io.github.kaohe.whatif.Goal;
import io.github.kaohe.whatif.WhatIf;
import io.github.kaohe.whatif.WhatIfJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kaohe whatif}: what change of one of an entity's values would reach a place, a class or a reward. */
@Command(
    name = "whatif",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "The smallest change of one value that reaches a goal.",
      "Each of the entity's values is changed alone, all else fixed, and everyone is evaluated again, so best"
          + " values and averages move with it; where no value in the data's range reaches the goal, it says so."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INVALID_LINE, ExitCodes.BAD_INPUT_LINE},
    footerHeading = "%nExamples:%n",
    footer = {
      "  kaohe whatif 尉氏县 --policy kaifeng-2014 --to-place 1",
      "  kaohe whatif 青溪丰永化工有限公司002 --policy per-mu-2022 --to-class A --lang en",
      "  kaohe whatif 通许县 --policy kaifeng-2014 --to-place 4 --cost tax-total=1 --cost flagship-projects=20000"
    })
final class WhatIfCommand extends KaoheCommand {
  @SuppressWarnings("NullAway.Init") // required: picocli sets it or fails
  @Parameters(index = "0", arity = "0..1", paramLabel = "ENTITY",
      description = "The entity: its id, Chinese or English name, or an alias (not with --pending).")
  @Nullable String entity;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  @Nullable Target target;

  @Mixin PendingOption pending = new PendingOption();

  /** The goal: one of the three. */
  static final class Target {
    @Option(names = "--to-place", paramLabel = "K", description = "Reach place K or better overall.")
    @Nullable Integer place;

    @Option(names = "--to-class", paramLabel = "CLASS", description = "Reach this class (e.g. A) or a better one.")
    @Nullable String tier;

    @Option(names = "--to-reward", paramLabel = "TABLE/ROW", description = "Receive this rule table row's outcome, e.g. industrial-rewards/first-place.")
    @Nullable String reward;
  }

  @Option(
      names = "--classification",
      paramLabel = "ID",
      description = "The classification of --to-class. Default: the scheme's first.")
  @Nullable String classification;

  @Option(names = "--value", paramLabel = "KEY", description = "Change only this value (a data column's id). Default: each in turn.")
  @Nullable String value;

  @Option(
      names = "--beyond",
      paramLabel = "WIDTHS",
      description = "How far beyond the data's least and greatest value to try, in widths of that range. Default: 1; 0 keeps to the data's range.")
  BigDecimal beyond = BigDecimal.ONE;

  @Option(
      names = "--cost",
      paramLabel = "KEY=COST",
      description = "What one unit of change of a value costs, e.g. tax=1; repeat for up to three values."
          + " Adds the cheapest combination of changes of these values that reaches the goal.")
  List<String> costs = new ArrayList<>();

  @Option(names = "--cost-unit", paramLabel = "UNIT", description = "The unit of the costs, e.g. 万元. Default: none.")
  String costUnit = "";

  @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json: the answers, and the cheapest"
      + " combination; with --pending, the result flagged provisional with the values pending and each entity's bounds.")
  String format = "table";

  @Mixin AssessmentOptions what = new AssessmentOptions();

  @Mixin LanguageOption lang = new LanguageOption();

  @Override
  int run() {
    if (!format.equals("table") && !format.equals("json")) {
      throw new InputException("--format is table or json, not '" + format + "'");
    }
    if (pending.any()) {
      if (entity != null || target != null) {
        throw new InputException("--pending gives the provisional ranking of every entity: leave out ENTITY and the goal");
      }
      Assessment assessment = assess(what.request());
      new ProvisionalOutput(out(), lang.get()).print(pending.evaluate(assessment, this::warn), format.equals("json"));
      return ExitCodes.OK;
    }
    if (entity == null || target == null) {
      throw new InputException("give ENTITY and a goal: --to-place K, --to-class CLASS or --to-reward TABLE/ROW (or --pending)");
    }
    String entity = this.entity;
    Target target = this.target;
    if (!costs.isEmpty() && value != null) {
      throw new InputException("--value and --cost: the values with a cost are the ones changed; leave out --value");
    }
    Assessment assessment = assess(what.request());
    for (SchemeResult result : assessment.results()) {
      EntityResult e = result.entityNamed(entity).orElse(null);
      if (e == null) {
        continue;
      }
      Dataset data = assessment.inputs().stream().filter(i -> i.scheme().id().equals(result.scheme().id())).findFirst()
          .orElseThrow().dataset();
      DeclaredSizes.search(result.entities().size()).ifPresent(this::warn);
      Goal goal = goal(result, target);
      List<Counterfactual> answers;
      Optional<Costs> costs;
      Combination cheapest = null;
      try {
        WhatIf whatIf = WhatIf.of(result.policy(), result.scheme().id(), data, result.period()).beyondTheData(beyond);
        costs = this.costs.isEmpty() ? Optional.empty() : Optional.of(CostOption.parse(this.costs, costUnit, whatIf.keys()));
        if (costs.isPresent()) {
          cheapest = whatIf.cheapest(entity, goal, costs.get());
          answers = cheapest.singles();
        } else {
          answers = value == null ? whatIf.reach(entity, goal) : List.of(whatIf.reach(entity, goal, value));
        }
      } catch (IllegalArgumentException x) {
        throw new InputException(x.getMessage());
      }
      if (format.equals("json")) {
        json(result, e, goal, answers, costs, cheapest);
      } else {
        print(result, e, goal, answers, costs, cheapest);
      }
      return ExitCodes.OK;
    }
    throw new InputException("no entity '" + entity + "' in the results: 'kaohe score' lists them");
  }

  private Goal goal(SchemeResult result, Target target) {
    if (target.place != null) {
      return Goal.place(target.place);
    }
    if (target.tier != null) {
      String c = classification != null ? classification
          : result.scheme().rules().classifications().stream().findFirst()
              .orElseThrow(() -> new InputException("scheme '" + result.scheme().id() + "' has no classes for --to-class"))
              .id();
      return Goal.inClass(c, target.tier);
    }
    String reward = target.reward == null ? "" : target.reward;
    int slash = reward.indexOf('/');
    if (slash <= 0 || slash == reward.length() - 1) {
      throw new InputException("--to-reward takes TABLE/ROW, e.g. industrial-rewards/first-place, not '" + reward + "'");
    }
    return Goal.given(reward.substring(0, slash), reward.substring(slash + 1));
  }

  private void json(SchemeResult result, EntityResult e, Goal goal, List<Counterfactual> answers, Optional<Costs> costs,
      @Nullable Combination cheapest) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("scheme", result.scheme().id());
    doc.put("period", result.period().toString());
    doc.put("entity", e.id());
    doc.put("name", label(e.entity().name()));
    doc.put("goal", label(goal.describe()));
    doc.put("now", label(goal.standing(e)));
    doc.put("answers", WhatIfJson.answers(answers, costs));
    if (cheapest != null && costs.isPresent()) {
      doc.put("cheapest", WhatIfJson.combination(cheapest, costs.get()));
    }
    out().println(WhatIfJson.write(doc));
  }

  /** {@code {zh, en}} in that order. */
  private static Map<String, String> label(Label l) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("zh", l.zh());
    m.put("en", l.en());
    return m;
  }

  private void print(SchemeResult result, EntityResult e, Goal goal, List<Counterfactual> answers, Optional<Costs> costs,
      @Nullable Combination cheapest) {
    Language l = lang.get();
    boolean zh = l == Language.ZH;
    out().println(e.entity().name().in(l) + " · " + result.scheme().name().in(l) + " · " + result.period()
        + (zh ? "：目标 " : ": goal ") + goal.describe().in(l) + (zh ? "；现为 " : "; now ") + goal.standing(e).in(l));
    for (Counterfactual c : answers) {
      String mark = switch (c.status()) {
        case REACHED -> "→ ";
        case ALREADY -> "✓ ";
        case UNREACHABLE -> "✗ ";
        case NO_VALUE -> "– ";
      };
      String cost = costs.flatMap(k -> Optional.ofNullable(k.perUnit().get(c.key())))
          .flatMap(perUnit -> c.change().map(d -> d.abs().multiply(perUnit).toPlainString()))
          .map(v -> (zh ? "；成本 " : "; cost ") + v + (costUnit.isBlank() ? "" : " " + costUnit.strip())).orElse("");
      out().println("  " + mark + c.reason().in(l) + cost);
    }
    if (cheapest != null) {
      out().println("  ★ " + cheapest.reason().in(l));
    }
    out().println(zh ? "每项单独改变，其余数据不变，所有单位的得分随之重算；试值范围为本期数据的最小值至最大值，两端各外延 " + beyond.toPlainString() + " 倍极差。"
        : "Each value changed alone, all other data fixed, everyone's points recomputed; values tried from the period's least to"
            + " greatest, widened by " + beyond.toPlainString() + " times that range on each side.");
    if (cheapest != null) {
      out().println(zh ? "★ 最省的组合：各项按单项答案的方向、以数据的最小单位逐步改变，分支定界求得成本最低者（各项越改越有利时为精确最优），共计算 "
              + cheapest.evaluations() + " 次。"
          : "★ Cheapest combination: each value moved the way its single answer moves it, in steps of its smallest unit;"
              + " branch and bound finds the least cost (exact while each value helps more the further it moves), "
              + cheapest.evaluations() + " evaluations.");
    }
  }
}
