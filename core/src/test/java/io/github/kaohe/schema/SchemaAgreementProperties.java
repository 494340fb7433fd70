package io.github.kaohe.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.kaohe.RandomPolicies;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.load.PolicyWriter;
import io.github.kaohe.load.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * What the loader accepts the schema accepts, and the structural mistakes both reject: over
 * generated policies, as the writer writes them and with the newer keys grafted on
 * ({@link NewerKeys}). What only the loader can see (weights that add up, references, formulas'
 * names and units, the model's own checks) is not a schema matter: {@link SchemaDifferencesTest}
 * lists it.
 */
class SchemaAgreementProperties {
  private static final YAMLMapper YAML = new YAMLMapper();

  @Property(tries = 60)
  void bothAcceptEveryGeneratedPolicy(@ForAll long seed) {
    String yaml = PolicyWriter.toYaml(RandomPolicies.policy(new Random(seed)));

    assertThat(PolicyLoader.create().validate(yaml, "p.yaml").valid()).isTrue();
    assertThat(PolicySchema.POLICY.errors(yaml)).isEmpty();
  }

  @Property(tries = 100)
  void bothAcceptGeneratedPoliciesWithTheNewerKeys(@ForAll long seed) throws Exception {
    Random r = new Random(seed);
    ObjectNode tree = (ObjectNode) YAML.readTree(PolicyWriter.toYaml(RandomPolicies.policy(r)));
    List<String> grafted = NewerKeys.graft(tree, r);
    String yaml = YAML.writeValueAsString(tree);

    Validation v = PolicyLoader.create().validate(yaml, "p.yaml");
    assertThat(v.errors()).as("the loader on %s:%n%s", grafted, yaml).isEmpty();
    assertThat(PolicySchema.POLICY.errors(yaml)).as("the schema on %s:%n%s", grafted, yaml).isEmpty();
  }

  @Property(tries = 150)
  void bothRejectAStructuralMistake(@ForAll long seed) throws Exception {
    Random r = new Random(seed);
    ObjectNode tree = (ObjectNode) YAML.readTree(PolicyWriter.toYaml(RandomPolicies.policy(r)));
    if (r.nextBoolean()) {
      NewerKeys.graft(tree, r);
    }
    String mistake = mutate(tree, r);
    String yaml = YAML.writeValueAsString(tree);

    assertThat(PolicyLoader.create().validate(yaml, "p.yaml").valid()).as(mistake + ":\n" + yaml).isFalse();
    assertThat(PolicySchema.POLICY.errors(yaml)).as(mistake + ":\n" + yaml).isNotEmpty();
  }

  /** Makes one mistake in the tree, and says which. */
  private static String mutate(ObjectNode root, Random r) {
    List<ObjectNode> parts = new ArrayList<>();
    collect(root, parts);
    List<Function<Random, String>> mistakes = new ArrayList<>(List.of(
        x -> {
          parts.get(x.nextInt(parts.size())).put("colour", "red");
          return "an unknown key";
        },
        x -> {
          withKey(parts, "weight", x).put("weight", "eight");
          return "a weight in words";
        },
        x -> {
          withKey(parts, "name", x).remove("name");
          return "no name";
        },
        x -> {
          ObjectNode measured = withKey(parts, "method", x);
          JsonNode method = measured.get("method");
          if (method.isObject()) {
            ((ObjectNode) method).put("type", "proportional");
          } else {
            measured.put("method", "proportional");
          }
          return "an unknown method";
        },
        x -> {
          // the first scheme without defaults.missing, and one of its indicators without missing
          ObjectNode scheme = (ObjectNode) root.withArray("schemes").get(0);
          scheme.remove("defaults");
          List<ObjectNode> indicators = new ArrayList<>();
          collect(scheme.withArray("categories"), indicators);
          indicators.removeIf(i -> !i.has("method"));
          indicators.get(x.nextInt(indicators.size())).remove("missing");
          return "an indicator without missing, and no defaults.missing";
        },
        x -> {
          withKey(parts, "missing", x).set("missing", YAML.createObjectNode().put("rule", "substitute"));
          return "substitute without a value";
        }));
    // mistakes in the newer keys, where the tree has them
    List<ObjectNode> formulas = withObject(parts, "formula");
    if (!formulas.isEmpty()) {
      mistakes.add(x -> {
        ObjectNode formula = (ObjectNode) pick(formulas, x).get("formula");
        switch (x.nextInt(3)) {
          case 0:
            formula.put("ifZero", "zero");
            return "a formula with an unknown key";
          case 1:
            formula.remove("of");
            return "a formula map without of";
          default:
            formula.put("ifZeroDivisor", "infinity");
            return "ifZeroDivisor infinity";
        }
      });
    }
    List<ObjectNode> parameters = new ArrayList<>();
    for (ObjectNode p : parts) {
      for (String key : List.of("benchmark", "target")) {
        if (p.get(key) instanceof ObjectNode param) {
          parameters.add(param);
        }
      }
    }
    if (!parameters.isEmpty()) {
      mistakes.add(x -> {
        ObjectNode parameter = pick(parameters, x);
        if (x.nextBoolean()) {
          parameter.put(parameter.has("column") ? "statistic" : "column", parameter.has("column") ? "mean" : NewerKeys.BENCH);
          return "a parameter of two kinds at once";
        }
        parameter.removeAll();
        parameter.put("statistic", "average");
        return "an unknown statistic";
      });
    }
    List<ObjectNode> ratios = parts.stream().filter(p -> "ratio-to-benchmark".equals(p.path("type").asText())).toList();
    if (!ratios.isEmpty()) {
      mistakes.add(x -> {
        pick(ratios, x).put("cap", "no");
        return "cap: no";
      });
    }
    List<ObjectNode> imputed = parts.stream().filter(p -> "impute".equals(p.path("rule").asText())).toList();
    if (!imputed.isEmpty()) {
      mistakes.add(x -> {
        pick(imputed, x).put("of", "weights");
        return "an imputation of weights";
      });
    }
    List<ObjectNode> classes = parts.stream().filter(p -> p.has("basis")).toList();
    if (!classes.isEmpty()) {
      mistakes.add(x -> {
        ObjectNode c = pick(classes, x);
        if (x.nextBoolean()) {
          c.put("counting", "round");
          return "counting: round";
        }
        ((ObjectNode) c.withArray("tiers").get(0)).put("atLeast", "high");
        return "atLeast in words";
      });
    }
    List<ObjectNode> facts = parts.stream().filter(p -> p.has("type") && p.has("id") && !p.has("method")).toList();
    if (!facts.isEmpty()) {
      mistakes.add(x -> {
        pick(facts, x).set("unit", YAML.createArrayNode().add("万元"));
        return "a fact's unit as a list";
      });
    }
    List<ObjectNode> scoped = parts.stream().filter(p -> p.has("appliesTo") && p.get("appliesTo").isArray()).toList();
    if (!scoped.isEmpty()) {
      mistakes.add(x -> {
        ArrayNode scope = (ArrayNode) pick(scoped, x).get("appliesTo");
        ((ObjectNode) scope.get(0)).remove("in");
        return "appliesTo an attribute without in";
      });
    }
    return mistakes.get(r.nextInt(mistakes.size())).apply(r);
  }

  private static <T> T pick(List<T> list, Random r) {
    return list.get(r.nextInt(list.size()));
  }

  private static ObjectNode withKey(List<ObjectNode> parts, String key, Random r) {
    List<ObjectNode> with = parts.stream().filter(p -> p.has(key)).toList();
    return with.get(r.nextInt(with.size()));
  }

  private static List<ObjectNode> withObject(List<ObjectNode> parts, String key) {
    return parts.stream().filter(p -> p.get(key) instanceof ObjectNode).toList();
  }

  /** Every object of the policy but the free-form ones (attributes, conditions) and labels. */
  private static void collect(JsonNode node, List<ObjectNode> out) {
    if (node instanceof ObjectNode o) {
      boolean label = o.size() == 2 && o.has("zh") && o.has("en");
      if (!label) {
        out.add(o);
      }
      o.fields().forEachRemaining(e -> {
        if (!e.getKey().equals("attributes") && !e.getKey().equals("when") && !e.getKey().equals("values")) {
          collect(e.getValue(), out);
        }
      });
    } else if (node instanceof ArrayNode a) {
      a.forEach(item -> collect(item, out));
    }
  }
}
