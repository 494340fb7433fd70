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
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The {@code kaohe} health indicator, when Spring Boot's health support is on the class path and
 * {@code management.health.kaohe.enabled} is not false.
 */
@AutoConfiguration(
    after = KaoheAutoConfiguration.class,
    beforeName = "org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration")
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(PolicyRegistry.class)
@ConditionalOnEnabledHealthIndicator("kaohe")
public class KaoheHealthAutoConfiguration {
  @Bean
  @ConditionalOnMissingBean(name = "kaoheHealthIndicator")
  public KaoheHealthIndicator kaoheHealthIndicator(PolicyRegistry registry, ObjectProvider<PolicyFolderWatcher> watcher) {
    return new KaoheHealthIndicator(registry, watcher.getIfAvailable());
  }
}
