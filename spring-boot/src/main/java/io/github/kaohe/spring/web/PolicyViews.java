package io.github.kaohe.spring.web;

import io.github.kaohe.model.AdjustmentItem;
import io.github.kaohe.model.AdjustmentLayer;
import io.github.kaohe.model.Category;
import io.github.kaohe.model.EntityDefinition;
import io.github.kaohe.model.Fact;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.spring.RegisteredPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Policies as JSON trees: what a client needs to send data for a scheme, and no more. */
final class PolicyViews {
  private PolicyViews() {}

  /** A policy in a list: id, version, name and its schemes' ids and names. */
  static Map<String, Object> summary(RegisteredPolicy registered) {
    Policy p = registered.policy();
    Map<String, Object> m = head(p);
    m.put("loadedAt", registered.loadedAt().toString());
    List<Object> schemes = new ArrayList<>();
    for (Scheme s : p.schemes()) {
      Map<String, Object> scheme = new LinkedHashMap<>();
      scheme.put("id", s.id());
      scheme.put("name", label(s.name()));
      scheme.put("scored", s.scored());
      schemes.add(scheme);
    }
    m.put("schemes", schemes);
    return m;
  }

  /** A policy whole: its schemes, their categories, indicators (with units), adjustments and facts. */
  static Map<String, Object> detail(RegisteredPolicy registered) {
    Policy p = registered.policy();
    Map<String, Object> m = head(p);
    m.put("loadedAt", registered.loadedAt().toString());
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("title", label(p.source().title()));
    source.put("issuer", p.source().issuer());
    source.put("date", p.source().date().toString());
    m.put("source", source);
    m.put("schemes", p.schemes().stream().map(PolicyViews::scheme).toList());
    return m;
  }

  static Map<String, Object> scheme(Scheme s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("name", label(s.name()));
    m.put("scored", s.scored());
    m.put("total", s.total());
    m.put("attributes", s.attributes());
    m.put("entities", s.entities().stream().map(PolicyViews::entity).toList());
    m.put("categories", s.categories().stream().map(PolicyViews::category).toList());
    m.put("adjustments", s.adjustments().stream().map(PolicyViews::layer).toList());
    m.put("facts", s.rules().facts().stream().map(PolicyViews::fact).toList());
    return m;
  }

  private static Map<String, Object> head(Policy p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id());
    m.put("version", p.version());
    m.put("name", label(p.name()));
    return m;
  }

  private static Map<String, Object> entity(EntityDefinition e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("name", label(e.name()));
    m.put("aliases", e.aliases());
    m.put("ranked", e.ranked());
    m.put("attributes", e.attributes());
    return m;
  }

  private static Map<String, Object> category(Category c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("name", label(c.name()));
    m.put("weight", c.weight());
    m.put("aggregation", name(c.aggregation()));
    if (!c.categories().isEmpty()) {
      m.put("categories", c.categories().stream().map(PolicyViews::category).toList());
    }
    if (!c.indicators().isEmpty()) {
      m.put("indicators", c.indicators().stream().map(PolicyViews::indicator).toList());
    }
    return m;
  }

  private static Map<String, Object> indicator(Indicator i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", i.id());
    m.put("name", label(i.name()));
    m.put("unit", i.unit());
    m.put("weight", i.weight());
    m.put("direction", name(i.direction()));
    m.put("method", i.method().type());
    m.put("source", i.source().orElse(null));
    return m;
  }

  private static Map<String, Object> layer(AdjustmentLayer l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", l.id());
    m.put("name", label(l.name()));
    m.put("cap", l.cap().orElse(null));
    List<Object> items = new ArrayList<>();
    for (AdjustmentItem item : l.items()) {
      Map<String, Object> it = new LinkedHashMap<>();
      it.put("id", item.id());
      it.put("name", label(item.name()));
      it.put("pointsPerUnit", item.pointsPerUnit());
      it.put("cap", item.cap().orElse(null));
      items.add(it);
    }
    m.put("items", items);
    return m;
  }

  private static Map<String, Object> fact(Fact f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", f.id());
    m.put("name", label(f.name()));
    m.put("type", name(f.type()));
    if (!f.values().isEmpty()) {
      m.put("values", f.values());
    }
    return m;
  }

  static Map<String, String> label(Label l) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("zh", l.zh());
    m.put("en", l.en());
    return m;
  }

  /** {@code HIGHER_IS_BETTER} as YAML writes it, {@code higher-is-better}. */
  private static @Nullable String name(@Nullable Enum<?> e) {
    return e == null ? null : e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
