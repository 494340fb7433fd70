/** A per-mu evaluation of industrial firms (亩均效益评价) for Kaohe. */
module io.github.kaohe.policy.permu {
  requires transitive io.github.kaohe.core;
  requires static org.jspecify;

  exports io.github.kaohe.policy.permu;

  opens io.github.kaohe.policy.permu;

  provides io.github.kaohe.spi.PolicyProvider with
      io.github.kaohe.policy.permu.PerMuPolicyProvider;
}
