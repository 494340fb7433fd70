package io.github.kaohe.spring;

import io.github.kaohe.model.Policy;
import java.time.Instant;
import java.util.Objects;

/**
 * A policy as the registry holds it.
 *
 * @param policy the loaded, validated policy
 * @param origin where it was loaded from, as configured: a bundled policy's id, a {@code classpath:}
 *     or {@code file:} location, or a file of the reload folder; for logs and health, never taken
 *     from a request
 * @param loadedAt when it was loaded
 */
public record RegisteredPolicy(Policy policy, String origin, Instant loadedAt) {
  public RegisteredPolicy {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(loadedAt, "loadedAt");
  }

  /** The policy's id. */
  public String id() {
    return policy.id();
  }

  /** The policy's version, as its YAML declares it. */
  public String version() {
    return policy.version();
  }
}
