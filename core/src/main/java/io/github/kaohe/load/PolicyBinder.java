package io.github.kaohe.load;

import io.github.kaohe.model.ActionDefinition;
import io.github.kaohe.model.AdjustmentItem;
import io.github.kaohe.model.AdjustmentLayer;
import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.Arithmetic;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.Direction;
import io.github.kaohe.model.EntityDefinition;
import io.github.kaohe.model.Formula;
import io.github.kaohe.model.Fund;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.ValidRange;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.MissingValueRule;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.PolicySource;
import io.github.kaohe.model.Ranking;
import io.github.kaohe.model.Rounding;
import io.github.kaohe.model.Rules;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.Scope;
import io.github.kaohe.model.ScoringMethod;
import io.github.kaohe.model.TieBreak;
import io.github.kaohe.model.TieMethod;
import io.github.kaohe.model.Transform;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Binds a parsed YAML tree to the policy model, collecting every problem on the way. */
final class PolicyBinder {
  /** The policy format version this loader reads. */
  static final int FORMAT = 1;

  private final Problems problems;
  private final MethodBinder methods;
  private final FormulaBinder formulas;
  private final Locations locations = new Locations();
  private final RulesBinder rules;
  /** The id of the scheme being bound, for the locations of its parts. */
  private String schemeId = "";

  PolicyBinder(Problems problems) {
    this.problems = problems;
    this.methods = new MethodBinder(problems);
    this.formulas = new FormulaBinder(problems);
    this.rules = new RulesBinder(problems, locations, this::label, formulas);
  }

  private void located(String kind, @Nullable String id, Fields f, String path) {
    if (id != null) {
      locations.put(schemeId, kind, id, "", f.mark(), path);
    }
  }

  /** Where the tables, rows, measures and classifications stand, for the static analysis. */
  Locations locations() {
    return locations;
  }

  @Nullable Policy policy(ParsedNode root) {
    Fields f =
        Fields.of(
            root,
            "",
            problems,
            List.of("kaohe", "id", "name", "version", "source", "arithmetic", "actions", "schemes", "funds"));
    if (f == null) {
      return null;
    }
    Integer format = f.integer("kaohe", true);
    if (format != null && format != FORMAT) {
      problems.add(
          f.mark("kaohe"),
          "kaohe",
          "this loader reads policy format " + FORMAT + ", but the file is format " + format);
    }
    String id = f.text("id", true);
    Label name = label(f, "name", true);
    String version = f.text("version", true);
    PolicySource source = source(f);
    Arithmetic arithmetic = arithmetic(f);
    List<ActionDefinition> actions = f.list("actions", false, rules::action);
    List<Scheme> schemes = f.list("schemes", true, this::scheme);
    if (schemes != null && schemes.isEmpty()) {
      problems.add(f.mark("schemes"), "schemes", "a policy needs at least one scheme");
    }
    List<Fund> funds = f.list("funds", false, new FundBinder(problems, this::label, schemes)::fund);
    if (id == null || name == null || version == null || source == null || arithmetic == null
        || schemes == null || actions == null || funds == null) {
      return null;
    }
    return problems.construct(
        f.mark(), "", () -> new Policy(id, name, version, source, arithmetic, schemes, actions, funds));
  }

  private @Nullable Label label(Fields parent, String key, boolean required) {
    ParsedNode n = parent.node(key, required);
    return n == null ? null : label(n, parent.path(key));
  }

  @Nullable Label label(ParsedNode node, String path) {
    Fields f = Fields.of(node, path, problems, List.of("zh", "en"));
    if (f == null) {
      return null;
    }
    String zh = f.text("zh", true);
    String en = f.text("en", true);
    if (zh == null || en == null) {
      return null;
    }
    return problems.construct(f.mark(), path, () -> Label.of(zh, en));
  }

  private @Nullable PolicySource source(Fields parent) {
    ParsedNode n = parent.node("source", true);
    if (n == null) {
      return null;
    }
    Fields f =
        Fields.of(
            n, "source", problems, List.of("title", "issuer", "date", "published", "reference", "url"));
    if (f == null) {
      return null;
    }
    Label title = label(f, "title", true);
    String issuer = f.text("issuer", true);
    LocalDate date = f.date("date", true);
    Optional<LocalDate> published = Optional.ofNullable(f.date("published", false));
    Optional<String> reference = f.optionalText("reference");
    Optional<String> url = f.optionalText("url");
    if (title == null || issuer == null || date == null) {
      return null;
    }
    return problems.construct(
        f.mark(),
        "source",
        () -> new PolicySource(title, issuer, date, published, reference, url));
  }

  private @Nullable Arithmetic arithmetic(Fields parent) {
    ParsedNode n = parent.node("arithmetic", false);
    if (n == null) {
      if (!parent.has("arithmetic")) {
        problems.warn(parent.mark(), "arithmetic",
            "no arithmetic block: points and totals are rounded to 2 decimal places, half up; say so (arithmetic:"
                + " {points: {scale: 2, rounding: half-up}, totals: {scale: 2, rounding: half-up}}) or choose another rounding");
      }
      return parent.has("arithmetic") ? null : Arithmetic.standard();
    }
    Fields f = Fields.of(n, "arithmetic", problems, List.of("points", "totals"));
    if (f == null) {
      return null;
    }
    Rounding points = rounding(f, "points");
    Rounding totals = rounding(f, "totals");
    if (points == null || totals == null) {
      return null;
    }
    return problems.construct(f.mark(), "arithmetic", () -> Arithmetic.of(points, totals));
  }

  private @Nullable Rounding rounding(Fields parent, String key) {
    ParsedNode n = parent.node(key, false);
    if (n == null) {
      return parent.has(key) ? null : Rounding.standard();
    }
    String path = parent.path(key);
    Fields f = Fields.of(n, path, problems, List.of("scale", "rounding"));
    if (f == null) {
      return null;
    }
    Integer scale = f.integer("scale", true);
    RoundingMode mode = f.enumeration("rounding", RoundingMode.class, RoundingMode.HALF_UP);
    if (scale == null || mode == null) {
      return null;
    }
    return problems.construct(f.mark(), path, () -> Rounding.of(scale, mode));
  }

  private @Nullable Scheme scheme(ParsedNode node, String path) {
    Fields f =
        Fields.of(
            node,
            path,
            problems,
            List.of(
                "id", "name", "source", "total", "tolerance", "attributes", "defaults", "entities",
                "categories", "adjustments", "ranking", "facts", "measures", "eligibilities", "tables",
                "classes", "checks", "targets", "taxSharing", "links", "context", "appliesTo"));
    if (f == null) {
      return null;
    }
    String id = f.text("id", true);
    schemeId = id == null ? "" : id;
    formulas.startScheme();
    locations.put(schemeId, "scheme", schemeId, "", f.mark(), path);
    Label name = label(f, "name", true);
    Optional<String> source = f.optionalText("source");
    // A register (no categories) scores nothing: its total is 0 and need not be written.
    BigDecimal total = !f.has("total") && !f.has("categories") ? BigDecimal.ZERO : f.decimal("total", true);
    BigDecimal tolerance = f.has("tolerance") ? f.decimal("tolerance", true) : BigDecimal.ZERO;
    Map<String, Label> attributeNames = new LinkedHashMap<>();
    List<String> attributes = AttributeReader.read(f, problems, this::label, attributeNames);
    Defaults defaults = defaults(f);
    List<EntityDefinition> entities = f.list("entities", false, this::entity);
    List<Category> categories =
        defaults == null ? null : f.list("categories", false, (n, p) -> category(n, p, defaults));
    List<AdjustmentLayer> adjustments = f.list("adjustments", false, this::layer);
    Ranking ranking = ranking(f);
    Rules schemeRules = rules.rules(f, id == null ? "" : id, this::entity);
    Scope scope = ScopeReader.read(f, problems);
    formulas.check(schemeRules == null ? null : schemeRules.facts(), categories);
    new SchemeChecks(problems).check(f);
    if (id == null || name == null || total == null || tolerance == null || attributes == null
        || entities == null || categories == null || adjustments == null || ranking == null
        || schemeRules == null || scope == null) {
      return null;
    }
    return problems.construct(
        f.mark(),
        path,
        () ->
            new Scheme(
                id, name, source, total, tolerance, attributes, entities, categories, adjustments,
                ranking, schemeRules, scope, attributeNames));
  }

  /** Scheme-wide defaults for indicators that do not say otherwise. */
  private record Defaults(@Nullable MissingValueRule missing, Direction direction) {}

  private @Nullable Defaults defaults(Fields parent) {
    ParsedNode n = parent.node("defaults", false);
    if (n == null) {
      return parent.has("defaults") ? null : new Defaults(null, Direction.HIGHER_IS_BETTER);
    }
    String path = parent.path("defaults");
    Fields f = Fields.of(n, path, problems, List.of("missing", "direction"));
    if (f == null) {
      return null;
    }
    ParsedNode missingNode = f.node("missing", false);
    MissingValueRule missing = missingNode == null ? null : missing(missingNode, f.path("missing"));
    Direction direction = f.enumeration("direction", Direction.class, Direction.HIGHER_IS_BETTER);
    if ((missingNode != null && missing == null) || direction == null) {
      return null;
    }
    return new Defaults(missing, direction);
  }

  private @Nullable EntityDefinition entity(ParsedNode node, String path) {
    Fields f =
        Fields.of(node, path, problems, List.of("id", "name", "aliases", "ranked", "attributes"));
    if (f == null) {
      return null;
    }
    String id = f.text("id", true);
    Label name = label(f, "name", true);
    List<String> aliases = f.textList("aliases");
    Boolean ranked = f.has("ranked") ? f.bool("ranked", true) : Boolean.TRUE;
    Map<String, String> attributes = f.textMap("attributes");
    if (id == null || name == null || aliases == null || ranked == null || attributes == null) {
      return null;
    }
    return problems.construct(
        f.mark(), path, () -> new EntityDefinition(id, name, aliases, ranked, attributes));
  }

  private @Nullable Category category(ParsedNode node, String path, Defaults defaults) {
    Fields f =
        Fields.of(
            node,
            path,
            problems,
            List.of("id", "name", "short", "weight", "aggregation", "source", "categories", "indicators"));
    if (f == null) {
      return null;
    }
    String id = f.text("id", true);
    located("category", id, f, path);
    Label name = label(f, "name", true);
    Optional<Label> shortName = Optional.ofNullable(label(f, "short", false));
    BigDecimal weight = f.decimal("weight", true);
    Aggregation aggregation =
        f.enumeration("aggregation", Aggregation.class, Aggregation.WEIGHTED_SUM);
    Optional<String> source = f.optionalText("source");
    if (f.has("categories") == f.has("indicators")) {
      problems.add(
          f.mark(),
          path,
          "a category holds either 'indicators' or 'categories' (sub-categories): give exactly one");
    }
    List<Category> categories =
        f.list("categories", false, (n, p) -> category(n, p, defaults));
    List<Indicator> indicators = f.list("indicators", false, (n, p) -> indicator(n, p, defaults));
    if (id == null || name == null || weight == null || aggregation == null || categories == null
        || indicators == null) {
      return null;
    }
    return problems.construct(
        f.mark(),
        path,
        () -> new Category(id, name, weight, aggregation, categories, indicators, source, shortName));
  }

  private @Nullable Indicator indicator(ParsedNode node, String path, Defaults defaults) {
    Fields f =
        Fields.of(
            node,
            path,
            problems,
            List.of(
                "id", "name", "short", "unit", "weight", "direction", "method", "transforms", "missing",
                "valid", "source", "formula"));
    if (f == null) {
      return null;
    }
    String id = f.text("id", true);
    located("indicator", id, f, path);
    Label name = label(f, "name", true);
    Optional<Label> shortName = Optional.ofNullable(label(f, "short", false));
    String unit = f.has("unit") ? f.text("unit", true) : "";
    BigDecimal weight = f.decimal("weight", true);
    Direction direction = f.enumeration("direction", Direction.class, defaults.direction());
    ParsedNode methodNode = f.node("method", true);
    ScoringMethod method = methodNode == null ? null : methods.method(methodNode, f.path("method"));
    List<Transform> transforms = f.list("transforms", false, methods::transform);
    MissingValueRule missing;
    if (f.has("missing")) {
      ParsedNode m = f.node("missing", true);
      missing = m == null ? null : missing(m, f.path("missing"));
    } else if (defaults.missing() != null) {
      missing = defaults.missing();
    } else {
      problems.add(
          f.mark(),
          f.path("missing"),
          "missing required key 'missing' (what happens when a value is missing: error,"
              + " zero-points, exclude-entity or {rule: substitute, value: ...});"
              + " or set defaults.missing for the scheme");
      missing = null;
    }
    Optional<String> source = f.optionalText("source");
    Optional<ValidRange> valid = f.validRange();
    boolean hasFormula = f.has("formula");
    Formula formula = formulas.formula(f, id);
    if (id == null || name == null || unit == null || weight == null || direction == null
        || method == null || transforms == null || missing == null || valid == null || (hasFormula && formula == null)) {
      return null;
    }
    MissingValueRule rule = missing;
    Optional<Formula> computed = Optional.ofNullable(formula);
    return problems.construct(
        f.mark(),
        path,
        () -> new Indicator(
            id, name, unit, weight, direction, method, transforms, rule, source, valid, computed, shortName));
  }

  private @Nullable MissingValueRule missing(ParsedNode node, String path) {
    if (node instanceof ParsedNode.Scalar s) {
      MissingValueRule.Kind kind =
          Fields.enumeration(s.text(), s.mark(), path, MissingValueRule.Kind.class, problems);
      if (kind == null) {
        return null;
      }
      if (kind == MissingValueRule.Kind.SUBSTITUTE) {
        problems.add(s.mark(), path, "substitute needs a value: write {rule: substitute, value: 0}");
        return null;
      }
      if (kind == MissingValueRule.Kind.IMPUTE) {
        problems.add(s.mark(), path, "impute needs what stands in: write {rule: impute, statistic: mean, of: points, within: county}");
        return null;
      }
      return problems.construct(s.mark(), path, () -> new MissingValueRule(kind, Optional.empty()));
    }
    Fields f = Fields.of(node, path, problems, List.of("rule", "value", "statistic", "of", "within"));
    if (f == null) {
      return null;
    }
    MissingValueRule.Kind kind = f.enumeration("rule", MissingValueRule.Kind.class, null);
    Optional<BigDecimal> value = f.optionalDecimal("value");
    Optional<MissingValueRule.Imputation> imputation = Optional.empty();
    if (kind == MissingValueRule.Kind.IMPUTE) {
      io.github.kaohe.model.Parameter.Statistic statistic =
          f.enumeration("statistic", io.github.kaohe.model.Parameter.Statistic.class, io.github.kaohe.model.Parameter.Statistic.MEAN);
      MissingValueRule.Imputation.Basis of =
          f.enumeration("of", MissingValueRule.Imputation.Basis.class, MissingValueRule.Imputation.Basis.VALUES);
      if (statistic == null || of == null) {
        return null;
      }
      imputation = Optional.of(new MissingValueRule.Imputation(statistic, of, f.optionalText("within")));
    } else {
      for (String key : List.of("statistic", "of", "within")) {
        if (f.has(key)) {
          problems.add(f.mark(key), f.path(key), "only the rule impute takes " + key);
        }
      }
    }
    if (kind == null || problems.hasUnder(path)) {
      return null;
    }
    Optional<MissingValueRule.Imputation> imputed = imputation;
    return problems.construct(f.mark(), path, () -> new MissingValueRule(kind, value, imputed));
  }

  private @Nullable AdjustmentLayer layer(ParsedNode node, String path) {
    Fields f = Fields.of(node, path, problems, List.of("id", "name", "cap", "items"));
    if (f == null) {
      return null;
    }
    String id = f.text("id", true);
    located("adjustment", id, f, path);
    Label name = label(f, "name", true);
    Optional<BigDecimal> cap = f.optionalDecimal("cap");
    List<AdjustmentItem> items = f.list("items", true, this::item);
    if (id == null || name == null || items == null) {
      return null;
    }
    return problems.construct(f.mark(), path, () -> new AdjustmentLayer(id, name, cap, items));
  }

  private @Nullable AdjustmentItem item(ParsedNode node, String path) {
    Fields f =
        Fields.of(node, path, problems, List.of("id", "name", "pointsPerUnit", "cap", "source"));
    if (f == null) {
      return null;
    }
    String id = f.text("id", true);
    located("adjustment", id, f, path);
    Label name = label(f, "name", true);
    BigDecimal perUnit = f.decimal("pointsPerUnit", true);
    Optional<BigDecimal> cap = f.optionalDecimal("cap");
    Optional<String> source = f.optionalText("source");
    if (id == null || name == null || perUnit == null) {
      return null;
    }
    return problems.construct(
        f.mark(), path, () -> new AdjustmentItem(id, name, perUnit, cap, source));
  }

  private @Nullable Ranking ranking(Fields parent) {
    ParsedNode n = parent.node("ranking", false);
    if (n == null) {
      return parent.has("ranking") ? null : Ranking.standard();
    }
    String path = parent.path("ranking");
    Fields f = Fields.of(n, path, problems, List.of("ties", "tieBreaks", "groups"));
    if (f == null) {
      return null;
    }
    TieMethod ties = f.enumeration("ties", TieMethod.class, TieMethod.COMPETITION);
    List<TieBreak> tieBreaks = f.list("tieBreaks", false, this::tieBreak);
    List<String> groups = f.textList("groups");
    if (ties == null || tieBreaks == null || groups == null) {
      return null;
    }
    return problems.construct(f.mark(), path, () -> new Ranking(ties, tieBreaks, groups));
  }

  private @Nullable TieBreak tieBreak(ParsedNode node, String path) {
    Fields f = Fields.of(node, path, problems, List.of("by", "of"));
    if (f == null) {
      return null;
    }
    TieBreak.Basis by = f.enumeration("by", TieBreak.Basis.class, null);
    String of = f.text("of", true);
    if (by == null || of == null) {
      return null;
    }
    return problems.construct(f.mark(), path, () -> new TieBreak(by, of));
  }
}
