package io.github.kaohe.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.kaohe.RandomPolicies;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.load.PolicyWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** What the loader accepts the schema accepts, and the structural mistakes both reject. */
class SchemaAgreementProperties {
  private static final YAMLMapper YAML = new YAMLMapper();

  @Property(tries = 60)
  void bothAcceptEveryGeneratedPolicy(@ForAll long seed) {
    String yaml = PolicyWriter.toYaml(RandomPolicies.policy(new Random(seed)));

    assertThat(PolicyLoader.create().validate(yaml, "p.yaml").valid()).isTrue();
    assertThat(PolicySchema.POLICY.errors(yaml)).isEmpty();
  }

  @Property(tries = 80)
  void bothRejectAStructuralMistake(@ForAll long seed) throws Exception {
    Random r = new Random(seed);
    ObjectNode tree = (ObjectNode) YAML.readTree(PolicyWriter.toYaml(RandomPolicies.policy(r)));
    String mistake = mutate(tree, r);
    String yaml = YAML.writeValueAsString(tree);

    assertThat(PolicyLoader.create().validate(yaml, "p.yaml").valid()).as(mistake).isFalse();
    assertThat(PolicySchema.POLICY.errors(yaml)).as(mistake).isNotEmpty();
  }

  /** Makes one mistake in the tree, and says which. */
  private static String mutate(ObjectNode root, Random r) {
    List<ObjectNode> parts = new ArrayList<>();
    collect(root, parts);
    ObjectNode part = parts.get(r.nextInt(parts.size()));
    switch (r.nextInt(4)) {
      case 0:
        part.put("colour", "red");
        return "an unknown key";
      case 1:
        ObjectNode weighted = withKey(parts, "weight", r);
        weighted.put("weight", "eight");
        return "a weight in words";
      case 2:
        ObjectNode named = withKey(parts, "name", r);
        named.remove("name");
        return "no name";
      default:
        ObjectNode measured = withKey(parts, "method", r);
        JsonNode method = measured.get("method");
        if (method.isObject()) {
          ((ObjectNode) method).put("type", "proportional");
        } else {
          measured.put("method", "proportional");
        }
        return "an unknown method";
    }
  }

  private static ObjectNode withKey(List<ObjectNode> parts, String key, Random r) {
    List<ObjectNode> with = parts.stream().filter(p -> p.has(key)).toList();
    return with.get(r.nextInt(with.size()));
  }

  /** Every object of the policy but the free-form ones (attributes, conditions) and labels. */
  private static void collect(JsonNode node, List<ObjectNode> out) {
    if (node instanceof ObjectNode o) {
      boolean label = o.size() == 2 && o.has("zh") && o.has("en");
      if (!label) {
        out.add(o);
      }
      o.fields().forEachRemaining(e -> {
        if (!e.getKey().equals("attributes") && !e.getKey().equals("when")) {
          collect(e.getValue(), out);
        }
      });
    } else if (node instanceof ArrayNode a) {
      a.forEach(item -> collect(item, out));
    }
  }
}
