package io.github.kaohe.testing;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.eval.AdjustmentResult;
import io.github.kaohe.eval.CategoryResult;
import io.github.kaohe.eval.ClassResult;
import io.github.kaohe.eval.EntityResult;
import io.github.kaohe.eval.FundResult;
import io.github.kaohe.eval.Funds;
import io.github.kaohe.eval.IndicatorResult;
import io.github.kaohe.eval.OutcomeResult;
import io.github.kaohe.eval.SchemeResult;
import io.github.kaohe.load.Spelling;
import io.github.kaohe.model.ActionDefinition;
import io.github.kaohe.model.Classification;
import io.github.kaohe.model.EntityDefinition;
import io.github.kaohe.model.Fund;
import io.github.kaohe.model.Measure;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Rule;
import io.github.kaohe.model.RuleTable;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.Tier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Checks a case's expectations against its results and says, for each one not met, what differs:
 * {@code 汴西 rank: expected 1, got 2 — total 84.31 vs 85.02 (尉氏县)}. Checks, targets and tax
 * sharing are checked by {@link CheckStatuses}, {@link TargetStatuses} and {@link TaxShareChecks}.
 */
final class ResultChecks {
  private final Policy policy;
  private final Scheme scheme;
  private final Map<Period, SchemeResult> results;
  private final boolean manyPeriods;
  private final Period last;
  private final CheckStatuses checks;
  private final TargetStatuses targets;
  private final TaxShareChecks taxes;

  /**
   * @param data the case's data (for why a tax is not shared)
   * @param exercised where the checks, targets and tax sharing rules the expectations name are recorded
   */
  ResultChecks(
      Policy policy, Scheme scheme, Map<Period, SchemeResult> results, Period last, Dataset data,
      Set<Coverage.Part> exercised) {
    this.policy = policy;
    this.scheme = scheme;
    this.results = results;
    this.manyPeriods = results.size() > 1;
    this.last = last;
    this.checks = new CheckStatuses(policy, scheme, exercised);
    this.targets = new TargetStatuses(scheme, exercised);
    this.taxes = new TaxShareChecks(scheme, data, exercised);
  }

  /** The failures of one expectation; empty when it is met. */
  List<String> check(Expectation e) {
    Period period = e.period().orElse(last);
    SchemeResult result = results.get(period);
    if (result == null) {
      return List.of(e.where() + ": " + e.entity().orElse("scheme " + scheme.id()) + ": the case evaluates "
          + results.keySet() + ", not " + period + ": add it to 'periods'");
    }
    if (e.entity().isEmpty()) {
      String who = scheme.id() + (manyPeriods ? " " + period : "");
      return failures(e, c -> ofScheme(c, who, result));
    }
    String entity = entity(e.entity().get(), e.where(), result);
    Optional<EntityResult> r = result.entity(entity);
    String who = display(entity) + (manyPeriods ? " " + period : "");
    return failures(e, c -> {
      if (c instanceof Check.Excluded x) {
        return excluded(x, who, result, entity);
      }
      if (c instanceof Check.TargetStatus t) {
        return targets.status(t, who, Optional.of(entity), result);
      }
      if (c instanceof Check.TargetValue t) {
        return targets.value(t, who, Optional.of(entity), result);
      }
      return r.isPresent() ? check(c, who, r.get(), result) : notAssessed(who, result, entity);
    });
  }

  /** Each check's failure, at the check's own line. */
  private static List<String> failures(Expectation e, Function<Check, @Nullable String> check) {
    List<String> failures = new ArrayList<>();
    for (Check c : e.checks()) {
      @Nullable String f;
      try {
        f = check.apply(c);
      } catch (CaseError error) {
        f = error.getMessage();
      }
      if (f != null) {
        failures.add(f.startsWith(c.where().toString()) ? f : c.where() + ": " + f);
      }
    }
    return failures;
  }

  /** What the scheme as a whole has: targets without an entity, and tax totals. */
  private @Nullable String ofScheme(Check c, String who, SchemeResult result) {
    if (c instanceof Check.TargetStatus t) {
      return targets.status(t, who, Optional.empty(), result);
    }
    if (c instanceof Check.TargetValue t) {
      return targets.value(t, who, Optional.empty(), result);
    }
    if (c instanceof Check.TaxTotal t) {
      return taxes.total(t, who, result);
    }
    if (c instanceof Check.FundPaid p) {
      FundResult f = fund(p.fund(), p.where(), result);
      BigDecimal got = f.paidBy(scheme.id());
      return got.subtract(p.amount()).abs().compareTo(p.tolerance()) <= 0 ? null
          : who + " paid from fund " + p.fund() + ": expected " + p.amount().toPlainString()
              + (p.tolerance().signum() == 0 ? "" : " ± " + p.tolerance().toPlainString()) + ", got "
              + got.toPlainString() + " (" + f.parts().stream().map(x -> x.entity() + " " + x.table() + "/" + x.row()
                  + " " + x.amount().toPlainString()).collect(java.util.stream.Collectors.joining(", ")) + ")";
    }
    if (c instanceof Check.FundStatus st) {
      FundResult f = fund(st.fund(), st.where(), result);
      return f.status() == st.status() ? null : who + " fund " + st.fund() + ": expected "
          + StatusWords.of(st.status()) + ", got " + StatusWords.of(f.status()) + " — " + f.reason().en();
    }
    throw new IllegalStateException("not a check of the scheme as a whole: " + c);
  }

  /** The fund's check in the result's period, on this scheme's result alone. */
  private FundResult fund(String id, Where where, SchemeResult result) {
    List<String> ids = policy.funds().stream().filter(f -> f.schemes().contains(scheme.id())).map(Fund::id).toList();
    if (!ids.contains(id)) {
      throw new CaseError(where + ": no fund '" + id + "' pays the rewards of " + scheme.id()
          + (ids.isEmpty() ? " (no fund does)" : Spelling.didYouMean(id, ids) + " (funds: " + String.join(", ", ids) + ")"));
    }
    return Funds.check(policy, List.of(result)).stream().filter(f -> f.fund().equals(id)).findFirst()
        .orElseThrow(() -> new CaseError(where + ": fund '" + id + "' pays nothing in " + result.period()
            + ": it starts in " + policy.findFund(id).orElseThrow().from()));
  }

  private String entity(String name, Where where, SchemeResult result) {
    List<String> names = new ArrayList<>();
    if (scheme.entities().isEmpty()) {
      for (EntityResult r : result.entities()) {
        if (r.id().equals(name)) {
          return r.id();
        }
        names.add(r.id());
      }
      if (result.excluded().stream().anyMatch(x -> x.entity().id().equals(name))) {
        return name;
      }
      throw new CaseError(where + ": no entity '" + name + "' in the results of " + result.period()
          + Spelling.didYouMean(name, names));
    }
    for (EntityDefinition d : scheme.entities()) {
      if (d.allNames().contains(name)) {
        return d.id();
      }
      names.addAll(d.allNames());
    }
    throw new CaseError(where + ": scheme '" + scheme.id() + "' has no entity '" + name + "'"
        + Spelling.didYouMean(name, names));
  }

  /** An entity as a person names it: its first alias (汴西), else its Chinese name, else its id. */
  private String display(String id) {
    return scheme.findEntity(id)
        .map(d -> d.aliases().isEmpty() ? d.name().zh() : d.aliases().get(0))
        .orElse(id);
  }

  private @Nullable String excluded(Check.Excluded x, String who, SchemeResult result, String entity) {
    boolean is = result.excluded().stream().anyMatch(e -> e.entity().id().equals(entity));
    if (is == x.excluded()) {
      return null;
    }
    return who + " excluded: expected " + x.excluded() + ", got " + is;
  }

  private String notAssessed(String who, SchemeResult result, String entity) {
    String why = result.excluded().stream().filter(x -> x.entity().id().equals(entity)).findFirst()
        .map(x -> "it is excluded from the assessment (missing " + String.join(", ", x.indicators()) + ")")
        .orElse("it has no result in " + result.period());
    return who + ": expected a result, but " + why;
  }

  private @Nullable String check(Check c, String who, EntityResult r, SchemeResult result) {
    if (c instanceof Check.Rank rank) {
      return rank(rank, who, r, result);
    }
    if (c instanceof Check.Number n) {
      return number(n, who, r);
    }
    if (c instanceof Check.ClassOf k) {
      return classOf(k, who, r);
    }
    if (c instanceof Check.Row row) {
      return row(row, who, r);
    }
    if (c instanceof Check.Action a) {
      return action(a, who, r);
    }
    if (c instanceof Check.LostEligibility l) {
      return lost(l, who, r);
    }
    if (c instanceof Check.CheckStatus s) {
      return checks.check(s, who, r);
    }
    if (c instanceof Check.TaxShare t) {
      return taxes.share(t, who, r, result.period());
    }
    if (c instanceof Check.NoTaxShare t) {
      return taxes.none(t, who, r);
    }
    throw new IllegalStateException("unknown check " + c);
  }

  private @Nullable String rank(Check.Rank rank, String who, EntityResult r, SchemeResult result) {
    if (rank.place().equals(r.place())) {
      return null;
    }
    String expected = show(rank.place());
    String got = show(r.place());
    StringBuilder s = new StringBuilder(who).append(" rank: expected ").append(expected).append(", got ").append(got);
    if (rank.place().isPresent()) {
      int place = rank.place().getAsInt();
      Optional<EntityResult> holder =
          result.ranked().stream().filter(e -> e.place().getAsInt() == place).findFirst();
      if (holder.isPresent()) {
        s.append(" — total ").append(r.total().toPlainString()).append(" vs ")
            .append(holder.get().total().toPlainString()).append(" (").append(display(holder.get().id())).append(')');
      } else {
        s.append(" — no entity has place ").append(place).append(" (").append(result.ranked().size())
            .append(" ranked)");
      }
    } else if (r.place().isEmpty()) {
      s.append(" (it takes no place)");
    }
    return s.toString();
  }

  private static String show(OptionalInt place) {
    return place.isPresent() ? String.valueOf(place.getAsInt()) : "none";
  }

  private @Nullable String number(Check.Number n, String who, EntityResult r) {
    BigDecimal got;
    String label;
    String detail = "";
    switch (n.quantity()) {
      case TOTAL -> {
        got = r.total();
        label = "total";
      }
      case BASE -> {
        got = r.base();
        label = "base";
      }
      case ADJUSTMENTS -> {
        got = r.adjustments();
        label = "adjustments";
      }
      case MONEY -> {
        got = r.money();
        label = "money";
        String given = r.given().stream().filter(o -> o.kind() == OutcomeResult.Kind.MONEY)
            .map(o -> o.table() + "/" + o.row() + " " + o.amount().map(BigDecimal::toPlainString).orElse("?"))
            .collect(Collectors.joining(", "));
        detail = given.isEmpty() ? " (no money given)" : " (given: " + given + ")";
      }
      case MEASURE -> {
        label = "measure " + n.id();
        if (scheme.rules().measures().stream().noneMatch(m -> m.id().equals(n.id()))) {
          throw unknown("measure", n.id(), n.where(), scheme.rules().measures().stream().map(Measure::id).toList());
        }
        got = r.measures().get(n.id());
        if (got == null) {
          return who + " " + label + ": expected " + n.expected().toPlainString() + ", got no value"
              + " (it cannot be computed from the data)";
        }
      }
      default -> {
        label = "points of " + n.id();
        Points p = points(n, r);
        got = p.points();
        detail = p.formula().isEmpty() ? "" : " (" + p.formula() + ")";
      }
    }
    if (got.subtract(n.expected()).abs().compareTo(n.tolerance()) <= 0) {
      return null;
    }
    String expected = n.expected().toPlainString()
        + (n.tolerance().signum() == 0 ? "" : " ± " + n.tolerance().toPlainString());
    return who + " " + label + ": expected " + expected + ", got " + got.toPlainString() + detail;
  }

  private record Points(BigDecimal points, String formula) {}

  private Points points(Check.Number n, EntityResult r) {
    Optional<IndicatorResult> i = r.indicator(n.id());
    if (i.isPresent()) {
      return new Points(i.get().points(), i.get().formula());
    }
    Optional<CategoryResult> c = r.category(n.id());
    if (c.isPresent()) {
      return new Points(c.get().points(), c.get().formula());
    }
    for (AdjustmentResult l : r.layers()) {
      if (l.layer().id().equals(n.id())) {
        return new Points(l.points(), l.capped() ? "capped" : "");
      }
      for (AdjustmentResult.Item item : l.items()) {
        if (item.item().id().equals(n.id())) {
          return new Points(item.points(), item.count().toPlainString() + " × "
              + item.item().pointsPerUnit().toPlainString() + (item.capped() ? ", capped" : ""));
        }
      }
    }
    List<String> known = new ArrayList<>();
    scheme.allCategories().forEach(x -> known.add(x.id()));
    scheme.indicators().forEach(x -> known.add(x.id()));
    scheme.adjustments().forEach(x -> known.add(x.id()));
    scheme.adjustmentItems().forEach(x -> known.add(x.id()));
    throw unknown("category, indicator, adjustment layer or item", n.id(), n.where(), known);
  }

  private CaseError unknown(String what, String id, Where where, List<String> known) {
    return CaseError.unknown(scheme, what, id, where, known);
  }

  private @Nullable String classOf(Check.ClassOf k, String who, EntityResult r) {
    Classification c = scheme.rules().classifications().stream().filter(x -> x.id().equals(k.classification()))
        .findFirst()
        .orElseThrow(() -> unknown("classification", k.classification(), k.where(),
            scheme.rules().classifications().stream().map(Classification::id).toList()));
    List<String> tiers = new ArrayList<>(c.tiers().stream().map(Tier::id).toList());
    tiers.add(c.unclassed().id());
    if (!tiers.contains(k.tier())) {
      throw new CaseError(k.where() + ": classification '" + c.id() + "' has no class '" + k.tier() + "'"
          + Spelling.didYouMean(k.tier(), tiers) + " (classes: " + String.join(", ", tiers) + ")");
    }
    ClassResult got = r.classes().get(c.id());
    if (got != null && got.tier().equals(k.tier())) {
      return null;
    }
    return who + " class " + c.id() + ": expected " + k.tier() + ", got "
        + (got == null ? "none" : got.tier() + " (" + got.reason().en() + ")");
  }

  private @Nullable String row(Check.Row check, String who, EntityResult r) {
    RuleTable table = scheme.rules().tables().stream().filter(t -> t.id().equals(check.table())).findFirst()
        .orElseThrow(() -> unknown("rule table", check.table(), check.where(),
            scheme.rules().tables().stream().map(RuleTable::id).toList()));
    if (table.rows().stream().noneMatch(x -> x.id().equals(check.row()))) {
      throw new CaseError(check.where() + ": table '" + table.id() + "' has no row '" + check.row() + "'"
          + Spelling.didYouMean(check.row(), table.rows().stream().map(Rule::id).toList()));
    }
    List<OutcomeResult> outcomes = r.outcomes().stream()
        .filter(o -> o.table().equals(check.table()) && o.row().equals(check.row())).toList();
    String label = who + " " + check.status().key + " " + check.ref();
    if (check.status() == Check.Status.NOT_GIVEN) {
      return outcomes.stream().filter(OutcomeResult::given).findFirst()
          .map(o -> label + ": it was given: " + o.reason().en()).orElse(null);
    }
    OutcomeResult.Status wanted = switch (check.status()) {
      case GIVEN -> OutcomeResult.Status.GIVEN;
      case SUPPRESSED -> OutcomeResult.Status.SUPPRESSED;
      case WITHHELD -> OutcomeResult.Status.WITHHELD;
      default -> OutcomeResult.Status.NOT_EVALUABLE;
    };
    if (outcomes.stream().anyMatch(o -> o.status() == wanted)) {
      return null;
    }
    if (!outcomes.isEmpty()) {
      OutcomeResult o = outcomes.get(0);
      return label + ": it was " + status(o.status()) + ": " + o.reason().en();
    }
    Optional<OutcomeResult> other = r.outcomes().stream().filter(o -> o.table().equals(check.table())).findFirst();
    String inputs = other.map(o -> o.inputs().entrySet().stream().map(x -> x.getKey() + " = " + x.getValue())
        .collect(Collectors.joining(", "))).orElse("");
    return label + ": the row did not match" + (inputs.isEmpty() ? "" : " (" + inputs + ")");
  }

  private static String status(OutcomeResult.Status s) {
    return switch (s) {
      case GIVEN -> "given";
      case SUPPRESSED -> "suppressed";
      case WITHHELD -> "withheld";
      case NOT_EVALUABLE -> "not evaluable";
    };
  }

  private @Nullable String action(Check.Action a, String who, EntityResult r) {
    if (policy.findAction(a.action()).isEmpty()) {
      throw new CaseError(a.where() + ": policy '" + policy.id() + "' declares no action '" + a.action() + "'"
          + Spelling.didYouMean(a.action(), policy.actions().stream().map(ActionDefinition::id).toList()));
    }
    List<String> given = r.given().stream().filter(o -> o.kind() == OutcomeResult.Kind.ACTION)
        .map(o -> o.action().orElseThrow()).toList();
    if (given.contains(a.action())) {
      return null;
    }
    return who + " actions: expected " + a.action() + ", but it was not given (given: "
        + (given.isEmpty() ? "none" : String.join(", ", given)) + ")";
  }

  private @Nullable String lost(Check.LostEligibility l, String who, EntityResult r) {
    if (scheme.rules().eligibilities().stream().noneMatch(e -> e.id().equals(l.eligibility()))) {
      throw unknown("eligibility", l.eligibility(), l.where(),
          scheme.rules().eligibilities().stream().map(e -> e.id()).toList());
    }
    boolean lost = r.given().stream().anyMatch(o -> o.kind() == OutcomeResult.Kind.ELIGIBILITY
        && o.action().orElse("").equals(l.eligibility()));
    return lost ? null : who + " lostEligibility: expected " + l.eligibility() + " to be lost, but it is kept";
  }
}
