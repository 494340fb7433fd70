/** The Kaifeng 2014 policy for Kaohe. */
module io.github.kaohe.policy.kaifeng {
  requires transitive io.github.kaohe.core;
  requires static org.jspecify;

  exports io.github.kaohe.policy.kaifeng;

  opens io.github.kaohe.policy.kaifeng;

  provides io.github.kaohe.spi.PolicyProvider with
      io.github.kaohe.policy.kaifeng.KaifengPolicyProvider;
}
