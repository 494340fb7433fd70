package io.github.kaohe.policy.permu;

import io.github.kaohe.spi.PolicyProvider;
import io.github.kaohe.testkit.PolicyModuleKit;

/** The compatibility kit: the YAML loads, the sample data evaluate, the module's own suite passes. */
class PerMuPolicyModuleTest extends PolicyModuleKit {
  @Override
  protected PolicyProvider provider() {
    return new PerMuPolicyProvider();
  }
}
