package io.github.kaohe.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.kaohe.load.PolicyLoader;
import io.github.kaohe.load.Problem;
import io.github.kaohe.model.Aggregation;
import io.github.kaohe.model.Classification;
import io.github.kaohe.model.Direction;
import io.github.kaohe.model.FactType;
import io.github.kaohe.model.Formula;
import io.github.kaohe.model.MissingValueRule;
import io.github.kaohe.model.Parameter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The schema names the keys the loader reads and the words it knows. Each map of a policy is given
 * an unknown key; the loader's message lists the keys allowed there, and the schema's definition of
 * that map must list the same. Each enumeration of the schema is the model's, spelt as YAML spells it.
 */
class SchemaKeysTest {
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Pattern ALLOWED = Pattern.compile("\\(allowed here: ([^)]*)\\)");
  private static final String INDICATOR = "/schemes/0/categories/0/categories/0/indicators/0";
  private static final JsonNode SCHEMA = schema();

  private static JsonNode schema() {
    try (InputStream in = SchemaKeysTest.class.getResourceAsStream("/io/github/kaohe/schema/policy.schema.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where a map stands in SchemaDifferencesTest's policy, and the schema definition that describes it. */
  private record Spot(String policy, String definition) {}

  private static final List<Spot> SPOTS = List.of(
      new Spot("", "/definitions/policy"),
      new Spot("/name", "/definitions/label"),
      new Spot("/source", "/definitions/source"),
      new Spot("/arithmetic", "/definitions/arithmetic"),
      new Spot("/arithmetic/points", "/definitions/rounding"),
      new Spot("/schemes/0", "/definitions/scheme"),
      new Spot("/funds/0", "/definitions/fund"),
      new Spot("/schemes/0/defaults", "/definitions/scheme/properties/defaults"),
      new Spot("/schemes/0/facts/0", "/definitions/fact"),
      new Spot("/schemes/0/facts/0/valid", "/definitions/valid"),
      new Spot("/schemes/0/classes/0", "/definitions/classification"),
      new Spot("/schemes/0/classes/0/tiers/0", "/definitions/tier"),
      new Spot("/schemes/0/categories/0", "/definitions/category"),
      new Spot(INDICATOR, "/definitions/indicator"),
      new Spot(INDICATOR + "/method/benchmark", "/definitions/parameter"),
      new Spot(INDICATOR + "/formula", "/definitions/formula"));

  @TestFactory
  Stream<DynamicTest> everyMapAllowsTheKeysTheLoaderReads() {
    return SPOTS.stream().map(spot -> DynamicTest.dynamicTest(spot.policy().isEmpty() ? "/" : spot.policy(), () -> {
      ObjectNode tree = (ObjectNode) YAML.readTree(SchemaDifferencesTest.POLICY);
      ((ObjectNode) tree.at(spot.policy())).put("zzkey", 1);
      Set<String> expected = properties(SCHEMA.at(spot.definition()));
      assertThat(allowed(tree)).isEqualTo(expected);
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyMethodAllowsTheKeysTheLoaderReads() {
    return methodVariants().stream().map(variant -> {
      String type = variant.at("/properties/type/const").asText();
      return DynamicTest.dynamicTest(type, () -> {
        ObjectNode tree = (ObjectNode) YAML.readTree(SchemaDifferencesTest.POLICY);
        ((ObjectNode) tree.at(INDICATOR)).set("method", YAML.createObjectNode().put("type", type).put("zzkey", 1));
        assertThat(allowed(tree)).isEqualTo(properties(variant));
      });
    });
  }

  @Test
  void aMissingRuleAllowsTheKeysTheLoaderReads() throws IOException {
    ObjectNode tree = (ObjectNode) YAML.readTree(SchemaDifferencesTest.POLICY);
    ((ObjectNode) tree.at(INDICATOR)).set("missing", YAML.createObjectNode().put("rule", "error").put("zzkey", 1));
    assertThat(allowed(tree)).isEqualTo(properties(SCHEMA.at("/definitions/missing")));
  }

  @Test
  void theSchemaKnowsTheMethodsTheLoaderKnows() throws IOException {
    ObjectNode tree = (ObjectNode) YAML.readTree(SchemaDifferencesTest.POLICY);
    ((ObjectNode) tree.at(INDICATOR)).set("method", YAML.createObjectNode().put("type", "zz"));
    String message = messages(tree).stream().filter(m -> m.startsWith("unknown scoring method")).findFirst().orElseThrow();
    Matcher known = Pattern.compile("\\(known: ([^)]*)\\)").matcher(message);
    assertThat(known.find()).isTrue();
    Set<String> types = new TreeSet<>();
    methodVariants().forEach(v -> types.add(v.at("/properties/type/const").asText()));
    assertThat(new TreeSet<>(Arrays.asList(known.group(1).split(", ")))).isEqualTo(types);
  }

  @Test
  void everyEnumerationIsTheModels() {
    assertThat(words("/definitions/direction")).isEqualTo(names(Direction.values()));
    assertThat(words("/definitions/category/properties/aggregation")).isEqualTo(names(Aggregation.values()));
    assertThat(words("/definitions/fact/properties/type")).isEqualTo(names(FactType.values()));
    assertThat(words("/definitions/statistic")).isEqualTo(names(Parameter.Statistic.values()));
    assertThat(words("/definitions/formula/oneOf/1/properties/ifZeroDivisor")).isEqualTo(names(Formula.IfZeroDivisor.values()));
    assertThat(words("/definitions/formula/oneOf/1/properties/ifMissing")).isEqualTo(names(Formula.IfMissing.values()));
    assertThat(words("/definitions/classification/properties/counting")).isEqualTo(names(Classification.Counting.values()));
    assertThat(words("/definitions/classification/properties/basis")).isEqualTo(names(Classification.Basis.values()));
    assertThat(words("/definitions/missing/oneOf/3/properties/of")).isEqualTo(names(MissingValueRule.Imputation.Basis.values()));
    Set<String> kinds = words("/definitions/missing/oneOf/0");
    kinds.add(SCHEMA.at("/definitions/missing/oneOf/2/properties/rule/const").asText());
    kinds.add(SCHEMA.at("/definitions/missing/oneOf/3/properties/rule/const").asText());
    assertThat(kinds).isEqualTo(names(MissingValueRule.Kind.values()));
    Set<String> modes = names(RoundingMode.values());
    modes.remove("unnecessary"); // the model refuses it: it cannot round
    assertThat(words("/definitions/rounding/properties/rounding")).isEqualTo(modes);
  }

  private static List<JsonNode> methodVariants() {
    List<JsonNode> variants = new ArrayList<>();
    SCHEMA.at("/definitions/method/oneOf").forEach(v -> {
      if (v.has("properties")) {
        variants.add(v);
      }
    });
    return variants;
  }

  private static List<String> messages(JsonNode tree) throws IOException {
    String yaml = YAML.writeValueAsString(tree);
    return PolicyLoader.create().validate(yaml, "p.yaml").errors().stream().map(Problem::message).toList();
  }

  /** The keys the loader's message on zzkey says are allowed there. */
  private static Set<String> allowed(JsonNode tree) throws IOException {
    String message = messages(tree).stream().filter(m -> m.startsWith("unknown key 'zzkey'")).findFirst().orElseThrow();
    Matcher m = ALLOWED.matcher(message);
    assertThat(m.find()).as(message).isTrue();
    return new TreeSet<>(Arrays.asList(m.group(1).split(", ")));
  }

  /** The keys a definition allows: its properties, or those of any of its variants. */
  private static Set<String> properties(JsonNode definition) {
    Set<String> keys = new TreeSet<>();
    definition.path("properties").fieldNames().forEachRemaining(keys::add);
    for (String of : List.of("oneOf", "anyOf")) {
      definition.path(of).forEach(v -> keys.addAll(properties(v.has("$ref") ? SCHEMA.at(v.get("$ref").asText().substring(1)) : v)));
    }
    return keys;
  }

  private static Set<String> words(String pointer) {
    Set<String> words = new TreeSet<>();
    SCHEMA.at(pointer + "/enum").forEach(w -> words.add(w.asText()));
    assertThat(words).as(pointer).isNotEmpty();
    return words;
  }

  private static Set<String> names(Enum<?>[] constants) {
    Set<String> names = new TreeSet<>();
    for (Enum<?> c : constants) {
      names.add(c.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    return names;
  }
}
