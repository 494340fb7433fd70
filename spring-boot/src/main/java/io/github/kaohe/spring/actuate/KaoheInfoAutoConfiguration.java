package io.github.kaohe.spring.actuate;

import io.github.kaohe.spring.KaoheAutoConfiguration;
import io.github.kaohe.spring.PolicyRegistry;
import org.springframework.boot.actuate.autoconfigure.info.ConditionalOnEnabledInfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code kaohe} info contributor, when the actuator is on the class path and {@code
 * management.info.kaohe.enabled} is not false.
 */
@AutoConfiguration(after = KaoheAutoConfiguration.class)
@ConditionalOnClass(name = {
  "org.springframework.boot.actuate.info.InfoContributor",
  "org.springframework.boot.actuate.autoconfigure.info.ConditionalOnEnabledInfoContributor"
})
public class KaoheInfoAutoConfiguration {
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBean(PolicyRegistry.class)
  @ConditionalOnEnabledInfoContributor("kaohe")
  static class Contributor {
    @Bean
    @ConditionalOnMissingBean(name = "kaoheInfoContributor")
    KaoheInfoContributor kaoheInfoContributor(PolicyRegistry registry) {
      return new KaoheInfoContributor(registry);
    }
  }
}
