package io.github.kaohe.spring.actuate;

import io.github.kaohe.spring.KaoheAutoConfiguration;
import io.github.kaohe.spring.PolicyRegistry;
import io.github.kaohe.spring.reload.PolicyFolderWatcher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code kaohe} health indicator, when Spring Boot's health support is on the class path and
 * {@code management.health.kaohe.enabled} is not false. The conditions that need the health
 * support's classes are on the nested class, read only once the class condition holds.
 */
@AutoConfiguration(after = KaoheAutoConfiguration.class)
@ConditionalOnClass(name = {
  "org.springframework.boot.health.contributor.HealthIndicator",
  "org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator"
})
public class KaoheHealthAutoConfiguration {
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBean(PolicyRegistry.class)
  @ConditionalOnEnabledHealthIndicator("kaohe")
  static class Indicator {
    @Bean
    @ConditionalOnMissingBean(name = "kaoheHealthIndicator")
    KaoheHealthIndicator kaoheHealthIndicator(PolicyRegistry registry, ObjectProvider<PolicyFolderWatcher> watcher) {
      return new KaoheHealthIndicator(registry, watcher.getIfAvailable());
    }
  }
}
