package io.github.kaohe.load;

import io.github.kaohe.load.ParsedNode.ParsedMap;
import io.github.kaohe.load.ParsedNode.Scalar;
import io.github.kaohe.model.AttributeFilter;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Measure;
import io.github.kaohe.model.MeasureFormula;
import io.github.kaohe.model.Rounding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Binds a scheme's derived measures and their formulas (weighted sum, growth, ratio, population statistic, …). */
final class MeasureBinder {
  private final Problems problems;
  private final Locations locations;
  private final LabelReader labels;
  private final String schemeId;

  MeasureBinder(Problems problems, Locations locations, LabelReader labels, String schemeId) {
    this.problems = problems;
    this.locations = locations;
    this.labels = labels;
    this.schemeId = schemeId;
  }

  private @Nullable Label label(Fields f, String key) {
    ParsedNode n = f.node(key, true);
    return n == null ? null : labels.read(n, f.path(key));
  }

  @Nullable Measure measure(ParsedNode node, String path) {
    Fields f = Fields.of(node, path, problems, List.of("id", "name", "unit", "display", "formula", "rounding", "source"));
    if (f == null) {
      return null;
    }
    String id = f.text("id", true);
    if (id != null) {
      locations.put(schemeId, "measure", id, "", f.mark(), path);
    }
    Label name = label(f, "name");
    String unit = f.has("unit") ? f.text("unit", true) : "";
    ParsedNode formulaNode = f.node("formula", true);
    MeasureFormula formula = formulaNode == null ? null : formula(formulaNode, f.path("formula"));
    Optional<Rounding> rounding = Optional.empty();
    if (f.has("rounding")) {
      Fields r = Fields.of(f.node("rounding", true), f.path("rounding"), problems, List.of("scale", "rounding"));
      Integer scale = r == null ? null : r.integer("scale", true);
      RoundingMode mode = r == null ? null : r.enumeration("rounding", RoundingMode.class, RoundingMode.HALF_UP);
      if (scale == null || mode == null) {
        return null;
      }
      rounding = Optional.ofNullable(problems.construct(r.mark(), r.path(), () -> Rounding.of(scale, mode)));
    }
    Optional<String> source = f.optionalText("source");
    Optional<io.github.kaohe.model.DisplayUnit> display = DisplayReader.display(f, problems);
    if (id == null || name == null || unit == null || formula == null || display == null) {
      return null;
    }
    Optional<Rounding> round = rounding;
    return problems.construct(f.mark(), path, () -> new Measure(id, name, unit, formula, round, source, display));
  }

  private @Nullable MeasureFormula formula(ParsedNode node, String path) {
    Fields probe = Fields.of(node, path, new Problems("-"), List.of());
    String type = probe == null ? null : typeOf(node);
    if (type == null) {
      problems.add(node.mark(), path, "expected a map with 'type' (weighted-sum, growth, ratio, population or change)");
      return null;
    }
    switch (type) {
      case "weighted-sum": {
        Fields f = Fields.of(node, path, problems, List.of("type", "terms"));
        List<MeasureFormula.Term> terms = f == null ? null : f.list("terms", true, this::term);
        return terms == null ? null : problems.construct(f.mark(), path, () -> new MeasureFormula.WeightedSum(terms));
      }
      case "growth": {
        Fields f = Fields.of(node, path, problems, List.of("type", "of", "whenBaseNotPositive"));
        if (f == null) {
          return null;
        }
        String of = f.text("of", true);
        var when = f.enumeration("whenBaseNotPositive", MeasureFormula.WhenBaseNotPositive.class,
            MeasureFormula.WhenBaseNotPositive.UNKNOWN);
        return of == null || when == null ? null : problems.construct(f.mark(), path, () -> new MeasureFormula.Growth(of, when));
      }
      case "ratio": {
        Fields f = Fields.of(node, path, problems, List.of("type", "numerator", "denominator", "factor"));
        if (f == null) {
          return null;
        }
        String num = f.text("numerator", true);
        String den = f.text("denominator", true);
        BigDecimal factor = f.has("factor") ? f.decimal("factor", true) : BigDecimal.ONE;
        return num == null || den == null || factor == null ? null
            : problems.construct(f.mark(), path, () -> new MeasureFormula.Ratio(num, den, factor));
      }
      case "population": {
        Fields f = Fields.of(node, path, problems, List.of("type", "statistic", "of", "over", "atLeast", "where"));
        if (f == null) {
          return null;
        }
        var statistic = f.enumeration("statistic", MeasureFormula.Statistic.class, null);
        String of = f.text("of", true);
        var over = f.enumeration("over", MeasureFormula.Over.class, MeasureFormula.Over.ASSESSED);
        Optional<BigDecimal> atLeast = f.optionalDecimal("atLeast");
        Optional<AttributeFilter> where = f.has("where") ? Optional.ofNullable(AttributeFilters.read(f, "where", problems)) : Optional.empty();
        if (f.has("where") && where.isEmpty()) {
          return null;
        }
        return statistic == null || of == null || over == null ? null
            : problems.construct(f.mark(), path, () -> new MeasureFormula.Population(statistic, of, over, atLeast, where));
      }
      case "entity": {
        Fields f = Fields.of(node, path, problems, List.of("type", "entity", "of"));
        String entity = f == null ? null : f.text("entity", true);
        String of = f == null ? null : f.text("of", true);
        return entity == null || of == null ? null
            : problems.construct(f.mark(), path, () -> new MeasureFormula.EntityValue(entity, of));
      }
      case "change": {
        Fields f = Fields.of(node, path, problems, List.of("type", "of"));
        String of = f == null ? null : f.text("of", true);
        return of == null ? null : problems.construct(f.mark(), path, () -> new MeasureFormula.Change(of));
      }
      default:
        List<String> known = List.of("weighted-sum", "growth", "ratio", "population", "change", "entity");
        problems.add(node.mark(), Fields.join(path, "type"),
            "unknown formula '" + type + "'" + Suggestions.didYouMean(type, known) + " (known: " + String.join(", ", known) + ")");
        return null;
    }
  }

  private static @Nullable String typeOf(ParsedNode node) {
    if (node instanceof ParsedMap m && m.entries().get("type") != null && m.entries().get("type").value() instanceof Scalar s) {
      return s.text();
    }
    return null;
  }

  private MeasureFormula.@Nullable Term term(ParsedNode node, String path) {
    Fields f = Fields.of(node, path, problems, List.of("of", "weight"));
    if (f == null) {
      return null;
    }
    String of = f.text("of", true);
    BigDecimal weight = f.decimal("weight", true);
    return of == null || weight == null ? null : new MeasureFormula.Term(of, weight);
  }
}
