package io.github.kaohe.spring;

import java.util.List;
import java.util.Optional;

/**
 * The policies an application serves, by id. The auto-configuration fills it at startup with the
 * policies of {@code kaohe.policies} (and of the reload folder), each validated; the reload folder's
 * watcher swaps in a policy when its file is edited and valid.
 *
 * <p>Implementations are thread-safe: a reader sees a policy as it was before or after a swap,
 * never half of one. Define a bean of this type to replace {@link InMemoryPolicyRegistry}.
 */
public interface PolicyRegistry {
  /** The policy with this id, if it is registered. */
  Optional<RegisteredPolicy> find(String id);

  /**
   * The policy with this id.
   *
   * @throws NotFoundException naming the ids that are registered
   */
  default RegisteredPolicy get(String id) {
    return find(id).orElseThrow(() -> NotFoundException.policy(id, all().stream().map(RegisteredPolicy::id).toList()));
  }

  /** Every registered policy, in the order they were first registered: a snapshot. */
  List<RegisteredPolicy> all();

  /** Registers a policy, or replaces the one with the same id in one step; returns the one replaced. */
  Optional<RegisteredPolicy> put(RegisteredPolicy policy);

  /** Removes the policy with this id; returns it. */
  Optional<RegisteredPolicy> remove(String id);
}
