package io.github.kaohe.eval;

import io.github.kaohe.model.AttributeFilter;
import io.github.kaohe.model.AttributeLink;
import io.github.kaohe.model.Policy;
import io.github.kaohe.model.Scheme;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An entity's attributes with the ones it takes from another scheme's entity that it names (a
 * project's {@code new-district} is that of the zone in its {@code zone}), and attribute filters
 * on them.
 */
final class LinkedAttributes {
  private LinkedAttributes() {}

  /** The attributes, then each linked attribute whose other entity is found and has it. */
  static Map<String, String> with(Policy policy, Scheme scheme, Map<String, String> attributes) {
    if (scheme.rules().links().isEmpty()) {
      return attributes; // the common case, once per entity: no copy
    }
    Map<String, String> all = new LinkedHashMap<>(attributes);
    for (AttributeLink link : scheme.rules().links()) {
      String other = attributes.get(link.via());
      if (other != null) {
        linked(policy, link, other).ifPresent(v -> all.put(link.id(), v));
      }
    }
    return all;
  }

  /** The linked attribute's value: the attribute of the other scheme's entity named by id, name or alias. */
  private static Optional<String> linked(Policy policy, AttributeLink link, String other) {
    return policy.findScheme(link.scheme())
        .flatMap(s -> s.entities().stream().filter(e -> e.allNames().contains(other)).findFirst())
        .map(e -> e.attributes().get(link.attribute()));
  }

  /** Whether the attribute has one of the filter's values; an entity without the attribute has none. */
  static boolean matches(AttributeFilter filter, Map<String, String> attributes) {
    return matches(filter, attributes.get(filter.attribute()));
  }

  /** Whether the value of the filter's attribute (null: the entity has none) is one of its values. */
  static boolean matches(AttributeFilter filter, @Nullable String value) {
    return value != null && filter.values().contains(value);
  }
}
