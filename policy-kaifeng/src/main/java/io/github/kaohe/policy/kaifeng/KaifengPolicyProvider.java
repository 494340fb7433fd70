package io.github.kaohe.policy.kaifeng;

import io.github.kaohe.model.Policy;
import io.github.kaohe.spi.PolicyProvider;
import java.net.URL;
import java.util.Map;
import java.util.Optional;

/** Makes {@link KaifengPolicy} known to {@link io.github.kaohe.Policies} through ServiceLoader. */
public final class KaifengPolicyProvider implements PolicyProvider {
  /** For ServiceLoader. */
  public KaifengPolicyProvider() {}

  @Override
  public String id() {
    return KaifengPolicy.ID;
  }

  @Override
  public Policy load() {
    return KaifengPolicy.load();
  }

  @Override
  public java.util.Optional<URL> yaml() {
    return java.util.Optional.of(KaifengPolicy.yaml());
  }

  @Override
  public Map<String, URL> sampleData() {
    return KaifengPolicy.sampleData();
  }

  @Override
  public Optional<URL> tests() {
    return Optional.of(KaifengPolicy.tests());
  }
}
