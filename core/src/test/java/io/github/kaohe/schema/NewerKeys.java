package io.github.kaohe.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kaohe.load.PolicyLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Grafts the keys that {@code RandomPolicies} does not write onto a generated policy's tree, each
 * in a form the loader accepts: derived facts and indicators ({@code formula}, fact {@code unit},
 * {@code valid}, {@code source}), parameters that vary ({@code {by, values, otherwise}},
 * {@code {column}}, {@code {statistic, within}}, {@code ln(100)}), {@code cap: none}, imputed
 * missing values, {@code defaults.missing} in place of an indicator's own, classes by shares with
 * {@code counting} and {@code atLeast}, numbers written as formulas of numbers, and a scheme's
 * {@code appliesTo}.
 */
final class NewerKeys {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  /** Fact ids no generated id can be (those have at most five characters before a separator). */
  static final String TAX = "grafttax";

  static final String LAND = "graftland";
  static final String BENCH = "graftbench";

  private final Random r;
  private final List<String> done = new ArrayList<>();

  private NewerKeys(Random r) {
    this.r = r;
  }

  /** Grafts newer keys onto every scheme of the policy; says which. */
  static List<String> graft(ObjectNode policy, Random r) {
    NewerKeys g = new NewerKeys(r);
    for (JsonNode scheme : policy.withArray("schemes")) {
      g.scheme((ObjectNode) scheme);
    }
    return g.done;
  }

  private void scheme(ObjectNode scheme) {
    List<String> attributes = new ArrayList<>();
    scheme.withArray("attributes").forEach(a -> attributes.add(a.asText()));
    ArrayNode facts = JSON.arrayNode();
    facts.add(fact(TAX, "万元", null));
    facts.add(fact(LAND, "亩", null));
    facts.add(fact(BENCH, "", null));
    if (r.nextBoolean()) {
      facts.add(fact("graftpermu", "万元/亩", formula(TAX + " / " + LAND, true)));
      done.add("a derived fact");
    }
    scheme.set("facts", facts);
    List<ObjectNode> indicators = new ArrayList<>();
    for (JsonNode c : scheme.withArray("categories")) {
      collect(c, indicators);
    }
    for (ObjectNode indicator : indicators) {
      switch (r.nextInt(8)) {
        case 0 -> derived(indicator);
        case 1 -> varying(indicator, attributes);
        case 2 -> imputed(indicator, attributes);
        case 3 -> {
          ObjectNode valid = JSON.objectNode().put("max", 1000);
          if (r.nextBoolean()) {
            valid.put("min", "-1 * 1000");
          } else {
            valid.put("min", -1000);
          }
          indicator.set("valid", valid);
          done.add("valid");
        }
        case 4 -> {
          indicator.put("weight", "(" + indicator.get("weight").asText() + ") * 1");
          done.add("a weight as a formula of numbers");
        }
        default -> { }
      }
    }
    if (r.nextBoolean()) {
      JsonNode rule = indicators.get(r.nextInt(indicators.size())).get("missing");
      if (rule != null) {
        scheme.set("defaults", JSON.objectNode().set("missing", rule.deepCopy()));
        indicators.stream().filter(i -> r.nextBoolean()).forEach(i -> i.remove("missing"));
        done.add("defaults.missing");
      }
    }
    if (r.nextBoolean()) {
      scheme.set("classes", JSON.arrayNode().add(classes(attributes)));
      done.add("classes by shares");
    }
    if (!attributes.isEmpty() && r.nextBoolean()) {
      ArrayNode scope = JSON.arrayNode();
      scope.add(JSON.objectNode().put("attribute", attributes.get(0)).set("in", JSON.arrayNode().add("东")));
      ObjectNode floor = JSON.objectNode().put("fact", LAND);
      if (r.nextBoolean()) {
        floor.put("atLeast", 3);
      } else {
        floor.put("atLeast", "ln(20)");
      }
      scope.add(floor);
      scheme.set("appliesTo", scope);
      done.add("appliesTo");
    }
  }

  private static void collect(JsonNode category, List<ObjectNode> out) {
    category.path("indicators").forEach(i -> out.add((ObjectNode) i));
    category.path("categories").forEach(c -> collect(c, out));
  }

  private ObjectNode fact(String id, String unit, JsonNode formula) {
    ObjectNode f = JSON.objectNode().put("id", id);
    f.set("name", label());
    f.put("type", "number");
    if (!unit.isEmpty()) {
      f.put("unit", unit);
    }
    if (r.nextBoolean()) {
      f.set("valid", JSON.objectNode().put("min", 0));
    }
    if (r.nextBoolean()) {
      f.put("source", "第三条");
    }
    if (formula != null) {
      f.set("formula", formula);
    }
    return f;
  }

  private static ObjectNode label() {
    return JSON.objectNode().put("zh", "名").put("en", "Name");
  }

  /** A formula: the text alone, or the map with the rules that may go with it. */
  private JsonNode formula(String text, boolean divides) {
    if (!divides && r.nextBoolean()) {
      return JSON.textNode(text);
    }
    ObjectNode f = JSON.objectNode().put("of", text);
    if (divides || r.nextBoolean()) {
      f.put("ifZeroDivisor", pick("missing", "zero", "error"));
    }
    if (r.nextBoolean()) {
      f.put("ifMissing", pick("missing", "zero"));
    }
    if (r.nextBoolean()) {
      f.set("rounding", JSON.objectNode().put("scale", r.nextInt(6)).put("rounding", pick("half-up", "half-even", "down")));
    }
    return f;
  }

  private void derived(ObjectNode indicator) {
    if (r.nextBoolean()) {
      indicator.put("unit", "万元/亩");
      indicator.set("formula", formula(TAX + " / " + LAND, true));
    } else {
      indicator.put("unit", "万元");
      indicator.set("formula", formula("max(" + TAX + ", 0) * 2", false));
    }
    done.add("a derived indicator");
  }

  private void varying(ObjectNode indicator, List<String> attributes) {
    ObjectNode method = JSON.objectNode();
    switch (r.nextInt(3)) {
      case 0 -> {
        method.put("type", "ratio-to-benchmark");
        method.set("benchmark", parameter(attributes));
        switch (r.nextInt(3)) {
          case 0 -> method.put("cap", "none");
          case 1 -> method.put("cap", "3 / 2");
          default -> { }
        }
      }
      case 1 -> {
        method.put("type", "goalposts");
        method.put("lower", "ln(1)");
        if (r.nextBoolean()) {
          method.put("upper", "ln(100)");
        } else {
          method.put("upper", 100);
        }
      }
      default -> {
        method.put("type", "target-steps");
        method.set("target", parameter(attributes));
        method.put("step", 1);
        method.put("penalty", "1 / 2");
      }
    }
    indicator.set("method", method);
    indicator.put("direction", "higher-is-better");
    indicator.remove("transforms");
    done.add("a varying parameter");
  }

  private JsonNode parameter(List<String> attributes) {
    int kind = r.nextInt(attributes.isEmpty() ? 3 : 5);
    return switch (kind) {
      case 0 -> JSON.textNode("ln(100)");
      case 1 -> JSON.objectNode().put("column", BENCH);
      case 2 -> JSON.objectNode().put("statistic", pick("mean", "median", "min", "max"));
      case 3 -> JSON.objectNode().put("statistic", pick("mean", "median")).put("within", attributes.get(0));
      default -> {
        ObjectNode p = JSON.objectNode().put("by", attributes.get(0));
        p.set("values", JSON.objectNode().put("东", 20).put("西", "ln(100)"));
        if (r.nextBoolean()) {
          p.put("otherwise", 18);
        }
        yield p;
      }
    };
  }

  private void imputed(ObjectNode indicator, List<String> attributes) {
    ObjectNode rule = JSON.objectNode().put("rule", "impute");
    if (r.nextBoolean()) {
      rule.put("statistic", pick("mean", "median", "min", "max"));
    }
    if (r.nextBoolean()) {
      rule.put("of", pick("values", "points"));
    }
    if (!attributes.isEmpty() && r.nextBoolean()) {
      rule.put("within", attributes.get(0));
    }
    indicator.set("missing", rule);
    done.add("an imputed missing value");
  }

  private ObjectNode classes(List<String> attributes) {
    ObjectNode c = JSON.objectNode().put("id", "graftclasses");
    c.set("name", label());
    c.put("basis", "shares");
    if (r.nextBoolean()) {
      c.put("counting", pick("half-up", "floor", "ceiling", "percentile"));
    }
    if (!attributes.isEmpty() && r.nextBoolean()) {
      c.put("within", attributes.get(0));
    }
    ObjectNode a = JSON.objectNode().put("id", "a");
    a.set("name", label());
    a.put("share", "1 / 4");
    if (r.nextBoolean()) {
      a.put("atLeast", r.nextInt(10));
    }
    ObjectNode b = JSON.objectNode().put("id", "b");
    b.set("name", label());
    c.set("tiers", JSON.arrayNode().add(a).add(b));
    ObjectNode unclassed = JSON.objectNode().put("id", "none");
    unclassed.set("name", label());
    c.set("unclassed", unclassed);
    return c;
  }

  private String pick(String... options) {
    return options[r.nextInt(options.length)];
  }
}
