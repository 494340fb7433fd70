package io.github.kaohe.policy.permu;

import io.github.kaohe.model.Policy;
import io.github.kaohe.spi.PolicyProvider;
import java.net.URL;
import java.util.Map;
import java.util.Optional;

/** Makes {@link PerMuPolicy} known to {@link io.github.kaohe.Policies} through ServiceLoader. */
public final class PerMuPolicyProvider implements PolicyProvider {
  /** For ServiceLoader. */
  public PerMuPolicyProvider() {}

  @Override
  public String id() {
    return PerMuPolicy.ID;
  }

  @Override
  public Policy load() {
    return PerMuPolicy.load();
  }

  @Override
  public Optional<URL> yaml() {
    return Optional.of(PerMuPolicy.yaml());
  }

  @Override
  public Map<String, URL> sampleData() {
    return PerMuPolicy.sampleData();
  }

  @Override
  public Optional<URL> tests() {
    return Optional.of(PerMuPolicy.tests());
  }
}
