package io.github.kaohe.eval;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.model.AdjustmentItem;
import io.github.kaohe.model.AdjustmentLayer;
import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.Arithmetic;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.Clamp;
import io.github.kaohe.model.EntityDefinition;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.MissingValueRule;
import io.github.kaohe.model.NaturalLog;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.TieBreak;
import io.github.kaohe.model.Transform;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates a policy's schemes on data: indicator points, category points, adjustments, totals
 * and places, each computed in exact decimals and rounded as the policy declares.
 *
 * <pre>{@code
 * SchemeResult result = Evaluator.of(policy).evaluate("industrial-cluster-zones", data, Period.year(2015));
 * }</pre>
 *
 * <p>Either every entity is evaluated or an {@link EvaluationException} lists every problem; no
 * partial result is returned. Instances are immutable and thread-safe.
 */
public final class Evaluator {
  /** Below this many values (entities × indicators), scoring in parallel costs more than it saves. */
  private static final int PARALLEL_FROM = 50_000;

  private final Policy policy;
  private final boolean parallel;

  private Evaluator(Policy policy, boolean parallel) {
    this.policy = policy;
    this.parallel = parallel;
  }

  /** An evaluator of the policy that scores on the calling thread. */
  public static Evaluator of(Policy policy) {
    return new Evaluator(Objects.requireNonNull(policy, "policy"), false);
  }

  /**
   * The same evaluator, but scoring the entities of a large period (50,000 values or more) in
   * parallel, on the common fork-join pool. The results are the same; with bad data the problems
   * are found again on the calling thread, so that they are listed in the same order.
   */
  public Evaluator parallel() {
    return new Evaluator(policy, true);
  }

  public Policy policy() {
    return policy;
  }

  /**
   * Evaluates one scheme in one period.
   *
   * @throws java.util.NoSuchElementException if the policy has no such scheme
   * @throws EvaluationException listing every problem with the data
   */
  public SchemeResult evaluate(String schemeId, Dataset data, Period period) {
    return evaluate(schemeId, data, List.of(period)).get(0);
  }

  /**
   * Evaluates one scheme in several periods, in order. Rules that look back (the place last
   * year, two years running) read the earlier periods' results, computed once; a period the data
   * does not hold makes those rules "not evaluable", never silently false.
   *
   * @throws EvaluationException listing every problem with the data of the periods asked for
   */
  public List<SchemeResult> evaluate(String schemeId, Dataset data, List<Period> periods) {
    Scheme scheme = policy.scheme(schemeId);
    Objects.requireNonNull(data, "data");
    History history = new History(data, p -> new Run(policy, scheme, data, p, parallel).evaluate());
    RulesStage rules = scheme.rules().isEmpty() ? null : new RulesStage(policy, scheme, data, history);
    List<SchemeResult> results = new ArrayList<>();
    List<EvaluationProblem> problems = new ArrayList<>();
    for (Period p : periods) {
      try {
        SchemeResult scored = history.require(p);
        results.add(rules == null ? scored : rules.apply(scored));
      } catch (EvaluationException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new EvaluationException(problems);
    }
    return results;
  }

  /** The state of one evaluation. */
  private static final class Run {
    private final Policy policy;
    private final Scheme scheme;
    private final Dataset data;
    private final Period period;
    private final Arithmetic arithmetic;
    private final List<Indicator> indicators;
    private final boolean parallel;
    private final List<EvaluationProblem> problems = Collections.synchronizedList(new ArrayList<>());

    Run(Policy policy, Scheme scheme, Dataset data, Period period, boolean parallel) {
      this.parallel = parallel;
      this.policy = policy;
      this.scheme = scheme;
      this.data = Objects.requireNonNull(data, "data");
      this.period = Objects.requireNonNull(period, "period");
      this.arithmetic = policy.arithmetic();
      this.indicators = scheme.indicators();
    }

    private void problem(String entity, String key, String message) {
      problems.add(new EvaluationProblem(scheme.id(), period.toString(), entity, key, message));
    }

    /** An entity's value for one indicator, after the missing-value rule and transforms. */
    private record Input(
        @Nullable BigDecimal value, @Nullable BigDecimal scored, IndicatorStatus status, boolean exclude) {}

    SchemeResult evaluate() {
      List<EntityDefinition> entities = entities();
      int n = entities.size();
      int k = indicators.size();
      boolean inParallel = parallel && (long) n * Math.max(k, 1) >= PARALLEL_FROM;
      Input[][] inputs = new Input[k][n];
      boolean[] excluded = new boolean[n];
      forEachEntity(n, inParallel, e -> {
        for (int j = 0; j < k; j++) {
          inputs[j][e] = input(indicators.get(j), entities.get(e).id());
          excluded[e] |= inputs[j][e].exclude();
        }
      });
      Scorer[] scorers = new Scorer[k];
      for (int j = 0; j < k; j++) {
        List<BigDecimal> population = new ArrayList<>();
        for (int e = 0; e < n; e++) {
          if (!excluded[e] && inputs[j][e].scored() != null) {
            population.add(inputs[j][e].scored());
          }
        }
        try {
          scorers[j] = Scorers.prepare(indicators.get(j), arithmetic.points(), population);
        } catch (Scorer.Failure f) {
          problem("", indicators.get(j).id(), f.getMessage());
        }
      }
      Scored[] each = new Scored[n];
      forEachEntity(n, inParallel, e -> {
        if (excluded[e]) {
          return;
        }
        EntityDefinition entity = entities.get(e);
        Map<String, IndicatorResult> results = new LinkedHashMap<>();
        for (int j = 0; j < k; j++) {
          IndicatorResult r = score(indicators.get(j), entity.id(), inputs[j][e], scorers[j]);
          if (r != null) {
            results.put(r.id(), r);
          }
        }
        List<AdjustmentResult> layers = new ArrayList<>();
        for (AdjustmentLayer layer : scheme.adjustments()) {
          layers.add(layer(layer, entity.id()));
        }
        if (problems.isEmpty()) {
          each[e] = total(entity, results, layers);
        }
      });
      if (!problems.isEmpty()) {
        if (inParallel) {
          // Find the problems again in order, one entity after another, as without parallelism.
          return new Run(policy, scheme, data, period, false).evaluate();
        }
        throw new EvaluationException(problems);
      }
      List<Scored> scored = new ArrayList<>();
      List<Exclusion> exclusions = new ArrayList<>();
      for (int e = 0; e < n; e++) {
        if (excluded[e]) {
          List<String> why = new ArrayList<>();
          for (int j = 0; j < k; j++) {
            if (inputs[j][e].exclude()) {
              why.add(indicators.get(j).id());
            }
          }
          exclusions.add(new Exclusion(entities.get(e), why));
        } else {
          scored.add(each[e]);
        }
      }
      return rank(scored, exclusions);
    }

    /** Runs {@code body} for every entity index, in order or in parallel. */
    private static void forEachEntity(int n, boolean inParallel, IntConsumer body) {
      if (inParallel) {
        IntStream.range(0, n).parallel().forEach(body);
      } else {
        for (int e = 0; e < n; e++) {
          body.accept(e);
        }
      }
    }

    private List<EntityDefinition> entities() {
      if (!scheme.entities().isEmpty()) {
        return scheme.entities();
      }
      List<EntityDefinition> out = new ArrayList<>();
      for (String id : data.entitiesIn(period)) {
        if (scheme.findContext(id).isPresent()) {
          continue; // scheme-wide figures, read by measures but not assessed
        }
        out.add(new EntityDefinition(id, Label.of(id, id), List.of(), true, Map.of()));
      }
      return out;
    }

    private Input input(Indicator indicator, String entity) {
      BigDecimal raw = data.value(entity, period, indicator.id()).orElse(null);
      if (raw == null) {
        return missing(indicator, entity, "no value");
      }
      BigDecimal t = transform(indicator, entity, raw);
      if (t == null) {
        Input m = missing(indicator, entity, "the value " + raw.toPlainString() + " has no logarithm");
        // The data has a value, only its logarithm is missing: the result still shows the raw value.
        return m.value() == null ? new Input(raw, null, m.status(), m.exclude()) : m;
      }
      return new Input(raw, t, IndicatorStatus.SCORED, false);
    }

    private Input missing(Indicator indicator, String entity, String why) {
      MissingValueRule rule = indicator.missing();
      switch (rule.kind()) {
        case ZERO_POINTS:
          return new Input(null, null, IndicatorStatus.MISSING_ZERO_POINTS, false);
        case EXCLUDE_ENTITY:
          return new Input(null, null, IndicatorStatus.MISSING_ZERO_POINTS, true);
        case SUBSTITUTE:
          BigDecimal v = rule.substitute().orElseThrow();
          BigDecimal t = transform(indicator, entity, v);
          if (t == null) {
            problem(entity, indicator.id(), "the substitute " + v.toPlainString() + " has no logarithm");
            return new Input(v, null, IndicatorStatus.MISSING_SUBSTITUTED, false);
          }
          return new Input(v, t, IndicatorStatus.MISSING_SUBSTITUTED, false);
        default:
          problem(
              entity,
              indicator.id(),
              why + " in " + period + ", and the indicator's missing rule is 'error': add the value"
                  + " to the data, or declare another rule (zero-points, exclude-entity, substitute)");
          return new Input(null, null, IndicatorStatus.MISSING_ZERO_POINTS, false);
      }
    }

    /** The value after the indicator's transforms; null when a logarithm does not exist. */
    private @Nullable BigDecimal transform(Indicator indicator, String entity, BigDecimal value) {
      BigDecimal v = value;
      for (Transform t : indicator.transforms()) {
        if (t instanceof Clamp c) {
          v = c.apply(v);
        } else if (t instanceof NaturalLog ln) {
          if (v.signum() <= 0) {
            if (ln.whenNotPositive() == NaturalLog.WhenNotPositive.ERROR) {
              problem(
                  entity,
                  indicator.id(),
                  "ln(" + v.toPlainString() + ") does not exist; correct the value or declare"
                      + " whenNotPositive: missing");
              return BigDecimal.ZERO;
            }
            return null;
          }
          v = BigDecimal.valueOf(Math.log(v.doubleValue()));
        }
      }
      return v;
    }

    private @Nullable IndicatorResult score(
        Indicator indicator, String entity, Input input, @Nullable Scorer scorer) {
      if (input.scored() == null) {
        return new IndicatorResult(
            indicator, input.value(), null, arithmetic.points().apply(BigDecimal.ZERO), input.status(), null);
      }
      if (scorer == null) {
        return null; // the method failed for the whole population: reported already
      }
      try {
        BigDecimal points = scorer.points(input.scored());
        return new IndicatorResult(indicator, input.value(), input.scored(), points, input.status(), scorer);
      } catch (Scorer.Failure f) {
        problem(entity, indicator.id(), f.getMessage());
        return null;
      }
    }

    private AdjustmentResult layer(AdjustmentLayer layer, String entity) {
      List<AdjustmentResult.Item> items = new ArrayList<>();
      BigDecimal sum = BigDecimal.ZERO;
      for (AdjustmentItem item : layer.items()) {
        BigDecimal count = data.value(entity, period, item.id()).orElse(BigDecimal.ZERO);
        if (count.signum() < 0 || count.stripTrailingZeros().scale() > 0) {
          problem(entity, item.id(), "a count must be a whole number of at least 0, but was " + count.toPlainString());
          count = BigDecimal.ZERO;
        }
        BigDecimal points = count.multiply(item.pointsPerUnit());
        boolean capped = false;
        if (item.cap().isPresent() && points.abs().compareTo(item.cap().get()) > 0) {
          points = item.cap().get().multiply(BigDecimal.valueOf(points.signum()));
          capped = true;
        }
        points = arithmetic.points().apply(points);
        items.add(new AdjustmentResult.Item(item, count, points, capped));
        sum = sum.add(points);
      }
      boolean capped = false;
      if (layer.cap().isPresent() && sum.abs().compareTo(layer.cap().get()) > 0) {
        sum = layer.cap().get().multiply(BigDecimal.valueOf(sum.signum()));
        capped = true;
      }
      return new AdjustmentResult(layer, arithmetic.points().apply(sum), capped, items);
    }

    /** An entity scored, before it is placed. */
    private record Scored(
        EntityDefinition entity,
        Map<String, String> attributes,
        BigDecimal base,
        BigDecimal adjustments,
        BigDecimal total,
        List<CategoryResult> categories,
        List<AdjustmentResult> layers,
        Map<String, IndicatorResult> indicators) {}

    private Scored total(
        EntityDefinition entity, Map<String, IndicatorResult> indicators, List<AdjustmentResult> layers) {
      List<CategoryResult> categories = new ArrayList<>();
      BigDecimal base = BigDecimal.ZERO;
      for (Category c : scheme.categories()) {
        CategoryResult r = category(c, indicators);
        categories.add(r);
        base = base.add(r.points());
      }
      BigDecimal adjustments = BigDecimal.ZERO;
      for (AdjustmentResult l : layers) {
        adjustments = adjustments.add(l.points());
      }
      BigDecimal total = arithmetic.totals().apply(base.add(adjustments));
      Map<String, String> own = new LinkedHashMap<>(entity.attributes());
      own.putAll(data.attributes(entity.id()));
      Map<String, String> attributes = LinkedAttributes.with(policy, scheme, own);
      return new Scored(
          entity, attributes, base, adjustments, total, categories, layers, indicators);
    }

    private CategoryResult category(Category category, Map<String, IndicatorResult> indicators) {
      List<CategoryResult> subs = new ArrayList<>();
      List<IndicatorResult> own = new ArrayList<>();
      List<BigDecimal> points = new ArrayList<>();
      List<BigDecimal> weights = new ArrayList<>();
      for (Category c : category.categories()) {
        CategoryResult r = category(c, indicators);
        subs.add(r);
        points.add(r.points());
        weights.add(c.weight());
      }
      for (Indicator i : category.indicators()) {
        IndicatorResult r = indicators.get(i.id());
        own.add(r);
        points.add(r.points());
        weights.add(i.weight());
      }
      return new CategoryResult(category, Aggregations.combine(category, points, weights, arithmetic.points()), subs, own);
    }

    private SchemeResult rank(List<Scored> scored, List<Exclusion> exclusions) {
      Ranker ranker = new Ranker(scheme);
      List<Ranker.Candidate> ranked = new ArrayList<>();
      for (Scored s : scored) {
        if (s.entity().ranked()) {
          ranked.add(candidate(s));
        }
      }
      // A register (no categories) scores nothing, so nobody takes a place, overall or in a group.
      Map<String, Integer> places = scheme.scored() ? ranker.places(ranked) : Map.of();
      Map<String, Map<String, Integer>> groupPlaces = new LinkedHashMap<>();
      for (String attribute : scheme.scored() ? scheme.ranking().groups() : List.<String>of()) {
        Map<String, List<Ranker.Candidate>> groups = new LinkedHashMap<>();
        for (Scored s : scored) {
          String value = s.attributes().get(attribute);
          if (s.entity().ranked() && value != null) {
            groups.computeIfAbsent(value, v -> new ArrayList<>()).add(candidate(s));
          }
        }
        for (List<Ranker.Candidate> group : groups.values()) {
          ranker.places(group).forEach(
              (id, place) -> groupPlaces.computeIfAbsent(id, x -> new LinkedHashMap<>()).put(attribute, place));
        }
      }
      List<EntityResult> results = new ArrayList<>();
      for (Scored s : scored) {
        Integer place = places.get(s.entity().id());
        results.add(
            new EntityResult(
                s.entity(), s.attributes(), s.base(), s.adjustments(), s.total(), s.categories(), s.layers(),
                place == null ? OptionalInt.empty() : OptionalInt.of(place),
                groupPlaces.getOrDefault(s.entity().id(), Map.of())));
      }
      results.sort(
          Comparator.comparingInt((EntityResult r) -> r.place().orElse(Integer.MAX_VALUE))
              .thenComparing(EntityResult::total, Comparator.reverseOrder())
              .thenComparing(EntityResult::id));
      List<String> notes = new ArrayList<>();
      if (ranker.brokeTiesById(ranked)) {
        notes.add("ordinal ranking: entities still tied after the tie-break chain are ordered by entity id");
      }
      return new SchemeResult(policy, scheme, period, results, exclusions, notes);
    }

    private Ranker.Candidate candidate(Scored s) {
      List<@Nullable BigDecimal> keys = new ArrayList<>();
      for (TieBreak tb : scheme.ranking().tieBreaks()) {
        if (tb.by() == TieBreak.Basis.VALUE) {
          IndicatorResult r = s.indicators().get(tb.of());
          keys.add(r == null ? null : r.value().orElse(null));
        } else {
          IndicatorResult r = s.indicators().get(tb.of());
          keys.add(r != null ? r.points() : findCategory(s.categories(), tb.of()));
        }
      }
      return new Ranker.Candidate(s.entity().id(), s.total(), keys);
    }

    private static @Nullable BigDecimal findCategory(List<CategoryResult> categories, String id) {
      for (CategoryResult c : categories) {
        if (c.id().equals(id)) {
          return c.points();
        }
        BigDecimal inner = findCategory(c.categories(), id);
        if (inner != null) {
          return inner;
        }
      }
      return null;
    }
  }
}
