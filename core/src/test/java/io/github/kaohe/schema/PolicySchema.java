package io.github.kaohe.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** A JSON Schema shipped in core (policies, policy tests), applied to YAML text. */
final class PolicySchema {
  static final PolicySchema POLICY = new PolicySchema("/io/github/kaohe/schema/policy.schema.json");
  static final PolicySchema TESTS = new PolicySchema("/io/github/kaohe/schema/tests.schema.json");
  static final PolicySchema UNCERTAINTY = new PolicySchema("/io/github/kaohe/schema/uncertainty.schema.json");
  private static final YAMLMapper YAML = new YAMLMapper();

  private final Schema schema;

  private PolicySchema(String resource) {
    this.schema = load(resource);
  }

  private static Schema load(String resource) {
    try (InputStream in = PolicySchema.class.getResourceAsStream(resource)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema's complaints about the YAML text; empty when it conforms. */
  List<String> errors(String yaml) {
    JsonNode node;
    try {
      node = YAML.readTree(yaml);
    } catch (IOException e) {
      return List.of("not YAML: " + e.getMessage());
    }
    return schema.validate(node).stream().map(Error::toString).toList();
  }
}
