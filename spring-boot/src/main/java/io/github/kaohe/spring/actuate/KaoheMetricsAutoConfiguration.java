package io.github.kaohe.spring.actuate;

import io.github.kaohe.spring.KaoheAutoConfiguration;
import io.github.kaohe.spring.PolicyRegistry;
import io.github.kaohe.spring.reload.PolicyFolderWatcher;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Kaohe's Micrometer metrics, when Micrometer is on the class path and a meter registry is configured. */
@AutoConfiguration(
    after = KaoheAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"
    })
@ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
public class KaoheMetricsAutoConfiguration {
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBean({MeterRegistry.class, PolicyRegistry.class})
  static class Metrics {
    @Bean
    @ConditionalOnMissingBean
    MicrometerScoringObserver kaoheMicrometerScoringObserver(MeterRegistry meters) {
      return new MicrometerScoringObserver(meters);
    }

    @Bean
    @ConditionalOnMissingBean
    KaoheMeters kaoheMeters(PolicyRegistry registry, ObjectProvider<PolicyFolderWatcher> watcher) {
      return new KaoheMeters(registry, watcher.getIfAvailable());
    }
  }
}
