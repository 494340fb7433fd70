package io.github.kaohe.sensitivity;

import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.MissingValueRule;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.ScoringMethod;
import io.github.kaohe.sensitivity.Switch.Alternative;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the policy of one sample: each varied weight at its sampled value, each switch at its
 * chosen alternative, and the weights of siblings distributed so that every weighted-sum category
 * weighs what its parts weigh. Sampled weights are exact decimals at {@link #scale} places
 * (at least 4); a distributed weight is rounded down to that scale and the units left over go to
 * the largest remainders, so that the parts add up exactly.
 */
final class SchemeVariant {
  private static final MathContext DIVISION = new MathContext(50, RoundingMode.HALF_EVEN);

  private final Policy policy;
  private final Scheme nominal;
  private final Uncertainty uncertainty;
  private final int scale;
  private final Map<String, Integer> weightInput = new HashMap<>();
  private final Map<String, Integer> switchInput = new HashMap<>();

  SchemeVariant(Policy policy, Uncertainty uncertainty) {
    this.policy = policy;
    this.nominal = policy.scheme(uncertainty.scheme());
    this.uncertainty = uncertainty;
    int s = Math.max(4, nominal.total().scale());
    for (Category c : nominal.allCategories()) {
      s = Math.max(s, c.weight().scale());
    }
    for (Indicator i : nominal.indicators()) {
      s = Math.max(s, i.weight().scale());
    }
    for (WeightRange w : uncertainty.weights()) {
      s = Math.max(s, Math.max(w.low().scale(), w.high().scale()));
    }
    this.scale = s;
    for (int k = 0; k < uncertainty.weights().size(); k++) {
      weightInput.put(uncertainty.weights().get(k).of(), k);
    }
    for (int k = 0; k < uncertainty.switches().size(); k++) {
      Switch sw = uncertainty.switches().get(k);
      switchInput.put(sw.kind().word() + " " + sw.of(), uncertainty.weights().size() + k);
    }
  }

  /** The policy of the sample whose inputs are {@code u}, each in [0, 1), one per uncertain input. */
  Policy policy(double[] u) {
    return replace(scheme(new Sample(u, null)));
  }

  /** The nominal policy with one alternative chosen, the rest as declared. */
  Policy withOnly(Switch sw, Alternative alternative) {
    return replace(scheme(new Sample(null, Map.of(sw.kind().word() + " " + sw.of(), alternative))));
  }

  private Policy replace(Scheme scheme) {
    List<Scheme> schemes = new ArrayList<>(policy.schemes());
    schemes.replaceAll(s -> s.id().equals(scheme.id()) ? scheme : s);
    return new Policy(policy.id(), policy.name(), policy.version(), policy.source(), policy.arithmetic(), schemes,
        policy.actions());
  }

  /** A sample point, or the nominal scheme with some alternatives fixed. */
  private record Sample(double @org.jspecify.annotations.Nullable [] u, @org.jspecify.annotations.Nullable Map<String, Alternative> fixed) {}

  private Scheme scheme(Sample sample) {
    List<Category> top = nominal.categories();
    List<BigDecimal> raw = new ArrayList<>();
    top.forEach(c -> raw.add(free(c, sample)));
    BigDecimal total = uncertainty.renormalise() ? nominal.total() : sum(raw);
    List<BigDecimal> weights = distribute(total, raw);
    List<Category> categories = new ArrayList<>();
    for (int k = 0; k < top.size(); k++) {
      categories.add(category(top.get(k), weights.get(k), sample));
    }
    return new Scheme(nominal.id(), nominal.name(), nominal.source(), total, nominal.tolerance(), nominal.attributes(),
        nominal.entities(), categories, nominal.adjustments(), nominal.ranking(), nominal.rules(), nominal.scope(),
        nominal.attributeNames());
  }

  /** A category rebuilt at its weight, its parts distributed over it where they add up. */
  private Category category(Category c, BigDecimal weight, Sample sample) {
    Aggregation aggregation = chosen(sample, "aggregation " + c.id()) instanceof Switch.AggregationChoice a
        ? a.aggregation() : c.aggregation();
    List<BigDecimal> raw = new ArrayList<>();
    c.categories().forEach(sub -> raw.add(free(sub, sample)));
    c.indicators().forEach(i -> raw.add(sampled(i.id(), i.weight(), sample)));
    List<BigDecimal> parts = aggregation == Aggregation.WEIGHTED_SUM ? distribute(weight, raw) : raw;
    List<Category> subs = new ArrayList<>();
    List<Indicator> indicators = new ArrayList<>();
    int k = 0;
    for (Category sub : c.categories()) {
      subs.add(category(sub, parts.get(k++), sample));
    }
    for (Indicator i : c.indicators()) {
      indicators.add(indicator(i, parts.get(k++), sample));
    }
    return new Category(c.id(), c.name(), weight, aggregation, subs, indicators, c.source());
  }

  private Indicator indicator(Indicator i, BigDecimal weight, Sample sample) {
    ScoringMethod method = chosen(sample, "method " + i.id()) instanceof Switch.MethodChoice m ? m.method() : i.method();
    MissingValueRule missing = chosen(sample, "missing " + i.id()) instanceof Switch.MissingChoice m ? m.rule() : i.missing();
    return new Indicator(i.id(), i.name(), i.unit(), weight, i.direction(), method, i.transforms(), missing, i.source(),
        i.valid(), i.formula());
  }

  /**
   * A category's weight before its siblings are distributed: sampled if it varies; otherwise,
   * when the totals follow the sampled weights, what its parts weigh; otherwise as declared.
   */
  private BigDecimal free(Category c, Sample sample) {
    if (weightInput.containsKey(c.id()) || uncertainty.renormalise() || c.aggregation() != Aggregation.WEIGHTED_SUM) {
      return sampled(c.id(), c.weight(), sample);
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Category sub : c.categories()) {
      sum = sum.add(free(sub, sample));
    }
    for (Indicator i : c.indicators()) {
      sum = sum.add(sampled(i.id(), i.weight(), sample));
    }
    return sum;
  }

  private BigDecimal sampled(String id, BigDecimal nominalWeight, Sample sample) {
    Integer input = weightInput.get(id);
    if (input == null || sample.u() == null) {
      return nominalWeight;
    }
    WeightRange r = uncertainty.weights().get(input);
    if (r.low().compareTo(r.high()) == 0) {
      return r.low();
    }
    BigDecimal at = r.low().add(r.high().subtract(r.low()).multiply(BigDecimal.valueOf(sample.u()[input])));
    return at.setScale(scale, RoundingMode.HALF_EVEN).max(r.low()).min(r.high());
  }

  private Switch.@org.jspecify.annotations.Nullable Choice chosen(Sample sample, String key) {
    if (sample.fixed() != null) {
      Alternative a = sample.fixed().get(key);
      return a == null ? null : a.choice();
    }
    Integer input = switchInput.get(key);
    if (input == null || sample.u() == null) {
      return null;
    }
    return uncertainty.switches().get(input - uncertainty.weights().size()).choose(sample.u()[input]).choice();
  }

  /** {@code total} shared in proportion to {@code raw}, at {@link #scale} places, adding up exactly. */
  List<BigDecimal> distribute(BigDecimal total, List<BigDecimal> raw) {
    BigDecimal sum = sum(raw);
    if (sum.compareTo(total) == 0 || sum.signum() == 0) {
      return raw;
    }
    int n = raw.size();
    BigDecimal[] out = new BigDecimal[n];
    BigDecimal[] remainder = new BigDecimal[n];
    BigDecimal given = BigDecimal.ZERO;
    for (int k = 0; k < n; k++) {
      BigDecimal exact = raw.get(k).multiply(total).divide(sum, DIVISION);
      out[k] = exact.setScale(scale, RoundingMode.FLOOR);
      remainder[k] = exact.subtract(out[k]);
      given = given.add(out[k]);
    }
    BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
    int left = total.subtract(given).divideToIntegralValue(unit).intValueExact();
    boolean[] taken = new boolean[n];
    for (int u = 0; u < left; u++) {
      int best = -1;
      for (int k = 0; k < n; k++) {
        if (!taken[k] && (best < 0 || remainder[k].compareTo(remainder[best]) > 0)) {
          best = k;
        }
      }
      taken[best] = true;
      out[best] = out[best].add(unit);
    }
    return List.of(out);
  }

  private static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
