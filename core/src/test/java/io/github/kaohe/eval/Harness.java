package io.github.kaohe.eval;

import io.github.kaohe.data.Dataset;
import io.github.kaohe.data.Period;
import io.github.kaohe.model.AdjustmentLayer;
import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.Arithmetic;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.DirectPoints;
import io.github.kaohe.model.EntityDefinition;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.PolicySource;
import io.github.kaohe.model.Ranking;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.ScoringMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Builds one-scheme policies in code and evaluates them, so that a test states only the indicator
 * and the values it is about. Entities come from the data (the scheme names none).
 */
final class Harness {
  static final Period YEAR = Period.year(2015);

  private final List<Indicator> indicators;
  private Arithmetic arithmetic = Arithmetic.standard();
  private final Dataset.Builder data = Dataset.builder();

  private Harness(List<Indicator> indicators) {
    this.indicators = indicators;
  }

  /** A harness for these indicators, all in one weighted-sum category. */
  static Harness of(Indicator... indicators) {
    return new Harness(Arrays.asList(indicators));
  }

  /** An indicator named {@code id} with this weight and method, higher is better, missing = error. */
  static Indicator.Builder indicator(String id, String weight, ScoringMethod method) {
    return Indicator.builder(id, Label.of(id, id), new BigDecimal(weight)).method(method);
  }

  static Label label(String id) {
    return Label.of(id, id);
  }

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  Harness arithmetic(Arithmetic arithmetic) {
    this.arithmetic = arithmetic;
    return this;
  }

  /** Sets the entity's value of the first indicator; null leaves it missing (the row exists). */
  Harness value(String entity, @Nullable String value) {
    return value(entity, indicators.get(0).id(), value);
  }

  Harness value(String entity, String key, @Nullable String value) {
    if (value == null) {
      data.row(entity, YEAR);
    } else {
      data.value(entity, YEAR, key, new BigDecimal(value));
    }
    return this;
  }

  /** Values of the first indicator for entities a, b, c, ... in order. */
  Harness values(String... values) {
    for (int i = 0; i < values.length; i++) {
      value(String.valueOf((char) ('a' + i)), values[i]);
    }
    return this;
  }

  Policy policy() {
    BigDecimal total = indicators.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    Category category =
        new Category(
            "all", label("all"), total, Aggregation.WEIGHTED_SUM, List.of(), indicators, Optional.empty());
    return policy(arithmetic, scheme(List.of(category), Ranking.standard()));
  }

  static Scheme scheme(List<Category> categories, Ranking ranking) {
    return scheme(categories, List.of(), List.of(), List.of(), ranking);
  }

  /** Scheme {@code s}, whose total is the sum of its categories' weights. */
  static Scheme scheme(
      List<Category> categories,
      List<AdjustmentLayer> adjustments,
      List<String> attributes,
      List<EntityDefinition> entities,
      Ranking ranking) {
    BigDecimal total = categories.stream().map(Category::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Scheme(
        "s", label("s"), Optional.empty(), total, BigDecimal.ZERO, attributes, entities, categories,
        adjustments, ranking);
  }

  /** A direct-points indicator: the value is the points, so a test sets points exactly. */
  static Indicator direct(String id, String weight) {
    return indicator(id, weight, DirectPoints.strict()).build();
  }

  /** A category of indicators. */
  static Category category(String id, String weight, Aggregation aggregation, Indicator... indicators) {
    return new Category(
        id, label(id), new BigDecimal(weight), aggregation, List.of(), List.of(indicators), Optional.empty());
  }

  /** A category of sub-categories. */
  static Category parent(String id, String weight, Aggregation aggregation, Category... categories) {
    return new Category(
        id, label(id), new BigDecimal(weight), aggregation, List.of(categories), List.of(), Optional.empty());
  }

  static SchemeResult evaluate(Scheme scheme, Dataset data) {
    return evaluate(Arithmetic.standard(), scheme, data);
  }

  static SchemeResult evaluate(Arithmetic arithmetic, Scheme scheme, Dataset data) {
    return Evaluator.of(policy(arithmetic, scheme)).evaluate("s", data, YEAR);
  }

  /** Data from rows of {@code entity, key1=value1, key2=value2, ...}. */
  static Dataset rows(String... rows) {
    Dataset.Builder b = Dataset.builder();
    for (String row : rows) {
      String[] cells = row.split(",\\s*");
      b.row(cells[0], YEAR);
      for (int i = 1; i < cells.length; i++) {
        String[] kv = cells[i].split("=");
        b.value(cells[0], YEAR, kv[0], new BigDecimal(kv[1]));
      }
    }
    return b.build();
  }

  static Policy policy(Arithmetic arithmetic, Scheme scheme) {
    return new Policy(
        "p", label("p"), "1", PolicySource.of(label("src"), "issuer", LocalDate.of(2020, 1, 1)),
        arithmetic, List.of(scheme));
  }

  SchemeResult evaluate() {
    return Evaluator.of(policy()).evaluate("s", data.build(), YEAR);
  }

  /** The entity's result for the first indicator. */
  IndicatorResult result(String entity) {
    return result(entity, indicators.get(0).id());
  }

  IndicatorResult result(String entity, String indicator) {
    return evaluate().entity(entity).orElseThrow().indicator(indicator).orElseThrow();
  }

  BigDecimal points(String entity) {
    return result(entity).points();
  }

  /** Every entity's points for the first indicator, in entity order a, b, c, ... */
  List<BigDecimal> points() {
    SchemeResult r = evaluate();
    List<BigDecimal> out = new ArrayList<>();
    r.entities().stream()
        .map(EntityResult::id)
        .sorted()
        .forEach(id -> out.add(r.entity(id).orElseThrow().indicator(indicators.get(0).id()).orElseThrow().points()));
    return out;
  }
}
