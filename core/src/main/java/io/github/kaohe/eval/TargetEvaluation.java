package io.github.kaohe.eval;

import io.github.kaohe.data.Period;
import io.github.kaohe.model.EntityDefinition;
import io.github.kaohe.model.Fact;
import io.github.kaohe.model.FactValues;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Target;
import io.github.kaohe.model.TargetKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each target stands in a year: achieved, on track, behind, missed, pending, or not
 * evaluable, with the attainment and, for a level still ahead, the yearly growth still needed.
 * On track means at or beyond the steady path from the first year's value to the target at the
 * deadline (geometric for levels, linear for shares and places).
 */
final class TargetEvaluation {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Values values;
  private final Map<String, Fact> facts;
  private final ShownValues shown;

  TargetEvaluation(Values values, Map<String, Fact> facts, io.github.kaohe.model.Scheme scheme) {
    this.values = values;
    this.facts = facts;
    this.shown = new ShownValues(scheme);
  }

  List<TargetResult> evaluate(Target t, SchemeResult scored, Period period) {
    int year = period.year();
    if (!period.isYear() || year < t.fromYear()) {
      return List.of();
    }
    if (year > t.deadlineYear()) {
      // Tracked from the first year to the deadline: afterwards a target was met or missed in its
      // deadline year, and a later value (or a sum running on) would say otherwise.
      return List.of();
    }
    List<TargetResult> out = new ArrayList<>();
    if (t.aggregate()) {
      // a scheme-wide measure is the same for every entity, so it is read for none
      out.add(one(t, "", Optional.empty(), period));
    } else {
      ScoredPeriod columns = scored.scored();
      List<String> ids = new ArrayList<>();
      for (int k = 0; t.each() && k < columns.size(); k++) {
        ids.add(columns.id(columns.position(k)));
      }
      for (String id : t.each() ? ids : t.entities()) {
        int e = columns.find(id);
        Optional<Label> name = (e >= 0 ? Optional.of(columns.population.definition(e).name()) : Optional.<Label>empty())
            .or(() -> scored.scheme().findEntity(id).map(EntityDefinition::name));
        out.add(one(t, id, Optional.of(name.orElse(Label.of(id, id))), period));
      }
    }
    return out;
  }

  private Value value(Target t, String entity, int year) {
    if (!t.accumulate()) {
      return values.read(t.of(), entity, Period.year(year));
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (int y = t.fromYear(); y <= year; y++) {
      Value v = values.read(t.of(), entity, Period.year(y));
      if (!v.present()) {
        return v;
      }
      sum = sum.add(v.number());
    }
    return Value.of(sum);
  }

  private TargetResult one(Target t, String entity, Optional<Label> entityName, Period period) {
    int year = period.year();
    Value v = value(t, entity, year);
    Optional<String> id = entityName.isPresent() ? Optional.of(entity) : Optional.empty();
    if (!v.present()) {
      return result(t, id, entityName, period, Optional.empty(), TargetResult.Status.NOT_EVALUABLE,
          Optional.empty(), Optional.empty(), Label.of("无法判定：" + v.missing().zh(), "not evaluable: " + v.missing().en()));
    }
    BigDecimal x = v.number();
    switch (t.kind()) {
      case GROWTH:
        return growth(t, id, entityName, period, x, entity);
      case AVERAGE_GROWTH:
        return averageGrowth(t, id, entityName, period, x, entity);
      case RANGE: {
        // at least the target; upTo is the most asked, so more also meets it, and says so (TargetKind.RANGE)
        boolean met = x.compareTo(t.number()) >= 0;
        boolean above = t.upTo().map(u -> x.compareTo(u) > 0).orElse(false);
        // 2–3个: the unit once, after the range
        Label range = t.upTo().map(u -> {
          Label top = shown.show(t.of(), u);
          return Label.of(t.target() + "–" + top.zh(), t.target() + "–" + top.en());
        }).orElse(shown.showWritten(t.of(), t.target()));
        Label now = shown.show(t.of(), x);
        return result(t, id, entityName, period, Optional.of(x), met ? TargetResult.Status.ACHIEVED : TargetResult.Status.BEHIND,
            percent(x, t.number()), Optional.empty(),
            Label.of("本年 " + now.zh() + "，目标 " + range.zh() + (above ? "（超过目标上限）" : ""),
                "this year " + now.en() + ", target " + range.en() + (above ? " (beyond the most asked)" : "")));
      }
      case REACH: {
        BigDecimal goal = reachGoal(t);
        boolean met = x.compareTo(goal) >= 0;
        TargetResult.Status st = met ? TargetResult.Status.ACHIEVED
            : year >= t.deadlineYear() ? TargetResult.Status.MISSED : TargetResult.Status.PENDING;
        Label now = shown.show(t.of(), x);
        Label asked = shown.showWritten(t.of(), t.target());
        return result(t, id, entityName, period, Optional.of(x), st, Optional.empty(), Optional.empty(),
            Label.of("现为 " + now.zh() + "，目标 " + asked.zh() + "（" + t.deadlineYear() + "年）",
                "now " + now.en() + ", target " + asked.en() + " by " + t.deadlineYear()));
      }
      default:
        return level(t, id, entityName, period, x, entity);
    }
  }

  private TargetResult growth(
      Target t, Optional<String> id, Optional<Label> name, Period period, BigDecimal x, String entity) {
    Value before = value(t, entity, period.year() - 1);
    if (!before.present() || before.number().signum() <= 0) {
      Label why = !before.present() ? before.missing() : Label.of("上年值不为正", "last year's value is not positive");
      return result(t, id, name, period, Optional.empty(), TargetResult.Status.NOT_EVALUABLE, Optional.empty(),
          Optional.empty(), Label.of("无法计算增速：" + why.zh(), "no growth to compute: " + why.en()));
    }
    BigDecimal g = x.subtract(before.number()).multiply(HUNDRED).divide(before.number(), MathContext.DECIMAL64)
        .setScale(2, RoundingMode.HALF_UP);
    boolean met = g.compareTo(t.number()) >= 0;
    return result(t, id, name, period, Optional.of(g), met ? TargetResult.Status.ACHIEVED : TargetResult.Status.BEHIND,
        percent(g, t.number()), Optional.empty(),
        Label.of("增速 " + show(g) + "%，目标 ≥ " + t.target() + "%", "growth " + show(g) + "%, target ≥ " + t.target() + "%"));
  }

  /**
   * 年均增长: the compound average over the years from the one before {@code fromYear} (the base) to
   * this one, decided exactly ({@link AverageGrowth}); met so far is on track, and at the deadline
   * achieved, else missed.
   */
  private TargetResult averageGrowth(
      Target t, Optional<String> id, Optional<Label> name, Period period, BigDecimal x, String entity) {
    int baseYear = t.fromYear() - 1;
    int year = period.year();
    Value before = value(t, entity, baseYear);
    if (!before.present() || before.number().signum() <= 0) {
      Label why = !before.present() ? before.missing()
          : Label.of(baseYear + "年值不为正", "the value of " + baseYear + " is not positive");
      return result(t, id, name, period, Optional.empty(), TargetResult.Status.NOT_EVALUABLE, Optional.empty(),
          Optional.empty(), Label.of("无法计算年均增速：" + why.zh(), "no average growth to compute: " + why.en()));
    }
    BigDecimal base = before.number();
    int years = year - baseYear;
    BigDecimal rate = AverageGrowth.rate(base, x, years);
    boolean met = AverageGrowth.meets(base, x, years, t.number());
    boolean last = year >= t.deadlineYear();
    TargetResult.Status status = met
        ? (last ? TargetResult.Status.ACHIEVED : TargetResult.Status.ON_TRACK)
        : (last ? TargetResult.Status.MISSED : TargetResult.Status.BEHIND);
    Optional<BigDecimal> needed = Optional.empty();
    if (!last && !met && x.signum() > 0) {
      BigDecimal goal = AverageGrowth.path(base, t.deadlineYear() - baseYear, t.number());
      needed = Optional.of(AverageGrowth.needed(x, goal, t.deadlineYear() - year));
    }
    String span = baseYear + "–" + year;
    Label path = shown.show(t.of(), AverageGrowth.path(base, years, t.number()).setScale(2, RoundingMode.HALF_UP));
    Label from = shown.show(t.of(), base);
    Label now = shown.show(t.of(), x);
    return result(t, id, name, period, Optional.of(rate), status, percent(rate, t.number()), needed, Label.of(
        span + "年年均增长 " + show(rate) + "%（" + from.zh() + " → " + now.zh() + "），目标 ≥ " + t.target()
            + "%（应达 " + path.zh() + "）",
        "average growth " + span + " " + show(rate) + "% a year (" + from.en() + " → " + now.en() + "), target ≥ "
            + t.target() + "% (" + path.en() + " needed)"));
  }

  private TargetResult level(Target t, Optional<String> id, Optional<Label> name, Period period, BigDecimal x, String entity) {
    boolean place = t.kind() == TargetKind.PLACE;
    BigDecimal goal = t.number();
    boolean met = place ? x.compareTo(goal) <= 0 : x.compareTo(goal) >= 0;
    Optional<BigDecimal> attainment = place ? percent(goal, x) : percent(x, goal);
    int year = period.year();
    String sign = place ? "≤" : "≥";
    Label now = place ? Label.of("第" + show(x) + "位", show(x)) : shown.show(t.of(), x);
    Label asked = place ? Label.of("第" + t.target() + "位", t.target()) : shown.showWritten(t.of(), t.target());
    Label facts = Label.of(
        "现为 " + now.zh() + "，目标 " + sign + " " + asked.zh() + "（" + t.deadlineYear() + "年）",
        "now " + now.en() + ", target " + sign + " " + asked.en() + " by " + t.deadlineYear());
    if (met) {
      return result(t, id, name, period, Optional.of(x), TargetResult.Status.ACHIEVED, attainment, Optional.empty(), facts);
    }
    if (year >= t.deadlineYear()) {
      return result(t, id, name, period, Optional.of(x), TargetResult.Status.MISSED, attainment, Optional.empty(), facts);
    }
    Optional<BigDecimal> needed = Optional.empty();
    if (t.kind() == TargetKind.LEVEL && x.signum() > 0) {
      double g = Math.pow(goal.doubleValue() / x.doubleValue(), 1.0 / (t.deadlineYear() - year)) - 1;
      needed = Optional.of(BigDecimal.valueOf(g * 100).setScale(2, RoundingMode.HALF_UP));
    }
    Value base = value(t, entity, t.fromYear());
    if (!base.present() || t.fromYear() == t.deadlineYear()) {
      return result(t, id, name, period, Optional.of(x), TargetResult.Status.PENDING, attainment, needed, facts);
    }
    double b = base.number().doubleValue();
    double share = (double) (year - t.fromYear()) / (t.deadlineYear() - t.fromYear());
    double expected = t.kind() == TargetKind.LEVEL && b > 0
        ? b * Math.pow(goal.doubleValue() / b, share)
        : b + (goal.doubleValue() - b) * share;
    // Compared with the path as shown (2 decimals), so that a value exactly on it (110 on the way
    // from 100 to 121 in two years) is not behind a path that floating point puts at 110.00000000000001.
    BigDecimal steady = BigDecimal.valueOf(expected).setScale(2, RoundingMode.HALF_UP);
    boolean onTrack = place ? x.compareTo(steady) <= 0 : x.compareTo(steady) >= 0;
    Label path = place ? Label.of("第" + show(steady) + "位", show(steady)) : shown.show(t.of(), steady);
    Label reason = Label.of(facts.zh() + "；按期推进应为 " + path.zh(), facts.en() + "; the steady path is at " + path.en());
    return result(t, id, name, period, Optional.of(x), onTrack ? TargetResult.Status.ON_TRACK : TargetResult.Status.BEHIND,
        attainment, needed, reason);
  }

  private BigDecimal reachGoal(Target t) {
    Fact f = facts.get(t.of());
    return f == null ? new BigDecimal(t.target()) : FactValues.parse(f.type(), f.values(), t.target());
  }

  private static Optional<BigDecimal> percent(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP));
  }

  private static String show(BigDecimal x) {
    return Value.of(x).toString();
  }

  private static TargetResult result(
      Target t, Optional<String> id, Optional<Label> name, Period period, Optional<BigDecimal> value,
      TargetResult.Status status, Optional<BigDecimal> attainment, Optional<BigDecimal> needed, Label reason) {
    return new TargetResult(t.id(), t.name(), t.kind(), id, name, period, value, t.target(), status, attainment, needed,
        reason, t.source());
  }
}
