package io.github.kaohe.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import io.github.kaohe.model.AdjustmentItem;
import io.github.kaohe.model.AdjustmentLayer;
import io.github.kaohe.model.Band;
import io.github.kaohe.model.Bands;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.Clamp;
import io.github.kaohe.model.DirectPoints;
import io.github.kaohe.model.EntityDefinition;
import io.github.kaohe.model.Goalposts;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.ValidRange;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.MinMax;
import io.github.kaohe.model.MissingValueRule;
import io.github.kaohe.model.NaturalLog;
import io.github.kaohe.model.PlacePoints;
import io.github.kaohe.model.Fund;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.PolicySource;
import io.github.kaohe.model.ProportionalToBest;
import io.github.kaohe.model.RatioToBenchmark;
import io.github.kaohe.model.Rounding;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.ScoringMethod;
import io.github.kaohe.model.TargetSteps;
import io.github.kaohe.model.TieBreak;
import io.github.kaohe.model.Transform;
import io.github.kaohe.model.ZScore;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a policy as YAML that {@link PolicyLoader} loads back to an equal policy. Every field is
 * written explicitly, defaults included, so the output also shows what the loader assumed.
 */
public final class PolicyWriter {
  private static final YAMLMapper MAPPER =
      YAMLMapper.builder(
              YAMLFactory.builder()
                  .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                  .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                  .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                  .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                  .stringQuotingChecker(new NextLineQuoting())
                  .build())
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private PolicyWriter() {}

  /**
   * Double-quotes text holding U+0085 (NEXT LINE), which YAML reads as a line break: unquoted or
   * single-quoted, SnakeYAML writes it so that it reads back as a space.
   */
  private static final class NextLineQuoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value) || value.indexOf('\u0085') >= 0;
    }
  }

  /** The policy as YAML text. */
  public static String toYaml(Policy policy) {
    try {
      return MAPPER.writeValueAsString(toTree(policy));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The policy as the maps, lists, texts and numbers its YAML holds, every field explicit: for
   * tools that compare or transform policies (see {@code PolicyDiff}).
   */
  public static Map<String, Object> toTree(Policy policy) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("kaohe", PolicyBinder.FORMAT);
    root.put("id", policy.id());
    root.put("name", label(policy.name()));
    root.put("version", policy.version());
    root.put("source", source(policy.source()));
    root.put(
        "arithmetic",
        map(
            "points", rounding(policy.arithmetic().points()),
            "totals", rounding(policy.arithmetic().totals())));
    if (!policy.actions().isEmpty()) {
      root.put("actions", policy.actions().stream().map(RulesWriter::action).toList());
    }
    root.put("schemes", policy.schemes().stream().map(PolicyWriter::scheme).toList());
    if (!policy.funds().isEmpty()) {
      root.put("funds", policy.funds().stream().map(PolicyWriter::fund).toList());
    }
    return root;
  }

  private static Map<String, Object> fund(Fund f) {
    Map<String, Object> m = map("id", f.id(), "name", label(f.name()), "amount", f.amount(), "unit", f.unit(),
        "from", f.from(), "grows", f.grows(), "pays", f.schemes());
    if (!f.tables().isEmpty()) {
      m.put("tables", f.tables());
    }
    m.put("countPayees", f.countPayees());
    f.source().ifPresent(v -> m.put("source", v));
    return m;
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  private static Map<String, Object> label(Label label) {
    return map("zh", label.zh(), "en", label.en());
  }

  private static Map<String, Object> rounding(Rounding r) {
    return map("scale", r.scale(), "rounding", YamlNames.of(r.mode()));
  }

  private static Map<String, Object> source(PolicySource s) {
    Map<String, Object> m = map("title", label(s.title()), "issuer", s.issuer(), "date", s.date().toString());
    s.published().ifPresent(p -> m.put("published", p.toString()));
    s.reference().ifPresent(r -> m.put("reference", r));
    s.url().ifPresent(u -> m.put("url", u));
    return m;
  }

  private static Map<String, Object> scheme(Scheme s) {
    Map<String, Object> m = map("id", s.id(), "name", label(s.name()));
    s.source().ifPresent(v -> m.put("source", v));
    m.put("total", s.total());
    m.put("tolerance", s.tolerance());
    m.put("attributes", s.attributes().stream()
        .map(a -> s.attributeNames().containsKey(a) ? map("id", a, "name", label(s.attributeName(a))) : (Object) a)
        .toList());
    if (!s.scope().isAll()) {
      List<Object> scope = new ArrayList<>();
      s.scope().attributes().forEach(a -> scope.add(map("attribute", a.attribute(), "in", a.values())));
      s.scope().floors().forEach(f -> scope.add(map("fact", f.fact(), "atLeast", f.atLeast())));
      m.put("appliesTo", scope);
    }
    m.put("entities", s.entities().stream().map(PolicyWriter::entity).toList());
    m.put("categories", s.categories().stream().map(PolicyWriter::category).toList());
    m.put("adjustments", s.adjustments().stream().map(PolicyWriter::layer).toList());
    m.put(
        "ranking",
        map(
            "ties", YamlNames.of(s.ranking().ties()),
            "tieBreaks", s.ranking().tieBreaks().stream().map(PolicyWriter::tieBreak).toList(),
            "groups", s.ranking().groups()));
    RulesWriter.into(m, s.rules());
    return m;
  }

  static Map<String, Object> entity(EntityDefinition e) {
    return map(
        "id", e.id(),
        "name", label(e.name()),
        "aliases", e.aliases(),
        "ranked", e.ranked(),
        "attributes", e.attributes());
  }

  private static Map<String, Object> tieBreak(TieBreak t) {
    return map("by", YamlNames.of(t.by()), "of", t.of());
  }

  private static Map<String, Object> category(Category c) {
    Map<String, Object> m =
        map("id", c.id(), "name", label(c.name()), "weight", c.weight(), "aggregation", YamlNames.of(c.aggregation()));
    c.shortName().ifPresent(v -> m.put("short", label(v)));
    c.source().ifPresent(v -> m.put("source", v));
    if (c.categories().isEmpty()) {
      m.put("indicators", c.indicators().stream().map(PolicyWriter::indicator).toList());
    } else {
      m.put("categories", c.categories().stream().map(PolicyWriter::category).toList());
    }
    return m;
  }

  private static Map<String, Object> indicator(Indicator i) {
    Map<String, Object> m =
        map(
            "id", i.id(),
            "name", label(i.name()),
            "unit", i.unit(),
            "weight", i.weight(),
            "direction", YamlNames.of(i.direction()),
            "method", method(i.method()),
            "transforms", i.transforms().stream().map(PolicyWriter::transform).toList(),
            "missing", missing(i.missing()));
    i.shortName().ifPresent(v -> m.put("short", label(v)));
    i.valid().ifPresent(v -> m.put("valid", valid(v)));
    i.source().ifPresent(v -> m.put("source", v));
    i.formula().ifPresent(f -> m.put("formula", formula(f)));
    return m;
  }

  /** A formula: as its text alone when every choice is the default, else as a map. */
  static Object formula(io.github.kaohe.model.Formula f) {
    io.github.kaohe.model.Rounding r = f.rounding();
    Map<String, Object> m = map("of", f.text());
    if (!r.equals(io.github.kaohe.model.Formula.defaultRounding())) {
      m.put("rounding", map("scale", r.scale(), "rounding", YamlNames.of(r.mode())));
    }
    m.put("ifZeroDivisor", YamlNames.of(f.ifZeroDivisor()));
    if (f.ifMissing() != io.github.kaohe.model.Formula.IfMissing.MISSING) {
      m.put("ifMissing", YamlNames.of(f.ifMissing()));
    }
    return m;
  }

  /** A parameter as the loader reads it: a number, or a map saying how it varies. */
  private static Object parameter(io.github.kaohe.model.Parameter p) {
    if (p instanceof io.github.kaohe.model.Parameter.Fixed f) {
      return f.value();
    }
    if (p instanceof io.github.kaohe.model.Parameter.ByGroup g) {
      Map<String, Object> m = map("by", g.attribute(), "values", new LinkedHashMap<String, Object>(g.values()));
      g.otherwise().ifPresent(o -> m.put("otherwise", o));
      return m;
    }
    if (p instanceof io.github.kaohe.model.Parameter.FromData d) {
      return map("column", d.fact());
    }
    io.github.kaohe.model.Parameter.OfPopulation s = (io.github.kaohe.model.Parameter.OfPopulation) p;
    Map<String, Object> m = map("statistic", s.statistic().written());
    s.within().ifPresent(w -> m.put("within", w));
    return m;
  }

  /** {@code {min: 0, max: 100}}, a bound left out where it is open. */
  static Map<String, Object> valid(ValidRange range) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    range.min().ifPresent(v -> m.put("min", v));
    range.max().ifPresent(v -> m.put("max", v));
    return m;
  }

  private static Object missing(MissingValueRule rule) {
    Map<String, Object> m = map("rule", YamlNames.of(rule.kind()));
    rule.substitute().ifPresent(v -> m.put("value", v));
    rule.imputation().ifPresent(i -> {
      m.put("statistic", i.statistic().written());
      m.put("of", YamlNames.of(i.of()));
      i.within().ifPresent(w -> m.put("within", w));
    });
    return m;
  }

  private static Map<String, Object> transform(Transform t) {
    Map<String, Object> m = map("type", t.type());
    if (t instanceof NaturalLog ln) {
      m.put("whenNotPositive", YamlNames.of(ln.whenNotPositive()));
    } else if (t instanceof Clamp c) {
      c.min().ifPresent(v -> m.put("min", v));
      c.max().ifPresent(v -> m.put("max", v));
    }
    return m;
  }

  static Map<String, Object> method(ScoringMethod method) {
    Map<String, Object> m = map("type", method.type());
    if (method instanceof ProportionalToBest p) {
      m.put("negatives", YamlNames.of(p.negatives()));
      m.put("whenBestNotPositive", YamlNames.of(p.whenBestNotPositive()));
    } else if (method instanceof MinMax mm) {
      m.put("floor", mm.floor());
      m.put("ceiling", mm.ceiling());
      m.put("whenAllEqual", YamlNames.of(mm.whenAllEqual()));
    } else if (method instanceof Goalposts g) {
      m.put("lower", parameter(g.lower()));
      m.put("upper", parameter(g.upper()));
    } else if (method instanceof RatioToBenchmark r) {
      m.put("benchmark", parameter(r.benchmark()));
      m.put("cap", r.cap().<Object>map(c -> c).orElse("none"));
    } else if (method instanceof TargetSteps t) {
      m.put("target", parameter(t.target()));
      m.put("step", t.step());
      m.put("penalty", t.penalty());
      m.put("bonus", t.bonus());
      m.put("floor", t.floor());
      t.cap().ifPresent(v -> m.put("cap", v));
      m.put("counting", YamlNames.of(t.counting()));
    } else if (method instanceof PlacePoints pp) {
      m.put("mode", YamlNames.of(pp.mode()));
      pp.fieldSize().ifPresent(v -> m.put("fieldSize", v));
      pp.step().ifPresent(v -> m.put("step", v));
    } else if (method instanceof Bands b) {
      m.put("bands", b.bands().stream().map(PolicyWriter::band).toList());
      b.otherwise().ifPresent(v -> m.put("otherwise", v));
    } else if (method instanceof ZScore z) {
      m.put("spread", z.spread());
      m.put("whenNoSpread", YamlNames.of(z.whenNoSpread()));
    } else if (method instanceof DirectPoints d) {
      m.put("outOfRange", YamlNames.of(d.outOfRange()));
    }
    return m;
  }

  private static Map<String, Object> band(Band b) {
    Map<String, Object> m = new LinkedHashMap<>();
    b.from().ifPresent(v -> m.put("from", v));
    b.to().ifPresent(v -> m.put("to", v));
    m.put("points", b.points());
    return m;
  }

  private static Map<String, Object> layer(AdjustmentLayer l) {
    Map<String, Object> m = map("id", l.id(), "name", label(l.name()));
    l.cap().ifPresent(v -> m.put("cap", v));
    m.put("items", l.items().stream().map(PolicyWriter::item).toList());
    return m;
  }

  private static Map<String, Object> item(AdjustmentItem i) {
    Map<String, Object> m =
        map("id", i.id(), "name", label(i.name()), "pointsPerUnit", i.pointsPerUnit());
    i.cap().ifPresent(v -> m.put("cap", v));
    i.source().ifPresent(v -> m.put("source", v));
    return m;
  }

}
