package io.github.kaohe.eval;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.internal.columns.ColumnStore;
import io.github.kaohe.model.Fact;
import io.github.kaohe.model.FactValues;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Measure;
import io.github.kaohe.model.MeasureFormula;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.TableInput;
import io.github.kaohe.model.Timing;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the values rules use, for an entity in a period: raw indicator values and facts from
 * the data, results (total, place, points) from the scored history, and derived measures,
 * computed on demand and remembered.
 */
final class Values {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Scheme scheme;
  private final Dataset data;
  private final History history;
  private final DerivedColumns derived;
  private final ColumnStore<Period> columns;
  private final Map<String, Fact> facts = new HashMap<>();
  private final Map<String, Measure> measures = new HashMap<>();
  private final Set<String> adjustmentItems = new HashSet<>();
  private final Map<String, Value> memo = new HashMap<>();
  /** Figures of the whole population, where this reads a part of it; null when it reads the whole. */
  private final @org.jspecify.annotations.Nullable PopulationFigures figures;

  Values(Scheme scheme, Dataset data, History history, DerivedColumns derived) {
    this(scheme, data, history, derived, null);
  }

  /** Values of a part of a population, whose figures of the whole population (measures of type population) are given. */
  Values(Scheme scheme, Dataset data, History history, DerivedColumns derived,
      @org.jspecify.annotations.Nullable PopulationFigures figures) {
    this.figures = figures;
    this.scheme = scheme;
    this.data = data;
    this.history = history;
    this.derived = derived;
    this.columns = ColumnStore.of(data);
    scheme.rules().facts().forEach(f -> facts.put(f.id(), f));
    scheme.rules().measures().forEach(m -> measures.put(m.id(), m));
    scheme.adjustmentItems().forEach(a -> adjustmentItems.add(a.id()));
  }

  Scheme scheme() {
    return scheme;
  }

  /** A table input's value, with its timing. */
  Value input(TableInput input, String entity, Period period) {
    if (input.timing() == Timing.CURRENT) {
      return read(input.of(), entity, period);
    }
    if (input.timing() == Timing.PREVIOUS) {
      return read(input.of(), entity, period.previous());
    }
    return change(input.of(), entity, period);
  }

  private Value change(String of, String entity, Period period) {
    Value now = read(of, entity, period);
    Value before = read(of, entity, period.previous());
    if (!now.present()) {
      return now;
    }
    if (!before.present()) {
      return before;
    }
    return Value.of(now.number().subtract(before.number()));
  }

  /** The measure of that id, if the scheme declares one. */
  io.github.kaohe.model.@org.jspecify.annotations.Nullable Measure measure(String id) {
    return measures.get(id);
  }

  /** The value of {@code of} for the entity in the period. */
  Value read(String of, String entity, Period period) {
    Measure m = measures.get(of);
    // A population statistic or a named entity's value is the same for every entity: remember it once.
    String who = m != null && (m.formula() instanceof MeasureFormula.Population || m.formula() instanceof MeasureFormula.EntityValue)
        ? "" : entity;
    String key = of + '\u0000' + who + '\u0000' + period;
    Value v = memo.get(key);
    if (v == null) {
      v = compute(of, entity, period);
      memo.put(key, v);
    }
    return v;
  }

  private Value compute(String of, String entity, Period period) {
    if (of.startsWith("result.")) {
      return result(of.substring(7), entity, period);
    }
    Measure m = measures.get(of);
    if (m != null) {
      Value v = measure(m, entity, period);
      return v.present() && m.rounding().isPresent() ? Value.of(m.rounding().get().apply(v.number())) : v;
    }
    Optional<BigDecimal> raw = derived.isDerived(of) ? derivedValue(of, entity, period) : data.value(entity, period, of);
    if (raw.isPresent()) {
      return Value.of(raw.get());
    }
    if (adjustmentItems.contains(of) && data.hasRow(entity, period)) {
      return Value.of(BigDecimal.ZERO); // as the score counts an item without a value: none
    }
    Fact f = facts.get(of);
    if (f != null && f.fallback().isPresent()) {
      return Value.of(FactValues.parse(f.type(), f.values(), f.fallback().get()));
    }
    return history.covers(period)
        ? Value.missing(Value.zh(period) + "无" + named(of).zh() + "的数据", "no value of " + named(of).en() + " in " + period)
        : Value.missing(Value.zh(period) + "无数据", "no data for " + period);
  }

  private Optional<BigDecimal> derivedValue(String of, String entity, Period period) {
    int row = columns.index().find(entity);
    return row < 0 ? Optional.empty() : Optional.ofNullable(derived.column(period, of).get(row));
  }

  private Value result(String of, String entity, Period period) {
    Optional<SchemeResult> r = history.find(period);
    if (r.isEmpty()) {
      return missing(history.whyMissing(period));
    }
    ScoredPeriod scored = r.get().scored();
    int e = scored.find(entity);
    if (e < 0) {
      Label who = entityName(entity);
      return Value.missing(who.zh() + " 未参加" + Value.zh(period) + "的考核", who.en() + " was not assessed in " + period);
    }
    switch (of) {
      case "total":
        return Value.of(scored.total(e));
      case "base":
        return Value.of(scored.base(e));
      case "adjustments":
        return Value.of(scored.adjustmentPoints(e));
      case "place":
        return scored.place(e).isPresent()
            ? Value.of(BigDecimal.valueOf(scored.place(e).getAsInt()))
            : Value.none(entityName(entity).zh() + " 不参与排序", entityName(entity).en() + " takes no place");
      default:
        if (of.startsWith("place.")) {
          String group = of.substring(6);
          Integer p = scored.groupPlaces(e).get(group);
          Label who = entityName(entity);
          Label within = scheme.attributeName(group);
          return p == null
              ? Value.none(who.zh() + " 在" + within.zh() + "内无名次", who.en() + " has no place within " + within.en())
              : Value.of(BigDecimal.valueOf(p));
        }
        String id = of.substring(7);
        BigDecimal points = scored.points(id, e);
        Label part = named(id);
        return points != null ? Value.of(points) : Value.missing("无" + part.zh() + "的得分", "no points of " + part.en());
    }
  }

  private Value measure(Measure m, String entity, Period period) {
    MeasureFormula f = m.formula();
    if (f instanceof MeasureFormula.WeightedSum w) {
      BigDecimal sum = BigDecimal.ZERO;
      for (MeasureFormula.Term t : w.terms()) {
        Value v = read(t.of(), entity, period);
        if (!v.present()) {
          return v;
        }
        sum = sum.add(t.weight().multiply(v.number()));
      }
      return Value.of(sum);
    }
    if (f instanceof MeasureFormula.Growth g) {
      Value now = read(g.of(), entity, period);
      Value before = read(g.of(), entity, period.previous());
      if (!now.present()) {
        return now;
      }
      if (!before.present()) {
        return before;
      }
      if (before.number().signum() <= 0) {
        return g.whenBaseNotPositive() == MeasureFormula.WhenBaseNotPositive.ZERO
            ? Value.of(BigDecimal.ZERO)
            : Value.missing(
                named(g.of()).zh() + "的增速无意义：" + Value.zh(period.previous()) + "的值为 " + before.number().toPlainString(),
                "the growth of " + named(g.of()).en() + " has no meaning: its value in " + period.previous()
                    + " is " + before.number().toPlainString());
      }
      return Value.of(now.number().subtract(before.number()).multiply(HUNDRED)
          .divide(before.number(), MathContext.DECIMAL128));
    }
    if (f instanceof MeasureFormula.Ratio r) {
      Value n = read(r.numerator(), entity, period);
      Value d = read(r.denominator(), entity, period);
      if (!n.present()) {
        return n;
      }
      if (!d.present()) {
        return d;
      }
      if (d.number().signum() == 0) {
        Label d0 = named(r.denominator());
        return Value.missing(d0.zh() + "为 0，比值无意义", d0.en() + " is 0, so the ratio has no value");
      }
      return Value.of(n.number().multiply(r.factor()).divide(d.number(), MathContext.DECIMAL128));
    }
    if (f instanceof MeasureFormula.Change c) {
      return change(c.of(), entity, period);
    }
    if (f instanceof MeasureFormula.EntityValue ev) {
      String id = scheme.findContext(ev.entity()).map(e -> e.id())
          .or(() -> scheme.entities().stream().filter(e -> e.allNames().contains(ev.entity())).map(e -> e.id()).findFirst())
          .orElse(ev.entity());
      Value v = read(ev.of(), id, period);
      // Say whose value is missing: the entity evaluated may well have its own.
      Label who = entityName(id);
      return v.present() || v.none() ? v : Value.missing(who.zh() + "：" + v.missing().zh(), who.en() + ": " + v.missing().en());
    }
    return population(m.id(), (MeasureFormula.Population) f, period);
  }

  private Value population(String id, MeasureFormula.Population p, Period period) {
    Optional<SchemeResult> r = history.find(period);
    if (r.isEmpty()) {
      return missing(history.whyMissing(period));
    }
    if (figures != null) { // a part: the figure is the whole population's
      Value v = figures.value(id, period);
      if (v == null) {
        throw new PopulationFigures.Unresolved();
      }
      return v;
    }
    List<BigDecimal> values = populationValues(p, r.get().scored(), period);
    if (p.statistic() == MeasureFormula.Statistic.MEDIAN) {
      if (values.isEmpty()) {
        return figure(p, PopulationFigures.Partial.EMPTY, period, named(p.of()));
      }
      values.sort(BigDecimal::compareTo);
      int n = values.size();
      return Value.of(n % 2 == 1
          ? values.get(n / 2)
          : values.get(n / 2 - 1).add(values.get(n / 2)).divide(BigDecimal.valueOf(2)));
    }
    return figure(p, PopulationFigures.Partial.of(values), period, named(p.of()));
  }

  /**
   * The values a population measure is a statistic of, among the entities that {@code scored}
   * holds: all of a population, or a part of it (whose values are then summarised and merged).
   */
  List<BigDecimal> populationValues(MeasureFormula.Population p, ScoredPeriod scored, Period period) {
    List<BigDecimal> values = new ArrayList<>();
    for (int k = 0; k < scored.size(); k++) {
      int e = scored.position(k);
      if (p.over() == MeasureFormula.Over.RANKED && scored.place(e).isEmpty()) {
        continue;
      }
      if (p.where().isPresent() && !LinkedAttributes.matches(p.where().get(), scored.attribute(e, p.where().get().attribute()))) {
        continue;
      }
      Value v = read(p.of(), scored.id(e), period);
      if (v.present() && (p.atLeast().isEmpty() || v.number().compareTo(p.atLeast().get()) >= 0)) {
        values.add(v.number());
      }
    }
    return values;
  }

  /** A population measure (not a median) from the summary of its values: the whole population's, or every part's merged. */
  static Value figure(MeasureFormula.Population p, PopulationFigures.Partial values, Period period, Label named) {
    if (p.statistic() == MeasureFormula.Statistic.COUNT) {
      return Value.of(BigDecimal.valueOf(values.count()));
    }
    if (values.count() == 0) {
      String least = p.atLeast().map(BigDecimal::toPlainString).orElse(null);
      return Value.missing(
          Value.zh(period) + "没有任何对象有" + named.zh() + (least == null ? "" : "不低于 " + least + " ") + "的值",
          "no entity has a value of " + named.en() + (least == null ? "" : " of at least " + least) + " in " + period);
    }
    switch (p.statistic()) {
      case SUM:
        return Value.of(values.sum());
      case MEAN:
        return Value.of(Numbers.mean(values.sum(), values.count()));
      case MIN:
        return Value.of(values.min());
      case MAX:
        return Value.of(values.max());
      default:
        throw new IllegalArgumentException("a median is not a figure of summaries: " + p.statistic());
    }
  }

  /**
   * What {@code of} reads, as the policy names it (a measure, a fact, an indicator, a category, an
   * adjustment item): an official reads 项目总投资（万元）, not {@code investment}; its id only where the
   * policy names nothing by it.
   */
  private Label named(String of) {
    return named(scheme, of);
  }

  /** {@link #named(String)} of a scheme's part, for figures merged from parts. */
  static Label named(Scheme scheme, String of) {
    Optional<Label> part = scheme.rules().measures().stream().filter(m -> m.id().equals(of)).findFirst().map(m -> m.name())
        .or(() -> scheme.rules().facts().stream().filter(f -> f.id().equals(of)).findFirst().map(f -> f.name()))
        .or(() -> scheme.findIndicator(of).map(i -> i.name()))
        .or(() -> scheme.findCategory(of).map(c -> c.name()))
        .or(() -> scheme.adjustmentItems().stream().filter(a -> a.id().equals(of)).findFirst().map(a -> a.name()));
    return part.orElse(Label.of(of, of));
  }

  /** An entity by its name where the policy declares it (开封市), else as the data names it. */
  private Label entityName(String entity) {
    return scheme.findEntity(entity).or(() -> scheme.findContext(entity)).map(e -> e.name())
        .orElse(Label.of(entity, entity));
  }

  private static Value missing(Label why) {
    return Value.missing(why.zh(), why.en());
  }
}
