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

/** The policy JSON Schema shipped in core, applied to YAML text. */
final class PolicySchema {
  static final String RESOURCE = "/io/github/kaohe/schema/policy.schema.json";
  private static final Schema SCHEMA = load();
  private static final YAMLMapper YAML = new YAMLMapper();

  private PolicySchema() {}

  private static Schema load() {
    try (InputStream in = PolicySchema.class.getResourceAsStream(RESOURCE)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema's complaints about the YAML text; empty when it conforms. */
  static List<String> errors(String yaml) {
    JsonNode node;
    try {
      node = YAML.readTree(yaml);
    } catch (IOException e) {
      return List.of("not YAML: " + e.getMessage());
    }
    return SCHEMA.validate(node).stream().map(Error::toString).toList();
  }
}
