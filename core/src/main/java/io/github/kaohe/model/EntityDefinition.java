package io.github.kaohe.model;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An entity a scheme names: a zone, district or firm under assessment.
 *
 * @param id unique within its scheme; any text without surrounding spaces (data may use
 *     Chinese names as ids)
 * @param name Chinese and English name
 * @param aliases other names by which data files may refer to it (e.g. a short Chinese name)
 * @param ranked false for entities that are scored but take no place
 * @param attributes values of the scheme's declared attributes, e.g. {@code county: 尉氏县}
 */
public record EntityDefinition(
    String id, Label name, List<String> aliases, boolean ranked, Map<String, String> attributes) {

  public EntityDefinition {
    Checks.text(id, "entity id");
    Checks.require(id.strip().equals(id), "entity id '%s' must not start or end with spaces", id);
    Objects.requireNonNull(name, "name");
    aliases = Checks.list(aliases, "aliases");
    aliases.forEach(a -> Checks.text(a, "alias"));
    Objects.requireNonNull(attributes, "attributes");
    attributes.forEach((k, v) -> Checks.text(v, "attribute " + k));
    attributes = ImmutableMap.copyOf(attributes);
  }

  /** A ranked entity without aliases or attributes. */
  public static EntityDefinition of(String id, Label name) {
    return new EntityDefinition(id, name, List.of(), true, Map.of());
  }

  /** Every name the entity may be called by in data: id, Chinese and English name, aliases. */
  public List<String> allNames() {
    return ImmutableSet.<String>builder().add(id, name.zh(), name.en()).addAll(aliases).build().asList();
  }
}
