package io.github.kaohe.spring.actuate;

import io.github.kaohe.spring.PolicyRegistry;
import io.github.kaohe.spring.RegisteredPolicy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/** {@code kaohe} in the info endpoint: each policy served, by id, with its version and name. */
public class KaoheInfoContributor implements InfoContributor {
  private final PolicyRegistry registry;

  public KaoheInfoContributor(PolicyRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void contribute(Info.Builder builder) {
    Map<String, Object> policies = new LinkedHashMap<>();
    for (RegisteredPolicy p : registry.all()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("version", p.version());
      m.put("name", Map.of("zh", p.policy().name().zh(), "en", p.policy().name().en()));
      m.put("schemes", p.policy().schemes().stream().map(s -> s.id()).toList());
      policies.put(p.id(), m);
    }
    Map<String, Object> kaohe = new LinkedHashMap<>();
    String version = RegisteredPolicy.class.getPackage().getImplementationVersion();
    if (version != null) {
      kaohe.put("version", version);
    }
    kaohe.put("policies", policies);
    builder.withDetail("kaohe", kaohe);
  }
}
