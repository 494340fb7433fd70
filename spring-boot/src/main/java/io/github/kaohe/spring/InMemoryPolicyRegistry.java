package io.github.kaohe.spring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link PolicyRegistry} held in memory: an immutable map swapped whole on every change, so that
 * reads take no lock and always see one consistent set of policies.
 */
public final class InMemoryPolicyRegistry implements PolicyRegistry {
  private final AtomicReference<Map<String, RegisteredPolicy>> policies = new AtomicReference<>(Map.of());

  @Override
  public Optional<RegisteredPolicy> find(String id) {
    return Optional.ofNullable(policies.get().get(id));
  }

  @Override
  public List<RegisteredPolicy> all() {
    return List.copyOf(policies.get().values());
  }

  @Override
  public Optional<RegisteredPolicy> put(RegisteredPolicy policy) {
    Map<String, RegisteredPolicy> before = policies.getAndUpdate(m -> {
      Map<String, RegisteredPolicy> next = new LinkedHashMap<>(m);
      next.put(policy.id(), policy);
      return Collections.unmodifiableMap(next);
    });
    return Optional.ofNullable(before.get(policy.id()));
  }

  @Override
  public Optional<RegisteredPolicy> remove(String id) {
    Map<String, RegisteredPolicy> before = policies.getAndUpdate(m -> {
      if (!m.containsKey(id)) {
        return m;
      }
      Map<String, RegisteredPolicy> next = new LinkedHashMap<>(m);
      next.remove(id);
      return Collections.unmodifiableMap(next);
    });
    return Optional.ofNullable(before.get(id));
  }

  @Override
  public String toString() {
    List<String> ids = new ArrayList<>(policies.get().keySet());
    return "InMemoryPolicyRegistry" + ids;
  }
}
