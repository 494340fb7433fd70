package io.github.kaohe.load;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The fields of one YAML map, read strictly: a missing required key, a key with no value and a
 * value of the wrong type are problems at their line, as in a policy. Obtained from
 * {@link YamlNode#fields}.
 */
public final class YamlFields {
  private final Fields fields;
  private final YamlNode map;

  YamlFields(Fields fields, YamlNode map) {
    this.fields = fields;
    this.map = map;
  }

  /** Whether the map has this key. */
  public boolean has(String key) {
    return fields.has(key);
  }

  /** The map itself. */
  public YamlNode node() {
    return map;
  }

  /** The value under the key; a problem when it is required and absent, or present with no value. */
  public Optional<YamlNode> node(String key, boolean required) {
    return Optional.ofNullable(fields.node(key, required)).map(n -> new YamlNode(n, fields.path(key)));
  }

  public Optional<String> text(String key, boolean required) {
    return Optional.ofNullable(fields.text(key, required));
  }

  public Optional<BigDecimal> decimal(String key, boolean required) {
    return Optional.ofNullable(fields.decimal(key, required));
  }

  public Optional<Integer> integer(String key, boolean required) {
    return Optional.ofNullable(fields.integer(key, required));
  }

  public Optional<Boolean> bool(String key, boolean required) {
    return Optional.ofNullable(fields.bool(key, required));
  }

  /** A list of texts under the key (empty when absent). */
  public Optional<List<String>> texts(String key) {
    return Optional.ofNullable(fields.textList(key));
  }
}
