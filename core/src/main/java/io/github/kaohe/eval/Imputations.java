package io.github.kaohe.eval;

import io.github.kaohe.internal.columns.Bits;
import io.github.kaohe.internal.columns.LongDecimals;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.MissingValueRule;
import io.github.kaohe.model.Parameter;
import io.github.kaohe.model.Rounding;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What stands in for missing values under the rule {@code impute}: per entity without a value, the
 * mean or median of the other entities' values (which is then scored) or points (which it gets),
 * over every entity or its group, and the words that say so. Entities not assessed and other
 * missing values take no part.
 */
final class Imputations {
  private final Population population;
  private final long[] excluded;
  /** Per indicator: each position's imputed value (of values) or points (of points); null where none. */
  private final @Nullable BigDecimal[][] imputed;
  private final @Nullable Label[][] notes;

  Imputations(int indicators, Population population, long[] excluded) {
    this.population = population;
    this.excluded = excluded;
    this.imputed = new BigDecimal[indicators][];
    this.notes = new Label[indicators][];
  }

  private Imputations(Imputations other) {
    this.population = other.population;
    this.excluded = other.excluded;
    this.imputed = other.imputed.clone();
    this.notes = other.notes.clone();
  }

  /** The imputations so far, for another run to add its own to (each indicator's are replaced, never changed). */
  Imputations copy() {
    return new Imputations(this);
  }

  /** Whether the indicator imputes; {@code of} what. */
  static boolean imputes(IndicatorInput in, MissingValueRule.Imputation.Basis of) {
    return in.rule == MissingValueRule.Kind.IMPUTE && in.indicator.missing().imputes(of);
  }

  /** The imputed value or points of an entity, or null. */
  @Nullable BigDecimal value(int j, int e) {
    return imputed[j] == null ? null : imputed[j][e];
  }

  /** What was imputed for an entity, in words, or null. */
  @Nullable Label note(int j, int e) {
    return notes[j] == null ? null : notes[j][e];
  }

  /**
   * Imputes for every entity without a value of indicator {@code j}: the statistic of {@code known}
   * (each position's value or points, null where it has none), over the entity's group.
   *
   * @param rounding rounds points; null for values (a mean of values is exact, or to 34 digits)
   */
  void impute(int j, IndicatorInput in, @Nullable BigDecimal[] known, @Nullable Rounding rounding,
      @Nullable GroupSummaries whole) {
    MissingValueRule.Imputation how = in.indicator.missing().imputation().orElseThrow();
    int n = population.size();
    // a part of a population reads the whole's groups, merged from every part's
    Map<String, GroupStatistic> groups = whole != null ? whole.get(GroupSummaries.imputed(j)) : groups(in, known);
    if (groups == null) {
      groups = Map.of();
    }
    Map<String, BigDecimal> stand = new HashMap<>();
    groups.forEach((g, values) -> {
      BigDecimal v = values.value();
      stand.put(g, rounding == null ? v : rounding.apply(v));
    });
    BigDecimal[] out = new BigDecimal[n];
    Label[] words = new Label[n];
    for (int e = 0; e < n; e++) {
      if (known[e] != null || Bits.get(excluded, e) || in.hasScored(population.row(e))) {
        continue;
      }
      String group = group(how, e);
      BigDecimal v = group == null ? null : stand.get(group);
      out[e] = v;
      GroupStatistic others = groups.get(group == null ? "" : group);
      words[e] = words(how, within(how), group, v, others == null ? 0 : Math.toIntExact(others.count()));
    }
    imputed[j] = out;
    notes[j] = words;
  }

  /** The statistic of {@code known} (each position's value or points, null where none) per group of the rule. */
  Map<String, GroupStatistic> groups(IndicatorInput in, @Nullable BigDecimal[] known) {
    MissingValueRule.Imputation how = in.indicator.missing().imputation().orElseThrow();
    Map<String, GroupStatistic> groups = new HashMap<>();
    for (int e = 0; e < population.size(); e++) {
      String group = group(how, e);
      if (known[e] != null && group != null && !Bits.get(excluded, e)) {
        groups.computeIfAbsent(group, g -> new GroupStatistic(how.statistic())).add(known[e]);
      }
    }
    return groups;
  }

  private @Nullable String group(MissingValueRule.Imputation how, int e) {
    return how.within().isEmpty() ? "" : population.attribute(e, how.within().get());
  }

  /** The attribute the imputation groups by, as the policy names it (所在县); none when over every entity. */
  private @Nullable Label within(MissingValueRule.Imputation how) {
    return how.within().map(a -> population.scheme().attributeName(a)).orElse(null);
  }

  private static Label words(
      MissingValueRule.Imputation how, @Nullable Label within, @Nullable String group, @Nullable BigDecimal v, int others) {
    boolean points = how.of() == MissingValueRule.Imputation.Basis.POINTS;
    String zhStat = how.statistic() == Parameter.Statistic.MEDIAN ? "中位数" : how.statistic() == Parameter.Statistic.MEAN
        ? "平均" + (points ? "得分" : "值") : how.statistic() == Parameter.Statistic.MIN ? "最低" + (points ? "得分" : "值")
        : "最高" + (points ? "得分" : "值");
    String whoZh = within == null ? "其他对象" : within.zh() + "「" + group + "」内其他对象";
    String whoEn = within == null ? "the others" : "the others in " + within.en() + " " + group;
    if (v == null) {
      return Label.of("数据缺失，" + whoZh + "也无数据，按0分计",
          "value missing, and " + whoEn + " have none either: zero points");
    }
    String enWhat = how.statistic().written() + " " + (points ? "points" : "value");
    return Label.of("数据缺失，按" + whoZh + "的" + zhStat + "计（" + others + " 个，" + v.toPlainString() + "）",
        "value missing: the " + enWhat + " of " + whoEn + " stands in (" + others + ", " + v.toPlainString() + ")");
  }
  /** For each indicator that imputes values: the others' values, before anything is scored. */
  void imputeValues(ScoringRun run) {
    for (int j = 0; j < run.inputs.length; j++) {
      IndicatorInput in = run.inputs[j];
      if (Imputations.imputes(in, MissingValueRule.Imputation.Basis.VALUES)) {
        impute(j, in, knownValues(run, in), null, run.wholeGroups);
      }
    }
  }

  /** Each position's value of the indicator, null where it has none. */
  @Nullable BigDecimal[] knownValues(ScoringRun run, IndicatorInput in) {
    BigDecimal[] known = new BigDecimal[population.size()];
    for (int e = 0; e < known.length; e++) {
      int row = run.population.row(e);
      known[e] = in.hasScored(row) ? in.scored.get(row) : null;
    }
    return known;
  }

  /** Each position's points of indicator {@code j}, null where it has no value to score (or is not assessed). */
  @Nullable BigDecimal[] knownPoints(ScoringRun run, int j) {
    IndicatorInput in = run.inputs[j];
    BigDecimal[] known = new BigDecimal[population.size()];
    for (int e = 0; e < known.length; e++) {
      int row = run.population.row(e);
      boolean has = in.hasScored(row) || (in.rule == MissingValueRule.Kind.SUBSTITUTE && in.substituteScored != null);
      known[e] = has && !Bits.get(run.excluded, e) ? run.pointsOf(j, e) : null;
    }
    return known;
  }

  /** For each indicator that imputes points: the others' points, once everyone is scored; then the totals again. */
  void imputePoints(ScoringRun run) {
    boolean[] changed = null; // made only when an indicator imputes: a sensitivity sample runs this often
    for (int j = 0; j < run.inputs.length; j++) {
      IndicatorInput in = run.inputs[j];
      if (!Imputations.imputes(in, MissingValueRule.Imputation.Basis.POINTS) || run.scorers[j] == null) {
        continue;
      }
      int p = run.arithmetic.points().scale();
      changed = changed != null ? changed : new boolean[population.size()];
      BigDecimal[] known = knownPoints(run, j);
      impute(j, in, known, run.arithmetic.points(), run.wholeGroups);
      for (int e = 0; e < known.length; e++) {
        BigDecimal v = value(j, e);
        if (v != null) {
          long x = LongDecimals.unscaled(v, p);
          if (x == LongDecimals.OVERFLOW) {
            synchronized (run.widePoints) {
              run.widePoints[j] = run.widePoints[j] == null ? new BigDecimal[run.points[j].length] : run.widePoints[j];
              run.widePoints[j][e] = v;
            }
          } else {
            run.points[j][e] = x;
          }
          changed[e] = true;
        }
      }
    }
    for (int e = 0; changed != null && e < changed.length; e++) {
      if (changed[e]) {
        run.retotal(e);
      }
    }
  }


}
