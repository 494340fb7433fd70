package io.github.kaohe.eval;

import io.github.kaohe.data.Period;
import io.github.kaohe.internal.columns.Bits;
import io.github.kaohe.internal.columns.DecimalColumn;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Parameter;
import io.github.kaohe.model.Rounding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The scorers of indicators whose parameters vary by entity: one scorer (and kernel) per distinct
 * set of parameter values — a few counties' benchmarks, say — and for each entity which it uses.
 */
final class Variants {
  private final IndicatorInput[] inputs;
  private final Population population;
  private final long[] excluded;
  private final ProblemLog problems;
  private final Rounding points;
  private final DerivedColumns derived;
  private final Period period;
  /** Per indicator: each entity's scorer as an index (−1: none), or null when it does not vary. */
  private final int[][] variant;
  private final Scorer[][] scorers;
  private final Kernel[][] kernels;

  Variants(int indicators, IndicatorInput[] inputs, Population population, long[] excluded, ProblemLog problems,
      Rounding points, DerivedColumns derived, Period period) {
    this.inputs = inputs;
    this.population = population;
    this.excluded = excluded;
    this.problems = problems;
    this.points = points;
    this.derived = derived;
    this.period = period;
    this.variant = new int[indicators][];
    this.scorers = new Scorer[indicators][];
    this.kernels = new Kernel[indicators][];
  }

  /** The columns parameters are read from, looked up once rather than once per entity. */
  private final Map<String, DecimalColumn> columns = new HashMap<>();

  private DecimalColumn column(String fact) {
    return columns.computeIfAbsent(fact, f -> derived.column(period, f));
  }

  /** Whether indicator {@code j}'s parameters vary by entity. */
  boolean vary(int j) {
    return variant[j] != null;
  }

  /** The entity's scorer, or null when its parameter has no value. */
  @Nullable Scorer scorer(int j, int e) {
    return variant[j][e] < 0 ? null : scorers[j][variant[j][e]];
  }

  /** The entity's kernel, or null when its parameter has no value. */
  @Nullable Kernel kernel(int j, int e) {
    return variant[j][e] < 0 ? null : kernels[j][variant[j][e]];
  }

  /** A scorer of the indicator, or null when no entity's parameters have values. */
  @Nullable Scorer first(int j) {
    return scorers[j].length == 0 ? null : scorers[j][0];
  }

  /**
   * Prepares a scorer per distinct set of parameter values for an indicator whose parameters vary by
   * entity (a benchmark per county, from the data, or the county's average), and says which each
   * entity uses; an entity whose parameter has no value is a problem.
   */
  void prepare(int j, Map<String, Parameter> varying, Statistics stats, @Nullable GroupSummaries whole) {
    IndicatorInput in = inputs[j];
    Indicator indicator = in.indicator;
    int n = population.size();
    // each group's statistic once, not once per entity: a county's mean is read by all its firms
    Map<String, Map<String, BigDecimal>> groupStatistics = new HashMap<>();
    for (Map.Entry<String, Parameter> v : varying.entrySet()) {
      if (v.getValue() instanceof Parameter.OfPopulation s) {
        // a part of a population reads the whole's groups, merged from every part's
        Map<String, GroupStatistic> byGroup = whole != null
            ? whole.get(GroupSummaries.parameter(j, v.getKey())) : groups(j, s);
        Map<String, BigDecimal> byGroupStatistic = new HashMap<>();
        if (byGroup != null) {
          byGroup.forEach((g, values) -> byGroupStatistic.put(g, values.value()));
        }
        groupStatistics.put(v.getKey(), byGroupStatistic);
      }
    }
    int[] keyOf = new int[n];
    Map<String, Integer> keys = new LinkedHashMap<>();
    List<Scorer> scorerList = new ArrayList<>();
    List<Kernel> kernelList = new ArrayList<>();
    for (int e = 0; e < n; e++) {
      keyOf[e] = -1;
      if (Bits.get(excluded, e)) {
        continue;
      }
      // where the parameters come from for this entity (its groups, its own figures): entities of
      // one county share a key, and the scorer is looked up without building anything
      String source = source(varying, e);
      Integer known = source == null ? null : keys.get(source);
      if (known != null) {
        keyOf[e] = known;
        continue;
      }
      Map<String, BigDecimal> values = new LinkedHashMap<>();
      String why = null;
      for (Map.Entry<String, Parameter> v : varying.entrySet()) {
        String[] reason = new String[1];
        BigDecimal value = parameterValue(v.getKey(), v.getValue(), e, groupStatistics.get(v.getKey()), reason);
        if (value == null) {
          why = reason[0];
          break;
        }
        values.put(v.getKey(), value);
      }
      if (why != null) {
        problems.scoring(e, j, population.id(e), indicator.id(), why);
        continue;
      }
      String key = source != null ? source : "\u0001" + values; // no group, but a value otherwise
      Integer k = keys.get(key);
      if (k == null) {
        Indicator resolved;
        Scorer scorer;
        try { // a value the method refuses (a benchmark of 0 read from the data) is the entity's problem
          resolved = new Indicator(indicator.id(), indicator.name(), indicator.unit(), indicator.weight(),
              indicator.direction(), MethodParameters.resolve(indicator.method(), values), indicator.transforms(),
              indicator.missing(), indicator.source(), indicator.valid(), indicator.formula(), indicator.shortName());
          scorer = Scorers.prepare(resolved, points, stats);
        } catch (Scorer.Failure | IllegalArgumentException f) {
          problems.scoring(e, j, population.id(e), indicator.id(), f.getMessage());
          continue;
        }
        k = scorerList.size();
        keys.put(key, k);
        scorerList.add(scorer);
        // a kernel reads values at its statistics' scale: a part whose column has another scale is scored by the scorer
        kernelList.add(stats.scale() != in.scored.scale() ? Kernel.NONE : Kernels.prepare(resolved, points, stats));
      }
      keyOf[e] = k;
    }
    variant[j] = keyOf;
    scorers[j] = scorerList.toArray(Scorer[]::new);
    kernels[j] = kernelList.toArray(Kernel[]::new);
  }

  /**
   * The statistic of indicator {@code j}'s values per group of its parameter {@code s}, over the
   * entities here that are assessed and have a value.
   */
  Map<String, GroupStatistic> groups(int j, Parameter.OfPopulation s) {
    IndicatorInput in = inputs[j];
    Map<String, GroupStatistic> byGroup = new HashMap<>();
    for (int e = 0; e < population.size(); e++) {
      BigDecimal x = Bits.get(excluded, e) ? null : in.scoredValue(population.row(e));
      String group = s.within().isEmpty() ? "" : population.attribute(e, s.within().get());
      if (x != null && group != null) {
        byGroup.computeIfAbsent(group, g -> new GroupStatistic(s.statistic())).add(x);
      }
    }
    return byGroup;
  }

  /**
   * What the entity's parameter values depend on, as one key — its group for a value per group or a
   * group's statistic, its own figure for a value from the data — or null when a value is missing.
   */
  private @Nullable String source(Map<String, Parameter> varying, int e) {
    StringBuilder key = varying.size() == 1 ? null : new StringBuilder();
    for (Parameter p : varying.values()) {
      String part;
      if (p instanceof Parameter.ByGroup g) {
        part = population.attribute(e, g.attribute());
      } else if (p instanceof Parameter.FromData d) {
        int row = population.row(e);
        BigDecimal v = row < 0 ? null : column(d.fact()).get(row);
        part = v == null ? null : v.toString();
      } else {
        Parameter.OfPopulation s = (Parameter.OfPopulation) p;
        part = s.within().isEmpty() ? "" : population.attribute(e, s.within().get());
      }
      if (part == null) {
        return null;
      }
      if (key == null) {
        return part;
      }
      key.append(part).append('\u0000');
    }
    return key.toString();
  }

  /** A parameter's value for an entity, or null with the reason in {@code why[0]}. */
  private @Nullable BigDecimal parameterValue(
      String name, Parameter p, int e, @Nullable Map<String, BigDecimal> groups, String[] why) {
    if (p instanceof Parameter.ByGroup g) {
      String group = population.attribute(e, g.attribute());
      BigDecimal v = group == null ? null : g.values().get(group);
      if (v == null) {
        v = g.otherwise().orElse(null);
      }
      if (v == null) {
        why[0] = group == null
            ? "the " + name + " depends on " + g.attribute() + ", which the entity does not have"
            : "no " + name + " for " + g.attribute() + " '" + group + "': add it to the values, or give otherwise";
      }
      return v;
    }
    if (p instanceof Parameter.FromData d) {
      int row = population.row(e);
      BigDecimal v = row < 0 ? null : column(d.fact()).get(row);
      if (v == null) {
        why[0] = "the " + name + " is read from " + d.fact() + ", which has no value in " + period;
      }
      return v;
    }
    Parameter.OfPopulation s = (Parameter.OfPopulation) p;
    String group = s.within().isEmpty() ? "" : population.attribute(e, s.within().get());
    BigDecimal statistic = group == null || groups == null ? null : groups.get(group);
    if (statistic == null) {
      why[0] = "the " + name + " is the " + s.statistic().written() + " of "
          + (group == null ? "a group the entity has no " + s.within().orElse("") + " for" : s.within().isEmpty()
          ? "every entity's value" : s.within().get() + " '" + group + "'") + ", but no value is there";
      return null;
    }
    return statistic;
  }

}
