package io.github.kaohe.load;

import io.github.kaohe.load.ParsedNode.ParsedMap;
import io.github.kaohe.model.AttributeFilter;
import io.github.kaohe.model.AttributeLink;
import io.github.kaohe.model.Check;
import io.github.kaohe.model.Condition;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Rounding;
import io.github.kaohe.model.TableInput;
import io.github.kaohe.model.Target;
import io.github.kaohe.model.TargetKind;
import io.github.kaohe.model.TaxParty;
import io.github.kaohe.model.TaxSharing;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Binds a scheme's checks, targets, tax sharing and linked attributes. */
final class ChecksBinder {
  private final Problems problems;
  private final Locations locations;
  private final LabelReader labels;
  private final RulesBinder rules;
  private final String schemeId;

  ChecksBinder(Problems problems, Locations locations, LabelReader labels, RulesBinder rules, String schemeId) {
    this.problems = problems;
    this.locations = locations;
    this.labels = labels;
    this.rules = rules;
    this.schemeId = schemeId;
  }

  private @Nullable Label label(Fields f, String key) {
    ParsedNode n = f.node(key, true);
    return n == null ? null : labels.read(n, f.path(key));
  }

  private void located(String kind, @Nullable String id, Fields f) {
    if (id != null) {
      locations.put(schemeId, kind, id, "", f.mark(), f.path());
    }
  }

  @Nullable Check check(ParsedNode node, String path) {
    Fields f = Fields.of(node, path, problems,
        List.of("id", "name", "inputs", "appliesTo", "when", "require", "message", "from", "source"));
    if (f == null) {
      return null;
    }
    String id = f.text("id", true);
    located("check", id, f);
    Label name = label(f, "name");
    List<TableInput> inputs = f.list("inputs", true, rules::input);
    Optional<AttributeFilter> appliesTo = Optional.empty();
    if (f.has("appliesTo")) {
      AttributeFilter a = AttributeFilters.read(f, "appliesTo", problems);
      if (a == null) {
        return null;
      }
      appliesTo = Optional.of(a);
    }
    Map<String, Condition> when = conditions(f, "when", false);
    Map<String, Condition> require = conditions(f, "require", true);
    Label message = label(f, "message");
    Optional<Integer> from = Optional.ofNullable(f.integer("from", false));
    Optional<String> source = f.optionalText("source");
    if (id == null || name == null || inputs == null || when == null || require == null || message == null
        || problems.hasUnder(path)) {
      return null;
    }
    Optional<AttributeFilter> filter = appliesTo;
    return problems.construct(f.mark(), path,
        () -> new Check(id, name, inputs, when, require, message, from, filter, source));
  }

  private @Nullable Map<String, Condition> conditions(Fields f, String key, boolean required) {
    ParsedNode n = f.node(key, required);
    if (n == null) {
      return required ? null : Map.of();
    }
    if (!(n instanceof ParsedMap m)) {
      problems.add(n.mark(), f.path(key), "expected a map of input names to conditions, but found " + n.describe());
      return null;
    }
    Map<String, Condition> out = new LinkedHashMap<>();
    boolean ok = true;
    for (ParsedNode.Entry e : m.entries().values()) {
      Condition c = rules.condition(e.value(), Fields.join(f.path(key), e.key()), true);
      if (c == null) {
        ok = false;
      } else {
        out.put(e.key(), c);
      }
    }
    return ok ? out : null;
  }

  @Nullable Target target(ParsedNode node, String path) {
    Fields f = Fields.of(node, path, problems,
        List.of("id", "name", "kind", "of", "target", "upTo", "from", "deadline", "entities", "each", "accumulate", "source"));
    if (f == null) {
      return null;
    }
    String id = f.text("id", true);
    located("target", id, f);
    Label name = label(f, "name");
    TargetKind kind = f.enumeration("kind", TargetKind.class, null);
    String of = f.text("of", true);
    String target = f.text("target", true);
    Optional<BigDecimal> upTo = f.optionalDecimal("upTo");
    Integer from = f.integer("from", true);
    Integer deadline = f.integer("deadline", true);
    List<String> entities = f.textList("entities");
    Boolean each = f.has("each") ? f.bool("each", true) : Boolean.FALSE;
    Boolean accumulate = f.has("accumulate") ? f.bool("accumulate", true) : Boolean.FALSE;
    Optional<String> source = f.optionalText("source");
    if (id == null || name == null || kind == null || of == null || target == null || from == null
        || deadline == null || entities == null || each == null || accumulate == null || problems.hasUnder(path)) {
      return null;
    }
    return problems.construct(f.mark(), path,
        () -> new Target(id, name, kind, of, target, upTo, from, deadline, entities, each, accumulate, source));
  }

  @Nullable TaxSharing taxSharing(ParsedNode node, String path) {
    Fields f = Fields.of(node, path, problems,
        List.of("id", "name", "taxes", "parties", "remainder", "appliesWhen", "rounding", "source"));
    if (f == null) {
      return null;
    }
    String id = f.text("id", true);
    located("taxSharing", id, f);
    Label name = label(f, "name");
    List<String> taxes = f.textList("taxes");
    List<TaxParty> parties = f.list("parties", true, this::party);
    String remainder = f.text("remainder", true);
    Optional<String> appliesWhen = f.optionalText("appliesWhen");
    Rounding rounding = Rounding.of(0, RoundingMode.HALF_UP);
    if (f.has("rounding")) {
      Fields r = Fields.of(f.node("rounding", true), f.path("rounding"), problems, List.of("scale", "rounding"));
      Integer scale = r == null ? null : r.integer("scale", true);
      RoundingMode mode = r == null ? null : r.enumeration("rounding", RoundingMode.class, RoundingMode.HALF_UP);
      if (scale == null || mode == null) {
        return null;
      }
      rounding = problems.construct(r.mark(), r.path(), () -> Rounding.of(scale, mode));
    }
    Optional<String> source = f.optionalText("source");
    if (id == null || name == null || taxes == null || parties == null || remainder == null || rounding == null
        || problems.hasUnder(path)) {
      return null;
    }
    Rounding round = rounding;
    return problems.construct(f.mark(), path,
        () -> new TaxSharing(id, name, taxes, parties, remainder, appliesWhen, round, source));
  }

  private @Nullable TaxParty party(ParsedNode node, String path) {
    Fields f = Fields.of(node, path, problems, List.of("id", "name", "share", "attribute"));
    if (f == null) {
      return null;
    }
    String id = f.text("id", true);
    Label name = label(f, "name");
    BigDecimal share = f.decimal("share", true);
    String attribute = f.text("attribute", true);
    if (id == null || name == null || share == null || attribute == null) {
      return null;
    }
    return problems.construct(f.mark(), path, () -> new TaxParty(id, name, share, attribute));
  }

  @Nullable AttributeLink link(ParsedNode node, String path) {
    Fields f = Fields.of(node, path, problems, List.of("id", "via", "scheme", "attribute"));
    if (f == null) {
      return null;
    }
    String id = f.text("id", true);
    located("link", id, f);
    String via = f.text("via", true);
    String scheme = f.text("scheme", true);
    String attribute = f.text("attribute", true);
    if (id == null || via == null || scheme == null || attribute == null) {
      return null;
    }
    return problems.construct(f.mark(), path, () -> new AttributeLink(id, via, scheme, attribute));
  }
}
